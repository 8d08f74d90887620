// SPDX-License-Identifier: GPL-3.0-or-later
#include "Series.h"

#include "Validation.h"

namespace parcours {

QList<Problem> Series::validate() const
{
    Validation v;
    v.requireRef(QStringLiteral("ref"), ref);
    v.requireRef(QStringLiteral("cohort_ref"), cohortRef);
    if (weekdays.isEmpty())
        v.add(QStringLiteral("weekdays"), QStringLiteral("needs at least one day"));
    for (int i = 0; i < weekdays.size(); ++i) {
        if (weekdays[i] < 1 || weekdays[i] > 7) {
            v.add(QStringLiteral("weekdays"), QStringLiteral("must be between 1 and 7"));
            break;
        }
        if (i > 0 && weekdays[i] <= weekdays[i - 1]) {
            v.add(QStringLiteral("weekdays"), QStringLiteral("must be in order, each day once"));
            break;
        }
    }
    if (!start.isValid())
        v.add(QStringLiteral("start"), QStringLiteral("is required"));
    if (!end.isValid())
        v.add(QStringLiteral("end"), QStringLiteral("is required"));
    v.timeOrder(QStringLiteral("end"), start, end, QStringLiteral("start"));
    if (!firstDate.isValid())
        v.add(QStringLiteral("first_date"), QStringLiteral("is required"));
    if (!lastDate.isValid())
        v.add(QStringLiteral("last_date"), QStringLiteral("is required"));
    v.dateOrder(QStringLiteral("last_date"), firstDate, lastDate, QStringLiteral("first_date"));
    return v.problems();
}

} // namespace parcours
