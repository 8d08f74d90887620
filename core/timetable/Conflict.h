// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace parcours {

/// One problem of a timetable found by ConflictFinder.
struct Conflict
{
    enum class Kind {
        TrainerClash,       ///< one trainer in two overlapping sessions (of any cohorts)
        RoomClash,          ///< one room holds two overlapping sessions
        CohortClash,        ///< two overlapping sessions of one cohort
        OutsideCohortDates, ///< a session before the cohort's start or after its end
        TrainerModule,      ///< a trainer leads a module they do not teach
        RoomTooSmall,       ///< fewer seats than participants expected at the session
    };

    Kind kind = Kind::TrainerClash;
    QString sessionRef; ///< the session; of a clash, the one that starts first
    QString otherRef;   ///< the other session of a clash; empty for the other kinds
    /// What the sessions share or what is wrong with: the trainer of a TrainerClash or
    /// TrainerModule, the room of a RoomClash or RoomTooSmall, the cohort otherwise.
    QString resourceRef;
    int seats = 0;    ///< RoomTooSmall: the room's capacity
    int expected = 0; ///< RoomTooSmall: the participants expected at the session

    bool isClash() const { return !otherRef.isEmpty(); }
    bool involves(const QString& ref) const { return sessionRef == ref || otherRef == ref; }
    /// The session of the pair that is not `ref` (empty when `ref` is not in a clash).
    QString otherThan(const QString& ref) const
    {
        return sessionRef == ref ? otherRef : otherRef == ref ? sessionRef : QString();
    }
    bool operator==(const Conflict& o) const
    {
        return kind == o.kind && sessionRef == o.sessionRef && otherRef == o.otherRef
            && resourceRef == o.resourceRef && seats == o.seats && expected == o.expected;
    }
};

} // namespace parcours
