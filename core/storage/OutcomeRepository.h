// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Outcome.h"

namespace parcours {

class Database;

/// Reads and writes follow-up outcomes, keyed by (participant, cohort, milestone, recorded_on).
class OutcomeRepository
{
public:
    explicit OutcomeRepository(Database& db) : m_db(db) {}

    /// Every outcome, ordered by participant ref, cohort ref, milestone, recorded_on.
    [[nodiscard]] Result<QList<Outcome>> all() const;
    [[nodiscard]] Result<QList<Outcome>> ofCohort(const QString& cohortRef) const;
    [[nodiscard]] Result<QList<Outcome>> ofParticipant(const QString& participantRef) const;
    [[nodiscard]] Result<int> count() const;
    /// Inserts, or updates the row with the same key. Needs an open Transaction.
    [[nodiscard]] Result<Outcome> save(Outcome value);
    [[nodiscard]] Result<void> remove(qint64 id);

private:
    Database& m_db;
};

} // namespace parcours
