// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/OfficeClosure.h"
#include "core/domain/Series.h"
#include "core/domain/Session.h"
#include "core/timetable/SkippedDate.h"

#include <QList>

namespace parcours {

/// How far an edit of a session that belongs to a series reaches. A session of its own is
/// always edited alone.
enum class EditScope {
    Occurrence, ///< this session only; it stays in its series
    Following,  ///< this session and the later ones of its series (the series is split here)
    Series,     ///< every session of the series
};

/// What one change of the timetable did, in one transaction: the sessions and series as they
/// were and as they are, so that an undo command can put either state back
/// (TimetableService::undo / redo), and the dates a new series skipped, for the person who made it.
struct TimetableChange
{
    QList<Session> before;      ///< the sessions changed, as they were (new ones are not here)
    QList<Session> after;       ///< the sessions changed or made, as they are now
    QList<Series> seriesBefore; ///< the series changed, as they were
    QList<Series> seriesAfter;  ///< the series changed or made, as they are now
    QList<SkippedDate> skipped; ///< creating a series: the days it falls on that are closed
    /// Setting the office closures (TimetableService::setClosures): every closure as it was and
    /// as it is. Undo and redo put the whole list back (the ids may change; nothing points at them).
    bool closuresChanged = false;
    QList<OfficeClosure> closuresBefore;
    QList<OfficeClosure> closuresAfter;

    bool isEmpty() const
    {
        return before.isEmpty() && after.isEmpty() && seriesBefore.isEmpty() && seriesAfter.isEmpty()
            && !closuresChanged;
    }
};

} // namespace parcours
