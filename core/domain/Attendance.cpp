// SPDX-License-Identifier: GPL-3.0-or-later
#include "Attendance.h"

#include "Validation.h"

namespace parcours {

QList<Problem> Attendance::validate() const
{
    Validation v;
    v.requireRef(QStringLiteral("session_ref"), sessionRef);
    v.requireRef(QStringLiteral("participant_ref"), participantRef);
    v.range(QStringLiteral("minutes_late"), minutesLate, 0, 24 * 60);
    if (minutesLate > 0 && status != AttendanceStatus::Late)
        v.add(QStringLiteral("minutes_late"), QStringLiteral("is only for the status late"));
    return v.problems();
}

} // namespace parcours
