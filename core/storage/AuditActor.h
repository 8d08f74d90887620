// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace parcours {

/// Who writes to a database, as the audit log records it (core/storage/AuditLog.md): the
/// staff name set in the program, else the operating system's user name; the OS account; and
/// the program ("parcours", "parcours-cli").
struct AuditActor
{
    QString name;
    QString osUser;
    QString program;

    /// This process's actor: `staffName` when it is not blank, else the OS user (the account,
    /// else USER, USERNAME or LOGNAME), and the application's name as the program.
    static AuditActor ofThisProcess(const QString& staffName = {});
};

} // namespace parcours
