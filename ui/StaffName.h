// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AuditActor.h"

namespace parcours::ui {

/// The staff name this person set in the program (File > Your name…), kept in the user's
/// settings on this computer: the audit log records changes under it (AuditLog.md).
class StaffName
{
public:
    /// The name set, or an empty string.
    static QString current();
    static void set(const QString& name);
    /// The desktop program's actor: the name set, else the OS user.
    static AuditActor actor();
};

} // namespace parcours::ui
