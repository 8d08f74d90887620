// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/OfficeClosure.h"

namespace parcours {

class Database;

/// Reads and writes the office closures (the `office_closure` table of migration 0002).
class OfficeClosureRepository
{
public:
    explicit OfficeClosureRepository(Database& db) : m_db(db) {}

    /// Every closure, ordered by first day, last day, then id.
    [[nodiscard]] Result<QList<OfficeClosure>> all() const;
    /// The closures that overlap [from, to], for every site or for `siteRef` (empty: closures of
    /// every site only), in the order of all().
    [[nodiscard]] Result<QList<OfficeClosure>> overlapping(const QDate& from, const QDate& to,
                                                           const QString& siteRef) const;
    /// Inserts (id 0) or updates the closure with that id; needs a Transaction.
    [[nodiscard]] Result<OfficeClosure> save(OfficeClosure value);
    [[nodiscard]] Result<void> remove(qint64 id);

private:
    Database& m_db;
};

} // namespace parcours
