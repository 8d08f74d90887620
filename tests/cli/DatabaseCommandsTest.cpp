// SPDX-License-Identifier: GPL-3.0-or-later
// init, check and backup.
#include "CatchQt.h"
#include "CliTestSupport.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace parcours::test;

namespace {

QStringList dbArgs(const QString& path)
{
    return {QStringLiteral("--db"), path};
}

// A database made by parcours-cli with the mini exchange folder in it.
QString miniDatabase(const QTemporaryDir& dir, const QString& name = QStringLiteral("mini.parcours"))
{
    const QString path = dir.filePath(name);
    REQUIRE(runCli(QStringList{QStringLiteral("init")} + dbArgs(path)).exitCode == 0);
    REQUIRE(runCli(QStringList{QStringLiteral("import-dir"), testDataPath(QStringLiteral("exchange-mini"))}
                   + dbArgs(path))
                .exitCode == 0);
    return path;
}

// Runs SQL on a file directly, past Parcours (as another program or a hand edit would).
void execute(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements) {
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QMap<QString, QByteArray> exportOf(const QString& db, const QString& dir)
{
    const CliRun run = runCli(QStringList{QStringLiteral("export-dir"), dir} + dbArgs(db));
    REQUIRE(run.exitCode == 0);
    return readFolder(dir);
}

} // namespace

TEST_CASE("init creates an empty database that check accepts", "[cli][init]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.parcours"));
    const CliRun init = runCli(QStringList{QStringLiteral("init")} + dbArgs(db));
    CHECK(init.exitCode == 0);
    CHECK(init.err.isEmpty());
    REQUIRE(QFileInfo(db).isFile());
    const CliRun check = runCli(QStringList{QStringLiteral("check")} + dbArgs(db));
    CHECK(check.exitCode == 0);
    CHECK(check.out == QByteArray("OK\n"));
    // Empty: every exported table has its header only.
    const auto files = exportOf(db, dir.filePath(QStringLiteral("out")));
    CHECK(files.size() == 13);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(parseCsv(it.value()).size() == 1);
    }
}

TEST_CASE("init refuses an existing file and leaves it byte-identical", "[cli][init]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.parcours"));
    writeBytes(text, "not a database, but precious\n");
    CliRun run = runCli(QStringList{QStringLiteral("init")} + dbArgs(text));
    CHECK(run.exitCode == 1);
    CHECK(run.errLines().size() == 1);
    CHECK(readBytes(text) == QByteArray("not a database, but precious\n"));

    const QString db = miniDatabase(dir);
    const QByteArray before = readBytes(db);
    run = runCli(QStringList{QStringLiteral("init")} + dbArgs(db));
    CHECK(run.exitCode == 1);
    CHECK(run.errLines().size() == 1);
    CHECK(run.errText().startsWith(QStringLiteral("parcours-cli: ") + db + QStringLiteral(": ")));
    CHECK(readBytes(db) == before);
}

TEST_CASE("init in a folder that does not exist fails and creates no folder", "[cli][init]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("typo/new.parcours"));
    const CliRun run = runCli(QStringList{QStringLiteral("init")} + dbArgs(db));
    CHECK(run.exitCode == 1);
    CHECK(run.errLines().size() == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
}

TEST_CASE("check says OK on a sound file and leaves it byte-identical", "[cli][check]")
{
    QTemporaryDir dir;
    const QString db = miniDatabase(dir);
    const QByteArray before = readBytes(db);
    const CliRun run = runCli(QStringList{QStringLiteral("check")} + dbArgs(db));
    CHECK(run.exitCode == 0);
    CHECK(run.out == QByteArray("OK\n"));
    CHECK(run.err.isEmpty());
    CHECK(readBytes(db) == before);
}

TEST_CASE("check reports each row that points at nothing on its own line and exits with 1", "[cli][check]")
{
    QTemporaryDir dir;
    const QString db = miniDatabase(dir);
    // M1 has 1 enrolment, 6 attendance marks (W1-1 to W1-6), 2 pairings (K1, K2) and
    // 1 outcome: 10 rows left pointing at a participant that is gone.
    execute(db, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                 QStringLiteral("DELETE FROM participant WHERE ref = 'M1'")});
    const QByteArray before = readBytes(db);
    const CliRun run = runCli(QStringList{QStringLiteral("check")} + dbArgs(db));
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.errLines().size() == 10);
    for (const QString& line : run.errLines())
        CHECK(line.startsWith(QStringLiteral("parcours-cli: ") + db + QStringLiteral(": ")));
    CHECK(readBytes(db) == before);
}

TEST_CASE("check reports a record that breaks the rules of its kind", "[cli][check]")
{
    QTemporaryDir dir;
    const QString db = miniDatabase(dir);
    // The schema cannot see that a coach holds mentor pairings; a hand edit can make it so.
    execute(db, {QStringLiteral("UPDATE volunteer SET role = 'coach' WHERE ref = 'W1'")});
    const CliRun run = runCli(QStringList{QStringLiteral("check")} + dbArgs(db));
    CHECK(run.exitCode == 1);
    // K1 (active) and K4 (proposed) make W1 a mentor.
    CHECK(run.errLines().size() == 2);
    CHECK(run.errText().contains(QStringLiteral("pairing K1")));
    CHECK(run.errText().contains(QStringLiteral("pairing K4")));
}

TEST_CASE("check on a damaged file exits with 1", "[cli][check]")
{
    QTemporaryDir dir;
    const QString db = miniDatabase(dir);
    QByteArray bytes = readBytes(db);
    const int pageSize = 4096;
    REQUIRE(bytes.size() > 4 * pageSize);
    // Pages 3 and 4 hold tables or indexes of the schema: zeroing them breaks the b-trees.
    for (int i = 2 * pageSize; i < 4 * pageSize; ++i)
        bytes[i] = '\0';
    const QString damaged = dir.filePath(QStringLiteral("damaged.parcours"));
    writeBytes(damaged, bytes);
    const CliRun run = runCli(QStringList{QStringLiteral("check")} + dbArgs(damaged));
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    REQUIRE_FALSE(run.errLines().isEmpty());
    for (const QString& line : run.errLines())
        CHECK(line.startsWith(QStringLiteral("parcours-cli: ") + damaged + QStringLiteral(": ")));
}

TEST_CASE("a file that is not a Parcours database is refused in one line and left unchanged", "[cli][check]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("text.parcours"));
    writeBytes(text, "hello\n");
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    execute(other, {QStringLiteral("CREATE TABLE foo (x INTEGER)"), QStringLiteral("INSERT INTO foo VALUES (1)")});
    const QByteArray otherBefore = readBytes(other);
    for (const QString& file : {text, other}) {
        for (const QStringList& call : {QStringList{QStringLiteral("check")},
                                        QStringList{QStringLiteral("import-dir"), testDataPath(QStringLiteral("exchange-mini"))},
                                        QStringList{QStringLiteral("demo")}}) {
            INFO(file.toStdString() << " " << call.join(QLatin1Char(' ')).toStdString());
            const CliRun run = runCli(call + dbArgs(file));
            CHECK(run.exitCode == 1);
            CHECK(run.errLines().size() == 1);
        }
    }
    CHECK(readBytes(text) == QByteArray("hello\n"));
    CHECK(readBytes(other) == otherBefore);
}

TEST_CASE("a file from a newer Parcours is refused in one line and left unchanged", "[cli][check]")
{
    QTemporaryDir dir;
    const QString db = miniDatabase(dir);
    execute(db, {QStringLiteral("PRAGMA user_version = 999")});
    const QByteArray before = readBytes(db);
    for (const QStringList& call : {QStringList{QStringLiteral("check")},
                                    QStringList{QStringLiteral("import-dir"), testDataPath(QStringLiteral("exchange-mini"))},
                                    QStringList{QStringLiteral("export-dir"), dir.filePath(QStringLiteral("out"))}}) {
        INFO(call.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCli(call + dbArgs(db));
        CHECK(run.exitCode == 1);
        CHECK(run.errLines().size() == 1);
        CHECK(run.errText().contains(QStringLiteral("newer")));
    }
    CHECK(readBytes(db) == before);
}

TEST_CASE("backup makes a copy that check accepts and that holds the same rows", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString db = miniDatabase(dir);
    const QString copy = dir.filePath(QStringLiteral("copy.parcours"));
    const CliRun run = runCli(QStringList{QStringLiteral("backup"), copy} + dbArgs(db));
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    REQUIRE(QFileInfo(copy).isFile());
    const CliRun check = runCli(QStringList{QStringLiteral("check")} + dbArgs(copy));
    CHECK(check.exitCode == 0);
    const auto original = exportOf(db, dir.filePath(QStringLiteral("a")));
    const auto copied = exportOf(copy, dir.filePath(QStringLiteral("b")));
    CHECK(original.keys() == copied.keys());
    for (const QString& name : original.keys()) {
        INFO(name.toStdString());
        CHECK(copied.value(name) == original.value(name));
    }
    CHECK(parseCsv(copied.value(QStringLiteral("attendance.csv"))).size() == 16);
}

TEST_CASE("backup refuses an existing target and leaves it unchanged", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString db = miniDatabase(dir);
    const QString target = dir.filePath(QStringLiteral("taken.parcours"));
    writeBytes(target, "mine\n");
    const CliRun run = runCli(QStringList{QStringLiteral("backup"), target} + dbArgs(db));
    CHECK(run.exitCode == 1);
    CHECK(run.errLines().size() == 1);
    CHECK(readBytes(target) == QByteArray("mine\n"));
}

TEST_CASE("backup copies the committed state while another program holds a write transaction", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString db = miniDatabase(dir);
    const QString name = QStringLiteral("writer");
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        writer.setDatabaseName(db);
        REQUIRE(writer.open());
        QSqlQuery q(writer);
        REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO site (ref, name) VALUES ('UNCOMMITTED', 'Not yet')")));

        const QString copy = dir.filePath(QStringLiteral("copy.parcours"));
        const CliRun run = runCli(QStringList{QStringLiteral("backup"), copy} + dbArgs(db));
        CHECK(run.exitCode == 0);
        REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
        writer.close();

        CHECK(runCli(QStringList{QStringLiteral("check")} + dbArgs(copy)).exitCode == 0);
        const auto files = exportOf(copy, dir.filePath(QStringLiteral("out")));
        const QList<QStringList> sites = parseCsv(files.value(QStringLiteral("sites.csv")));
        REQUIRE(sites.size() == 2);
        CHECK(sites.at(1).at(0) == QStringLiteral("LIL"));
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("read-only commands leave the database's folder as they found it", "[cli][check]")
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("data"));
    const QString db = miniDatabase(dir, QStringLiteral("data/mini.parcours"));
    const QDir data(dir.filePath(QStringLiteral("data")));
    const auto entries = [&data] { return data.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name); };
    const QStringList before = entries();
    REQUIRE(before.contains(QStringLiteral("mini.parcours")));
    REQUIRE_FALSE(before.contains(QStringLiteral("mini.parcours-wal")));
    const QByteArray bytes = readBytes(db);
    const QList<QStringList> commands = {
        {QStringLiteral("check")},
        {QStringLiteral("stats"), QStringLiteral("--cohort"), QStringLiteral("MINI")},
        {QStringLiteral("export-dir"), dir.filePath(QStringLiteral("out"))},
        {QStringLiteral("export"), QStringLiteral("participants"), dir.filePath(QStringLiteral("p.csv"))},
    };
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCli(command + dbArgs(db));
        CHECK(run.exitCode == 0);
        CHECK(entries() == before); // no -wal or -shm left beside the file
        CHECK(readBytes(db) == bytes);
    }
}
