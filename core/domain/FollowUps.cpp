// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUps.h"

#include <algorithm>
#include <tuple>

namespace parcours {

int FollowUps::monthsAfterEnd(Milestone milestone)
{
    switch (milestone) {
    case Milestone::Exit:
        return 0;
    case Milestone::M3:
        return 3;
    case Milestone::M6:
        return 6;
    case Milestone::M12:
        return 12;
    }
    return 0;
}

QDate FollowUps::dueDate(Milestone milestone, const QDate& cohortEnd)
{
    if (!cohortEnd.isValid())
        return {};
    return cohortEnd.addMonths(monthsAfterEnd(milestone));
}

QDate FollowUps::endOfMonth(const QDate& today)
{
    return QDate(today.year(), today.month(), today.daysInMonth());
}

QDate FollowUps::oldestCohortEnd(const QDate& today)
{
    // The latest milestone (12 months) twelve months late.
    return today.addMonths(-24);
}

FollowUpState FollowUps::state(const OutcomeRow& row, const QDate& today)
{
    if (row.situation() != Situation::Unknown)
        return FollowUpState::Recorded;
    const QDate due = dueDate(row.milestone, row.cohortEnd);
    if (!due.isValid() || due > endOfMonth(today))
        return FollowUpState::NotYetDue;
    return due < today ? FollowUpState::Overdue : FollowUpState::DueThisMonth;
}

QList<OutcomeRow> FollowUps::due(const QList<OutcomeRow>& rows, const QDate& today)
{
    const QDate oldestDue = today.addMonths(-12);
    QList<OutcomeRow> out;
    for (const OutcomeRow& row : rows) {
        if (row.enrolmentStatus == EnrolmentStatus::Withdrawn)
            continue;
        const FollowUpState s = state(row, today);
        if (s == FollowUpState::Overdue && dueDate(row.milestone, row.cohortEnd) < oldestDue)
            continue;
        if (s == FollowUpState::Overdue || s == FollowUpState::DueThisMonth)
            out << row;
    }
    std::stable_sort(out.begin(), out.end(), [&today](const OutcomeRow& a, const OutcomeRow& b) {
        const bool lateA = state(a, today) == FollowUpState::Overdue;
        const bool lateB = state(b, today) == FollowUpState::Overdue;
        const QDate dueA = dueDate(a.milestone, a.cohortEnd);
        const QDate dueB = dueDate(b.milestone, b.cohortEnd);
        return std::tie(lateB, dueA, a.lastName, a.firstName, a.cohortRef)
            < std::tie(lateA, dueB, b.lastName, b.firstName, b.cohortRef);
    });
    return out;
}

} // namespace parcours
