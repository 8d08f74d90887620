// SPDX-License-Identifier: GPL-3.0-or-later
// The lock file is written whole under a temporary name, flocked, then hard-linked into place:
// link() fails when a lock is already there, so taking the lock is atomic and nobody ever reads
// a half-written lock file. Where hard links do not exist, O_EXCL creates it in place.
#include "WriteLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace parcours {

namespace {

constexpr int kAttempts = 5;
/// A lock file with no readable owner is someone's lock being written for this long.
constexpr qint64 kUnreadableGraceSeconds = 10;

QString currentUser()
{
#ifdef Q_OS_UNIX
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

Error lockedBy(const QString& databasePath, const LockOwner& holder)
{
    const QString since = holder.since.isValid() ? holder.since.toString(Qt::ISODate) : QString();
    return Error{ErrorCode::Locked,
                 QStringLiteral("'%1' is open for writing on computer '%2' by user '%3' since %4 (process %5 of %6).")
                     .arg(databasePath, holder.host, holder.user, since)
                     .arg(holder.pid)
                     .arg(holder.program),
                 {holder.host, holder.user, since, QString::number(holder.pid), holder.program},
                 {}};
}

} // namespace

QByteArray LockOwner::toBytes() const
{
    QByteArray out;
    auto line = [&out](const char* key, const QString& value) {
        QString clean = value;
        clean.replace(QLatin1Char('\n'), QLatin1Char(' '));
        out += key;
        out += '=';
        out += clean.toUtf8();
        out += '\n';
    };
    line("host", host);
    line("user", user);
    line("pid", QString::number(pid));
    line("since", since.toUTC().toString(Qt::ISODate));
    line("program", program);
    return out;
}

LockOwner LockOwner::fromBytes(const QByteArray& bytes)
{
    LockOwner o;
    for (const QByteArray& raw : bytes.split('\n')) {
        const int eq = raw.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = raw.left(eq);
        const QString value = QString::fromUtf8(raw.mid(eq + 1));
        if (key == "host")
            o.host = value;
        else if (key == "user")
            o.user = value;
        else if (key == "pid")
            o.pid = value.toLongLong();
        else if (key == "since")
            o.since = QDateTime::fromString(value, Qt::ISODate);
        else if (key == "program")
            o.program = value;
    }
    return o;
}

QString WriteLock::lockPathFor(const QString& databasePath)
{
    return databasePath + QLatin1String(".lock");
}

LockOwner WriteLock::ownerOf(const Error& locked)
{
    LockOwner o;
    o.host = locked.args.value(0);
    o.user = locked.args.value(1);
    o.since = QDateTime::fromString(locked.args.value(2), Qt::ISODate);
    o.pid = locked.args.value(3).toLongLong();
    o.program = locked.args.value(4);
    return o;
}

WriteLock::WriteLock(QString path, int fd, LockOwner owner)
    : m_path(std::move(path)), m_fd(fd), m_owner(std::move(owner))
{
}

#ifdef Q_OS_UNIX

namespace {

bool sameFile(int fd, const QByteArray& path)
{
    struct stat open{}, named{};
    return fstat(fd, &open) == 0 && stat(path.constData(), &named) == 0 && open.st_ino == named.st_ino
        && open.st_dev == named.st_dev;
}

QByteArray readAll(int fd)
{
    QByteArray out;
    char buffer[1024];
    if (lseek(fd, 0, SEEK_SET) != 0)
        return out;
    ssize_t n = 0;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0 && out.size() < 16384)
        out.append(buffer, int(n));
    return out;
}

bool writeAll(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += n;
    }
    return ::fsync(fd) == 0;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

qint64 ageInSeconds(int fd)
{
    struct stat s{};
    if (fstat(fd, &s) != 0)
        return 0;
    return QDateTime::currentSecsSinceEpoch() - qint64(s.st_mtime);
}

Error folderError(const QString& databasePath, int error)
{
    const QString reason = QString::fromLocal8Bit(std::strerror(error));
    if (error == EACCES || error == EPERM || error == EROFS)
        return Error{ErrorCode::ReadOnly,
                     QStringLiteral("'%1' cannot be opened for writing: its lock file cannot be created in its "
                                    "folder (%2).")
                         .arg(databasePath, reason),
                     {},
                     {}};
    return Error{ErrorCode::Io,
                 QStringLiteral("'%1' cannot be locked for writing (%2).").arg(databasePath, reason),
                 {},
                 {}};
}

} // namespace

Result<std::unique_ptr<WriteLock>> WriteLock::acquire(const QString& databasePath, const QString& program)
{
    const QString lockPath = lockPathFor(databasePath);
    const QByteArray native = QFile::encodeName(lockPath);
    LockOwner me;
    me.host = QSysInfo::machineHostName();
    me.user = currentUser();
    me.pid = QCoreApplication::applicationPid();
    me.since = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    me.program = program;
    const QByteArray content = me.toBytes();

    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        QByteArray temporary = native + ".XXXXXX";
        int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
        if (fd < 0)
            return fail(folderError(databasePath, errno));
        ::fchmod(fd, 0600); // the owner only, like the database it guards (DataSafety.md)
        if (!writeAll(fd, content)) {
            const int error = errno;
            ::close(fd);
            ::unlink(temporary.constData());
            return fail(folderError(databasePath, error));
        }
        // Where flock is not supported the lock file alone holds, and a crash is recognised
        // by its process being gone.
        ::flock(fd, LOCK_EX | LOCK_NB);
        const int linked = ::link(temporary.constData(), native.constData());
        const int linkError = errno;
        ::unlink(temporary.constData());
        if (linked == 0)
            return std::unique_ptr<WriteLock>(new WriteLock(lockPath, fd, me));
        ::close(fd);
        if (linkError != EEXIST) {
            // No hard links on this file system: create the lock file in place.
            fd = ::open(native.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd >= 0) {
                ::flock(fd, LOCK_EX | LOCK_NB);
                if (!writeAll(fd, content)) {
                    const int error = errno;
                    ::close(fd);
                    ::unlink(native.constData());
                    return fail(folderError(databasePath, error));
                }
                return std::unique_ptr<WriteLock>(new WriteLock(lockPath, fd, me));
            }
            if (errno != EEXIST)
                return fail(folderError(databasePath, errno));
        }

        // A lock is there: is its holder still alive?
        const int other = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
        if (other < 0) {
            if (errno == ENOENT)
                continue; // released meanwhile
            return fail(folderError(databasePath, errno));
        }
        const LockOwner holder = LockOwner::fromBytes(readAll(other));
        bool stale = false;
        if (::flock(other, LOCK_EX | LOCK_NB) == 0)
            stale = true; // nobody holds it: its program ended without removing it
        else if (errno != EWOULDBLOCK)
            stale = holder.host == me.host && holder.pid > 0 && !processAlive(holder.pid);
        if (holder.host.isEmpty() && ageInSeconds(other) < kUnreadableGraceSeconds)
            stale = false; // being written by a program that creates it in place
        if (stale) {
            // Only the file just judged: another program may have replaced it meanwhile.
            if (sameFile(other, native))
                ::unlink(native.constData());
            ::close(other);
            continue;
        }
        const bool stillThere = sameFile(other, native);
        ::close(other);
        if (!stillThere)
            continue;
        return fail(lockedBy(databasePath, holder));
    }
    return fail(ErrorCode::Io,
                QStringLiteral("'%1' cannot be locked for writing: its lock file keeps changing.").arg(databasePath));
}

WriteLock::~WriteLock()
{
    // Removed before it is released, so that nobody takes over a file about to go.
    if (sameFile(m_fd, QFile::encodeName(m_path)))
        ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
}

#else // not Unix: the lock file alone, created with O_EXCL; no automatic recovery after a crash.

Result<std::unique_ptr<WriteLock>> WriteLock::acquire(const QString& databasePath, const QString& program)
{
    const QString lockPath = lockPathFor(databasePath);
    LockOwner me;
    me.host = QSysInfo::machineHostName();
    me.user = currentUser();
    me.pid = QCoreApplication::applicationPid();
    me.since = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    me.program = program;
    QFile file(lockPath);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        file.write(me.toBytes());
        file.close();
        return std::unique_ptr<WriteLock>(new WriteLock(lockPath, -1, me));
    }
    if (!QFileInfo::exists(lockPath))
        return fail(ErrorCode::ReadOnly,
                    QStringLiteral("'%1' cannot be opened for writing: its lock file cannot be created (%2).")
                        .arg(databasePath, file.errorString()));
    QFile existing(lockPath);
    LockOwner holder;
    if (existing.open(QIODevice::ReadOnly))
        holder = LockOwner::fromBytes(existing.read(16384));
    return fail(lockedBy(databasePath, holder));
}

WriteLock::~WriteLock()
{
    QFile::remove(m_path);
}

#endif

} // namespace parcours
