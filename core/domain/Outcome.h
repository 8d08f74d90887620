// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Codes.h"
#include "core/Error.h"

#include <QDate>

namespace parcours {

/// What a participant was doing at a milestone after a cohort.
/// Keyed by (participantRef, cohortRef, milestone, recordedOn): several records of one milestone
/// are kept, the latest counts (indicators.md).
struct Outcome
{
    qint64 id = 0;
    QString participantRef;
    QString cohortRef;
    Milestone milestone = Milestone::Exit;
    Situation situation = Situation::Unknown;
    QDate recordedOn;
    QString employer;
    QString sector;
    QString notes;

    QList<Problem> validate() const;
};

} // namespace parcours
