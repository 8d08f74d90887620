// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/storage: what a Transaction tells the audit log (AuditLog.md).

#include "core/Result.h"

namespace parcours {
class Database;
}

namespace parcours::storage {

/// Writes the Database's actor into `audit_context`, with per-row entries on, just after the
/// transaction began; does nothing on a file without the audit log (before migration 0006).
[[nodiscard]] Result<void> enterAuditContext(const Database& db);
/// Empties `audit_context` just before the commit, so that a later write made outside
/// Parcours is logged with no user rather than with the last one.
[[nodiscard]] Result<void> leaveAuditContext(const Database& db);

} // namespace parcours::storage
