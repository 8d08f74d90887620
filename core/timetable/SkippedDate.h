// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conflict.h"

#include <QDate>
#include <QString>

namespace parcours {

/// A day a series falls on but holds no session, and why: what the person who made the series
/// is told.
struct SkippedDate
{
    enum class Reason {
        PublicHoliday,
        OfficeClosure,
        Clash, ///< a series made from a planned week: the trainer, room or cohort is busy then
    };

    QDate date;
    Reason reason = Reason::PublicHoliday;
    /// The holiday's English name (source string, context "FrenchHolidays"); nullptr for a closure.
    const char* holiday = nullptr;
    /// The closure's label as typed in the program; may be empty.
    QString closureLabel;
    /// Clash: what is busy (trainer, room or cohort clash; the ref of that trainer, room or
    /// cohort), and the session of the file in the way (its ref and cohort).
    Conflict::Kind clashKind = Conflict::Kind::TrainerClash;
    QString clashResourceRef;
    QString clashSessionRef;
    QString clashCohortRef;

    /// Why, in the user's language: "Easter Monday", "Office closed: summer break",
    /// "Trainer T1 busy: session SE-12 of cohort B".
    QString reasonText() const;
    bool operator==(const SkippedDate& o) const
    {
        return date == o.date && reason == o.reason && closureLabel == o.closureLabel
            && clashKind == o.clashKind && clashResourceRef == o.clashResourceRef
            && clashSessionRef == o.clashSessionRef && clashCohortRef == o.clashCohortRef
            && (holiday == o.holiday || (holiday && o.holiday && qstrcmp(holiday, o.holiday) == 0));
    }
};

} // namespace parcours
