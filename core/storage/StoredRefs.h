// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace parcours {

class Database;

/// The refs stored in the tables that have one, each table read whole in one query the first
/// time it is asked about: an import checks its rows' refs (hundreds of thousands) in memory
/// instead of running one query per ref. What is saved after a table was read is not seen:
/// the caller keeps its own record of what it saved.
class StoredRefs
{
public:
    explicit StoredRefs(const Database& db) : m_db(db) {}

    /// True when a row of `table` has `ref`. `table` is the name of an exchange file with refs
    /// (`sites`, `rooms`, `cohorts`, `participants`, `volunteers`, `trainers`, `sessions`,
    /// `pairings`); any other name is ErrorCode::Usage.
    [[nodiscard]] Result<bool> contains(const QString& table, const QString& ref);

private:
    const Database& m_db;
    QHash<QString, QSet<QString>> m_refs;
};

} // namespace parcours
