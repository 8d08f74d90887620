// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanProblem.h"

namespace parcours {

QList<PlanBlock> PlanCohort::defaultBlocks()
{
    return {PlanBlock{Module::Fle, 180, 4, true, true}, PlanBlock{Module::English, 120, 1, true, false},
            PlanBlock{Module::SoftSkills, 120, 1, true, false}};
}

int PlanCohort::weeklyMinutes() const
{
    int total = 0;
    for (const PlanBlock& b : blocks)
        total += b.minutes * b.count;
    return total;
}

const PlanSite* PlanProblem::site(const QString& ref) const
{
    for (const PlanSite& s : sites)
        if (s.ref == ref)
            return &s;
    return nullptr;
}

QList<int> PlanProblem::daysOf(const PlanCohort& c) const
{
    QList<int> days;
    for (int d : openWeekdays)
        if (!closedWeekdays.contains(d) && !c.closedWeekdays.contains(d))
            days.append(d);
    return days;
}

} // namespace parcours
