// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace parcours {

/// Names and places shared by the desktop program and parcours-cli.
struct AppPaths
{
    /// Sets the organisation and application names (QSettings, QStandardPaths). Call first in main.
    static void setApplicationNames();
    /// The database file both programs use when none is named: the file last opened by the
    /// desktop program when known, else `parcours.parcours` in the user's data folder.
    static QString defaultDatabasePath();
    /// Remembers the file the desktop program opened last (read by defaultDatabasePath()).
    static void setLastDatabasePath(const QString& path);
};

} // namespace parcours
