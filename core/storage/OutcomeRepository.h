// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Outcome.h"
#include "core/domain/OutcomeRow.h"

#include <functional>

namespace parcours {

class Database;

/// Reads and writes follow-up outcomes, keyed by (participant, cohort, milestone, recorded_on).
class OutcomeRepository
{
public:
    explicit OutcomeRepository(Database& db) : m_db(db) {}

    /// Every outcome, ordered by participant ref, cohort ref, milestone, recorded_on.
    [[nodiscard]] Result<QList<Outcome>> all() const;
    /// Each outcome in the order of all(), one at a time.
    [[nodiscard]] Result<void> forEach(const std::function<void(const Outcome&)>& onOutcome) const;
    [[nodiscard]] Result<QList<Outcome>> ofCohort(const QString& cohortRef) const;
    [[nodiscard]] Result<QList<Outcome>> ofParticipant(const QString& participantRef) const;
    [[nodiscard]] Result<int> count() const;
    /// One row per enrolment and milestone (exit, m3, m6, m12, in that order) with the latest
    /// outcome of each, in one query: the enrolments of `cohortRef` (empty: of every cohort)
    /// whose cohort ends in [endFrom, endTo] (a null date is open). Ordered by cohort end (the
    /// latest first), cohort ref, last name, first name, participant ref, milestone.
    [[nodiscard]] Result<QList<OutcomeRow>> overview(const QString& cohortRef, const QDate& endFrom = {},
                                                     const QDate& endTo = {}) const;
    /// Inserts, or updates the row with the same key. Needs an open Transaction.
    [[nodiscard]] Result<Outcome> save(Outcome value);
    [[nodiscard]] Result<void> remove(qint64 id);

private:
    Database& m_db;
};

} // namespace parcours
