// SPDX-License-Identifier: GPL-3.0-or-later
#include "Enrolment.h"

#include "Validation.h"

namespace parcours {

QList<Problem> Enrolment::validate() const
{
    Validation v;
    v.requireRef(QStringLiteral("cohort_ref"), cohortRef);
    v.requireRef(QStringLiteral("participant_ref"), participantRef);
    v.dateOrder(QStringLiteral("exit_date"), enrolledOn, exitDate, QStringLiteral("enrolled_on"));
    if (status == EnrolmentStatus::Withdrawn && !exitDate.isValid())
        v.add(QStringLiteral("exit_date"), QStringLiteral("is required when the status is withdrawn"));
    return v.problems();
}

} // namespace parcours
