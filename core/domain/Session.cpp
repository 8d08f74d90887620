// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "Validation.h"

namespace parcours {

QList<Problem> Session::validate() const
{
    Validation v;
    v.requireRef(QStringLiteral("ref"), ref);
    v.requireRef(QStringLiteral("cohort_ref"), cohortRef);
    if (!date.isValid())
        v.add(QStringLiteral("date"), QStringLiteral("is required"));
    if (!start.isValid())
        v.add(QStringLiteral("start"), QStringLiteral("is required"));
    if (!end.isValid())
        v.add(QStringLiteral("end"), QStringLiteral("is required"));
    v.timeOrder(QStringLiteral("end"), start, end, QStringLiteral("start"));
    return v.problems();
}

} // namespace parcours
