// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace parcours::ui {

namespace {
const QString kKey = QStringLiteral("files/recent");

QStringList stored()
{
    return QSettings().value(kKey).toStringList();
}

void store(const QStringList& paths)
{
    QSettings().setValue(kKey, paths);
}

QString normalised(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}
} // namespace

QStringList RecentFiles::list()
{
    const QStringList all = stored();
    QStringList existing;
    for (const QString& path : all)
        if (QFileInfo(path).isFile())
            existing << path;
    if (existing.size() != all.size())
        store(existing);
    return existing;
}

void RecentFiles::add(const QString& path)
{
    const QString file = normalised(path);
    QStringList paths = stored();
    paths.removeAll(file);
    paths.prepend(file);
    while (paths.size() > kMaxCount)
        paths.removeLast();
    store(paths);
}

void RecentFiles::remove(const QString& path)
{
    QStringList paths = stored();
    if (paths.removeAll(normalised(path)) > 0)
        store(paths);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace parcours::ui
