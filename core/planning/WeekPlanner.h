// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanResult.h"

#include "core/domain/Session.h"

#include <atomic>
#include <functional>

namespace parcours {

/// Options of one planning run.
struct PlanOptions
{
    quint64 seed = 1;
    double timeLimitSeconds = 30;  ///< wall time for the whole run (search and improvement)
    /// At most this many improvement moves after the first complete week, per session to
    /// place. The result is deterministic for a seed as long as the time limit is not reached.
    int improveMovesPerSession = 400;
    /// The improvement stops earlier, once this many moves per session to place (and at least
    /// improveStallMinimum) brought no gain in the score: the week has settled (PLANNING.md,
    /// "When the improvement stops"). 0: only improveMovesPerSession stops it.
    int improveStallPerSession = 20;
    int improveStallMinimum = 500;
    PlanWeights weights;
    const std::atomic_bool* cancel = nullptr;       ///< set by another thread to stop early
    std::function<void(int percent)> progress;      ///< called now and then (same thread)
};

/// Plans one week of several cohorts (see PLANNING.md): every hard rule always met, soft
/// wishes scored and improved within the time limit; explains when no week exists. Pure.
class WeekPlanner
{
public:
    static PlanResult plan(const PlanProblem& problem, const PlanOptions& options = {});

    /// The soft-wish score of a week (the same the planner minimises).
    static PlanScore score(const PlanProblem& problem, const QList<PlannedSession>& sessions,
                           const PlanWeights& weights = {});

    /// Counting arguments that prove no week exists (empty when none applies). plan() runs
    /// them first.
    static QList<PlanReason> proveImpossible(const PlanProblem& problem);

    /// The week as sessions dated in problem.monday's week (refs empty, or the locked ref),
    /// for ConflictFinder, WeeklyTargets and the timetable grid.
    static QList<Session> toSessions(const PlanProblem& problem, const QList<PlannedSession>& sessions);
};

} // namespace parcours
