// SPDX-License-Identifier: GPL-3.0-or-later
// PlanSearch's counting proofs that no week exists (see PLANNING.md, When no week exists).
#include "PlanSearch.h"

#include <algorithm>
#include <climits>
#include <set>

namespace parcours {

QList<PlanReason> PlanSearch::proveImpossible()
{
    using K = PlanReason::Kind;
    QList<PlanReason> out = m_lockReasons;
    auto reason = [&](K kind, const QString& ref, Module m, int needed, int available, QStringList blockers = {}) {
        PlanReason r;
        r.kind = kind;
        r.ref = ref;
        r.module = m;
        r.needed = needed;
        r.available = available;
        r.blockers = blockers;
        out.append(r);
    };
    // Trainers: locked sessions over their maximum.
    for (int t = 0; t < m_problem.trainers.size(); ++t)
        if (m_tMinutes[std::size_t(t)] > m_trainerMax[std::size_t(t)])
            reason(K::TrainerOverMax, m_problem.trainers[t].ref, Module::Fle, m_tMinutes[std::size_t(t)],
                   m_trainerMax[std::size_t(t)]);
    // Cohorts: site, rooms, days, hours.
    std::array<int, 5> moduleNeed{};
    std::map<QString, int> siteNeed;
    for (int c = 0; c < m_problem.cohorts.size(); ++c) {
        const PlanCohort& co = m_problem.cohorts[c];
        const auto cc = std::size_t(c);
        const int days = int(m_cohortDays[cc].size());
        if (!m_cohortSite[cc])
            reason(K::CohortNoSite, co.ref, Module::Fle, 0, 0, {co.siteRef});
        else if (m_cohortRooms[cc].empty())
            reason(K::CohortNoRoom, co.ref, Module::Fle, co.size, 0, {co.siteRef});
        for (const PlanBlock& b : co.blocks)
            if (b.distinctDays && b.count > days)
                reason(K::CohortBlocksExceedDays, co.ref, b.module, b.count, days);
        if (co.weeklyMinutes() > days * co.maxMinutesPerDay)
            reason(K::CohortHoursExceedWeek, co.ref, Module::Fle, co.weeklyMinutes(), days * co.maxMinutesPerDay);
    }
    int lockedOfPlanned = 0;
    for (const Occ& x : m_occ) {
        if (x.locked >= 0) {
            lockedOfPlanned += x.cohort >= 0 ? 1 : 0;
            continue;
        }
        moduleNeed[std::size_t(x.module)] += x.minutes;
        siteNeed[m_problem.cohorts[x.cohort].siteRef] += x.minutes;
    }
    Q_UNUSED(lockedOfPlanned);
    // The office's open minutes of a day: an upper bound of what a trainer can teach.
    auto openMinutes = [&](int day) {
        int lo = INT_MAX, hi = 0;
        for (const PlanSite& s : m_problem.sites) {
            lo = std::min(lo, s.opens);
            hi = std::max(hi, s.closes);
        }
        if (!m_problem.openWeekdays.contains(day) || m_problem.closedWeekdays.contains(day) || lo >= hi)
            return std::make_pair(0, 0);
        return std::make_pair(lo, hi);
    };
    auto freeMinutes = [&](const Week& busy, int day, int from, int to) {
        int n = 0;
        for (int u = from / kUnit; u < to / kUnit; ++u)
            n += busy[std::size_t(day)].test(u) ? 0 : kUnit;
        return n;
    };
    for (std::size_t m = 0; m < moduleNeed.size(); ++m) {
        if (moduleNeed[m] == 0)
            continue;
        QStringList refs;
        int available = 0;
        for (int t : m_moduleTrainers[m]) {
            refs.append(m_problem.trainers[t].ref);
            int free = 0;
            for (int d = 1; d < kDays; ++d) {
                const auto [from, to] = openMinutes(d);
                free += freeMinutes(m_tBusy[std::size_t(t)], d, from, to);
            }
            const int cap = m_trainerMax[std::size_t(t)] == INT_MAX
                ? free
                : std::max(0, m_trainerMax[std::size_t(t)] - m_tMinutes[std::size_t(t)]);
            available += std::min(free, cap);
        }
        if (refs.isEmpty())
            reason(K::ModuleNoTrainer, QString(), Module(m), moduleNeed[m], 0);
        else if (available < moduleNeed[m])
            reason(K::ModuleTrainersShort, QString(), Module(m), moduleNeed[m], available, refs);
    }
    // Sites: free room minutes inside opening hours, lunch excluded.
    for (const auto& [siteRef, need] : siteNeed) {
        const PlanSite* s = m_problem.site(siteRef);
        if (!s)
            continue;
        int available = 0;
        QStringList refs;
        for (int r = 0; r < m_problem.rooms.size(); ++r) {
            if (m_problem.rooms[r].siteRef != siteRef)
                continue;
            refs.append(m_problem.rooms[r].ref);
            for (int d = 1; d < kDays; ++d) {
                if (!m_problem.openWeekdays.contains(d) || m_problem.closedWeekdays.contains(d))
                    continue;
                if (s->lunchStart >= 0) {
                    available += freeMinutes(m_rBusy[std::size_t(r)], d, s->opens, s->lunchStart);
                    available += freeMinutes(m_rBusy[std::size_t(r)], d, s->lunchEnd, s->closes);
                } else {
                    available += freeMinutes(m_rBusy[std::size_t(r)], d, s->opens, s->closes);
                }
            }
        }
        if (available < need)
            reason(K::SiteRoomsShort, siteRef, Module::Fle, need, available, refs);
    }
    if (!out.isEmpty())
        return out;
    // Sessions with no place at all, even in an empty week.
    std::set<std::pair<int, int>> seen;
    for (std::size_t o = 0; o < m_occ.size(); ++o) {
        const Occ& x = m_occ[o];
        if (x.locked >= 0 || !seen.insert({x.cohort, x.block}).second)
            continue;
        Cand cand;
        if (bestFree(int(o), cand, false))
            continue;
        const PlanCohort& co = m_problem.cohorts[x.cohort];
        QStringList refs;
        for (int t : m_moduleTrainers[std::size_t(x.module)])
            refs.append(m_problem.trainers[t].ref);
        for (int r : m_cohortRooms[std::size_t(x.cohort)])
            refs.append(m_problem.rooms[r].ref);
        reason(K::SessionNoPlace, co.ref, x.module, x.minutes, 0, refs);
    }
    return out;
}

} // namespace parcours
