// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficeClosure.h"

#include "Validation.h"

namespace parcours {

QList<Problem> OfficeClosure::validate() const
{
    Validation v;
    if (!fromDate.isValid())
        v.add(QStringLiteral("from_date"), QStringLiteral("is required"));
    if (!toDate.isValid())
        v.add(QStringLiteral("to_date"), QStringLiteral("is required"));
    v.dateOrder(QStringLiteral("to_date"), fromDate, toDate, QStringLiteral("from_date"));
    return v.problems();
}

} // namespace parcours
