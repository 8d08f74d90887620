// SPDX-License-Identifier: GPL-3.0-or-later
#include "Site.h"

#include "Validation.h"

namespace parcours {

QList<Problem> Site::validate() const
{
    Validation v;
    v.requireRef(QStringLiteral("ref"), ref);
    v.require(QStringLiteral("name"), name);
    v.timeOrder(QStringLiteral("closes"), opens, closes, QStringLiteral("opens"));
    if (lunchStart.isValid() != lunchEnd.isValid())
        v.add(lunchStart.isValid() ? QStringLiteral("lunch_end") : QStringLiteral("lunch_start"),
              QStringLiteral("lunch_start and lunch_end go together"));
    else if (lunchStart.isValid()) {
        v.timeOrder(QStringLiteral("lunch_end"), lunchStart, lunchEnd, QStringLiteral("lunch_start"));
        if (lunchStart < opens || lunchEnd > closes)
            v.add(QStringLiteral("lunch_start"), QStringLiteral("the lunch break is outside opening hours"));
    }
    return v.problems();
}

} // namespace parcours
