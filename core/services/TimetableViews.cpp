// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimetableViews.h"

#include <algorithm>

namespace parcours {

bool WeekView::usesWeekend() const
{
    return std::any_of(sessions.begin(), sessions.end(), [](const Session& s) { return s.date.dayOfWeek() >= 6; });
}

QList<WeekHours> CohortCheck::weeksOffTarget() const
{
    QList<WeekHours> out;
    for (const WeekHours& w : weeks)
        if (w.offTarget())
            out << w;
    return out;
}

} // namespace parcours
