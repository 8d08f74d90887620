// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/exchange/CsvReader.h"

#include <QStringList>

namespace parcours {
class Database;
}

namespace parcours::ui {

/// How the columns of a CSV file feed an exchange table, as the import wizard sets it: for each
/// column of the file, the table column it gives (empty: ignored). Turns the file's records into
/// the records the core importer reads, so that the wizard has no parser and no validation of
/// its own.
class ImportMapping
{
public:
    /// The target of each header cell as the core's header matching understands it (French or
    /// English names, any case or accents); empty for a cell it does not know, or for a second
    /// cell naming the same column.
    static QStringList guess(const QStringList& header, const QString& table);

    /// The records of `doc` under a header of target names (an ignored column's is empty); each
    /// record keeps its cells and its line. With `refs` (one per data record), a `ref` column
    /// is added after the others.
    static CsvDocument apply(const CsvDocument& doc, const QStringList& targets,
                             const QStringList& refs = {});

    /// True when Parcours can make refs for new rows of `table` (`P-000124`, ...).
    static bool canGenerateRefs(const QString& table);
    /// `count` new refs for rows of `table`, following the highest stored one.
    [[nodiscard]] static Result<QStringList> generateRefs(Database& db, const QString& table,
                                                          int count);
};

} // namespace parcours::ui
