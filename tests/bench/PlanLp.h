// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/planning/PlanProblem.h"

namespace parcours {

/// Writes `problem` (without locked sessions) as a 0-1 program in CPLEX LP format, the usual
/// time-indexed model (a start per session group, day and time; a room and a trainer per start;
/// no two starts covering one half hour of a room, trainer or cohort), for glpsol and cbc: the
/// prototype that PLANNING.md's choice of solver rests on. Feasibility only (objective 0).
bool writePlanLp(const PlanProblem& problem, const QString& path);

} // namespace parcours
