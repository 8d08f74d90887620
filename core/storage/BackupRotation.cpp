// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupRotation.h"

#include "Database.h"
#include "DatabaseBackup.h"
#include "OwnerOnly.h"
#include "SettingRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>
#include <cstdio>

namespace parcours {

namespace {

constexpr char kSuffix[] = ".parcours";
constexpr char kBeforeRestore[] = "-before-restore";

QString baseOf(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

void removeSideFiles(const QString& path)
{
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

/// Reads application_id and user_version from the header of a SQLite file, without SQLite.
Result<void> checkIsParcoursFile(const QString& path, const QString& shownAs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("'%1' cannot be read: %2").arg(shownAs, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3")))
        return fail(ErrorCode::NotADatabase, QStringLiteral("'%1' is not a Parcours database.").arg(shownAs));
    const auto version = qFromBigEndian<qint32>(header.constData() + 60);
    const auto application = qFromBigEndian<qint32>(header.constData() + 68);
    if (application != Database::kApplicationId)
        return fail(ErrorCode::NotADatabase, QStringLiteral("'%1' is not a Parcours database.").arg(shownAs));
    if (version > Database::latestSchemaVersion())
        return fail(ErrorCode::NewerVersion,
                    QStringLiteral("'%1' was written by a newer version of Parcours.").arg(shownAs),
                    {QString::number(version), QString::number(Database::latestSchemaVersion())});
    return {};
}

QString freePath(const QString& preferred)
{
    QString candidate = preferred;
    for (int n = 2; QFileInfo(candidate).exists() || QFileInfo(candidate).isSymLink(); ++n) {
        candidate = preferred;
        candidate.insert(candidate.size() - int(sizeof kSuffix - 1), QStringLiteral("-%1").arg(n));
    }
    return candidate;
}

} // namespace

QString BackupRotation::folderFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return QDir(info.absolutePath()).filePath(info.fileName() + QLatin1String(".backups"));
}

QString BackupRotation::dailyPathFor(const QString& databasePath, const QDate& day)
{
    return QDir(folderFor(databasePath))
        .filePath(baseOf(databasePath) + QLatin1Char('-') + day.toString(Qt::ISODate) + QLatin1String(kSuffix));
}

Result<int> BackupRotation::keep(Database& db)
{
    auto stored = SettingRepository(db).value(keepKey());
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return kDefaultKeep;
    bool ok = false;
    const int n = (*stored)->trimmed().toInt(&ok);
    return ok && n >= 0 ? n : kDefaultKeep;
}

QList<BackupEntry> BackupRotation::list(const QString& databasePath)
{
    const QString base = QRegularExpression::escape(baseOf(databasePath));
    static const QString dayPattern = QStringLiteral("(\\d{4}-\\d{2}-\\d{2})");
    const QRegularExpression daily(QStringLiteral("^%1-%2\\.parcours$").arg(base, dayPattern));
    const QRegularExpression before(
        QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(-\\d+)?%2\\.parcours$").arg(base, QLatin1String(kBeforeRestore)));
    QList<BackupEntry> out;
    const QDir folder(folderFor(databasePath));
    for (const QFileInfo& file : folder.entryInfoList({QStringLiteral("*.parcours")}, QDir::Files)) {
        BackupEntry entry;
        entry.path = file.absoluteFilePath();
        entry.size = file.size();
        if (const auto m = daily.match(file.fileName()); m.hasMatch()) {
            entry.made = QDateTime(QDate::fromString(m.captured(1), Qt::ISODate), QTime(0, 0));
        } else if (const auto b = before.match(file.fileName()); b.hasMatch()) {
            entry.made = QDateTime::fromString(b.captured(1), QStringLiteral("yyyy-MM-dd-HHmmss"));
            entry.beforeRestore = true;
        } else {
            continue;
        }
        if (!entry.made.isValid())
            continue;
        out << entry;
    }
    std::sort(out.begin(), out.end(), [](const BackupEntry& a, const BackupEntry& b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return out;
}

Result<QString> BackupRotation::daily(Database& db, const QDate& today,
                                      const std::function<bool(int, int)>& progress)
{
    auto kept = keep(db);
    if (!kept)
        return fail(kept.error());
    if (*kept == 0)
        return QString();
    const QString folder = folderFor(db.path());
    if (!storage::makeOwnerOnlyFolder(folder))
        return fail(ErrorCode::Io, QStringLiteral("The backup folder '%1' cannot be created.").arg(folder));
    const QString target = dailyPathFor(db.path(), today);
    QString made;
    if (!QFileInfo::exists(target)) {
        if (auto r = progress ? backupDatabaseFile(db.path(), target, progress) : db.backupTo(target); !r)
            return fail(r.error());
        made = target;
    }
    int dailies = 0;
    for (const BackupEntry& entry : list(db.path())) {
        if (entry.beforeRestore)
            continue;
        if (++dailies > *kept)
            QFile::remove(entry.path);
    }
    return made;
}

Result<QString> BackupRotation::restore(const QString& databasePath, const QString& backup, const QDateTime& now)
{
    if (!QFileInfo(backup).isFile())
        return fail(ErrorCode::Io, QStringLiteral("There is no backup '%1'.").arg(backup));
    if (auto r = checkIsParcoursFile(backup, backup); !r)
        return fail(r.error());
    const QString folder = folderFor(databasePath);
    if (!storage::makeOwnerOnlyFolder(folder))
        return fail(ErrorCode::Io, QStringLiteral("The backup folder '%1' cannot be created.").arg(folder));

    // First the file as it is now, so that the restore loses nothing.
    const QString kept = freePath(QDir(folder).filePath(baseOf(databasePath) + QLatin1Char('-')
                                                        + now.toString(QStringLiteral("yyyy-MM-dd-HHmmss"))
                                                        + QLatin1String(kBeforeRestore) + QLatin1String(kSuffix)));
    if (auto r = backupDatabaseFile(databasePath, kept); !r) {
        Error e = r.error();
        e.detail = QStringLiteral("'%1' was not restored, because no copy of it could be kept first: %2")
                       .arg(databasePath, e.detail);
        return fail(e);
    }

    // Then the backup, copied and checked beside the file, and renamed over it.
    const QString staging = databasePath + QLatin1String(".restoring");
    QFile::remove(staging);
    removeSideFiles(staging);
    if (auto r = backupDatabaseFile(backup, staging); !r) {
        removeSideFiles(staging);
        return fail(r.error());
    }
    removeSideFiles(staging);
    // Pages of the old file still in its write-ahead log must never be applied to the new one.
    removeSideFiles(databasePath);
    const QByteArray from = QFile::encodeName(staging);
    const QByteArray to = QFile::encodeName(databasePath);
    if (std::rename(from.constData(), to.constData()) != 0
        && !(QFile::remove(databasePath) && QFile::rename(staging, databasePath))) {
        QFile::remove(staging);
        return fail(ErrorCode::Io, QStringLiteral("'%1' could not be replaced by '%2'; the file as it was is kept "
                                                  "as '%3'.")
                                       .arg(databasePath, backup, kept));
    }
    return kept;
}

} // namespace parcours
