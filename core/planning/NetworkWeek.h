// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanResult.h"

namespace parcours {

/// What kind of network week to make (issue 11's benchmark).
struct NetworkWeekSpec
{
    int cohorts = 30;
    double roomUse = 0.96;    ///< the cohorts' minutes over the rooms' free minutes
    double trainerUse = 0.85; ///< the cohorts' minutes over the trainers' weekly maxima
    int cohortsPerSite = 0;   ///< 0: one site for all
    quint64 seed = 1;
    QDate monday{2026, 3, 16};
};

/// A generated week and the week it was built around (so it is known to be feasible).
struct NetworkWeek
{
    PlanProblem problem;
    QList<PlannedSession> planted; ///< one valid week: proof that a week exists
    double roomUse = 0;            ///< the use reached (see roomUseOf)
};

/// Makes network weeks for tests and benchmarks: N cohorts with the programme's default
/// pattern at sites open 09:00-12:00 and 13:00-18:00, trainers shared by every site (FLE staff
/// at most 18 h a week, English and soft-skills volunteers at most 6 and 8 h) each away two
/// half-days, and just enough rooms, some booked by others, for the chosen room use.
///
/// The week is planted: a valid week is built first, then the rooms, the trainers' maxima and
/// their absences are chosen around it, so a week always exists. Deterministic for a seed.
class NetworkWeekGenerator
{
public:
    static NetworkWeek generate(const NetworkWeekSpec& spec);
    /// The cohorts' weekly minutes over the rooms' free minutes (opening hours less lunch and
    /// bookings), over all sites.
    static double roomUseOf(const PlanProblem& problem);
};

} // namespace parcours
