// SPDX-License-Identifier: GPL-3.0-or-later
// `parcours-cli report attendance-sheet`, run as a process on a real file made from the mini
// fixture: the French sheet read back with pdftotext, its exit codes, and a failure that
// leaves the file that was there (or none).
#include "CatchQt.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace parcours::test;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments, bool french = false)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString locale = french ? QStringLiteral("fr_FR.UTF-8") : QStringLiteral("C.UTF-8");
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LANGUAGE"), french ? QStringLiteral("fr") : QStringLiteral("C"));
    env.insert(QStringLiteral("PARCOURS_LANG"), french ? QStringLiteral("fr_FR") : QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARCOURS_CLI), arguments);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

class Fixture
{
public:
    Fixture()
    {
        REQUIRE(m_dir.isValid());
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), path()}).status == 0);
        const Run import = cli({QStringLiteral("import-dir"), testDataPath(QStringLiteral("exchange-mini")),
                                QStringLiteral("--db"), path()});
        INFO(import.err.toStdString());
        REQUIRE(import.status == 0);
    }
    QString path() const { return m_dir.filePath(QStringLiteral("t.parcours")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    Run sheet(const QStringList& arguments, bool french = false) const
    {
        return cli(QStringList{QStringLiteral("report"), QStringLiteral("attendance-sheet")} + arguments
                       + QStringList{QStringLiteral("--db"), path()},
                   french);
    }

private:
    QTemporaryDir m_dir;
};

QStringList pagesOf(const QString& pdf)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

TEST_CASE("report attendance-sheet writes the week's sheet in French, one page per half-day", "[cli][sheet]")
{
    Fixture f;
    const QString pdf = f.file(QStringLiteral("emargement.pdf"));
    const Run ok = f.sheet({QStringLiteral("--cohort"), QStringLiteral("MINI"), QStringLiteral("--week"),
                            QStringLiteral("2025-W10"), QStringLiteral("-o"), pdf},
                           true);
    INFO(ok.err.toStdString());
    CHECK(ok.status == 0);
    CHECK(ok.out.contains(QStringLiteral("6")));
    REQUIRE(QFile::exists(pdf));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("SKIPPED: pdftotext (poppler-utils) is not installed, the PDF is not read back");
        return;
    }
    const QStringList pages = pagesOf(pdf);
    REQUIRE(pages.size() == 6);
    INFO(pages[0].toStdString());
    CHECK(pages[0].contains(QStringLiteral("Feuille d'émargement")));
    CHECK(pages[0].contains(QStringLiteral("Semaine 10 · du 3 au 7 mars 2025")));
    CHECK(pages[0].contains(QStringLiteral("Lundi 3 mars 2025 · Matin")));
    CHECK(pages[0].contains(QStringLiteral("Français (FLE)")));
    CHECK(pages[0].contains(QRegularExpression(QStringLiteral("Signature de\\s+l'intervenant·e"))));
    // pdftotext gives the no-break space before the colon as a space.
    CHECK(pages[0].contains(QRegularExpression(QStringLiteral("Participant·es attendu·es[\\x{00a0} ]: 3"))));
    CHECK(pages[0].contains(QStringLiteral("Page 1 sur 6")));
    CHECK(pages[4].contains(QStringLiteral("Jeudi 6 mars 2025 · Après-midi")));
    CHECK(pages[4].contains(QStringLiteral("Anglais")));
    CHECK(pages[5].contains(QStringLiteral("Ateliers soft skills")));
    CHECK(pages[5].contains(QRegularExpression(QStringLiteral("Participant·es attendu·es[\\x{00a0} ]: 2"))));
}

TEST_CASE("report attendance-sheet exits with 1 for an unknown cohort or an empty week and 2 for usage errors, "
          "leaving the file that was there",
          "[cli][sheet]")
{
    Fixture f;
    const QString pdf = f.file(QStringLiteral("kept.pdf"));
    {
        QFile old(pdf);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    const auto kept = [&] {
        QFile in(pdf);
        REQUIRE(in.open(QIODevice::ReadOnly));
        return in.readAll() == "old";
    };
    const QStringList out{QStringLiteral("-o"), pdf};
    const QStringList mini{QStringLiteral("--cohort"), QStringLiteral("MINI")};

    const Run unknown = f.sheet(QStringList{QStringLiteral("--cohort"), QStringLiteral("NOPE"), QStringLiteral("--week"),
                                            QStringLiteral("2025-W10")} + out);
    CHECK(unknown.status == 1);
    CHECK(unknown.err.contains(QStringLiteral("NOPE: no such cohort")));
    CHECK(kept());

    const Run empty = f.sheet(mini + QStringList{QStringLiteral("--week"), QStringLiteral("2025-W12")} + out);
    CHECK(empty.status == 1);
    CHECK(empty.err.contains(QStringLiteral("MINI: no session in week 2025-W12")));
    CHECK(kept());

    const Run badWeek = f.sheet(mini + QStringList{QStringLiteral("--week"), QStringLiteral("2025-10")} + out);
    CHECK(badWeek.status == 2);
    CHECK(badWeek.err.contains(QStringLiteral("YYYY-Www")));
    CHECK(f.sheet(mini + QStringList{QStringLiteral("--week"), QStringLiteral("2025-W53")} + out).status == 2);
    CHECK(f.sheet(mini + out).status == 2);
    CHECK(f.sheet(QStringList{QStringLiteral("--week"), QStringLiteral("2025-W10")} + out).status == 2);
    CHECK(f.sheet(mini + QStringList{QStringLiteral("--week"), QStringLiteral("2025-W10")}).status == 2);
    CHECK(kept());
    CHECK(cli({QStringLiteral("report")}).status == 2);
    CHECK(cli({QStringLiteral("report"), QStringLiteral("nothing")}).status == 2);

    const QString unwritable = f.file(QStringLiteral("missing/folder/s.pdf"));
    const Run failed = f.sheet(mini + QStringList{QStringLiteral("--week"), QStringLiteral("2025-W10"),
                                                  QStringLiteral("-o"), unwritable});
    CHECK(failed.status == 1);
    CHECK(failed.err.contains(QStringLiteral("cannot be written")));
    CHECK_FALSE(QFile::exists(unwritable));

    const Run help = cli({QStringLiteral("report"), QStringLiteral("--help")});
    CHECK(help.status == 0);
    CHECK(help.out.contains(QStringLiteral("attendance-sheet")));
}

namespace {

Run cohortReport(const Fixture& f, const QStringList& arguments, bool french = false)
{
    return cli(QStringList{QStringLiteral("report"), QStringLiteral("cohort")} + arguments
                   + QStringList{QStringLiteral("--db"), f.path()},
               french);
}

/// The PDF's text with runs of spaces (pdftotext's columns, the narrow no-break space of "80 %")
/// folded into one space.
QString flatText(const QString& pdf)
{
    QString text = pagesOf(pdf).join(QLatin1Char(' '));
    text.replace(QChar(0x202F), QLatin1Char(' '));
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.simplified();
}

} // namespace

TEST_CASE("report cohort writes the cohort report in French by default, in English with --lang en, names only "
          "with --named-annex",
          "[cli][cohort-report]")
{
    Fixture f;
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("SKIPPED: pdftotext (poppler-utils) is not installed, the PDF is not read back");
        return;
    }
    // On an English system the report is still French: it goes to a French funder.
    const QString fr = f.file(QStringLiteral("rapport.pdf"));
    const Run french = cohortReport(f, {QStringLiteral("MINI"), QStringLiteral("-o"), fr});
    INFO(french.err.toStdString());
    CHECK(french.status == 0);
    CHECK(french.out.contains(QStringLiteral("rapport.pdf")));
    const QString frText = flatText(fr);
    INFO(frText.toStdString());
    // FLE of MINI: 8 present + 1 late of 11 marked expected pairs = 81.8 % (see tests/print/CohortReportTest.cpp).
    CHECK(frText.contains(QStringLiteral("Français (FLE) 21 12 8 1 1 1 0 81,8 %")));
    CHECK(frText.contains(QStringLiteral("Tous les modules 29 16 9 2 1 2 1 78,6 %")));
    CHECK_FALSE(frText.contains(QStringLiteral("Ahmadi"), Qt::CaseInsensitive));

    const QString en = f.file(QStringLiteral("report.pdf"));
    const Run english = cohortReport(f, {QStringLiteral("MINI"), QStringLiteral("-o"), en, QStringLiteral("--lang"),
                                         QStringLiteral("en"), QStringLiteral("--named-annex")},
                                     true);
    INFO(english.err.toStdString());
    CHECK(english.status == 0);
    const QString enText = flatText(en);
    CHECK(enText.contains(QStringLiteral("French (FLE) 21 12 8 1 1 1 0 81.8%")));
    CHECK(enText.contains(QStringLiteral("AHMADI Bilal")));
    CHECK(enText.contains(QStringLiteral("HAILE Selam")));
    CHECK(enText.contains(QStringLiteral("SHEVCHENKO Iryna")));
}

TEST_CASE("report cohort exits with 1 for an unknown cohort or an unwritable file and 2 for usage errors, "
          "leaving the file that was there",
          "[cli][cohort-report]")
{
    Fixture f;
    const QString pdf = f.file(QStringLiteral("kept.pdf"));
    writeBytes(pdf, "old");
    const QStringList out{QStringLiteral("-o"), pdf};

    const Run unknown = cohortReport(f, QStringList{QStringLiteral("NOPE")} + out);
    CHECK(unknown.status == 1);
    CHECK(unknown.err.contains(QStringLiteral("NOPE: no such cohort")));
    CHECK(readBytes(pdf) == "old");

    const Run noRef = cohortReport(f, out);
    CHECK(noRef.status == 2);
    CHECK(noRef.err.contains(QStringLiteral("REF")));
    const Run noOutput = cohortReport(f, {QStringLiteral("MINI")});
    CHECK(noOutput.status == 2);
    CHECK(noOutput.err.contains(QStringLiteral("-o FILE")));
    const Run badLang = cohortReport(f, QStringList{QStringLiteral("MINI"), QStringLiteral("--lang"), QStringLiteral("de")} + out);
    CHECK(badLang.status == 2);
    CHECK(badLang.err.contains(QStringLiteral("--lang is fr or en, not 'de'")));
    CHECK(readBytes(pdf) == "old");

    const QString unwritable = f.file(QStringLiteral("missing/folder/r.pdf"));
    const Run failed = cohortReport(f, {QStringLiteral("MINI"), QStringLiteral("-o"), unwritable});
    CHECK(failed.status == 1);
    CHECK(failed.err.contains(QStringLiteral("cannot be written")));
    CHECK_FALSE(QFile::exists(unwritable));

    const Run help = cli({QStringLiteral("report"), QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("cohort")));
    const Run unknownCommand = cli({QStringLiteral("report"), QStringLiteral("nothing")});
    CHECK(unknownCommand.status == 2);
    CHECK(unknownCommand.err.contains(QStringLiteral("attendance-sheet")));
    CHECK(unknownCommand.err.contains(QStringLiteral("cohort")));
}
