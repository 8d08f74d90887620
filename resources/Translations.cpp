// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace parcours {

namespace {

// Object names that mark the translators this file installed, so a second call replaces them.
const QString kOwnTranslator = QStringLiteral("parcours-translator");
const QString kQtTranslator = QStringLiteral("parcours-qt-translator");

void removeInstalled(QCoreApplication& app)
{
    const auto translators = app.findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator* t : translators) {
        if (t->objectName() == kOwnTranslator || t->objectName() == kQtTranslator) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
}

bool install(QCoreApplication& app, const QLocale& locale, const QString& name,
             const QString& directory, const QString& objectName)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(objectName);
    // load(QLocale, ...) tries each of the locale's UI languages (fr-FR, fr, ...) in turn.
    if (!translator->load(locale, name, QStringLiteral("_"), directory) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

bool installTranslators(QCoreApplication& app, const QLocale& locale)
{
    removeInstalled(app);
    install(app, locale, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath), kQtTranslator);
    if (install(app, locale, QStringLiteral("parcours"), QStringLiteral(":/i18n"), kOwnTranslator))
        return true;
    // A language Parcours does not have gets English, with its plural forms ("1 participant",
    // "2 participants") rather than the bare source ("%n participant(s)").
    install(app, QLocale(QLocale::English), QStringLiteral("parcours"), QStringLiteral(":/i18n"),
            kOwnTranslator);
    return false;
}

QLocale preferredLocale()
{
    const QString forced = qEnvironmentVariable("PARCOURS_LANG").trimmed();
    if (!forced.isEmpty())
        return QLocale(forced);
    return QLocale::system();
}

} // namespace parcours
