// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Series.h"

#include <optional>

namespace parcours {

class Database;

/// Reads and writes series, the weekly rules sessions are made from. The sessions themselves
/// (and their link to a series) are SessionRepository's.
class SeriesRepository
{
public:
    explicit SeriesRepository(Database& db) : m_db(db) {}

    [[nodiscard]] Result<QList<Series>> all() const; ///< ordered by ref
    /// A cohort's series ordered by first date, then start, then ref.
    [[nodiscard]] Result<QList<Series>> ofCohort(const QString& cohortRef) const;
    [[nodiscard]] Result<std::optional<Series>> find(const QString& ref) const;
    [[nodiscard]] Result<Series> save(Series value); ///< upsert by ref; needs a Transaction
    /// Removes the series; its sessions stay, on their own (`series_id` set to NULL).
    [[nodiscard]] Result<void> remove(const QString& ref);
    [[nodiscard]] Result<QString> nextRef() const; ///< `SR-000001`

    /// The stored form of a list of ISO weekdays: bit (day - 1) set for each day.
    static int maskOf(const QList<int>& weekdays);
    static QList<int> weekdaysOf(int mask);

private:
    Database& m_db;
};

} // namespace parcours
