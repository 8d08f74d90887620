// SPDX-License-Identifier: GPL-3.0-or-later
// The week planner on generated network weeks (issue 11): N cohorts, trainers shared and away
// two half-days each, rooms at the use asked. Prints, per N, the time to the first valid week
// and to the end of the improvement, the score, and the faults ConflictFinder and the other
// checks find in the plan (always 0). Usage:
//   bench_plan [--write-lp DIR] [--use 0.96] [--seed 1] [--time-limit 60] [--moves 400] [N ...]   (default 10 30 60 100)
#include "core/planning/NetworkWeek.h"
#include "core/planning/WeekPlanner.h"
#include "tests/core/planning/PlanCheck.h"
#include "PlanLp.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <ctime>

using namespace parcours;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    double use = 0.96, limit = 60;
    quint64 seed = 1;
    int moves = 400;
    QList<int> sizes;
    QString lpDir;
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
        else if (a == QLatin1String("--moves") && i + 1 < args.size())
            moves = args[++i].toInt();
        else
            sizes.append(a.toInt());
    }
    if (sizes.isEmpty())
        sizes = {10, 30, 60, 100};
    std::printf("%5s %6s %9s %9s %10s %10s %10s %7s %7s %7s %7s\n", "N", "rooms", "trainers", "room_use", "status",
                "first_s", "total_s", "score", "iters", "faults", "cpu_s");
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
        PlanOptions o;
        o.seed = seed;
        o.timeLimitSeconds = limit;
        o.improveMovesPerSession = moves;
        const std::clock_t cpu0 = std::clock();
        const PlanResult r = WeekPlanner::plan(w.problem, o);
        const double cpu = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
        const char* status = r.status == PlanResult::Status::Solved       ? "solved"
            : r.status == PlanResult::Status::Impossible                   ? "impossible"
                                                                           : "time-out";
        const int faults = r.status == PlanResult::Status::Solved ? int(test::checkWeek(w.problem, r.sessions).size()) : -1;
        std::printf("%5d %6d %9d %9.3f %10s %10.3f %10.3f %7d %7lld %7d %7.3f\n", n, int(w.problem.rooms.size()),
                    int(w.problem.trainers.size()), w.roomUse, status, r.firstSeconds, r.seconds, r.score.total,
                    static_cast<long long>(r.iterations), faults, cpu);
        std::fflush(stdout);
    }
    return 0;
}
