// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "RawSqlite.h"
#include "TestDatabase.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace parcours;
using parcours::test::RawSqlite;
using parcours::test::readBytes;
using parcours::test::writeBytes;

namespace {

QString errorText(const Error& e)
{
    return e.toString();
}

/// A created, closed Parcours file.
QString makeParcoursFile(const QDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    auto db = Database::create(path);
    if (!db)
        FAIL(errorText(db.error()).toStdString());
    return path;
}

/// The first row's first column of `sql` on the Database's own connection.
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

TEST_CASE("create makes a Parcours file at the latest schema with the Parcours application id", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = makeParcoursFile(QDir(dir.path()), QStringLiteral("new.parcours"));

    RawSqlite raw(path, true);
    CHECK(raw.integer(QStringLiteral("PRAGMA application_id")) == 0x50415243);
    // A new file is made at the latest schema, the number of the last migration of the build
    // (MigratorTest checks which ones ship).
    CHECK(raw.integer(QStringLiteral("PRAGMA user_version")) == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 8);
    const QStringList tables = raw.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    CHECK(tables == QStringList{QStringLiteral("attendance"), QStringLiteral("audit_context"),
                                QStringLiteral("audit_log"), QStringLiteral("checkin"), QStringLiteral("cohort"),
                                QStringLiteral("cohort_exit_total"), QStringLiteral("cohort_mark_total"),
                                QStringLiteral("enrolment"), QStringLiteral("enrolment_consent_override"),
                                QStringLiteral("mark_total"),
                                QStringLiteral("mark_total_stale"), QStringLiteral("office_closure"), QStringLiteral("outcome"),
                                QStringLiteral("pairing"), QStringLiteral("participant"), QStringLiteral("room"),
                                QStringLiteral("series"), QStringLiteral("session"), QStringLiteral("setting"),
                                QStringLiteral("site"),
                                QStringLiteral("trainer"), QStringLiteral("trainer_module"),
                                QStringLiteral("trainer_unavailability"), QStringLiteral("volunteer"),
                                QStringLiteral("week_total")});
    CHECK(raw.text(QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
}

TEST_CASE("create refuses a path where a file already is and leaves that file alone", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("taken.parcours"));
    writeBytes(path, QByteArrayLiteral("someone's notes"));

    auto db = Database::create(path);
    REQUIRE(!db);
    CHECK(db.error().code == ErrorCode::Exists);
    CHECK(readBytes(path) == QByteArrayLiteral("someone's notes"));
}

TEST_CASE("create in a folder that does not exist fails with an Io error", "[storage][database]")
{
    QTemporaryDir dir;
    auto db = Database::create(QDir(dir.path()).filePath(QStringLiteral("missing/new.parcours")));
    REQUIRE(!db);
    CHECK(db.error().code == ErrorCode::Io);
}

TEST_CASE("a file whose path has spaces, accents and URI characters is created and opened", "[storage][database]")
{
    QTemporaryDir tmp;
    QDir dir(tmp.path());
    REQUIRE(dir.mkpath(QStringLiteral("Données 2025 #1?")));
    const QString path = dir.filePath(QStringLiteral("Données 2025 #1?/Promo d'été %20.parcours"));
    REQUIRE(Database::create(path));
    auto rw = Database::open(path);
    REQUIRE(rw);
    rw->reset();
    auto ro = Database::open(path, OpenMode::ReadOnly);
    REQUIRE(ro);
    CHECK((*ro)->schemaVersion().value() == Database::latestSchemaVersion());
}

TEST_CASE("opening a file that does not exist fails and creates nothing", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("absent.parcours"));
    auto db = Database::open(path);
    REQUIRE(!db);
    CHECK(db.error().code == ErrorCode::Io);
    CHECK(entriesOf(QDir(dir.path())).isEmpty());
}

TEST_CASE("every connection runs with WAL, synchronous FULL and foreign keys on", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = makeParcoursFile(QDir(dir.path()), QStringLiteral("p.parcours"));
    const auto mode = GENERATE(OpenMode::ReadWrite, OpenMode::ReadOnly);
    auto db = Database::open(path, mode);
    REQUIRE(db);
    CHECK((*db)->isReadOnly() == (mode == OpenMode::ReadOnly));
    CHECK(onConnection(**db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(onConnection(**db, QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(onConnection(**db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(onConnection(**db, QStringLiteral("PRAGMA busy_timeout")).toInt() == 5000);
}

TEST_CASE("files that are not Parcours databases are refused and left byte-identical", "[storage][database]")
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const QString real = makeParcoursFile(dir, QStringLiteral("real.parcours"));
    const QByteArray realBytes = readBytes(real);
    REQUIRE(realBytes.size() > 8 * 4096);
    QFile::remove(real);

    struct Case
    {
        const char* name;
        ErrorCode expected;
    };
    const Case c = GENERATE(Case{"random bytes", ErrorCode::NotADatabase}, Case{"empty", ErrorCode::NotADatabase},
                            Case{"truncated at a page", ErrorCode::Corrupt},
                            Case{"truncated mid-page", ErrorCode::Corrupt},
                            Case{"damaged first page", ErrorCode::Corrupt},
                            Case{"another program", ErrorCode::NotADatabase},
                            Case{"newer version", ErrorCode::NewerVersion});
    const OpenMode mode = GENERATE(OpenMode::ReadWrite, OpenMode::ReadOnly);
    INFO(c.name << (mode == OpenMode::ReadOnly ? " read-only" : " read-write"));

    const QString path = dir.filePath(QStringLiteral("case.parcours"));
    const QString name = QString::fromLatin1(c.name);
    if (name == QLatin1String("random bytes")) {
        QRandomGenerator random(20250303);
        QByteArray bytes(16384, Qt::Uninitialized);
        for (char& b : bytes)
            b = char(random.bounded(256));
        writeBytes(path, bytes);
    } else if (name == QLatin1String("empty")) {
        writeBytes(path, {});
    } else if (name == QLatin1String("truncated at a page")) {
        writeBytes(path, realBytes.left(realBytes.size() / 2 / 4096 * 4096));
    } else if (name == QLatin1String("truncated mid-page")) {
        writeBytes(path, realBytes.left(realBytes.size() - 100));
    } else if (name == QLatin1String("damaged first page")) {
        // The header is intact; the schema that follows it on page 1 is noise.
        QByteArray bytes = realBytes;
        QRandomGenerator random(7);
        for (int i = 100; i < 4096; ++i)
            bytes[i] = char(random.bounded(256));
        writeBytes(path, bytes);
    } else if (name == QLatin1String("another program")) {
        RawSqlite other(path, false, true);
        REQUIRE(other.exec(QStringLiteral("PRAGMA application_id = 1196444487; CREATE TABLE notes (x TEXT);"
                                          " INSERT INTO notes VALUES ('hello');"))
                == 0);
    } else {
        writeBytes(path, realBytes);
        RawSqlite raw(path);
        REQUIRE(raw.exec(QStringLiteral("PRAGMA user_version = 99")) == 0);
    }
    const QByteArray before = readBytes(path);
    const QStringList entriesBefore = entriesOf(dir);
    REQUIRE(entriesBefore == QStringList{QStringLiteral("case.parcours")});

    auto db = Database::open(path, mode);
    REQUIRE(!db);
    CHECK(db.error().code == c.expected);
    CHECK(db.error().detail.contains(path));

    CHECK(readBytes(path) == before);
    CHECK(entriesOf(dir) == entriesBefore); // no -wal, -shm, -journal or copy beside it
    QFile::remove(path);
}

TEST_CASE("a newer-version refusal names both versions", "[storage][database]")
{
    QTemporaryDir tmp;
    const QString path = makeParcoursFile(QDir(tmp.path()), QStringLiteral("n.parcours"));
    {
        RawSqlite raw(path);
        REQUIRE(raw.exec(QStringLiteral("PRAGMA user_version = 99")) == 0);
    }
    auto db = Database::open(path);
    REQUIRE(!db);
    CHECK(db.error().code == ErrorCode::NewerVersion);
    CHECK(db.error().args == QStringList{QStringLiteral("99"), QString::number(Database::latestSchemaVersion())});
}

TEST_CASE("a second transaction on one database fails to begin", "[storage][transaction]")
{
    test::TestDatabase t;
    Transaction first(t.db());
    REQUIRE(first.begun());
    CHECK(t->inTransaction());
    Transaction second(t.db());
    REQUIRE(!second.begun());
    CHECK(second.begun().error().code == ErrorCode::Usage);
    first.rollback();
    CHECK(!t->inTransaction());
}

TEST_CASE("a transaction fails as Busy while another connection holds the write lock", "[storage][transaction]")
{
    test::TestDatabase t;
    auto other = Database::open(t.path());
    REQUIRE(other);
    REQUIRE((*other)->setBusyTimeout(50));

    {
        Transaction holding(t.db());
        REQUIRE(holding.begun());
        Transaction waiting(**other);
        REQUIRE(!waiting.begun());
        CHECK(waiting.begun().error().code == ErrorCode::Busy);
        CHECK(!(*other)->inTransaction());
    }
    Transaction later(**other);
    CHECK(later.begun());
}

TEST_CASE("a read-only database refuses to begin a transaction", "[storage][transaction]")
{
    QTemporaryDir tmp;
    const QString path = makeParcoursFile(QDir(tmp.path()), QStringLiteral("r.parcours"));
    auto db = Database::open(path, OpenMode::ReadOnly);
    REQUIRE(db);
    Transaction tx(**db);
    REQUIRE(!tx.begun());
    CHECK(tx.begun().error().code == ErrorCode::ReadOnly);
}

TEST_CASE("commit twice is a usage error", "[storage][transaction]")
{
    test::TestDatabase t;
    Transaction tx(t.db());
    REQUIRE(tx.commit());
    auto again = tx.commit();
    REQUIRE(!again);
    CHECK(again.error().code == ErrorCode::Usage);
}

TEST_CASE("check finds nothing wrong in a sound file", "[storage][database]")
{
    test::TestDatabase t;
    auto problems = t->check();
    REQUIRE(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("check reports a row whose foreign key resolves to nothing", "[storage][database]")
{
    test::TestDatabase t;
    t.close();
    {
        RawSqlite raw(t.path());
        REQUIRE(raw.exec(QStringLiteral("PRAGMA foreign_keys = OFF;"
                                        " INSERT INTO room (id, ref, site_id, name) VALUES (7, 'R1', 42, 'Salle 1');"))
                == 0);
    }
    auto db = Database::open(t.path(), OpenMode::ReadOnly);
    REQUIRE(db);
    auto problems = (*db)->check();
    REQUIRE(problems);
    REQUIRE(problems->size() == 1);
    CHECK(problems->first() == QStringLiteral("foreign key: row 7 of table 'room' refers to a missing row of 'site'"));
}

TEST_CASE("a read-only open of a file nobody has open leaves its folder as it found it", "[storage][database]")
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const QString path = makeParcoursFile(dir, QStringLiteral("r.parcours"));
    REQUIRE(entriesOf(dir) == QStringList{QStringLiteral("r.parcours")});
    const QByteArray before = readBytes(path);
    {
        auto db = Database::open(path, OpenMode::ReadOnly);
        REQUIRE(db);
        CHECK((*db)->isReadOnly());
        CHECK((*db)->schemaVersion().value() == Database::latestSchemaVersion());
        CHECK(onConnection(**db, QStringLiteral("SELECT count(*) FROM participant")).toInt() == 0);
        // SQLite itself refuses a write on the connection, not only Parcours's own checks.
        QSqlQuery q(QSqlDatabase::database((*db)->connectionName(), false));
        CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('x', 'y')")));
        Transaction tx(**db);
        CHECK(tx.begun().error().code == ErrorCode::ReadOnly);
    }
    CHECK(entriesOf(dir) == QStringList{QStringLiteral("r.parcours")}); // no -wal, no -shm
    CHECK(readBytes(path) == before);
}

TEST_CASE("a read-only open beside a program that has the file open leaves that program's log", "[storage][database]")
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const QString path = makeParcoursFile(dir, QStringLiteral("w.parcours"));
    auto writer = Database::open(path);
    REQUIRE(writer);
    const QStringList live = entriesOf(dir);
    CHECK(live.contains(QStringLiteral("w.parcours-wal")));
    {
        auto reader = Database::open(path, OpenMode::ReadOnly);
        REQUIRE(reader);
        CHECK((*reader)->schemaVersion().value() == Database::latestSchemaVersion());
    }
    CHECK(entriesOf(dir) == live); // the writer's -wal and -shm are still there, and still its own
    {
        Transaction tx(**writer);
        REQUIRE(tx.begun());
        REQUIRE(tx.commit());
    }
    writer->reset();
    CHECK(entriesOf(dir) == QStringList{QStringLiteral("w.parcours")});
}
