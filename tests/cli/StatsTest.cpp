// SPDX-License-Identifier: GPL-3.0-or-later
// `parcours-cli stats`, run as a process on a real file: the mini fixture imported with
// `import-dir`, then the statistics as JSON and as a summary, and its mistakes.
#include "CatchQt.h"
#include "TestDatabase.h"
#include "tests/core/indicators/JsonDiff.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace parcours::test;

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& arguments, const QString& locale = QStringLiteral("C.UTF-8"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LANGUAGE"), locale.section(QLatin1Char('.'), 0, 0));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARCOURS_CLI), arguments);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

/// A database file holding the mini fixture.
class MiniDatabase
{
public:
    MiniDatabase()
    {
        REQUIRE(m_dir.isValid());
        const Run init = cli({QStringLiteral("init"), QStringLiteral("--db"), path()});
        REQUIRE(init.status == 0);
        const Run import = cli({QStringLiteral("import-dir"), testDataPath(QStringLiteral("exchange-mini")),
                                QStringLiteral("--db"), path()});
        INFO(import.err.toStdString());
        REQUIRE(import.status == 0);
    }
    QString path() const { return m_dir.filePath(QStringLiteral("mini.parcours")); }
    Run stats(QStringList arguments, const QString& locale = QStringLiteral("C.UTF-8")) const
    {
        return cli(QStringList{QStringLiteral("stats"), QStringLiteral("--db"), path()} + arguments, locale);
    }

private:
    QTemporaryDir m_dir;
};

QJsonObject parsed(const QByteArray& text)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(text, &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonObject expectedMini()
{
    return parsed(readBytes(testDataPath(QStringLiteral("exchange-mini.stats-MINI.json"))));
}

int lineCount(const QByteArray& text)
{
    return int(text.count('\n'));
}

} // namespace

TEST_CASE("stats --cohort --json prints the hand-computed statistics of the mini fixture", "[cli][stats]")
{
    const MiniDatabase db;
    const Run r = db.stats({QStringLiteral("--cohort"), QStringLiteral("MINI"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    CHECK(r.err.isEmpty());
    const QStringList diff = jsonDiff(expectedMini(), parsed(r.out));
    INFO(diff.join(QLatin1Char('\n')).toStdString());
    CHECK(diff.isEmpty());
}

TEST_CASE("stats --from --to --json covers the cohorts whose end date falls in the period", "[cli][stats]")
{
    const MiniDatabase db;
    SECTION("March 2025 holds MINI (it ends on the 14th): the same figures")
    {
        const Run r = db.stats({QStringLiteral("--from"), QStringLiteral("2025-03-14"), QStringLiteral("--to"),
                                QStringLiteral("2025-03-31"), QStringLiteral("--json")});
        REQUIRE(r.status == 0);
        const QStringList diff = jsonDiff(expectedMini(), parsed(r.out));
        INFO(diff.join(QLatin1Char('\n')).toStdString());
        CHECK(diff.isEmpty());
    }
    SECTION("a period that ends the day before holds no cohort: zeros and null rates")
    {
        const Run r = db.stats({QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                                QStringLiteral("2025-03-13"), QStringLiteral("--json")});
        REQUIRE(r.status == 0);
        const QJsonObject o = parsed(r.out);
        CHECK(o[QStringLiteral("cohorts")].toArray().isEmpty());
        CHECK(o[QStringLiteral("enrolled")].toInt(-1) == 0);
        CHECK(o[QStringLiteral("attendance")][QStringLiteral("all")][QStringLiteral("rate")].isNull());
        CHECK(o[QStringLiteral("exits")][QStringLiteral("m6")][QStringLiteral("dynamic_exit_rate")].isNull());
    }
}

TEST_CASE("stats without --json prints a summary with numbers in the process's locale", "[cli][stats]")
{
    const MiniDatabase db;
    // attendance 11 / 14 = 78.57 % -> 78.6; attended hours 29.67 / 3 = 9.89; m6 1 / 2 = 50.0 %
    const Run en = db.stats({QStringLiteral("--cohort"), QStringLiteral("MINI")});
    REQUIRE(en.status == 0);
    CHECK(en.out.contains("78.6 %"));
    CHECK(en.out.contains("9.89"));
    CHECK(en.out.contains("50.0 %"));
    CHECK(en.out.contains("2025-W11"));
    CHECK_FALSE(en.out.contains("{"));
    const Run fr = db.stats({QStringLiteral("--cohort"), QStringLiteral("MINI")}, QStringLiteral("fr_FR.UTF-8"));
    REQUIRE(fr.status == 0);
    CHECK(fr.out.contains("78,6"));
    CHECK(fr.out.contains("9,89"));
    CHECK_FALSE(fr.out.contains("78.6"));
}

TEST_CASE("stats of an unknown cohort exits 1 with one line naming it", "[cli][stats]")
{
    const MiniDatabase db;
    const Run r = db.stats({QStringLiteral("--cohort"), QStringLiteral("NOPE"), QStringLiteral("--json")});
    CHECK(r.status == 1);
    CHECK(r.out.isEmpty());
    CHECK(lineCount(r.err) == 1);
    CHECK(r.err.contains("NOPE"));
}

TEST_CASE("stats exits 2 on a usage error and prints nothing on standard output", "[cli][stats]")
{
    const MiniDatabase db;
    const QList<QStringList> mistakes = {
        {},                                                                            // neither
        {QStringLiteral("--cohort"), QStringLiteral("MINI"), QStringLiteral("--from"), QStringLiteral("2025-01-01"),
         QStringLiteral("--to"), QStringLiteral("2025-12-31")},                        // both
        {QStringLiteral("--from"), QStringLiteral("2025-01-01")},                      // no --to
        {QStringLiteral("--to"), QStringLiteral("2025-12-31")},                        // no --from
        {QStringLiteral("--from"), QStringLiteral("2025-13-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31")},
        {QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("31/12/2025")},
        {QStringLiteral("--from"), QStringLiteral("2025-12-31"), QStringLiteral("--to"), QStringLiteral("2025-01-01")},
        {QStringLiteral("--cohort"), QStringLiteral("MINI"), QStringLiteral("extra")},  // a stray argument
        {QStringLiteral("--cohort"), QStringLiteral("MINI"), QStringLiteral("--week")}, // an unknown option
    };
    for (const QStringList& arguments : mistakes) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run r = db.stats(arguments);
        CHECK(r.status == 2);
        CHECK(r.out.isEmpty());
        CHECK_FALSE(r.err.isEmpty());
    }
}
