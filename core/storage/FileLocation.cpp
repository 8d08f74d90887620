// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace parcours {

namespace {

struct FileSystem
{
    quint64 magic;
    const char* name;
};

// From linux/magic.h and the kernel's file systems (statfs(2)).
constexpr FileSystem kNetworkFileSystems[] = {
    {0xFF534D42, "SMB/CIFS"}, {0xFE534D42, "SMB2/SMB3"}, {0x517B, "SMB"},
    {0x6969, "NFS"},          {0x564C, "NCP"},           {0x5346414F, "AFS"},
    {0x73757245, "Coda"},     {0x01021997, "9P"},        {0x00C36400, "Ceph"},
    {0x47504653, "GPFS"},     {0x0BD00BD0, "Lustre"},
};

/// Folder names that synchronisation clients create (a folder whose name starts with one of
/// them, such as "OneDrive - Company", counts).
constexpr const char* kSyncedFolders[] = {
    "Dropbox",   "OneDrive", "Nextcloud",  "ownCloud", "Google Drive", "GoogleDrive", "My Drive",
    "iCloud Drive", "iCloudDrive", "pCloud Drive", "Seafile", "Box Sync", "MEGAsync", "MEGA",
    "Tresorit",  "kDrive",   "SynologyDrive", "Synology Drive",
};

} // namespace

FileLocation FileLocation::classify(const QString& absolutePath, quint64 fileSystemType)
{
    for (const FileSystem& fs : kNetworkFileSystems)
        if (fs.magic == fileSystemType)
            return {Risk::NetworkShare, QString::fromLatin1(fs.name)};
    const QStringList parts = QDir::fromNativeSeparators(absolutePath).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // GVfs mounts network shares (smb://, sftp://) under /run/user/UID/gvfs through FUSE.
    for (int i = 0; i + 1 < parts.size(); ++i)
        if (parts.at(i) == QLatin1String("gvfs") || parts.at(i) == QLatin1String(".gvfs"))
            return {Risk::NetworkShare, QStringLiteral("GVfs")};
    // The folders above the file (not the file's own name).
    for (int i = 0; i + 1 < parts.size(); ++i)
        for (const char* name : kSyncedFolders) {
            const QString folder = QString::fromLatin1(name);
            const QString& part = parts.at(i);
            if (part.compare(folder, Qt::CaseInsensitive) == 0
                || (part.startsWith(folder + QLatin1Char(' '), Qt::CaseInsensitive)))
                return {Risk::SyncedFolder, folder};
        }
    return {};
}

FileLocation FileLocation::of(const QString& path)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    quint64 type = 0;
#ifdef Q_OS_LINUX
    struct statfs fs{};
    if (statfs(QFile::encodeName(info.absolutePath()).constData(), &fs) == 0)
        type = quint64(fs.f_type) & 0xFFFFFFFFu;
#endif
    FileLocation where = classify(absolute, type);
    if (where.risk == Risk::Local && info.exists()) {
        // A folder reached through a link into a synchronised folder is one too.
        const QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty() && canonical != absolute)
            where = classify(canonical, type);
    }
    return where;
}

} // namespace parcours
