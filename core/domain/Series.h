// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Codes.h"
#include "core/Error.h"

#include <QDate>
#include <QList>
#include <QTime>

namespace parcours {

/// A weekly rule of a cohort's timetable ("every Monday to Thursday 09:00-12:30, FLE, trainer X,
/// room Y, from week 1 to week 12") and the group of sessions it made. A program-side grouping:
/// the exchange format knows only the sessions.
struct Series
{
    qint64 id = 0;
    QString ref;
    QString cohortRef;
    Module module = Module::Fle;
    QList<int> weekdays; ///< ISO days, 1 = Monday .. 7 = Sunday, in order, each once
    QTime start;
    QTime end;
    QString trainerRef; ///< empty: no trainer yet
    QString roomRef;    ///< empty: no room yet
    QString title;
    QDate firstDate; ///< the first day the rule may fall on
    QDate lastDate;  ///< the last day, included

    bool fallsOn(int isoWeekday) const { return weekdays.contains(isoWeekday); }
    QList<Problem> validate() const;
};

} // namespace parcours
