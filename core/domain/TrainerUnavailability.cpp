// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainerUnavailability.h"

#include "Validation.h"

namespace parcours {

QList<Problem> TrainerUnavailability::validate() const
{
    Validation v;
    v.requireRef(QStringLiteral("trainer_ref"), trainerRef);
    v.range(QStringLiteral("weekday"), weekday, 1, 7);
    if (!start.isValid())
        v.add(QStringLiteral("start"), QStringLiteral("is required"));
    if (!end.isValid())
        v.add(QStringLiteral("end"), QStringLiteral("is required"));
    v.timeOrder(QStringLiteral("end"), start, end, QStringLiteral("start"));
    v.dateOrder(QStringLiteral("to_date"), fromDate, toDate, QStringLiteral("from_date"));
    return v.problems();
}

} // namespace parcours
