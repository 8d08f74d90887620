// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Codes.h"
#include "core/Error.h"

namespace parcours {

/// A participant's mark for one session. Keyed by (sessionRef, participantRef).
struct Attendance
{
    qint64 id = 0;
    QString sessionRef;
    QString participantRef;
    AttendanceStatus status = AttendanceStatus::Present;
    int minutesLate = 0; ///< only for AttendanceStatus::Late

    QList<Problem> validate() const;
};

} // namespace parcours
