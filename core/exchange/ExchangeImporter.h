// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace parcours {

class Database;
struct CsvDocument;

/// What an import found and did.
struct ImportReport
{
    /// Every bad row, as `file:line: column: reason` (empty when the import is valid).
    QList<Problem> problems;
    /// Things worth telling that are not errors: a file read as Windows-1252, an unknown column
    /// ignored, a file absent from the folder.
    QStringList notices;
    /// Rows read per file name (e.g. "participants.csv" -> 20).
    QMap<QString, int> rowsRead;
    int inserted = 0;
    int updated = 0;
    /// True when the data was written (a valid import that was not a dry run).
    bool written = false;

    bool ok() const { return problems.isEmpty(); }
};

/// Reads an exchange folder (exchange-format.md), or one table of it, into a database: in one
/// transaction, all or nothing. Rows with the same ref (or natural key) are updated, new ones
/// inserted. A folder with any bad row writes nothing and reports every bad row.
///
/// Decisions within the spec (see also CsvReader, ExchangeHeader, ExchangeValues):
/// - an update changes the columns present in the file; a column absent from the file keeps
///   the stored value, a column present with an empty cell clears it (or sets the default);
/// - a row that only points at a row that was itself bad in this import is neither saved nor
///   reported (its cause is); a ref found neither in the import nor in the database is, and so
///   is a malformed ref cell (over 64 characters, a control character or `|`, a leading or
///   trailing space) in any ref column, even when a bad row has the same ref: it is a fault of
///   its own cell, which mending that row would not mend;
/// - the second row with a ref (or natural key) already seen in the same file is a problem;
/// - a dry run does every write, then rolls back: refs and database rules are checked exactly;
/// - file names in a folder match in any letter case.
class ExchangeImporter
{
public:
    explicit ExchangeImporter(Database& db) : m_db(db) {}

    /// The folder's files that exist, in dependency order. A Result error only for what stops
    /// the import as a whole (folder missing, database busy or read-only); bad rows are in
    /// the report, with `written == false`.
    [[nodiscard]] Result<ImportReport> importDir(const QString& dir, bool dryRun = false);
    /// One table (`participants`, `sessions`, ...) from one file.
    [[nodiscard]] Result<ImportReport> importTable(const QString& table, const QString& file,
                                                   bool dryRun = false);
    /// One table from records CsvReader read and the caller rearranged, as the import wizard
    /// does once a person has mapped the file's columns: the first record is the header, in
    /// the table's column names; each record keeps the line of the file it came from, and
    /// `fileName` names the file in the report. The same validation and transaction as above.
    [[nodiscard]] Result<ImportReport> importRecords(const QString& table, const CsvDocument& doc,
                                                     const QString& fileName, bool dryRun = false);

private:
    Database& m_db;
};

} // namespace parcours
