// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>

namespace parcours {

/// Reports `done` pages of `total` copied; false stops the backup.
using BackupProgress = std::function<bool(int done, int total)>;

/// backupDatabaseFile() (Database.h) in steps: copies a few thousand pages at a time under one
/// read transaction of `source` held to the end (one committed state, whatever the program
/// writes meanwhile), and reports between steps and once more after the check of the copy
/// (integrity_check cannot be interrupted). When `progress` answers false the copy stops with
/// an error and nothing is left at or beside `target`. The copy passes integrity_check
/// before it takes its name, as with backupDatabaseFile().
[[nodiscard]] Result<void> backupDatabaseFile(const QString& source, const QString& target,
                                              const BackupProgress& progress);

} // namespace parcours
