// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace parcours {

/// Who holds the write lock of a Parcours file, as written in its lock file.
struct LockOwner
{
    QString host;    ///< the computer's name
    QString user;    ///< the account on that computer
    qint64 pid = 0;  ///< the process on that computer
    QDateTime since; ///< UTC
    QString program; ///< "parcours" or "parcours-cli"

    /// What the lock file holds: one `key=value` line each.
    QByteArray toBytes() const;
    static LockOwner fromBytes(const QByteArray& bytes);
};

/// One writer at a time: while a Parcours program has a file open for writing it holds
/// `<file>.lock` beside it (see core/storage/DataSafety.md). The lock file names the computer, the
/// user, the process and since when, for the message the next program shows; the operating
/// system's advisory lock on it (flock) is what really holds, so that a crash releases it.
/// A lock whose holder is gone (no flock, or a dead process on this computer where flock is not
/// available) is stale and taken over. Released (and its file removed) when destroyed.
class WriteLock
{
public:
    ~WriteLock();
    WriteLock(const WriteLock&) = delete;
    WriteLock& operator=(const WriteLock&) = delete;

    /// `<file>.lock`.
    static QString lockPathFor(const QString& databasePath);

    /// Takes the lock of `databasePath` for `program`. Fails with ErrorCode::Locked when another
    /// program holds it (args: host, user, since as ISO 8601 UTC, pid), ErrorCode::ReadOnly when
    /// the folder cannot be written, ErrorCode::Io otherwise.
    [[nodiscard]] static Result<std::unique_ptr<WriteLock>> acquire(const QString& databasePath,
                                                                    const QString& program);

    /// The holder a Locked error names.
    static LockOwner ownerOf(const Error& locked);

    const LockOwner& owner() const { return m_owner; }
    const QString& path() const { return m_path; }

private:
    WriteLock(QString path, int fd, LockOwner owner);
    QString m_path;
    int m_fd = -1;
    LockOwner m_owner;
};

} // namespace parcours
