// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Codes.h"
#include "core/Error.h"

#include <QDate>

namespace parcours {

/// A volunteer paired with a participant in one role (mentor or coach).
struct Pairing
{
    qint64 id = 0;
    QString ref;
    QString participantRef;
    QString volunteerRef;
    PairingRole role = PairingRole::Mentor;
    QString cohortRef; ///< empty: not tied to a cohort
    QDate startDate;
    QDate endDate;
    PairingStatus status = PairingStatus::Active;
    QString endReason;

    QList<Problem> validate() const;
};

} // namespace parcours
