// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outcome.h"

#include <QDate>

#include <optional>

namespace parcours {

/// One enrolment at one milestone, as the outcomes page lists it: who, which cohort (and when
/// it ends, from which the follow-up is due), and the latest outcome recorded for it, if any.
struct OutcomeRow
{
    QString participantRef;
    QString firstName;
    QString lastName;
    QString phone;
    QString cohortRef;
    QString cohortName;
    QDate cohortEnd;
    EnrolmentStatus enrolmentStatus = EnrolmentStatus::Enrolled;
    std::optional<CefrLevel> entryLevel; ///< the participant's french_level_entry
    std::optional<CefrLevel> exitLevel;  ///< the enrolment's french_level_exit
    Milestone milestone = Milestone::Exit;
    std::optional<Outcome> latest; ///< the latest `recorded_on` of that milestone; none: nothing recorded

    /// The situation at the milestone as indicators.md counts it: the latest, or unknown.
    Situation situation() const { return latest ? latest->situation : Situation::Unknown; }
};

} // namespace parcours
