// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckIn.h"

#include "Validation.h"

namespace parcours {

QList<Problem> CheckIn::validate() const
{
    Validation v;
    v.requireRef(QStringLiteral("pairing_ref"), pairingRef);
    if (!date.isValid())
        v.add(QStringLiteral("date"), QStringLiteral("is required"));
    v.range(QStringLiteral("duration_minutes"), durationMinutes, 1, 24 * 60);
    return v.problems();
}

} // namespace parcours
