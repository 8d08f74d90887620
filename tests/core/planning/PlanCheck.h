// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/planning/PlanResult.h"

#include <QStringList>

namespace parcours::test {

/// Every hard rule of PLANNING.md checked on a planned week without the planner's code:
/// ConflictFinder (trainer, room and cohort clashes, modules, seats), WeeklyTargets (the
/// cohorts' hours), and direct checks of the rest (availability, weekly maxima, opening hours,
/// lunch, grid, different days, hours a day, closed days, locked sessions). Returns the faults
/// found, as text; empty when the week is valid.
QStringList checkWeek(const PlanProblem& problem, const QList<PlannedSession>& sessions);

} // namespace parcours::test
