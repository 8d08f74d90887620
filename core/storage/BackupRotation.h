// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace parcours {

class Database;

/// One copy in a file's backup folder.
struct BackupEntry
{
    QString path;
    QDateTime made;           ///< from its name (local time); the day at midnight for daily ones
    qint64 size = 0;          ///< bytes
    bool beforeRestore = false; ///< the file as it was before a restore (never rotated away)
};

/// The automatic backups of a Parcours file: one a day, made when the desktop program opens the
/// file for writing, in `<file>.backups/` beside it, the oldest removed beyond the setting
/// `backup_keep` (default 7; 0 turns them off). Each is made with the online backup API and
/// passes integrity_check before it takes its name (backupDatabaseFile). See
/// core/storage/DataSafety.md.
class BackupRotation
{
public:
    static constexpr int kDefaultKeep = 7;
    static QString keepKey() { return QStringLiteral("backup_keep"); }

    /// `<folder>/<name>.backups` for `<folder>/<name>`.
    static QString folderFor(const QString& databasePath);
    /// The daily copy of `day`: `<base>-YYYY-MM-DD.parcours`.
    static QString dailyPathFor(const QString& databasePath, const QDate& day);

    /// How many daily copies the file keeps (its `backup_keep` setting, else kDefaultKeep).
    [[nodiscard]] static Result<int> keep(Database& db);

    /// Makes today's copy unless it exists, then removes the oldest daily copies beyond keep().
    /// Returns the copy made, or an empty string when there was nothing to do. With `progress`
    /// (pages done, total; false stops), the copy is made in steps (DatabaseBackup.h): the
    /// window makes it on a thread of its own, and a stopped copy leaves nothing behind.
    [[nodiscard]] static Result<QString> daily(Database& db, const QDate& today,
                                               const std::function<bool(int, int)>& progress = {});

    /// The copies of `databasePath`, newest first.
    static QList<BackupEntry> list(const QString& databasePath);

    /// Replaces the (closed) file at `databasePath` by the copy `backup`, after keeping the file
    /// as it is in the backup folder (`<base>-YYYY-MM-DD-HHmmss-before-restore.parcours`): nothing
    /// is lost. The caller holds the file's WriteLock and has no connection open to it. Returns
    /// the path of the copy kept. On failure the file is as it was.
    [[nodiscard]] static Result<QString> restore(const QString& databasePath, const QString& backup,
                                                 const QDateTime& now);
};

} // namespace parcours
