// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/exchange/CsvWriter.h"

namespace parcours {

class Database;
struct AuditFilter;

/// Writes the audit log's entries that pass a filter as CSV, oldest first, with the header
/// `id,at,actor,os_user,program,action,kind,record_id,record_ref,fields,count` (`at` in UTC,
/// ISO 8601; `fields` the names of the fields written, separated by `|`).
class AuditExport
{
public:
    /// The CSV bytes, read a page at a time.
    [[nodiscard]] static Result<QByteArray> csv(const Database& db, const AuditFilter& filter,
                                                CsvDialect dialect = CsvDialect::Exchange);
    /// The same, written to `path` through QSaveFile (all or nothing); returns the entries written.
    [[nodiscard]] static Result<qint64> writeFile(const Database& db, const AuditFilter& filter, const QString& path,
                                                  CsvDialect dialect = CsvDialect::Exchange);
};

} // namespace parcours
