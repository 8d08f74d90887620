// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/OutcomeRow.h"

#include <optional>

namespace parcours {

class ChangeNotifier;
class Database;

/// What recording an outcome did, for its undo: the record saved, and the record of the same
/// key (participant, cohort, milestone, date) that it replaced, if any.
struct OutcomeChange
{
    Outcome after;
    std::optional<Outcome> before;
};

/// The outcomes page's use cases: the list of outcomes, the follow-ups due, and recording one
/// outcome as one undoable step. Each write is one transaction; the ChangeNotifier (when
/// given) hears EntityKind::Outcome after the commit.
class OutcomeService
{
public:
    explicit OutcomeService(Database& db, ChangeNotifier* notifier = nullptr) : m_db(db), m_notifier(notifier) {}

    /// Every enrolment of `cohortRef` (empty: of every cohort) at each milestone with its latest
    /// outcome (see OutcomeRepository::overview).
    [[nodiscard]] Result<QList<OutcomeRow>> rows(const QString& cohortRef) const;
    /// The follow-ups to make on `today` (FollowUps::due), from one query over the cohorts whose
    /// follow-ups can still be due.
    [[nodiscard]] Result<QList<OutcomeRow>> followUpsDue(const QDate& today) const;

    /// Saves `value` (a new one, or over the one of the same key). Invalid with the problems
    /// when it is not valid, or when the participant is not enrolled in the cohort.
    [[nodiscard]] Result<OutcomeChange> record(const Outcome& value);
    /// Puts back the state before `change` (undo) or after it (redo), in one transaction.
    [[nodiscard]] Result<void> undo(const OutcomeChange& change);
    [[nodiscard]] Result<void> redo(const OutcomeChange& change);

private:
    [[nodiscard]] Result<std::optional<Outcome>> sameKey(const Outcome& value) const;

    Database& m_db;
    ChangeNotifier* m_notifier;
};

} // namespace parcours
