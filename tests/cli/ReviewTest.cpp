// SPDX-License-Identifier: GPL-3.0-or-later
// `parcours-cli report review`, run as a process on a real file (the reports fixture of
// tests/core/reports): the whole pack with its summary PDF read back with pdftotext, no personal
// data in any file, exit statuses and messages, and a refused folder left as it was.
#include "CatchQt.h"
#include "PdfText.h"
#include "TestDatabase.h"
#include "../core/reports/ReportFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>

using namespace parcours;
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
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// The reports fixture in a file of its own, closed so that the CLI opens it.
struct Fixture
{
    TestDatabase db;
    QTemporaryDir out;

    Fixture()
    {
        importReportFixture(db.db());
        db.close();
        REQUIRE(out.isValid());
    }
    QString dir(const QString& name = QStringLiteral("pack")) const { return QDir(out.path()).filePath(name); }
    Run review(const QStringList& arguments, bool french = false)
    {
        return cli(QStringList{QStringLiteral("report"), QStringLiteral("review")} + arguments
                       + QStringList{QStringLiteral("--db"), db.path()},
                   french);
    }
    Run quarter(const QString& target, bool french = false)
    {
        return review({QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                       QStringLiteral("2025-03-31"), QStringLiteral("-o"), target},
                      french);
    }
};

QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

TEST_CASE("report review writes the CSVs, README.txt and the summary PDF, without personal data", "[cli][review]")
{
    Fixture f;
    const Run ok = f.quarter(f.dir());
    INFO(ok.err.toStdString());
    REQUIRE(ok.status == 0);
    CHECK(ok.err.isEmpty()); // the organisation is set and the period has cohorts: no warning
    CHECK(ok.out.contains(QStringLiteral("Wrote the review pack of 2 cohorts to")));
    CHECK(entriesOf(f.dir())
          == QStringList{QStringLiteral("README.txt"), QStringLiteral("attendance.csv"), QStringLiteral("cohorts.csv"),
                         QStringLiteral("outcomes.csv"), QStringLiteral("participants.csv"),
                         QStringLiteral("summary.pdf")});
    CHECK(entriesOf(f.out.path()) == QStringList{QStringLiteral("pack")}); // no staging folder left

    QStringList texts;
    QDirIterator it(f.dir(), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        texts << QString::fromUtf8(readBytes(path));
    }
    if (tool(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("SKIPPED: pdftotext (poppler-utils) is not installed, the PDF's text is not searched");
    } else {
        const QString pdf = pagesOf(QDir(f.dir()).filePath(QStringLiteral("summary.pdf"))).join(QLatin1Char('\f'));
        INFO(pdf.toStdString());
        // The summary names its cohorts and nobody else.
        CHECK((pdf.contains(QStringLiteral("A-2025")) || pdf.contains(QStringLiteral("Alpha janvier"))));
        texts << pdf;
    }
    for (const QString& text : texts)
        for (const QString& s : personalStrings()) {
            INFO("the pack holds " << s.toStdString());
            CHECK_FALSE(text.contains(s));
        }
}

TEST_CASE("report review refuses a folder that is not empty and leaves it as it was", "[cli][review]")
{
    Fixture f;
    REQUIRE(QDir().mkdir(f.dir()));
    writeBytes(QDir(f.dir()).filePath(QStringLiteral("keep.txt")), "mine");
    const Run refused = f.quarter(f.dir());
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(QStringLiteral("is not an empty folder: give a new or empty folder")));
    CHECK(refused.out.isEmpty());
    CHECK(entriesOf(f.dir()) == QStringList{QStringLiteral("keep.txt")});
    CHECK(readBytes(QDir(f.dir()).filePath(QStringLiteral("keep.txt"))) == "mine");
    CHECK(entriesOf(f.out.path()) == QStringList{QStringLiteral("pack")});

    const Run french = f.quarter(f.dir(), true);
    CHECK(french.status == 1);
    CHECK(french.err.contains(QStringLiteral("n'est pas un dossier vide")));

    // An empty folder is fine.
    const QString empty = f.dir(QStringLiteral("empty"));
    REQUIRE(QDir().mkdir(empty));
    CHECK(f.quarter(empty).status == 0);
    CHECK(entriesOf(empty).size() == 6);
}

TEST_CASE("report review's usage errors exit with 2 and write nothing", "[cli][review]")
{
    Fixture f;
    const QString d = f.dir();
    struct Case
    {
        QStringList arguments;
        QString message;
    };
    const QList<Case> cases = {
        {{QStringLiteral("--to"), QStringLiteral("2025-03-31"), QStringLiteral("-o"), d},
         QStringLiteral("--from DATE and --to DATE are required")},
        {{QStringLiteral("--from"), QStringLiteral("2025-02-30"), QStringLiteral("--to"), QStringLiteral("2025-03-31"),
          QStringLiteral("-o"), d},
         QStringLiteral("--from '2025-02-30' is not a date of the form YYYY-MM-DD")},
        {{QStringLiteral("--from"), QStringLiteral("2025-04-01"), QStringLiteral("--to"), QStringLiteral("2025-03-31"),
          QStringLiteral("-o"), d},
         QStringLiteral("--from must not be after --to")},
        {{QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-03-31")},
         QStringLiteral("-o DIR is required")},
        {{QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-03-31"),
          QStringLiteral("-o"), d, QStringLiteral("--lang"), QStringLiteral("de")},
         QStringLiteral("--lang is fr or en, not 'de'")},
    };
    for (const Case& c : cases) {
        const Run r = f.review(c.arguments);
        INFO(c.arguments.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK(r.status == 2);
        CHECK(r.err.contains(c.message));
        CHECK(entriesOf(f.out.path()).isEmpty());
    }
    const Run help = f.review({QStringLiteral("--help")});
    CHECK(help.status == 0);
    CHECK(help.out.contains(QStringLiteral("report_small_count_threshold")));
    const Run list = cli({QStringLiteral("report"), QStringLiteral("--help")});
    CHECK(list.out.contains(QStringLiteral("review")));
}

TEST_CASE("report review of a file without organisation or cohorts warns and writes an empty pack", "[cli][review]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("empty.parcours"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
    const QString pack = dir.filePath(QStringLiteral("pack"));
    const Run r = cli({QStringLiteral("report"), QStringLiteral("review"), QStringLiteral("--from"),
                       QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31"),
                       QStringLiteral("-o"), pack, QStringLiteral("--db"), db});
    INFO(r.err.toStdString());
    CHECK(r.status == 0);
    CHECK(r.err.contains(QStringLiteral("the setting organisation_name is not set")));
    CHECK(r.err.contains(QStringLiteral("no cohort ends between 2025-01-01 and 2025-12-31")));
    CHECK(r.out.contains(QStringLiteral("Wrote the review pack of 0 cohorts")));
    // Headers only.
    CHECK(readBytes(QDir(pack).filePath(QStringLiteral("attendance.csv"))).count('\n') == 1);
    const Run missing = cli({QStringLiteral("report"), QStringLiteral("review"), QStringLiteral("--from"),
                             QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31"),
                             QStringLiteral("-o"), dir.filePath(QStringLiteral("other")), QStringLiteral("--db"),
                             dir.filePath(QStringLiteral("nope.parcours"))});
    CHECK(missing.status == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("other"))));
}
