// SPDX-License-Identifier: GPL-3.0-or-later
// One writer at a time, files in risky places, bad files, read-only files and folders and a
// full disk, seen from the real parcours-cli (core/storage/DataSafety.md).
#include "CatchQt.h"
#include "CliTestSupport.h"
#include "TestDatabase.h"

#include "core/storage/WriteLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <csignal>
#include <pwd.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace parcours;
using namespace parcours::test;

namespace {

QStringList dbArgs(const QString& path)
{
    return {QStringLiteral("--db"), path};
}

QStringList importMini(const QString& path)
{
    return QStringList{QStringLiteral("import-dir"), testDataPath(QStringLiteral("exchange-mini"))} + dbArgs(path);
}

QString emptyDatabase(const QString& path)
{
    REQUIRE(runCli(QStringList{QStringLiteral("init")} + dbArgs(path)).exitCode == 0);
    return path;
}

qint64 count(const QString& path, const QString& table)
{
    const QString name = QUuid::createUuid().toString();
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
        REQUIRE(q.next());
        n = q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

QString thisUser()
{
    return QString::fromLocal8Bit(getpwuid(getuid())->pw_name);
}

/// How a run is constrained, to play a person without write access or a full disk.
struct Limits
{
    bool withoutWriteAccess = false; ///< as root, run as "nobody" (root may write anywhere)
    qint64 maxFileSize = 0;          ///< RLIMIT_FSIZE in bytes; 0 for none
};

CliRun runLimited(const QStringList& arguments, const Limits& limits)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PARCOURS_TODAY"));
    env.insert(QStringLiteral("HOME"), fakeHome());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), fakeHome() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), fakeHome() + QStringLiteral("/data"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([limits] {
        if (limits.maxFileSize > 0) {
            // A write past the limit then fails (EFBIG, or a short write) as on a full disk,
            // instead of killing the program.
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit r{rlim_t(limits.maxFileSize), rlim_t(limits.maxFileSize)};
            setrlimit(RLIMIT_FSIZE, &r);
        }
        if (limits.withoutWriteAccess && geteuid() == 0) {
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(99);
        }
    });
    p.start(QStringLiteral(PARCOURS_CLI_PATH), arguments);
    REQUIRE(p.waitForStarted(30000));
    REQUIRE(p.waitForFinished(180000));
    CliRun run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("a write command on a file another Parcours writes names the computer, the user and since when",
          "[cli][safety][lock]")
{
    QTemporaryDir tmp;
    const QString path = emptyDatabase(QDir(tmp.path()).filePath(QStringLiteral("office.parcours")));
    auto lock = WriteLock::acquire(path, QStringLiteral("parcours"));
    REQUIRE(lock);
    const QByteArray before = readBytes(path);

    const CliRun refused = runCli(importMini(path));
    CHECK(refused.exitCode == 1);
    REQUIRE(refused.errLines().size() == 1);
    const QString line = refused.errLines().constFirst();
    CHECK(line.startsWith(QStringLiteral("parcours-cli: ") + path + QStringLiteral(": open for writing on computer ")));
    CHECK(line.contains(QSysInfo::machineHostName()));
    CHECK(line.contains(QStringLiteral("by user ") + thisUser()));
    CHECK(line.contains((*lock)->owner().since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    CHECK(readBytes(path) == before);

    // Reading needs no lock.
    const CliRun check = runCli(QStringList{QStringLiteral("check")} + dbArgs(path));
    CHECK(check.exitCode == 0);

    // backup FILE (cli.md: "a consistent copy while the program may be running") too.
    const QString copy = QDir(tmp.path()).filePath(QStringLiteral("copy.parcours"));
    const CliRun backup = runCli(QStringList{QStringLiteral("backup"), copy} + dbArgs(path));
    CHECK(backup.exitCode == 0);
    CHECK(runCli(QStringList{QStringLiteral("check")} + dbArgs(copy)).exitCode == 0);

    lock->reset();
    const CliRun imported = runCli(importMini(path));
    CHECK(imported.exitCode == 0);
    CHECK(count(path, QStringLiteral("participant")) > 0);
    CHECK_FALSE(QFileInfo::exists(WriteLock::lockPathFor(path))); // released at the end
}

TEST_CASE("the lock file a crashed program left is taken over", "[cli][safety][lock]")
{
    QTemporaryDir tmp;
    const QString path = emptyDatabase(QDir(tmp.path()).filePath(QStringLiteral("office.parcours")));
    // A program of this computer that has ended, without removing its lock file.
    LockOwner dead;
    dead.host = QSysInfo::machineHostName();
    dead.user = thisUser();
    dead.pid = 999999; // beyond pid_max: no such process
    dead.since = QDateTime::currentDateTimeUtc().addSecs(-3600);
    dead.program = QStringLiteral("parcours");
    writeBytes(WriteLock::lockPathFor(path), dead.toBytes());

    const CliRun run = runCli(importMini(path));
    CHECK(run.exitCode == 0);
    CHECK(count(path, QStringLiteral("participant")) > 0);
    CHECK_FALSE(QFileInfo::exists(WriteLock::lockPathFor(path)));
}

TEST_CASE("a file in a synchronised folder is written with a warning pointing to the multi-office setup",
          "[cli][safety][location]")
{
    QTemporaryDir tmp;
    REQUIRE(QDir(tmp.path()).mkpath(QStringLiteral("Dropbox/asso")));
    const QString path = emptyDatabase(QDir(tmp.path()).filePath(QStringLiteral("Dropbox/asso/office.parcours")));
    const CliRun run = runCli(importMini(path));
    CHECK(run.exitCode == 0);
    REQUIRE(run.errLines().size() == 1);
    CHECK(run.errLines().constFirst().startsWith(QStringLiteral("parcours-cli: ") + path + QStringLiteral(": warning: ")));
    CHECK(run.errText().contains(QStringLiteral("Dropbox")));
    CHECK(run.errText().contains(QStringLiteral("Working in several offices")));
    // Reading does not warn.
    CHECK(runCli(QStringList{QStringLiteral("check")} + dbArgs(path)).errText().isEmpty());
}

TEST_CASE("a write command on a bad file says which file and what is wrong and changes nothing",
          "[cli][safety][badfile]")
{
    QTemporaryDir tmp;
    const QString good = emptyDatabase(QDir(tmp.path()).filePath(QStringLiteral("good.parcours")));
    REQUIRE(runCli(importMini(good)).exitCode == 0);
    const QByteArray goodBytes = readBytes(good);
    REQUIRE(goodBytes.size() > 4 * 4096);

    struct Case
    {
        const char* name;
        const char* says;
    };
    const Case c = GENERATE(Case{"truncated", "the file is damaged"}, Case{"noise", "not a Parcours database"},
                            Case{"text", "not a Parcours database"}, Case{"empty", "not a Parcours database"});
    INFO(c.name);
    const QString dir = QDir(tmp.path()).filePath(QString::fromLatin1(c.name));
    REQUIRE(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(QStringLiteral("office.parcours"));
    const QString name = QString::fromLatin1(c.name);
    if (name == QLatin1String("truncated"))
        writeBytes(path, goodBytes.left(goodBytes.size() - 1000));
    else if (name == QLatin1String("noise"))
        writeBytes(path, QByteArray(8192, '\x5a'));
    else if (name == QLatin1String("text"))
        writeBytes(path, QByteArrayLiteral("ref,name\nLIL,Lille\n"));
    else
        writeBytes(path, {});
    const QByteArray before = readBytes(path);

    const CliRun run = runCli(importMini(path));
    CHECK(run.exitCode == 1);
    REQUIRE(run.errLines().size() == 1);
    CHECK(run.errLines().constFirst().startsWith(QStringLiteral("parcours-cli: ") + path + QStringLiteral(": ") +
                                                 QString::fromLatin1(c.says)));
    CHECK(readBytes(path) == before);
    CHECK(entriesOf(dir) == QStringList{QStringLiteral("office.parcours")}); // no lock, journal or log left
}

TEST_CASE("a read-only file or folder is refused for writing in one clear line and read as usual",
          "[cli][safety][readonly]")
{
    QTemporaryDir tmp;
    QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                          | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    const bool folder = GENERATE(false, true);
    INFO((folder ? "read-only folder" : "read-only file"));
    const QString dir = QDir(tmp.path()).filePath(QStringLiteral("office"));
    REQUIRE(QDir().mkpath(dir));
    const QString path = emptyDatabase(QDir(dir).filePath(QStringLiteral("office.parcours")));
    REQUIRE(runCli(importMini(path)).exitCode == 0);
    const QFileDevice::Permissions readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const QFileDevice::Permissions enterable = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    if (folder) {
        REQUIRE(QFile::setPermissions(dir, readable | enterable));
        // A new file is its owner's only (0600, DataSafety.md "Privacy"): this office lets the
        // other accounts read it, as the case needs.
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | readable));
    } else
        REQUIRE(QFile::setPermissions(path, readable));
    // Counted once the file is readable by others: the read-only connection of count() leaves
    // its -wal and -shm beside the file, and SQLite gives them the file's mode of the moment
    // (0600 before, and "nobody" could then not open the file).
    const qint64 participants = count(path, QStringLiteral("participant"));
    const QByteArray before = readBytes(path);

    Limits limits;
    limits.withoutWriteAccess = true;
    const CliRun refused = runLimited(importMini(path), limits);
    CHECK(refused.exitCode == 1);
    REQUIRE(refused.errLines().size() == 1);
    CHECK(refused.errLines().constFirst().startsWith(QStringLiteral("parcours-cli: ") + path
                                                     + QStringLiteral(": the file cannot be written")));
    CHECK(readBytes(path) == before);

    const CliRun check = runLimited(QStringList{QStringLiteral("check")} + dbArgs(path), limits);
    CHECK(check.exitCode == 0);
    CHECK(check.outText().trimmed() == QStringLiteral("OK"));
    CHECK(check.errText().isEmpty());
    CHECK(readBytes(path) == before);
    CHECK(count(path, QStringLiteral("participant")) == participants);
    QFile::setPermissions(dir, readable | enterable | QFile::WriteOwner);
}

TEST_CASE("an import onto a full disk fails in one clear line and leaves the file as it was",
          "[cli][safety][diskfull]")
{
    QTemporaryDir tmp;
    const QString path = emptyDatabase(QDir(tmp.path()).filePath(QStringLiteral("office.parcours")));
    const QByteArray before = readBytes(path);
    Limits limits;
    limits.maxFileSize = 8192; // no file may grow past 8 KiB: the write-ahead log soon cannot
    const CliRun run = runLimited(importMini(path), limits);
    CHECK(run.exitCode == 1);
    REQUIRE_FALSE(run.errLines().isEmpty());
    const QString line = run.errLines().constFirst();
    CHECK(line.startsWith(QStringLiteral("parcours-cli: ") + path + QStringLiteral(": ")));
    // A write past RLIMIT_FSIZE fails with EFBIG, which SQLite reports as an I/O error (on a
    // real full disk, ENOSPC, it reports SQLITE_FULL: "the disk is full", tested in test_storage).
    CHECK((line.contains(QStringLiteral("disk is full")) || line.contains(QStringLiteral("has free space"))));
    CHECK(readBytes(path) == before);
    CHECK(count(path, QStringLiteral("participant")) == 0);
    CHECK(runCli(QStringList{QStringLiteral("check")} + dbArgs(path)).exitCode == 0);
}
