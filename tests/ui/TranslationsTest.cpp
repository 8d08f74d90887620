// SPDX-License-Identifier: GPL-3.0-or-later
// The translations: French complete and in step with the sources, English plural forms, and the
// translators that both programs install.
#include "resources/Translations.h"

#include "CatchQt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace parcours;

namespace {

/// One <message> of a .ts file.
struct TsEntry
{
    QString context;
    QString source;
    QString comment;
    QString type; ///< "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
    QStringList translations; ///< the text, or each plural form
};

QString tsPath(const QString& language)
{
    return QStringLiteral(PARCOURS_SOURCE_DIR "/resources/translations/parcours_%1.ts")
        .arg(language);
}

QList<TsEntry> readTs(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsEntry> entries;
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                entry = TsEntry{};
                entry.context = context;
                entry.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                entry.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!entry.numerus)
                    entry.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                entry.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries << entry;
        }
    }
    INFO(path.toStdString() << ": " << xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return entries;
}

bool isLive(const TsEntry& e)
{
    return e.type != QLatin1String("obsolete") && e.type != QLatin1String("vanished");
}

bool isTranslated(const TsEntry& e)
{
    if (e.type == QLatin1String("unfinished") || e.translations.isEmpty())
        return false;
    for (const QString& t : e.translations)
        if (t.trimmed().isEmpty())
            return false;
    return true;
}

QString keyOf(const TsEntry& e)
{
    return e.context + QLatin1String(" | ") + e.source + QLatin1String(" | ") + e.comment;
}

/// The first few entries, one per line, for a failure message.
std::string listed(const QStringList& lines)
{
    QStringList shown = lines.mid(0, 15);
    if (lines.size() > shown.size())
        shown << QStringLiteral("... and %1 more").arg(lines.size() - shown.size());
    return shown.join(QLatin1Char('\n')).toStdString();
}

const char* const kRefresh =
    "Refresh the .ts files (cmake --build <build dir> --target update_translations) and translate "
    "the new entries into French: see resources/translations/README.md.";

} // namespace

TEST_CASE("every entry of the French translation is translated", "[translations]")
{
    const QList<TsEntry> entries = readTs(tsPath(QStringLiteral("fr")));
    QStringList untranslated;
    int live = 0;
    for (const TsEntry& e : entries) {
        if (!isLive(e))
            continue;
        ++live;
        if (!isTranslated(e))
            untranslated << keyOf(e);
    }
    // The navigation, the codes of the domain and the window's menus alone are well over 100.
    CHECK(live > 100);
    INFO(untranslated.size() << " of " << live << " French entries are not translated:\n"
                             << listed(untranslated) << "\n"
                             << kRefresh);
    CHECK(untranslated.isEmpty());
}

TEST_CASE("French plural forms have the two forms French needs", "[translations]")
{
    for (const TsEntry& e : readTs(tsPath(QStringLiteral("fr")))) {
        if (!e.numerus || !isLive(e))
            continue;
        INFO(keyOf(e).toStdString());
        CHECK(e.translations.size() == 2);
        // %Ln is the count written the locale's way (1 234), as %n is in plain digits.
        for (const QString& form : e.translations)
            CHECK((form.contains(QLatin1String("%n")) || form.contains(QLatin1String("%Ln"))));
    }
}

TEST_CASE("every plural form of the English file is translated", "[translations]")
{
    QStringList missing;
    int plurals = 0;
    for (const TsEntry& e : readTs(tsPath(QStringLiteral("en")))) {
        if (!e.numerus || !isLive(e))
            continue;
        ++plurals;
        if (!isTranslated(e) || e.translations.size() != 2)
            missing << keyOf(e);
    }
    CHECK(plurals > 0);
    INFO("English plural forms not translated:\n" << listed(missing) << "\n" << kRefresh);
    CHECK(missing.isEmpty());
}

TEST_CASE("the translation files hold every string of core, ui and app", "[translations]")
{
    // lupdate over the sources, as update_translations runs it, into a fresh file: any string it
    // finds that the committed files lack was added without refreshing them.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_fr.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(PARCOURS_SOURCE_DIR));
    lupdate.start(QStringLiteral(PARCOURS_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("core"),
                   QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), fresh});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitStatus() == QProcess::NormalExit);
    REQUIRE(lupdate.exitCode() == 0);

    QSet<QString> inSources;
    for (const TsEntry& e : readTs(fresh))
        inSources.insert(keyOf(e));
    REQUIRE(inSources.size() > 100);

    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        QSet<QString> inFile;
        for (const TsEntry& e : readTs(tsPath(language)))
            if (isLive(e))
                inFile.insert(keyOf(e));
        QStringList missing = QSet<QString>(inSources).subtract(inFile).values();
        missing.sort();
        INFO("parcours_" << language.toStdString() << ".ts lacks " << missing.size()
                         << " string(s) of the sources:\n"
                         << listed(missing) << "\n"
                         << kRefresh);
        CHECK(missing.isEmpty());
    }
}

TEST_CASE("the French translator translates the window and the codes", "[translations]")
{
    auto& app = *QCoreApplication::instance();
    REQUIRE(installTranslators(app, QLocale(QLocale::French, QLocale::France)));
    CHECK(QCoreApplication::translate("Navigation", "Volunteers") == QStringLiteral("Bénévoles"));
    CHECK(QCoreApplication::translate("Navigation", "Participants") ==
          QStringLiteral("Participant·e·s"));
    CHECK(QCoreApplication::translate("Codes", "Refugee") == QStringLiteral("Réfugié·e"));
    CHECK(QCoreApplication::translate("Codes", "Asylum seeker") ==
          QStringLiteral("Demandeur·se d'asile"));
    CHECK(QCoreApplication::translate("parcours::ui::ListPages", "%n participant(s)", nullptr,
                                      1) == QStringLiteral("1 participant·e"));
    CHECK(QCoreApplication::translate("parcours::ui::ListPages", "%n participant(s)", nullptr,
                                      3) == QStringLiteral("3 participant·e·s"));
    // Qt's own dialogs speak French too when Qt ships its French file.
    const QString qtFrench =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_fr.qm");
    if (QFile::exists(qtFrench))
        CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Annuler"));

    // Installing another language replaces the French translators rather than stacking on them.
    REQUIRE(installTranslators(app, QLocale(QLocale::English, QLocale::UnitedKingdom)));
    CHECK(QCoreApplication::translate("Navigation", "Volunteers") == QStringLiteral("Volunteers"));
    CHECK(QCoreApplication::translate("parcours::ui::ListPages", "%n participant(s)", nullptr,
                                      1) == QStringLiteral("1 participant"));
    CHECK(QCoreApplication::translate("parcours::ui::ListPages", "%n participant(s)", nullptr,
                                      2) == QStringLiteral("2 participants"));

    // A language Parcours does not have gets English, plural forms included.
    CHECK_FALSE(installTranslators(app, QLocale(QLocale::German, QLocale::Germany)));
    CHECK(QCoreApplication::translate("Navigation", "Volunteers") == QStringLiteral("Volunteers"));
    CHECK(QCoreApplication::translate("Codes", "Refugee") == QStringLiteral("Refugee"));
    CHECK(QCoreApplication::translate("parcours::ui::ListPages", "%n participant(s)", nullptr,
                                      2) == QStringLiteral("2 participants"));
    installTranslators(app, QLocale::c());
}

TEST_CASE("PARCOURS_LANG chooses the language over the system's", "[translations]")
{
    const QByteArray saved = qgetenv("PARCOURS_LANG");
    qputenv("PARCOURS_LANG", "fr");
    CHECK(preferredLocale().language() == QLocale::French);
    qputenv("PARCOURS_LANG", "en");
    CHECK(preferredLocale().language() == QLocale::English);
    qunsetenv("PARCOURS_LANG");
    CHECK(preferredLocale() == QLocale::system());
    if (!saved.isNull())
        qputenv("PARCOURS_LANG", saved);
}
