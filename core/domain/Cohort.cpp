// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cohort.h"

#include "Validation.h"

namespace parcours {

QList<Problem> Cohort::validate() const
{
    Validation v;
    v.requireRef(QStringLiteral("ref"), ref);
    v.require(QStringLiteral("name"), name);
    if (!startDate.isValid())
        v.add(QStringLiteral("start_date"), QStringLiteral("is required"));
    if (!endDate.isValid())
        v.add(QStringLiteral("end_date"), QStringLiteral("is required"));
    v.dateOrder(QStringLiteral("end_date"), startDate, endDate, QStringLiteral("start_date"));
    v.range(QStringLiteral("capacity"), capacity, 1, 500);
    v.rangeReal(QStringLiteral("fle_hours_min"), fleHoursMin, 0, 60);
    v.rangeReal(QStringLiteral("fle_hours_max"), fleHoursMax, 0, 60);
    if (fleHoursMax < fleHoursMin)
        v.add(QStringLiteral("fle_hours_max"), QStringLiteral("is below fle_hours_min"));
    v.rangeReal(QStringLiteral("english_hours"), englishHours, 0, 60);
    v.rangeReal(QStringLiteral("soft_skills_hours"), softSkillsHours, 0, 60);
    return v.problems();
}

} // namespace parcours
