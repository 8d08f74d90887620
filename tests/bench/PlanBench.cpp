// SPDX-License-Identifier: GPL-3.0-or-later
// The week planner on generated network weeks (issue 11): N cohorts, trainers shared and away
// two half-days each, rooms at the use asked. Prints, per N, the time to the first valid week
// and to the end of the improvement, the score, and the faults ConflictFinder and the other
// checks find in the plan (always 0). Usage:
//   bench_plan [--write-lp DIR] [--use 0.96] [--seed 1] [--time-limit 60] [--moves 400] [--stall 10] [N ...]   (default 10 30 60 100)
//   bench_plan --curve 0,10,40,400 [--stalls 5,10] [--curve-seeds 1,2,3] [N ...]
// --curve: the score (and its parts) against the improvement budget, moves per session, without
// the stop rule, then with each stop rule of --stalls (moves per session without a gain), for
// the planning seeds given (the week is always --seed's); `plant` is the generator's own week.
// score1 is the first valid week's score, score the final one (WeekPlanner::score, lower is better),
// pm its FLE sessions after the morning (the one wish FET is given); fet_score and fet_pm the same
// of FET's timetable.
//   bench_plan --write-cnf DIR [--sat-solver cadical|cadical-sat|minisat] [--sat-time-limit 300] [N ...]
//   bench_plan --fet [--fet-time-limit 300] [--fet-trainers choose|planted|balanced] [--fet-morning 95] [--fet-dir DIR] [N ...]
// With --fet, the same week also goes through FetExport (plan --export-fet's file) to fet-cl,
// whose timetable is read back and checked by the same checks; both times and the ratio printed
// (BENCHMARKS.md, "Automatic timetables (issue 11)"). With --fet-trainers choose FET chooses the
// trainers (virtual rooms) but knows no weekly maximum: the faults say how many trainers go over.
#include "core/planning/FetExport.h"
#include "core/planning/NetworkWeek.h"
#include "core/planning/WeekPlanner.h"
#include "tests/core/planning/FetRun.h"
#include "tests/core/planning/PlanCheck.h"
#include "PlanCnf.h"
#include "PlanLp.h"

#include <QDir>

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace parcours;

namespace {

/// WeekPlanner::plan with these options, and the CPU seconds it took.
std::pair<PlanResult, double> timedPlan(const PlanProblem& problem, quint64 seed, double limit, int moves, int stall)
{
    PlanOptions o;
    o.seed = seed;
    o.timeLimitSeconds = limit;
    o.improveMovesPerSession = moves;
    o.improveStallPerSession = stall;
    const std::clock_t cpu0 = std::clock();
    PlanResult r = WeekPlanner::plan(problem, o);
    return {std::move(r), double(std::clock() - cpu0) / CLOCKS_PER_SEC};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    double use = 0.96, limit = 60;
    quint64 seed = 1;
    int moves = 400;
    QList<int> sizes;
    QList<int> curve, stalls;
    int stall = PlanOptions().improveStallPerSession;
    QList<quint64> curveSeeds;
    QString lpDir, cnfDir, satSolver = QStringLiteral("cadical");
    int satLimit = 300;
    bool fet = false, planted = false, choose = true; // --fet-trainers choose by default
    int fetLimit = 300, fetMorning = FetExportOptions().morningWeightPercent;
    QString fetDir = QDir::tempPath() + QStringLiteral("/bench_plan_fet");
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        if (a == QLatin1String("--use") && i + 1 < args.size())
            use = args[++i].toDouble();
        else if (a == QLatin1String("--seed") && i + 1 < args.size())
            seed = args[++i].toULongLong();
        else if (a == QLatin1String("--time-limit") && i + 1 < args.size())
            limit = args[++i].toDouble();
        else if (a == QLatin1String("--write-lp") && i + 1 < args.size())
            lpDir = args[++i];
        else if (a == QLatin1String("--write-cnf") && i + 1 < args.size())
            cnfDir = args[++i]; // each week as CNF, solved by --sat-solver (PlanCnf.h)
        else if (a == QLatin1String("--sat-solver") && i + 1 < args.size())
            satSolver = args[++i];
        else if (a == QLatin1String("--sat-time-limit") && i + 1 < args.size())
            satLimit = args[++i].toInt();
        else if (a == QLatin1String("--moves") && i + 1 < args.size())
            moves = args[++i].toInt();
        else if (a == QLatin1String("--curve") && i + 1 < args.size()) {
            for (const QString& m : args[++i].split(QLatin1Char(',')))
                curve.append(m.toInt());
        } else if (a == QLatin1String("--stalls") && i + 1 < args.size()) {
            for (const QString& m : args[++i].split(QLatin1Char(',')))
                stalls.append(m.toInt());
        } else if (a == QLatin1String("--stall") && i + 1 < args.size()) {
            stall = args[++i].toInt();
        } else if (a == QLatin1String("--curve-seeds") && i + 1 < args.size()) {
            for (const QString& m : args[++i].split(QLatin1Char(',')))
                curveSeeds.append(m.toULongLong());
        } else if (a == QLatin1String("--fet"))
            fet = true;
        else if (a == QLatin1String("--fet-time-limit") && i + 1 < args.size())
            fetLimit = args[++i].toInt();
        else if (a == QLatin1String("--fet-trainers") && i + 1 < args.size()) {
            const QString mode = args[++i];
            planted = mode == QLatin1String("planted");
            choose = mode == QLatin1String("choose");
            if (!planted && !choose && mode != QLatin1String("balanced")) {
                std::fprintf(stderr, "bench_plan: --fet-trainers takes planted, balanced or choose, not %s\n", qPrintable(mode));
                return 2;
            }
        } else if (a == QLatin1String("--fet-morning") && i + 1 < args.size())
            fetMorning = args[++i].toInt();
        else if (a == QLatin1String("--fet-dir") && i + 1 < args.size())
            fetDir = args[++i];
        else
            sizes.append(a.toInt());
    }
    if (sizes.isEmpty())
        sizes = {10, 30, 60, 100};
    if (!curve.isEmpty() || !stalls.isEmpty()) {
        // The score against the improvement moves spent: the same seed makes the same first week
        // and the same moves, so the run with k moves per session is the first k of the longer one.
        if (curveSeeds.isEmpty())
            curveSeeds = {seed};
        std::printf("%5s %5s %6s %7s %7s %7s %7s %7s %9s %8s\n", "N", "seed", "moves", "score", "morning", "times",
                    "rooms", "gaps", "moves", "cpu_s");
        for (int n : sizes.isEmpty() ? QList<int>{10, 30, 60, 100} : sizes)
            for (quint64 s : curveSeeds) {
                NetworkWeekSpec spec;
                spec.cohorts = n;
                spec.roomUse = use;
                spec.seed = seed;
                const NetworkWeek w = NetworkWeekGenerator::generate(spec);
                const PlanScore ps = WeekPlanner::score(w.problem, w.planted);
                std::printf("%5d %5s %6s %7d %7d %7d %7d %7d\n", n, "plant", "-", ps.total, ps.notMorning,
                            ps.timeChanges, ps.roomChanges, ps.trainerGaps);
                // Budgets alone (no stop rule), then the stop rules asked with the budget --moves.
                QList<std::pair<int, int>> runs;
                for (int m : curve)
                    runs.append({m, 0});
                for (int st : stalls)
                    runs.append({moves, st});
                for (const auto& [m, st] : runs) {
                    const auto [r, cpu] = timedPlan(w.problem, s, limit, m, st);
                    const QString label = st ? QStringLiteral("st%1").arg(st) : QString::number(m);
                    std::printf("%5d %5llu %6s %7d %7d %7d %7d %7d %9lld %8.3f\n", n, static_cast<unsigned long long>(s),
                                qPrintable(label), r.score.total, r.score.notMorning, r.score.timeChanges,
                                r.score.roomChanges, r.score.trainerGaps, static_cast<long long>(r.improveMoves), cpu);
                    std::fflush(stdout);
                }
            }
        return 0;
    }
    if (fet && test::fetClPath().isEmpty()) {
        std::printf("fet-cl is not installed (Debian package fet): no FET column\n");
        fet = false;
    }
    if (fet)
        std::printf("FET: fet-cl, time limit %d s, %s, morning wish at %d %%, files in %s\n", fetLimit,
                    choose  ? "trainers chosen by FET (virtual rooms; no weekly maximum)"
                        : planted ? "trainers fixed from the planted week"
                                  : "trainers fixed by the balanced assignment",
                    fetMorning, qPrintable(fetDir));
    std::printf("%5s %6s %9s %9s %10s %10s %10s %7s %7s %5s %7s %7s %7s", "N", "rooms", "trainers", "room_use", "status",
                "first_s", "total_s", "score1", "score", "pm", "moves", "faults", "cpu_s");
    if (fet)
        std::printf(" | %10s %9s %9s %7s %9s %6s %11s %11s", "fet", "fet_s", "fet_cpu", "faults", "fet_score", "fet_pm",
                    "ratio_wall", "ratio_cpu");
    if (!cnfDir.isEmpty())
        printSatHeader(satSolver);
    std::printf("\n");
    for (int n : sizes) {
        NetworkWeekSpec spec;
        spec.cohorts = n;
        spec.roomUse = use;
        spec.seed = seed;
        const NetworkWeek w = NetworkWeekGenerator::generate(spec);
        if (!lpDir.isEmpty()) {
            const QString path = lpDir + QStringLiteral("/plan-%1.lp").arg(n);
            std::printf("%s %s\n", writePlanLp(w.problem, path) ? "wrote" : "could not write", qPrintable(path));
            continue;
        }
        const auto [r, cpu] = timedPlan(w.problem, seed, limit, moves, stall);
        const char* status = r.status == PlanResult::Status::Solved       ? "solved"
            : r.status == PlanResult::Status::Impossible                   ? "impossible"
                                                                           : "time-out";
        const int faults = r.status == PlanResult::Status::Solved ? int(test::checkWeek(w.problem, r.sessions).size()) : -1;
        std::printf("%5d %6d %9d %9.3f %10s %10.3f %10.3f %7d %7d %5d %7lld %7d %7.3f", n, int(w.problem.rooms.size()),
                    int(w.problem.trainers.size()), w.roomUse, status, r.firstSeconds, r.seconds, r.firstScore.total,
                    r.score.total, r.score.notMorning, static_cast<long long>(r.improveMoves), faults, cpu);
        std::fflush(stdout);
        if (fet) {
            // The identical week as plan --export-fet writes it; FET needs a trainer fixed on each
            // session: those of the planted week (a valid assignment, FET's problem is easier).
            FetExportOptions fo;
            fo.morningWeightPercent = fetMorning;
            if (choose)
                fo.trainers = FetTrainers::Choose;
            else if (planted)
                fo.trainersFrom = w.planted;
            const FetFile file = FetExport::build(w.problem, fo);
            const test::FetRun run = test::runFet(w.problem, file, fetDir, QStringLiteral("week-%1").arg(n), fetLimit);
            const QStringList found = run.status == test::FetRun::Status::Solved ? test::checkWeek(w.problem, run.sessions)
                                                                                 : QStringList();
            const int fetFaults = run.status == test::FetRun::Status::Solved
                ? int(found.size() + (run.error.isEmpty() ? 0 : 1))
                : -1;
            const auto overMax = std::count_if(found.cbegin(), found.cend(), [](const QString& f) {
                return f.endsWith(QLatin1String("over weekly max"));
            });
            // FET's timetable scored as ours is (WeekPlanner::score, the same weights).
            const bool fetSolved = run.status == test::FetRun::Status::Solved;
            const PlanScore fetScore = fetSolved ? WeekPlanner::score(w.problem, run.sessions) : PlanScore{};
            std::printf(" | %10s %9.3f %9.3f %7d %9d %6d %11.1f %11.1f", test::statusText(run.status), run.seconds,
                        run.cpuSeconds, fetFaults, fetSolved ? fetScore.total : -1, fetSolved ? fetScore.notMorning : -1,
                        run.seconds / std::max(1e-3, r.seconds), run.cpuSeconds / std::max(1e-3, cpu));
            if (!run.error.isEmpty())
                std::printf("  (%s)", qPrintable(run.error));
            if (overMax > 0)
                std::printf("  (%lld of them: a trainer over the weekly maximum)", static_cast<long long>(overMax));
        }
        if (!cnfDir.isEmpty())
            printSatColumns(w.problem, cnfDir, n, satSolver, satLimit, cpu);
        std::printf("\n");
        std::fflush(stdout);
    }
    return 0;
}
