// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outcome.h"

#include "Validation.h"

namespace parcours {

QList<Problem> Outcome::validate() const
{
    Validation v;
    v.requireRef(QStringLiteral("participant_ref"), participantRef);
    v.requireRef(QStringLiteral("cohort_ref"), cohortRef);
    return v.problems();
}

} // namespace parcours
