// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Codes.h"
#include "core/Error.h"

#include <QDate>
#include <QTime>

namespace parcours {

/// One class of a cohort's timetable: a module on a date, from start to end.
struct Session
{
    qint64 id = 0;
    QString ref;
    QString cohortRef;
    Module module = Module::Fle;
    QDate date;
    QTime start;
    QTime end;
    QString trainerRef; ///< empty: no trainer yet
    QString roomRef;    ///< empty: no room yet
    SessionStatus status = SessionStatus::Planned;
    QString title;
    /// The series that made it and whose edits it follows; empty: a session of its own. Not
    /// exchanged: series are a grouping of the program (see Series).
    QString seriesRef;

    /// Length in hours.
    double hours() const { return start.secsTo(end) / 3600.0; }
    QList<Problem> validate() const;
};

} // namespace parcours
