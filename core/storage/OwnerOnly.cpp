// SPDX-License-Identifier: GPL-3.0-or-later
#include "OwnerOnly.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace parcours::storage {

namespace {

constexpr QFile::Permissions kFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

} // namespace

Result<void> createOwnerOnlyFile(const QString& path)
{
    QFile file(path);
    // The mode is given to open(2) itself: the file is never readable by others, not even
    // for an instant.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFile)) {
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
            return fail(ErrorCode::Exists, QStringLiteral("'%1' already exists.").arg(path));
        return fail(ErrorCode::Io, QStringLiteral("'%1' cannot be created: %2").arg(path, file.errorString()));
    }
    return {};
}

bool makeOwnerOnlyFolder(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return true;
    const QString parent = QFileInfo(absolute).absolutePath();
    if (parent != absolute && !makeOwnerOnlyFolder(parent))
        return false;
    return QDir().mkdir(absolute, kFolder) || QFileInfo(absolute).isDir();
}

bool restrictToOwner(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    return QFile::setPermissions(path, info.isDir() ? kFolder : kFile);
}

} // namespace parcours::storage
