// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pairing.h"

#include "Validation.h"

namespace parcours {

QList<Problem> Pairing::validate() const
{
    Validation v;
    v.requireRef(QStringLiteral("ref"), ref);
    v.requireRef(QStringLiteral("participant_ref"), participantRef);
    v.requireRef(QStringLiteral("volunteer_ref"), volunteerRef);
    v.dateOrder(QStringLiteral("end_date"), startDate, endDate, QStringLiteral("start_date"));
    if (!endReason.isEmpty() && status != PairingStatus::Ended)
        v.add(QStringLiteral("end_reason"), QStringLiteral("is only for an ended pairing"));
    return v.problems();
}

} // namespace parcours
