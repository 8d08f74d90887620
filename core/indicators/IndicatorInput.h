// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Attendance.h"
#include "core/domain/Codes.h"
#include "core/domain/Cohort.h"
#include "core/domain/Enrolment.h"
#include "core/domain/Outcome.h"
#include "core/domain/Pairing.h"
#include "core/domain/Session.h"
#include "core/indicators/IndicatorFigures.h"

#include <QHash>
#include <QList>
#include <QString>

namespace parcours {

/// Everything the indicators of one or more cohorts are computed from, as plain data: the
/// engine (Indicators) never touches a database, so tests build this by hand.
///
/// Lists may hold rows of other cohorts; the engine picks each cohort's own rows by ref.
struct IndicatorInput
{
    QList<Cohort> cohorts;
    QList<Enrolment> enrolments;
    /// The participants' `french_level_entry`, by participant ref; absent when not known.
    QHash<QString, CefrLevel> entryLevels;
    QList<Session> sessions;
    QList<Attendance> attendance;
    /// The marks of one enrolment already counted by the database (core/storage/MarkTotals):
    /// the expected pairs of held sessions by module and mark, and the time they attended.
    struct CountedMarks
    {
        std::array<IndicatorFigures::Marks, IndicatorFigures::kModules> byModule{};
        qint64 attendedSecs = 0;
    };
    /// When true the engine takes each enrolment's marks and attended time from countedMarks
    /// (by cohort ref, then participant ref; absent: no expected pair) and never reads
    /// `attendance`, which may then be empty. Indicators::marksOfEachSession needs the marks.
    bool marksCounted = false;
    QHash<QString, QHash<QString, CountedMarks>> countedMarks;
    /// The pairings of the enrolled participants, whatever their cohort_ref: indicators.md
    /// decides whether a pairing counts by its status and period, not by its cohort.
    QList<Pairing> pairings;
    /// The kind of every trainer who leads a session, by trainer ref.
    QHash<QString, TrainerKind> trainerKinds;
    QList<Outcome> outcomes;
};

} // namespace parcours
