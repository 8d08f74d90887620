// SPDX-License-Identifier: GPL-3.0-or-later
// demo.
#include "CatchQt.h"
#include "CliTestSupport.h"
#include "TestDatabase.h"

#include <QDate>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace parcours::test;

namespace {

QStringList dbArgs(const QString& path)
{
    return {QStringLiteral("--db"), path};
}

const QMap<QString, QString> kToday = {{QStringLiteral("PARCOURS_TODAY"), QStringLiteral("2026-02-16")}};

QMap<QString, QByteArray> exportOf(const QString& db, const QString& dir)
{
    const CliRun run = runCli(QStringList{QStringLiteral("export-dir"), dir} + dbArgs(db));
    REQUIRE(run.exitCode == 0);
    return readFolder(dir);
}

int dataRows(const QByteArray& csv)
{
    return int(parseCsv(csv).size()) - 1;
}

} // namespace

TEST_CASE("demo creates the database when missing and fills it with three cohorts of 20", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.parcours"));
    const CliRun run = runCli(QStringList{QStringLiteral("demo")} + dbArgs(db), kToday);
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    REQUIRE(QFileInfo(db).isFile());
    const CliRun check = runCli(QStringList{QStringLiteral("check")} + dbArgs(db));
    CHECK(check.exitCode == 0);
    CHECK(check.out == QByteArray("OK\n"));

    const auto files = exportOf(db, dir.filePath(QStringLiteral("out")));
    CHECK(dataRows(files.value(QStringLiteral("sites.csv"))) == 2);
    CHECK(dataRows(files.value(QStringLiteral("cohorts.csv"))) == 3);
    CHECK(dataRows(files.value(QStringLiteral("participants.csv"))) == 60);
    CHECK(dataRows(files.value(QStringLiteral("enrolments.csv"))) == 60);
    CHECK(dataRows(files.value(QStringLiteral("volunteers.csv"))) >= 40);
    for (const char* table : {"rooms.csv", "trainers.csv", "sessions.csv", "attendance.csv", "pairings.csv",
                              "checkins.csv", "outcomes.csv"}) {
        INFO(table);
        CHECK(dataRows(files.value(QLatin1String(table))) > 0);
    }
}

TEST_CASE("demo with the same seed and day gives byte-identical exports, another seed other data", "[cli][demo]")
{
    QTemporaryDir dir;
    QList<QMap<QString, QByteArray>> exports;
    for (const QString& seed : {QStringLiteral("5"), QStringLiteral("5"), QStringLiteral("6")}) {
        const QString db = dir.filePath(QStringLiteral("demo%1.parcours").arg(exports.size()));
        const CliRun run = runCli(QStringList{QStringLiteral("demo"), QStringLiteral("--seed"), seed} + dbArgs(db), kToday);
        REQUIRE(run.exitCode == 0);
        exports << exportOf(db, dir.filePath(QStringLiteral("out%1").arg(exports.size())));
    }
    REQUIRE(exports.at(0).size() == 13);
    CHECK(exports.at(0) == exports.at(1));
    CHECK(exports.at(0).value(QStringLiteral("participants.csv")) != exports.at(2).value(QStringLiteral("participants.csv")));
    CHECK(exports.at(0).value(QStringLiteral("attendance.csv")) != exports.at(2).value(QStringLiteral("attendance.csv")));
}

TEST_CASE("demo refuses a database that holds data and leaves the file unchanged", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.parcours"));
    REQUIRE(runCli(QStringList{QStringLiteral("demo")} + dbArgs(db), kToday).exitCode == 0);
    const QByteArray before = readBytes(db);
    const CliRun run = runCli(QStringList{QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("2")} + dbArgs(db),
                              kToday);
    CHECK(run.exitCode == 1);
    CHECK(run.errLines().size() == 1);
    CHECK(run.errText().startsWith(QStringLiteral("parcours-cli: ") + db + QStringLiteral(": ")));
    CHECK(readBytes(db) == before);
}

TEST_CASE("demo fills an empty database made by init", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("empty.parcours"));
    REQUIRE(runCli(QStringList{QStringLiteral("init")} + dbArgs(db)).exitCode == 0);
    CHECK(runCli(QStringList{QStringLiteral("demo")} + dbArgs(db), kToday).exitCode == 0);
    const auto files = exportOf(db, dir.filePath(QStringLiteral("out")));
    CHECK(dataRows(files.value(QStringLiteral("cohorts.csv"))) == 3);
}

TEST_CASE("demo usage errors exit with 2 and create nothing", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.parcours"));
    const QList<QPair<QStringList, QMap<QString, QString>>> calls = {
        {{QStringLiteral("--scale"), QStringLiteral("huge")}, kToday},
        {{QStringLiteral("--seed"), QStringLiteral("abc")}, kToday},
        {{QStringLiteral("--seed"), QStringLiteral("-1")}, kToday},
        {{}, {{QStringLiteral("PARCOURS_TODAY"), QStringLiteral("16/02/2026")}}},
        {{QStringLiteral("--scale"), QStringLiteral("large")},
         {{QStringLiteral("PARCOURS_TODAY"), QStringLiteral("2026-02-16")}, {QStringLiteral("PARCOURS_DEMO_FACTOR"), QStringLiteral("0")}}},
    };
    for (const auto& [arguments, env] : calls) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCli(QStringList{QStringLiteral("demo")} + arguments + dbArgs(db), env);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.isEmpty());
        CHECK_FALSE(QFileInfo::exists(db));
    }
}

TEST_CASE("demo --scale large (at 1/500 of its size) prints its phases and writes a file that passes check, the "
          "same for the same seed",
          "[cli][demo]")
{
    QTemporaryDir dir;
    const QMap<QString, QString> env = {{QStringLiteral("PARCOURS_TODAY"), QStringLiteral("2026-02-16")},
                                        {QStringLiteral("PARCOURS_DEMO_FACTOR"), QStringLiteral("0.002")}};
    QList<QMap<QString, QByteArray>> exports;
    for (const QString& seed : {QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("9")}) {
        const QString db = dir.filePath(QStringLiteral("large%1.parcours").arg(exports.size()));
        const CliRun run = runCli(QStringList{QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("large"),
                                              QStringLiteral("--seed"), seed}
                                      + dbArgs(db),
                                  env);
        REQUIRE(run.exitCode == 0);
        const QStringList phases = run.errLines();
        REQUIRE(phases.size() >= 4);
        CHECK(phases.first().startsWith(QStringLiteral("demo: sites, rooms, trainers and cohorts (")));
        CHECK(phases.last().startsWith(QStringLiteral("demo: done (")));
        CHECK(QString::fromUtf8(run.out).startsWith(QStringLiteral("Demo data: 1 sites, 10 cohorts, ")));
        const CliRun check = runCli(QStringList{QStringLiteral("check")} + dbArgs(db));
        CHECK(check.exitCode == 0);
        CHECK(check.out == QByteArray("OK\n"));
        exports << exportOf(db, dir.filePath(QStringLiteral("out%1").arg(exports.size())));
    }
    CHECK(dataRows(exports.at(0).value(QStringLiteral("cohorts.csv"))) == 10);
    CHECK(dataRows(exports.at(0).value(QStringLiteral("volunteers.csv"))) == 40);
    CHECK(dataRows(exports.at(0).value(QStringLiteral("attendance.csv"))) >= 10000);
    CHECK(exports.at(0) == exports.at(1));
    CHECK(exports.at(0).value(QStringLiteral("participants.csv")) != exports.at(2).value(QStringLiteral("participants.csv")));
}

TEST_CASE("demo without PARCOURS_TODAY dates its cohorts around the real today", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.parcours"));
    REQUIRE(runCli(QStringList{QStringLiteral("demo")} + dbArgs(db)).exitCode == 0);
    const auto files = exportOf(db, dir.filePath(QStringLiteral("out")));
    const QList<QStringList> cohorts = parseCsv(files.value(QStringLiteral("cohorts.csv")));
    REQUIRE(cohorts.size() == 4);
    const int start = int(cohorts.at(0).indexOf(QStringLiteral("start_date")));
    const int end = int(cohorts.at(0).indexOf(QStringLiteral("end_date")));
    const QDate today = QDate::currentDate();
    int running = 0;
    for (int i = 1; i < cohorts.size(); ++i) {
        const QDate from = QDate::fromString(cohorts.at(i).at(start), Qt::ISODate);
        const QDate to = QDate::fromString(cohorts.at(i).at(end), Qt::ISODate);
        // The test may run just after midnight: allow the day before.
        running += from <= today && today.addDays(-1) <= to;
    }
    CHECK(running == 1);
}
