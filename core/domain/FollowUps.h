// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutcomeRow.h"

#include <QList>

namespace parcours {

/// Where a follow-up stands on a given day.
enum class FollowUpState {
    Recorded,     ///< a known situation is recorded for the milestone
    NotYetDue,    ///< nothing known yet, due after the end of the current month
    DueThisMonth, ///< nothing known yet, due from today to the end of the current month
    Overdue,      ///< nothing known yet, due before today
};

/// The follow-up calendar of the outcomes (pure: plain data in, plain data out).
///
/// The outcome at exit is due on the cohort's end date; at 3, 6 and 12 months, that many
/// calendar months after it (QDate::addMonths: 30 November + 3 months = 28 February). A
/// follow-up is done when a known situation is recorded; "no news" (unknown) keeps it open,
/// since the office has yet to reach the person.
class FollowUps
{
public:
    /// The day the outcome of `milestone` is due for a cohort ending on `cohortEnd`; a null date
    /// when the end is not known.
    static QDate dueDate(Milestone milestone, const QDate& cohortEnd);
    /// Months after the end of the cohort: 0, 3, 6 or 12.
    static int monthsAfterEnd(Milestone milestone);
    static FollowUpState state(const OutcomeRow& row, const QDate& today);
    /// The rows to act on `today`: overdue or due this month, withdrawn participants left out
    /// (they are not in the exit population of indicators.md). Overdue first, each group by due
    /// date then last name, first name.
    static QList<OutcomeRow> due(const QList<OutcomeRow>& rows, const QDate& today);
    /// The oldest cohort end whose follow-ups due() can still show on `today`: the list keeps
    /// a follow-up up to twelve months late, older ones are given up (the outcomes list still
    /// shows them as unknown).
    static QDate oldestCohortEnd(const QDate& today);
    /// The last day of `today`'s month: the newest due date the list shows.
    static QDate endOfMonth(const QDate& today);
};

} // namespace parcours
