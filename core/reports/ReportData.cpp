// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportData.h"

#include <numeric>

namespace parcours {

QString WeekAttendance::label() const
{
    return IndicatorFigures::Week{{}, isoYear, isoWeek}.label();
}

int DataQuality::outcomesMissingTotal() const
{
    return std::accumulate(outcomesMissing.begin(), outcomesMissing.end(), 0);
}

} // namespace parcours
