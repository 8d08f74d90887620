// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace parcours {

namespace {
const QString kLastFileKey = QStringLiteral("files/last");
}

void AppPaths::setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Parcours"));
    QCoreApplication::setApplicationName(QStringLiteral("Parcours"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARCOURS_VERSION));
}

QString AppPaths::defaultDatabasePath()
{
    const QString last = QSettings().value(kLastFileKey).toString();
    if (!last.isEmpty())
        return last;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("parcours.parcours"));
}

void AppPaths::setLastDatabasePath(const QString& path)
{
    QSettings().setValue(kLastFileKey, path);
}

} // namespace parcours
