// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

namespace parcours {

class Database;

/// Numbered schema migrations (`migrations/NNNN_name.sql`, embedded as resources), tracked in
/// `PRAGMA user_version`. Each step runs in its own transaction together with the version bump.
class Migrator
{
public:
    /// The number of the last migration (the schema version this build writes).
    static int latestVersion();
    /// Runs every step after the file's version, up to `target` (default: latest).
    [[nodiscard]] static Result<void> migrate(Database& db, int target = -1);
};

} // namespace parcours
