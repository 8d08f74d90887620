// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace parcours {

class Database;

/// How an export is written.
struct ExportOptions
{
    /// UTF-8 with BOM, `;` separator, CRLF, and cells that start with = + - @ tab or CR
    /// neutralised (OWASP CSV injection) for French Excel.
    bool excel = false;
    /// Only what concerns this cohort (empty: everything): the cohort, its site and rooms, its
    /// enrolments, sessions, attendance, pairings, check-ins and outcomes, and the participants,
    /// volunteers and trainers (with their unavailability) these point at, so that the folder
    /// imports on its own.
    QString cohortRef;
    /// Names and contact details replaced by stable pseudonyms, free-text notes dropped (see
    /// Pseudonymiser); rows are then in the order of their new keys.
    bool pseudonymise = false;
};

/// Writes a database as an exchange folder (exchange-format.md), or one table of it. Every file
/// is written through QSaveFile: a failed export never leaves a half file. The bytes depend on
/// the data only (rows in key order), so export, import, export gives identical folders.
class ExchangeExporter
{
public:
    explicit ExchangeExporter(Database& db) : m_db(db) {}

    /// The exchange tables, in dependency order (`sites`, `rooms`, `cohorts`, ...).
    static QStringList tables();

    /// Every table into `dir` (created if missing), one `TABLE.csv` each. All files are staged
    /// before any replaces its predecessor, so a failure on the way leaves the folder as it was.
    [[nodiscard]] Result<void> exportDir(const QString& dir, const ExportOptions& options = {});
    /// One table into `file`.
    [[nodiscard]] Result<void> exportTable(const QString& table, const QString& file,
                                           const ExportOptions& options = {});

private:
    Database& m_db;
};

} // namespace parcours
