// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace parcours {

class Database;

/// One entry of the audit log: who, when, what was done to which record, and the NAMES of the
/// fields written (never their values).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC, to the second
    QString actor;
    QString osUser;
    QString program;
    /// insert, update, delete (one row); import (one table of an import), demo, bulk_load,
    /// restore, erase, or another summary action.
    QString action;
    /// The table written (participant, cohort, attendance...), or "database" for the file.
    QString kind;
    std::optional<qint64> recordId;
    /// The record's ref (P-000012), or its parents' refs ("S-000003 / P-000012"); a file name
    /// for an import or a restore; never a person's name.
    QString recordRef;
    QStringList fields;
    /// How many rows a summary entry stands for.
    std::optional<qint64> count;
};

/// What the viewer and the export show: empty members do not filter.
struct AuditFilter
{
    QDate from;    ///< first UTC day included
    QDate to;      ///< last UTC day included
    QString actor; ///< exact
    QString kind;  ///< exact
    /// Part of the record's ref, or "#123" for record id 123.
    QString record;
};

/// The audit log of a database (issue 9 point 7; see AuditLog.md beside this file).
///
/// Every change a transaction makes to a record is logged by SQLite triggers in that
/// transaction, with the actor the Database carries (Database::setAuditActor); this class adds
/// summary entries and reads the log. The log is append-only: the file refuses UPDATE and
/// DELETE on it.
class AuditLog
{
public:
    explicit AuditLog(const Database& db) : m_db(db) {}

    /// Appends one entry: action, kind, recordId, recordRef, fields and count are taken from
    /// `entry`; who and when are filled in. Needs an open Transaction (the entry commits or
    /// rolls back with the change it describes). Returns the entry's id. Use it for what the
    /// row triggers do not say: an erasure ("erase", "participant", id, no ref, no fields).
    [[nodiscard]] Result<qint64> record(const AuditEntry& entry);
    /// The same, field by field.
    [[nodiscard]] Result<qint64> record(const QString& action, const QString& kind,
                                        std::optional<qint64> recordId = std::nullopt,
                                        const QString& recordRef = {}, std::optional<qint64> count = std::nullopt);

    /// Records, in a transaction of its own, that the file was put back from the backup
    /// `backupName` (a file name, no path). The entries made after that backup are in the copy
    /// kept before the restore, not in the file.
    [[nodiscard]] static Result<qint64> recordRestore(Database& db, const QString& backupName);

    /// Turns the per-row entries off (`false`) or on, until the Transaction ends (it turns
    /// them back on): for a write of many rows that records a summary instead (an import, a
    /// demo). Needs an open Transaction.
    [[nodiscard]] Result<void> setRowEntries(bool on);

    /// The entries that pass `filter`, newest first, with an id below `beforeId` when given,
    /// at most `limit`.
    [[nodiscard]] Result<QList<AuditEntry>> find(const AuditFilter& filter, std::optional<qint64> beforeId = std::nullopt,
                                                 int limit = 500) const;
    /// How many entries pass `filter`.
    [[nodiscard]] Result<qint64> count(const AuditFilter& filter = {}) const;
    /// The actors found in the log, sorted.
    [[nodiscard]] Result<QStringList> actors() const;

    /// False on a file older than the log (schema before 6, opened read-only).
    [[nodiscard]] Result<bool> exists() const;

private:
    const Database& m_db;
};

} // namespace parcours
