// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace parcours::storage {

/// Files Parcours makes that hold people's data are readable by their owner only: 0600 for
/// files, 0700 for folders (DataSafety.md, "Privacy"). Elsewhere than Unix, Qt's permissions
/// map to what the system has.

/// Creates the empty file `path` with mode 0600. ErrorCode::Exists when anything is there.
[[nodiscard]] Result<void> createOwnerOnlyFile(const QString& path);
/// Makes the folder `path` and the missing folders above it; those it creates get mode 0700.
/// True when the folder is there afterwards.
bool makeOwnerOnlyFolder(const QString& path);
/// Gives the file (0600) or folder (0700) `path` to its owner only; false when it cannot.
bool restrictToOwner(const QString& path);

} // namespace parcours::storage
