// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace parcours {

/// Where a file lives, as far as SQLite's safety goes: SQLite relies on file locks that network
/// file systems (SMB/CIFS, NFS) do not always honour, and synchronisation clients (Dropbox,
/// OneDrive, ...) copy a database file and its write-ahead log separately, which can damage it.
struct FileLocation
{
    enum class Risk {
        Local,        ///< a disk of this computer
        NetworkShare, ///< SMB/CIFS, NFS, ... (`what` names the file system)
        SyncedFolder, ///< inside a folder a synchronisation client copies (`what` names it)
    };
    Risk risk = Risk::Local;
    QString what;

    /// Looks at the file system under `path` (statfs on Linux) and at the folders above it.
    static FileLocation of(const QString& path);
    /// The judgement itself, for an absolute path and the file system's magic number
    /// (statfs f_type; 0 when unknown).
    static FileLocation classify(const QString& absolutePath, quint64 fileSystemType);
};

} // namespace parcours
