// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Codes.h"
#include "core/Error.h"

#include <QDate>

#include <optional>

namespace parcours {

/// A participant's place in a cohort. Keyed by (cohortRef, participantRef).
struct Enrolment
{
    qint64 id = 0;
    QString cohortRef;
    QString participantRef;
    QDate enrolledOn;
    EnrolmentStatus status = EnrolmentStatus::Enrolled;
    QDate exitDate;
    QString exitReason;
    std::optional<CefrLevel> frenchLevelExit;

    QList<Problem> validate() const;
};

} // namespace parcours
