// SPDX-License-Identifier: GPL-3.0-or-later
#include "Trainer.h"

#include "Validation.h"

namespace parcours {

QList<Problem> Trainer::validate() const
{
    Validation v;
    v.requireRef(QStringLiteral("ref"), ref);
    v.require(QStringLiteral("name"), name);
    v.email(QStringLiteral("email"), email);
    v.phone(QStringLiteral("phone"), phone);
    if (maxHoursWeek)
        v.rangeReal(QStringLiteral("max_hours_week"), *maxHoursWeek, 0, 60);
    return v.problems();
}

} // namespace parcours
