// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "RawSqlite.h"
#include "TestDatabase.h"

#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace parcours;
using parcours::test::RawSqlite;
using parcours::test::readBytes;
using parcours::test::writeBytes;

namespace {

QString migrationText(const QString& name)
{
    Migrator::latestVersion(); // registers the embedded migrations
    QFile f(QStringLiteral(":/parcours/migrations/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

/// A file as the first version of Parcours wrote it: schema 1, one site, in rollback-journal mode.
QString makeVersion1File(const QDir& dir, const QString& extraSql = {})
{
    const QString path = dir.filePath(QStringLiteral("old.parcours"));
    RawSqlite raw(path, false, true);
    REQUIRE(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)) == 0);
    REQUIRE(raw.exec(migrationText(QStringLiteral("0001_initial.sql"))) == 0);
    REQUIRE(raw.exec(QStringLiteral("PRAGMA user_version = 1;"
                                    " INSERT INTO site (ref, name, city) VALUES ('LIL', 'Maison de l''emploi', 'Lille');"))
            == 0);
    if (!extraSql.isEmpty())
        REQUIRE(raw.exec(extraSql) == 0);
    return path;
}

QVariant onConnection(const Database& db, const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName(), false));
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QStringList entriesOf(const QDir& dir)
{
    return dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("the migrations of this build are numbered in increasing order, gaps allowed", "[storage][migrator]")
{
    // Numbers are assigned ahead to changes under way at the same time: a gap is allowed, a
    // repeated number is not, and the latest version is the last file's number.
    Migrator::latestVersion();
    const QStringList files = QDir(QStringLiteral(":/parcours/migrations")).entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 6);
    CHECK(files.mid(0, 5) == QStringList{QStringLiteral("0001_initial.sql"), QStringLiteral("0002_settings_and_closures.sql"),
                                         QStringLiteral("0003_session_series.sql"), QStringLiteral("0004_volunteer_readiness.sql"),
                                         QStringLiteral("0005_scale_indexes.sql")});
    CHECK(files.contains(QStringLiteral("0008_mark_totals.sql")));
    CHECK(files.contains(QStringLiteral("0011_cohort_totals.sql")));
    int previous = 0;
    for (const QString& f : files) {
        INFO(f.toStdString());
        const int number = f.left(4).toInt();
        CHECK(number > previous);
        previous = number;
    }
    CHECK(Migrator::latestVersion() == previous);
}

TEST_CASE("migrating from an empty file builds every table and the file's pseudonym secret", "[storage][migrator]")
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const QString path = dir.filePath(QStringLiteral("empty.parcours"));
    {
        // What an interrupted create leaves: the Parcours id and nothing else.
        RawSqlite raw(path, false, true);
        REQUIRE(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)) == 0);
    }
    {
        auto db = Database::open(path);
        REQUIRE(db);
        CHECK((*db)->schemaVersion().value() == Migrator::latestVersion());
        CHECK(onConnection(**db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    }
    RawSqlite raw(path, true);
    CHECK(raw.integer(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) >= 19);
    CHECK(raw.integer(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                     " AND name IN ('mark_total', 'mark_total_stale', 'week_total', 'cohort_mark_total',"
                                     " 'cohort_exit_total')")) == 5);
    CHECK(raw.integer(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                     " AND name = 'pairing_participant'")) == 1);
    CHECK(raw.integer(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                     " AND name = 'session_held_trainer'")) == 1);
    const QString salt = raw.text(QStringLiteral("SELECT value FROM setting WHERE key = 'pseudonym_salt'"));
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(salt).hasMatch());
    // Nothing worth keeping was there: no copy is made of an empty file.
    CHECK(entriesOf(dir).filter(QStringLiteral(".bak")).isEmpty());
}

TEST_CASE("a version 1 file is moved up on open after a copy of it is kept", "[storage][migrator]")
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const QString path = makeVersion1File(dir);
    {
        auto db = Database::open(path);
        REQUIRE(db);
        CHECK((*db)->schemaVersion().value() == Migrator::latestVersion());
        CHECK(onConnection(**db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        CHECK(onConnection(**db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
        auto site = SiteRepository(**db).find(QStringLiteral("LIL"));
        REQUIRE(site);
        REQUIRE(site->has_value());
        CHECK((*site)->city == QStringLiteral("Lille"));
        CHECK(onConnection(**db, QStringLiteral("SELECT count(*) FROM office_closure")).toInt() == 0);
    }
    const QString copy = Database::backupPathBeforeMigration(path, 1);
    CHECK(copy == path + QStringLiteral(".v1.bak"));
    REQUIRE(QFile::exists(copy));
    RawSqlite old(copy, true);
    CHECK(old.integer(QStringLiteral("PRAGMA user_version")) == 1);
    CHECK(old.integer(QStringLiteral("PRAGMA application_id")) == Database::kApplicationId);
    CHECK(old.text(QStringLiteral("SELECT name FROM site WHERE ref = 'LIL'")) == QStringLiteral("Maison de l'emploi"));
    CHECK(old.integer(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'setting'")) == 0);
    CHECK(old.text(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
}

TEST_CASE("an earlier copy is never replaced by the copy made before migrating", "[storage][migrator]")
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const QString path = makeVersion1File(dir);
    const QString earlier = Database::backupPathBeforeMigration(path, 1);
    writeBytes(earlier, QByteArrayLiteral("an earlier copy"));

    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(readBytes(earlier) == QByteArrayLiteral("an earlier copy"));
    const QString second = path + QStringLiteral(".v1-2.bak");
    REQUIRE(QFile::exists(second));
    RawSqlite old(second, true);
    CHECK(old.integer(QStringLiteral("PRAGMA user_version")) == 1);
}

TEST_CASE("an older file opened read-only is read as it is and not touched", "[storage][migrator]")
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const QString path = makeVersion1File(dir);
    const QByteArray before = readBytes(path);
    const QStringList entries = entriesOf(dir);
    {
        auto db = Database::open(path, OpenMode::ReadOnly);
        REQUIRE(db);
        CHECK((*db)->schemaVersion().value() == 1);
        auto sites = SiteRepository(**db).all();
        REQUIRE(sites);
        CHECK(sites->size() == 1);
    }
    CHECK(readBytes(path) == before);
    CHECK(entriesOf(dir) == entries);
}

TEST_CASE("needsMigration tells an older Parcours file from a current one without writing", "[storage][migrator]")
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const QString old = makeVersion1File(dir);
    const QByteArray before = readBytes(old);
    const QStringList entries = entriesOf(dir);
    auto older = Database::needsMigration(old);
    REQUIRE(older);
    CHECK(*older);
    CHECK(readBytes(old) == before);
    CHECK(entriesOf(dir) == entries); // no copy, no -wal, no -shm: nothing written

    const QString current = dir.filePath(QStringLiteral("current.parcours"));
    REQUIRE(Database::create(current));
    auto latest = Database::needsMigration(current);
    REQUIRE(latest);
    CHECK_FALSE(*latest);

    // Another program's database: open() refuses it, so there is nothing to migrate.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        RawSqlite raw(other, false, true);
        REQUIRE(raw.exec(QStringLiteral("CREATE TABLE t (x); PRAGMA user_version = 1;")) == 0);
    }
    auto foreign = Database::needsMigration(other);
    REQUIRE(foreign);
    CHECK_FALSE(*foreign);

    const QString noise = dir.filePath(QStringLiteral("noise.parcours"));
    writeBytes(noise, QByteArrayLiteral("Name;Phone\nHelene;0600000000\n"));
    auto unreadable = Database::needsMigration(noise);
    REQUIRE_FALSE(unreadable);
    CHECK(unreadable.error().code == ErrorCode::NotADatabase);
    auto missing = Database::needsMigration(dir.filePath(QStringLiteral("gone.parcours")));
    REQUIRE(missing);
    CHECK_FALSE(*missing);
}

TEST_CASE("a migration step that fails leaves the file at its version, with the copy kept", "[storage][migrator]")
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    // A table of migration 2 made by hand: its CREATE TABLE fails half-way through the step.
    const QString path = makeVersion1File(dir, QStringLiteral("CREATE TABLE office_closure (x TEXT);"));

    auto db = Database::open(path);
    REQUIRE(!db);
    CHECK(db.error().code == ErrorCode::Sql);
    CHECK(db.error().detail.contains(QStringLiteral("0002_settings_and_closures.sql")));
    CHECK(db.error().detail.contains(Database::backupPathBeforeMigration(path, 1)));

    RawSqlite raw(path, true);
    CHECK(raw.integer(QStringLiteral("PRAGMA user_version")) == 1);
    // The step's first statement (CREATE TABLE setting) was rolled back with the rest.
    CHECK(raw.integer(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'setting'")) == 0);
    CHECK(raw.text(QStringLiteral("SELECT ref FROM site")) == QStringLiteral("LIL"));
    CHECK(QFile::exists(Database::backupPathBeforeMigration(path, 1)));
}

TEST_CASE("migrate refuses to run inside a transaction or past the latest version", "[storage][migrator]")
{
    test::TestDatabase t;
    {
        Transaction tx(t.db());
        REQUIRE(tx.begun());
        auto inside = Migrator::migrate(t.db());
        REQUIRE(!inside);
        CHECK(inside.error().code == ErrorCode::Usage);
    }
    auto beyond = Migrator::migrate(t.db(), Migrator::latestVersion() + 1);
    REQUIRE(!beyond);
    CHECK(beyond.error().code == ErrorCode::Usage);

    auto again = Migrator::migrate(t.db());
    CHECK(again);
    CHECK(t->schemaVersion().value() == Migrator::latestVersion());
}
