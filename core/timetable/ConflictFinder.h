// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conflict.h"

#include "core/domain/Cohort.h"
#include "core/domain/Enrolment.h"
#include "core/domain/Room.h"
#include "core/domain/Session.h"
#include "core/domain/Trainer.h"

#include <QHash>
#include <QList>
#include <QLocale>

namespace parcours {

/// What ConflictFinder looks at: the sessions of every cohort that could clash (a network's
/// year), and the records their rules need. Refs that resolve to nothing are not conflicts.
struct ConflictInput
{
    QList<Session> sessions;
    QList<Cohort> cohorts;       ///< their dates
    QList<Enrolment> enrolments; ///< who is expected at each session (room capacity)
    QList<Trainer> trainers;     ///< the modules they teach
    QList<Room> rooms;           ///< their capacity
};

/// Finds what is wrong with a timetable: the same trainer, room or cohort in two overlapping
/// sessions, a session outside its cohort's dates, a trainer outside their modules, a room with
/// fewer seats than participants expected. Cancelled sessions never conflict, and sessions that
/// only touch (one ends at 12:00, the next starts at 12:00) do not overlap.
///
/// Pure, and fast enough to run on a network's whole year at every edit: the clashes come from
/// one sort of the sessions by (resource, date, start) and a sweep of each day, O(n log n) plus
/// the clashes found.
class ConflictFinder
{
public:
    /// Every conflict, ordered by the date and start of its (first) session, then kind, then
    /// refs. A clash is reported once per shared resource: two sessions of one cohort with the
    /// same trainer in the same room give three conflicts.
    static QList<Conflict> find(const ConflictInput& input);

    /// The conflicts that involve `sessionRef`.
    static QList<Conflict> involving(const QList<Conflict>& conflicts, const QString& sessionRef);

    /// One sentence in the user's language naming both sessions (date, times, cohort, module,
    /// ref) and what they share: for the command line and a tooltip. Dates and times in `locale`.
    static QString describe(const Conflict& conflict, const ConflictInput& input, const QLocale& locale);
    /// "10/03/2025 09:00-12:00, MINI, French (FLE) (W2-1)".
    static QString sessionText(const Session& session, const QLocale& locale);
};

} // namespace parcours
