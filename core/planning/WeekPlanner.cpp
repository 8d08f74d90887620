// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekPlanner.h"

#include "PlanSearch.h"

#include <QElapsedTimer>

#include <algorithm>
#include <map>
#include <set>

namespace parcours {

namespace {

int gapCost(int gap, int lunchStart, int lunchEnd, int from, int to)
{
    // The wait from `from` to `to`, less the part that is lunch, in whole half hours.
    if (lunchStart >= 0)
        gap -= std::max(0, std::min(to, lunchEnd) - std::max(from, lunchStart));
    return std::max(0, gap) / 30;
}

} // namespace

PlanScore WeekPlanner::score(const PlanProblem& problem, const QList<PlannedSession>& sessions,
                             const PlanWeights& weights)
{
    PlanScore s;
    std::map<QString, const PlanCohort*> cohorts;
    for (const PlanCohort& c : problem.cohorts)
        cohorts[c.ref] = &c;
    // cohort -> (module, minutes) -> starts; cohort -> rooms; trainer -> day -> sessions
    std::map<QString, std::map<std::pair<int, int>, std::set<int>>> starts;
    std::map<QString, std::set<QString>> rooms;
    std::map<QString, std::map<int, std::vector<const PlannedSession*>>> trainerDays;
    for (const PlannedSession& p : sessions) {
        auto it = cohorts.find(p.cohortRef);
        if (it == cohorts.end())
            continue; // another cohort's locked session: not this plan's wishes
        const PlanCohort& c = *it->second;
        const PlanSite* site = problem.site(c.siteRef);
        const int morningEnd = site ? site->morningEnd() : 13 * 60;
        const bool wish = std::any_of(c.blocks.begin(), c.blocks.end(), [&](const PlanBlock& b) {
            return b.module == p.module && b.minutes == p.end - p.start && b.morningWish;
        });
        if (wish && p.end > morningEnd)
            ++s.notMorning;
        starts[p.cohortRef][{int(p.module), p.end - p.start}].insert(p.start);
        if (!p.roomRef.isEmpty())
            rooms[p.cohortRef].insert(p.roomRef);
        if (!p.trainerRef.isEmpty())
            trainerDays[p.trainerRef][p.weekday].push_back(&p);
    }
    for (const auto& [c, blocks] : starts)
        for (const auto& [key, set] : blocks)
            s.timeChanges += int(set.size()) - 1;
    for (const auto& [c, set] : rooms)
        s.roomChanges += int(set.size()) - 1;
    for (auto& [t, days] : trainerDays)
        for (auto& [d, list] : days) {
            std::sort(list.begin(), list.end(),
                      [](const PlannedSession* a, const PlannedSession* b) { return a->start < b->start; });
            for (std::size_t i = 1; i < list.size(); ++i) {
                const PlanSite* site = nullptr;
                if (auto it = cohorts.find(list[i]->cohortRef); it != cohorts.end())
                    site = problem.site(it->second->siteRef);
                const int from = list[i - 1]->end, to = list[i]->start;
                s.trainerGaps += gapCost(to - from, site ? site->lunchStart : -1, site ? site->lunchEnd : -1,
                                         from, to);
            }
        }
    s.total = weights.notMorning * s.notMorning + weights.timeChange * s.timeChanges
        + weights.roomChange * s.roomChanges + weights.trainerGap * s.trainerGaps;
    return s;
}

QList<Session> WeekPlanner::toSessions(const PlanProblem& problem, const QList<PlannedSession>& sessions)
{
    QList<Session> out;
    out.reserve(sessions.size());
    for (const PlannedSession& p : sessions) {
        Session s;
        s.ref = p.lockedRef;
        s.cohortRef = p.cohortRef;
        s.module = p.module;
        s.date = problem.monday.addDays(p.weekday - 1);
        s.start = QTime(p.start / 60, p.start % 60);
        s.end = QTime(p.end / 60, p.end % 60);
        s.trainerRef = p.trainerRef;
        s.roomRef = p.roomRef;
        out.append(s);
    }
    return out;
}

QList<PlanReason> WeekPlanner::proveImpossible(const PlanProblem& problem)
{
    PlanSearch search(problem, PlanOptions{});
    return search.proveImpossible();
}

PlanResult WeekPlanner::plan(const PlanProblem& problem, const PlanOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    PlanSearch search(problem, options);
    PlanResult result;
    result.reasons = search.proveImpossible();
    if (!result.reasons.isEmpty()) {
        result.status = PlanResult::Status::Impossible;
    } else if (search.run(timer)) {
        result.status = PlanResult::Status::Solved;
        result.sessions = search.sessions();
        result.score = score(problem, result.sessions, options.weights);
        result.firstScore = score(problem, search.firstWeek(), options.weights);
    } else {
        result.status = PlanResult::Status::NotFound;
        result.reasons = search.lastConflicts();
    }
    result.iterations = search.iterations();
    result.improveMoves = search.improveMoves();
    result.firstSeconds = search.firstSeconds();
    result.seconds = timer.nsecsElapsed() / 1e9;
    return result;
}

} // namespace parcours
