// SPDX-License-Identifier: GPL-3.0-or-later
// What every command shares: help, version, usage errors, --db.
#include "CatchQt.h"
#include "ParcoursVersion.h"
#include "CliTestSupport.h"
#include "TestDatabase.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace parcours::test;

namespace {

const QStringList kCommands = {
    QStringLiteral("init"),   QStringLiteral("demo"),  QStringLiteral("import-dir"), QStringLiteral("export-dir"),
    QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("check"),     QStringLiteral("backup"),
};

} // namespace

TEST_CASE("parcours-cli --help lists every command and exits with 0", "[cli]")
{
    const CliRun run = runCli({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    for (const QString& c : kCommands) {
        INFO(c.toStdString());
        CHECK(run.outText().contains(QStringLiteral("\n  ") + c + QLatin1Char(' ')));
    }
    CHECK(run.outText().contains(QStringLiteral("PARCOURS_TODAY")));
}

TEST_CASE("parcours-cli --version prints the program and its version", "[cli]")
{
    const CliRun run = runCli({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    // The same text as the desktop program's: the version, and the git revision of a build
    // from a checkout.
    CHECK(run.out == QByteArray("parcours-cli " PARCOURS_VERSION_TEXT "\n"));
    CHECK(run.out.startsWith("parcours-cli " PARCOURS_VERSION));
}

TEST_CASE("parcours-cli without a command is a usage error", "[cli]")
{
    const CliRun run = runCli({});
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK_FALSE(run.err.isEmpty());
}

TEST_CASE("an unknown command is a usage error that names it", "[cli]")
{
    const CliRun run = runCli({QStringLiteral("frobnicate")});
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.errText().contains(QStringLiteral("frobnicate")));
}

TEST_CASE("an unknown option of a command is a usage error and touches no file", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.parcours"));
    const CliRun run = runCli({QStringLiteral("init"), QStringLiteral("--frob"), QStringLiteral("--db"), db});
    CHECK(run.exitCode == 2);
    CHECK(run.errText().contains(QStringLiteral("frob")));
    CHECK_FALSE(QFileInfo::exists(db));
}

TEST_CASE("a missing argument is a usage error", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.parcours"));
    const QList<QStringList> calls = {
        {QStringLiteral("backup"), QStringLiteral("--db"), db},
        {QStringLiteral("import"), QStringLiteral("participants"), QStringLiteral("--db"), db},
        {QStringLiteral("export"), QStringLiteral("--db"), db},
        {QStringLiteral("import-dir"), QStringLiteral("--db"), db},
        {QStringLiteral("export-dir"), QStringLiteral("--db"), db},
        {QStringLiteral("check"), QStringLiteral("--db")},
    };
    for (const QStringList& call : calls) {
        INFO(call.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCli(call);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.isEmpty());
    }
}

TEST_CASE("an extra argument is a usage error and creates nothing", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.parcours"));
    const CliRun run = runCli({QStringLiteral("init"), QStringLiteral("extra"), QStringLiteral("--db"), db});
    CHECK(run.exitCode == 2);
    CHECK(run.errText().contains(QStringLiteral("extra")));
    CHECK_FALSE(QFileInfo::exists(db));
}

TEST_CASE("every command answers --help with its usage and exits with 0", "[cli]")
{
    for (const QString& c : kCommands) {
        INFO(c.toStdString());
        const CliRun run = runCli({c, QStringLiteral("--help")});
        CHECK(run.exitCode == 0);
        CHECK(run.outText().startsWith(QStringLiteral("Usage: parcours-cli ") + c + QLatin1Char(' ')));
        CHECK(run.outText().contains(QStringLiteral("--db")));
        CHECK(run.err.isEmpty());
    }
}

TEST_CASE("a missing database file is reported and never created by commands other than init and demo",
          "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("missing.parcours"));
    const QString mini = testDataPath(QStringLiteral("exchange-mini"));
    const QList<QStringList> calls = {
        {QStringLiteral("check")},
        {QStringLiteral("backup"), dir.filePath(QStringLiteral("copy.parcours"))},
        {QStringLiteral("import-dir"), mini},
        {QStringLiteral("export-dir"), dir.filePath(QStringLiteral("out"))},
        {QStringLiteral("import"), QStringLiteral("sites"), mini + QStringLiteral("/sites.csv")},
        {QStringLiteral("export"), QStringLiteral("sites"), dir.filePath(QStringLiteral("sites.csv"))},
    };
    for (QStringList call : calls) {
        INFO(call.join(QLatin1Char(' ')).toStdString());
        call << QStringLiteral("--db") << db;
        const CliRun run = runCli(call);
        CHECK(run.exitCode == 1);
        REQUIRE(run.errLines().size() == 1);
        CHECK(run.errLines().constFirst().startsWith(QStringLiteral("parcours-cli: ") + db + QStringLiteral(": ")));
        CHECK(run.errText().contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFileInfo::exists(db));
    }
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("copy.parcours"))));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("sites.csv"))));
}

TEST_CASE("without --db the commands use one default file in the user's data folder", "[cli]")
{
    const QString data = fakeHome() + QStringLiteral("/data");
    auto databasesUnderData = [&] {
        QStringList found;
        QDirIterator it(data, {QStringLiteral("*.parcours")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        return found;
    };
    REQUIRE(databasesUnderData().isEmpty());
    const CliRun init = runCli({QStringLiteral("init")});
    CHECK(init.exitCode == 0);
    const QStringList found = databasesUnderData();
    CHECK(found.size() == 1);
    const CliRun check = runCli({QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    CHECK(check.out == QByteArray("OK\n"));
    for (const QString& f : found)
        QFile::remove(f);
}
