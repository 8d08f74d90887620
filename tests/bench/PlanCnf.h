// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/planning/PlanResult.h"

#include <vector>

namespace parcours {

/// A week as DIMACS CNF: the same time-indexed model as PlanLp (PLANNING.md, "The solver"), for
/// a SAT solver (cadical, minisat; Debian packages, installed only for this measurement).
///
/// Variables: y = a session of block g of cohort c starts on day d at time s; z = room r for it;
/// w = trainer t for it (only the rooms of the cohort's site that seat it and are not booked
/// then, only the trainers of the module who are not away then). Clauses: z -> y, w -> y,
/// y -> some z, y -> some w (a second room or trainer set true only occupies it: the decoder
/// takes the first); a block's count exactly (at least k: at most n-k of the negations); at
/// most one y of a `distinctDays` block a day; for each trainer, room and cohort, the
/// placements of one (day, start, length) grouped under one literal x (x <- each of them, at
/// most one of them: a sequential "ladder"), and no two overlapping x's of one day; a cohort's
/// minutes a day and a trainer's weekly minutes as weighted sums of those x's (weights in units
/// of the gcd of the blocks' lengths) under their maximum, by a sequential weighted counter
/// (Hölldobler, Manthey, Steinke 2012: s(i, j) = "the first i inputs weigh at least j",
/// j <= K). Locked sessions are fixed: their cohort, trainer and room are busy in their time
/// (as if away), they fill one session of their block (as the planner counts them: the first
/// block of the module and length with sessions left), its day is taken for a `distinctDays`
/// block, and their minutes come off the maxima.
struct PlanCnf
{
    struct Placement
    {
        int cohort = 0;
        int block = 0;
        int day = 1;
        int start = 0;
        int y = 0;
        std::vector<std::pair<int, int>> rooms;    ///< (z, room index)
        std::vector<std::pair<int, int>> trainers; ///< (w, trainer index)
    };
    int variables = 0;
    long long clauses = 0;
    std::vector<Placement> placements;
};

/// Encodes `problem` and writes it to `path` (DIMACS); false when the file cannot be written.
bool writePlanCnf(const PlanProblem& problem, const QString& path, PlanCnf* cnf);

/// The week a model of `cnf` means (model[v] = value of variable v, 1-based), locked sessions
/// included as the planner returns them.
QList<PlannedSession> decodePlanCnf(const PlanProblem& problem, const PlanCnf& cnf, const std::vector<bool>& model);

/// A SAT solver's run on a CNF file.
struct SatRun
{
    enum class Status { Missing, Sat, Unsat, TimeOut, Failed };
    Status status = Status::Failed;
    double seconds = 0;    ///< wall time of the solver
    double cpuSeconds = 0; ///< its user + system time (getrusage RUSAGE_CHILDREN)
    std::vector<bool> model;
    QString error;
};

const char* satStatusText(SatRun::Status status);

/// The solver's path (`cadical`, `cadical-sat` or `minisat`), empty when not installed.
QString satSolverPath(const QString& solver);

/// Runs `solver` on `cnfPath` with a time limit in seconds: `cadical` (its default options),
/// `cadical-sat` (cadical --sat, its options for satisfiable instances) or `minisat`.
SatRun runSat(const QString& solver, const QString& cnfPath, int timeLimitSeconds);

/// bench_plan --write-cnf: the columns' header, then per week: write DIR/plan-N.cnf, solve it,
/// decode and check the week with the same checks as ours (PlanCheck), print the columns with
/// the CPU ratio to our run (`ourCpu`).
void printSatHeader(const QString& solver);
void printSatColumns(const PlanProblem& problem, const QString& dir, int n, const QString& solver,
                     int timeLimitSeconds, double ourCpu);

} // namespace parcours
