// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "TestDatabase.h"

#include "core/storage/WriteLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <unistd.h>

using namespace parcours;
using namespace parcours::test;

namespace {

QString thisUser()
{
    const passwd* pw = getpwuid(getuid());
    return QString::fromLocal8Bit(pw->pw_name);
}

/// storage_lock_holder on `path`, started and holding the lock.
struct Holder
{
    explicit Holder(const QString& path)
    {
        process.start(QStringLiteral(PARCOURS_LOCK_HOLDER), {path});
        REQUIRE(process.waitForStarted(5000));
        REQUIRE(process.waitForReadyRead(10000));
        REQUIRE(process.readLine().trimmed() == QByteArrayLiteral("locked"));
    }
    ~Holder()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    QProcess process;
};

} // namespace

TEST_CASE("a second writer is refused and told which computer and user hold the file since when",
          "[storage][lock]")
{
    QTemporaryDir tmp;
    const QString path = QDir(tmp.path()).filePath(QStringLiteral("office.parcours"));
    const QDateTime before = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch());
    Holder holder(path);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    CHECK(QFileInfo::exists(WriteLock::lockPathFor(path)));

    auto second = WriteLock::acquire(path, QStringLiteral("test"));
    REQUIRE(!second);
    CHECK(second.error().code == ErrorCode::Locked);
    const LockOwner owner = WriteLock::ownerOf(second.error());
    CHECK(owner.host == QSysInfo::machineHostName());
    CHECK(owner.user == thisUser());
    CHECK(owner.pid == holder.process.processId());
    CHECK(owner.program == QStringLiteral("lock-holder"));
    CHECK(owner.since >= before);
    CHECK(owner.since <= after);
    CHECK(second.error().detail.contains(path));

    // Closed normally: the lock file goes and the next writer gets in.
    holder.process.closeWriteChannel();
    REQUIRE(holder.process.waitForFinished(5000));
    CHECK(holder.process.exitCode() == 0);
    CHECK_FALSE(QFileInfo::exists(WriteLock::lockPathFor(path)));
    auto third = WriteLock::acquire(path, QStringLiteral("test"));
    REQUIRE(third);
    CHECK((*third)->owner().pid == QCoreApplication::applicationPid());
}

TEST_CASE("the lock of a killed program is taken over", "[storage][lock]")
{
    QTemporaryDir tmp;
    const QString path = QDir(tmp.path()).filePath(QStringLiteral("office.parcours"));
    Holder holder(path);
    REQUIRE(!WriteLock::acquire(path, QStringLiteral("test")));

    holder.process.kill(); // SIGKILL: no destructor runs, the lock file stays
    REQUIRE(holder.process.waitForFinished(5000));
    REQUIRE(QFileInfo::exists(WriteLock::lockPathFor(path)));

    auto taken = WriteLock::acquire(path, QStringLiteral("test"));
    REQUIRE(taken);
    QFile file(WriteLock::lockPathFor(path));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(LockOwner::fromBytes(file.readAll()).pid == QCoreApplication::applicationPid());
}

TEST_CASE("a second lock in the same program is refused; destroying the first releases it",
          "[storage][lock]")
{
    QTemporaryDir tmp;
    const QString path = QDir(tmp.path()).filePath(QStringLiteral("office.parcours"));
    auto first = WriteLock::acquire(path, QStringLiteral("one"));
    REQUIRE(first);
    auto second = WriteLock::acquire(path, QStringLiteral("two"));
    REQUIRE(!second);
    CHECK(second.error().code == ErrorCode::Locked);
    CHECK(WriteLock::ownerOf(second.error()).program == QStringLiteral("one"));
    first->reset();
    CHECK_FALSE(QFileInfo::exists(WriteLock::lockPathFor(path)));
    CHECK(WriteLock::acquire(path, QStringLiteral("two")));
}

TEST_CASE("a lock held on another computer is respected and named", "[storage][lock]")
{
    // What a program on another computer leaves: its lock file, and (through the network file
    // system) its advisory lock, played here by this process.
    QTemporaryDir tmp;
    const QString path = QDir(tmp.path()).filePath(QStringLiteral("office.parcours"));
    LockOwner other;
    other.host = QStringLiteral("accueil-pc2");
    other.user = QStringLiteral("mdupont");
    other.pid = 1; // alive here, but on another computer it means nothing
    other.since = QDateTime(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC);
    other.program = QStringLiteral("parcours");
    const QByteArray lockPath = QFile::encodeName(WriteLock::lockPathFor(path));
    const int fd = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_EXCL, 0644);
    REQUIRE(fd >= 0);
    const QByteArray bytes = other.toBytes();
    REQUIRE(::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size());
    REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);

    auto refused = WriteLock::acquire(path, QStringLiteral("test"));
    REQUIRE(!refused);
    const LockOwner owner = WriteLock::ownerOf(refused.error());
    CHECK(owner.host == QStringLiteral("accueil-pc2"));
    CHECK(owner.user == QStringLiteral("mdupont"));
    CHECK(owner.since == other.since);
    CHECK(readBytes(WriteLock::lockPathFor(path)) == bytes); // left alone

    // Its program ends without removing the file (a crash): the file is stale.
    ::close(fd);
    auto taken = WriteLock::acquire(path, QStringLiteral("test"));
    REQUIRE(taken);
    CHECK((*taken)->owner().host == QSysInfo::machineHostName());
}

TEST_CASE("a folder where no lock file can be made is reported as read-only", "[storage][lock]")
{
    QTemporaryDir tmp;
    const QString path = QDir(tmp.path()).filePath(QStringLiteral("missing-folder/office.parcours"));
    auto r = WriteLock::acquire(path, QStringLiteral("test"));
    REQUIRE(!r);
    CHECK(r.error().code == ErrorCode::Io);
    CHECK(r.error().detail.contains(path));
}
