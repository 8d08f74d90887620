// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "Fixtures.h"
#include "RawSqlite.h"
#include "TestDatabase.h"

#include "core/storage/Database.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QProcess>
#include <QThread>

using namespace parcours;
using namespace parcours::test;

namespace {

QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("a backup holds the committed data and passes the integrity check", "[storage][backup]")
{
    TestDatabase t;
    seed(t.db());
    const QString target = QDir(t.dir()).filePath(QStringLiteral("copy.parcours"));
    REQUIRE(t->backupTo(target));

    RawSqlite copy(target, true);
    CHECK(copy.text(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    CHECK(copy.integer(QStringLiteral("PRAGMA application_id")) == Database::kApplicationId);
    CHECK(copy.integer(QStringLiteral("PRAGMA user_version")) == Database::latestSchemaVersion());
    CHECK(copy.integer(QStringLiteral("SELECT count(*) FROM participant")) == 2);
    CHECK(copy.text(QStringLiteral("SELECT group_concat(ref) FROM (SELECT ref FROM volunteer ORDER BY ref)"))
          == QStringLiteral("W1,W2,W3"));
    // No temporary file is left beside it.
    CHECK(entriesOf(t.dir()).filter(QStringLiteral(".tmp")).isEmpty());
    CHECK(entriesOf(t.dir()).filter(QStringLiteral(".copy.parcours")).isEmpty());

    auto opened = Database::open(target, OpenMode::ReadOnly);
    CHECK(opened);
}

TEST_CASE("a backup leaves out a transaction that is not committed yet", "[storage][backup]")
{
    TestDatabase t;
    seed(t.db());
    Transaction tx(t.db());
    REQUIRE(ParticipantRepository(t.db()).save(fullParticipant(QStringLiteral("M3"))));
    const QString target = QDir(t.dir()).filePath(QStringLiteral("copy.parcours"));
    REQUIRE(t->backupTo(target));
    RawSqlite copy(target, true);
    CHECK(copy.integer(QStringLiteral("SELECT count(*) FROM participant")) == 2);
}

TEST_CASE("a backup never replaces an existing file", "[storage][backup]")
{
    TestDatabase t;
    const QString target = QDir(t.dir()).filePath(QStringLiteral("copy.parcours"));
    writeBytes(target, QByteArrayLiteral("keep me"));
    auto r = t->backupTo(target);
    REQUIRE(!r);
    CHECK(r.error().code == ErrorCode::Exists);
    CHECK(readBytes(target) == QByteArrayLiteral("keep me"));
}

TEST_CASE("a failed backup leaves nothing at the target nor beside it", "[storage][backup]")
{
    QTemporaryDir tmp;
    const QString source = QDir(tmp.path()).filePath(QStringLiteral("noise.bin"));
    QByteArray noise(8192, 'x');
    writeBytes(source, noise);
    const QString target = QDir(tmp.path()).filePath(QStringLiteral("copy.parcours"));

    auto r = backupDatabaseFile(source, target);
    REQUIRE(!r);
    CHECK(r.error().code == ErrorCode::NotADatabase);
    CHECK(entriesOf(tmp.path()) == QStringList{QStringLiteral("noise.bin")});

    auto nowhere = backupDatabaseFile(source, QDir(tmp.path()).filePath(QStringLiteral("missing/copy.parcours")));
    REQUIRE(!nowhere);
    CHECK(nowhere.error().code == ErrorCode::Io);
}

TEST_CASE("backups taken while another process writes are each consistent", "[storage][backup]")
{
    TestDatabase t;
    t.close();
    QProcess writer;
    writer.start(QStringLiteral(PARCOURS_BACKUP_WRITER), {t.path(), QStringLiteral("100000"), QStringLiteral("3000")});
    REQUIRE(writer.waitForStarted(5000));
    REQUIRE(writer.waitForReadyRead(10000));
    REQUIRE(writer.readLine().trimmed() == QByteArrayLiteral("ready"));

    QList<qint64> counts;
    int takenWhileWriting = 0;
    for (int i = 0; i < 12 && writer.state() == QProcess::Running; ++i) {
        const QString target = QDir(t.dir()).filePath(QStringLiteral("copy-%1.parcours").arg(i));
        auto r = backupDatabaseFile(t.path(), target);
        if (!r)
            FAIL(r.error().toString().toStdString());
        // The writer was running before the backup began and still is: the two overlapped.
        if (writer.state() == QProcess::Running)
            ++takenWhileWriting;
        RawSqlite copy(target, true);
        CHECK(copy.text(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
        const qint64 sites = copy.integer(QStringLiteral("SELECT count(*) FROM site"));
        INFO("copy " << i << " holds " << sites << " sites");
        CHECK(sites > 0);
        CHECK(sites % 10 == 0); // whole transactions only
        counts << sites;
        QThread::msleep(100);
    }
    REQUIRE(writer.waitForFinished(30000));
    CHECK(writer.exitStatus() == QProcess::NormalExit);
    CHECK(writer.exitCode() == 0);
    const QByteArray done = writer.readAllStandardOutput().trimmed();
    REQUIRE(done.startsWith("done "));
    const qint64 transactions = done.mid(5).toLongLong();

    CHECK(takenWhileWriting >= 3);
    // The copies saw the file grow, and none saw more than was finally written.
    std::sort(counts.begin(), counts.end());
    CHECK(counts.first() < counts.last());
    CHECK(counts.last() <= transactions * 10);
    RawSqlite source(t.path(), true);
    CHECK(source.integer(QStringLiteral("SELECT count(*) FROM site")) == transactions * 10);
}
