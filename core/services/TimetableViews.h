// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Cohort.h"
#include "core/domain/Session.h"
#include "core/timetable/ConflictFinder.h"
#include "core/timetable/WeeklyTargets.h"

#include <QDate>
#include <QList>

namespace parcours {

/// Whose week a timetable shows.
enum class TimetableView { Cohort, Trainer, Room };

/// One week of a timetable as the week grid and the printout show it.
struct WeekView
{
    QDate monday;
    TimetableView view = TimetableView::Cohort;
    QString ref;               ///< the cohort, trainer or room shown
    QList<Session> sessions;   ///< of that cohort, trainer or room, Monday to Sunday, by date and start
    QList<Conflict> conflicts; ///< those that involve `sessions`, found among every cohort's sessions of the week
    /// What the conflicts were found in (every cohort's sessions of the week and the records
    /// they point at): ConflictFinder::describe() names the other session from it.
    ConflictInput input;
    QList<Cohort> cohorts;     ///< the cohorts of `sessions` (of a cohort view: that cohort), by ref
    QList<WeekHours> targets;  ///< the week's hours and targets of each of `cohorts`, same order

    /// The conflicts of one session (to draw it red, and for its tooltip).
    QList<Conflict> conflictsOf(const QString& sessionRef) const { return ConflictFinder::involving(conflicts, sessionRef); }
    /// True when a session is on a Saturday or Sunday (the grid then shows that day too).
    bool usesWeekend() const;
};

/// What `timetable check` reports of one cohort.
struct CohortCheck
{
    Cohort cohort;
    /// The cohort's conflicts, found among every cohort's sessions of its dates (a trainer or a
    /// room shared with another cohort) and its own sessions outside its dates.
    QList<Conflict> conflicts;
    ConflictInput input;     ///< what they were found in, for ConflictFinder::describe()
    QList<WeekHours> weeks;  ///< every week of the cohort

    QList<WeekHours> weeksOffTarget() const;
    bool isClean() const { return conflicts.isEmpty() && weeksOffTarget().isEmpty(); }
};

} // namespace parcours
