// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanSearch.h"

#include <QElapsedTimer>

#include <algorithm>
#include <climits>
#include <deque>
#include <set>

namespace parcours {

void PlanSearch::Mask::set(int from, int to)
{
    for (int u = std::max(0, from); u < std::min(to, 320); ++u)
        w[u / 64] |= std::uint64_t(1) << (u % 64);
}

bool PlanSearch::Mask::intersects(const Mask& o) const
{
    return ((w[0] & o.w[0]) | (w[1] & o.w[1]) | (w[2] & o.w[2]) | (w[3] & o.w[3]) | (w[4] & o.w[4])) != 0;
}

bool PlanSearch::Mask::test(int unit) const
{
    return unit >= 0 && unit < 320 && (w[unit / 64] >> (unit % 64) & 1) != 0;
}

PlanSearch::Mask PlanSearch::span(int from, int to)
{
    Mask m;
    m.set(from / kUnit, (to + kUnit - 1) / kUnit);
    return m;
}

PlanSearch::PlanSearch(const PlanProblem& problem, const PlanOptions& options)
    : m_problem(problem), m_options(options), m_rng(options.seed)
{
    const auto nC = std::size_t(problem.cohorts.size());
    const auto nT = std::size_t(problem.trainers.size());
    const auto nR = std::size_t(problem.rooms.size());
    m_tFixed.assign(nT, Week{});
    m_rFixed.assign(nR, Week{});
    m_cFixed.assign(nC, Week{});
    m_tOcc.assign(nT, {});
    m_rOcc.assign(nR, {});
    m_cOcc.assign(nC, {});
    m_tMinutes.assign(nT, 0);
    m_cDayMinutes.assign(nC, std::array<int, kDays>{});
    m_trainerMax.assign(nT, INT_MAX);

    for (std::size_t t = 0; t < nT; ++t) {
        const PlanTrainer& tr = problem.trainers[qsizetype(t)];
        if (tr.maxMinutesWeek)
            m_trainerMax[t] = *tr.maxMinutesWeek;
        for (Module m : tr.modules)
            m_moduleTrainers[std::size_t(m)].push_back(int(t));
        for (const PlanInterval& i : tr.unavailable)
            if (i.weekday >= 1 && i.weekday <= 7)
                m_tFixed[t][std::size_t(i.weekday)].set(i.start / kUnit, (i.end + kUnit - 1) / kUnit);
    }
    for (std::size_t r = 0; r < nR; ++r)
        for (const PlanInterval& i : problem.rooms[qsizetype(r)].unavailable)
            if (i.weekday >= 1 && i.weekday <= 7)
                m_rFixed[r][std::size_t(i.weekday)].set(i.start / kUnit, (i.end + kUnit - 1) / kUnit);

    m_cohortSite.assign(nC, nullptr);
    m_cohortRooms.assign(nC, {});
    m_cohortDays.assign(nC, {});
    m_starts.assign(nC, {});
    std::vector<std::vector<int>> blockLeft(nC);
    for (std::size_t c = 0; c < nC; ++c) {
        const PlanCohort& co = problem.cohorts[qsizetype(c)];
        m_cohortSite[c] = problem.site(co.siteRef);
        for (std::size_t r = 0; r < nR; ++r) {
            const PlanRoom& room = problem.rooms[qsizetype(r)];
            if (room.siteRef == co.siteRef && (room.capacity <= 0 || room.capacity >= co.size))
                m_cohortRooms[c].push_back(int(r));
        }
        std::stable_sort(m_cohortRooms[c].begin(), m_cohortRooms[c].end(), [&](int a, int b) {
            return problem.rooms[a].capacity < problem.rooms[b].capacity;
        });
        for (int d : problem.daysOf(co))
            if (d >= 1 && d <= 7)
                m_cohortDays[c].push_back(d);
        for (const PlanBlock& b : co.blocks) {
            std::vector<int> starts;
            if (const PlanSite* s = m_cohortSite[c]) {
                // The grid starts again after lunch, so afternoons open on it too.
                const int step = std::max(5, problem.stepMinutes);
                const bool lunch = s->lunchStart >= 0 && s->lunchEnd > s->lunchStart;
                for (int st = s->opens; st + b.minutes <= (lunch ? s->lunchStart : s->closes); st += step)
                    starts.push_back(st);
                if (lunch)
                    for (int st = s->lunchEnd; st + b.minutes <= s->closes; st += step)
                        starts.push_back(st);
            }
            m_starts[c].push_back(starts);
            blockLeft[c].push_back(b.count);
        }
    }

    // Locked sessions first: they take their place as they are.
    for (int l = 0; l < problem.locked.size(); ++l) {
        const PlanLocked& lk = problem.locked[l];
        Occ o;
        o.locked = l;
        o.module = lk.module;
        o.minutes = lk.end - lk.start;
        for (std::size_t c = 0; c < nC; ++c)
            if (problem.cohorts[qsizetype(c)].ref == lk.cohortRef)
                o.cohort = int(c);
        if (o.cohort >= 0) {
            const PlanCohort& co = problem.cohorts[o.cohort];
            for (int b = 0; b < co.blocks.size(); ++b)
                if (co.blocks[b].module == lk.module && co.blocks[b].minutes == o.minutes
                    && blockLeft[std::size_t(o.cohort)][std::size_t(b)] > 0) {
                    o.block = b;
                    --blockLeft[std::size_t(o.cohort)][std::size_t(b)];
                    break;
                }
        }
        int t = -1, r = -1;
        for (std::size_t i = 0; i < nT; ++i)
            if (!lk.trainerRef.isEmpty() && problem.trainers[qsizetype(i)].ref == lk.trainerRef)
                t = int(i);
        for (std::size_t i = 0; i < nR; ++i)
            if (!lk.roomRef.isEmpty() && problem.rooms[qsizetype(i)].ref == lk.roomRef)
                r = int(i);
        const int id = int(m_occ.size());
        m_occ.push_back(o);
        if (lk.weekday < 1 || lk.weekday > 7 || lk.end <= lk.start)
            continue;
        const Mask sp = span(lk.start, lk.end);
        const auto d = std::size_t(lk.weekday);
        auto clash = [&](const QString& ref) {
            PlanReason reason;
            reason.kind = PlanReason::Kind::LockedClash;
            reason.ref = ref;
            reason.module = lk.module;
            reason.blockers = {lk.ref};
            m_lockReasons.append(reason);
        };
        // Clashes among locked sessions (unavailability is not checked: locked means kept).
        auto overlapsAny = [&](const std::vector<int>& list) {
            return std::any_of(list.begin(), list.end(), [&](int other) {
                const Occ& x = m_occ[std::size_t(other)];
                return span(x.start, x.start + x.minutes).intersects(sp);
            });
        };
        if (t >= 0 && overlapsAny(m_tOcc[std::size_t(t)][d]))
            clash(lk.trainerRef);
        if (r >= 0 && overlapsAny(m_rOcc[std::size_t(r)][d]))
            clash(lk.roomRef);
        if (o.cohort >= 0 && overlapsAny(m_cOcc[std::size_t(o.cohort)][d]))
            clash(lk.cohortRef);
        Occ& p = m_occ.back();
        p.day = lk.weekday;
        p.start = lk.start;
        p.trainer = t;
        p.room = r;
        if (t >= 0) {
            m_tOcc[std::size_t(t)][d].push_back(id);
            m_tMinutes[std::size_t(t)] += o.minutes;
        }
        if (r >= 0)
            m_rOcc[std::size_t(r)][d].push_back(id);
        if (o.cohort >= 0) {
            m_cOcc[std::size_t(o.cohort)][d].push_back(id);
            m_cDayMinutes[std::size_t(o.cohort)][d] += o.minutes;
        }
    }
    // Locked sessions become part of the fixed masks: they never move.
    for (const Occ& o : m_occ) {
        const Mask sp = span(o.start, o.start + o.minutes);
        if (!o.placed())
            continue;
        for (int i = 0; i < 5; ++i) {
            if (o.trainer >= 0)
                m_tFixed[std::size_t(o.trainer)][std::size_t(o.day)].w[i] |= sp.w[i];
            if (o.room >= 0)
                m_rFixed[std::size_t(o.room)][std::size_t(o.day)].w[i] |= sp.w[i];
            if (o.cohort >= 0)
                m_cFixed[std::size_t(o.cohort)][std::size_t(o.day)].w[i] |= sp.w[i];
        }
    }
    m_tBusy = m_tFixed;
    m_rBusy = m_rFixed;
    m_cBusy = m_cFixed;

    // Then the sessions to place.
    for (std::size_t c = 0; c < nC; ++c) {
        const PlanCohort& co = problem.cohorts[qsizetype(c)];
        for (int b = 0; b < co.blocks.size(); ++b)
            for (int k = 0; k < blockLeft[c][std::size_t(b)]; ++k) {
                Occ o;
                o.cohort = int(c);
                o.block = b;
                o.module = co.blocks[b].module;
                o.minutes = co.blocks[b].minutes;
                m_occ.push_back(o);
            }
    }
    m_lastMoved.assign(m_occ.size(), -1000000);
}

bool PlanSearch::timedOut(const QElapsedTimer& timer) const
{
    if (m_options.cancel && m_options.cancel->load())
        return true;
    return timer.nsecsElapsed() / 1e9 > m_options.timeLimitSeconds;
}

void PlanSearch::place(int o, int day, int start, int trainer, int room)
{
    Occ& x = m_occ[std::size_t(o)];
    x.day = day;
    x.start = start;
    x.trainer = trainer;
    x.room = room;
    const auto d = std::size_t(day);
    const Mask sp = span(start, start + x.minutes);
    for (int i = 0; i < 5; ++i) {
        m_tBusy[std::size_t(trainer)][d].w[i] |= sp.w[i];
        m_rBusy[std::size_t(room)][d].w[i] |= sp.w[i];
        m_cBusy[std::size_t(x.cohort)][d].w[i] |= sp.w[i];
    }
    m_tOcc[std::size_t(trainer)][d].push_back(o);
    m_rOcc[std::size_t(room)][d].push_back(o);
    m_cOcc[std::size_t(x.cohort)][d].push_back(o);
    m_tMinutes[std::size_t(trainer)] += x.minutes;
    m_cDayMinutes[std::size_t(x.cohort)][d] += x.minutes;
    m_lastMoved[std::size_t(o)] = int(m_iterations);
}

void PlanSearch::rebuild(std::vector<Week>& busy, const std::vector<Week>& fixed,
                         const std::vector<std::array<std::vector<int>, kDays>>& lists, int index, int day)
{
    const auto i = std::size_t(index), d = std::size_t(day);
    Mask m = fixed[i][d];
    for (int o : lists[i][d]) {
        const Occ& x = m_occ[std::size_t(o)];
        const Mask sp = span(x.start, x.start + x.minutes);
        for (int k = 0; k < 5; ++k)
            m.w[k] |= sp.w[k];
    }
    busy[i][d] = m;
}

void PlanSearch::unplace(int o)
{
    Occ& x = m_occ[std::size_t(o)];
    const auto d = std::size_t(x.day);
    auto drop = [o](std::vector<int>& v) { v.erase(std::find(v.begin(), v.end(), o)); };
    drop(m_tOcc[std::size_t(x.trainer)][d]);
    drop(m_rOcc[std::size_t(x.room)][d]);
    drop(m_cOcc[std::size_t(x.cohort)][d]);
    m_tMinutes[std::size_t(x.trainer)] -= x.minutes;
    m_cDayMinutes[std::size_t(x.cohort)][d] -= x.minutes;
    const int day = x.day, t = x.trainer, r = x.room;
    x.day = x.start = x.trainer = x.room = -1;
    rebuild(m_tBusy, m_tFixed, m_tOcc, t, day);
    rebuild(m_rBusy, m_rFixed, m_rOcc, r, day);
    rebuild(m_cBusy, m_cFixed, m_cOcc, x.cohort, day);
}

int PlanSearch::edgeCost(const Mask& busy, int site, int start, int end) const
{
    // Packing: a session that starts or ends against a wall (opening, lunch, another session)
    // leaves no hole too small for anything else.
    const PlanSite* s = siteOfCohort(site);
    bool left = busy.test(start / kUnit - 1), right = busy.test((end + kUnit - 1) / kUnit);
    if (s) {
        left = left || start == s->opens || start == s->lunchEnd;
        right = right || end == s->closes || end == s->lunchStart;
    }
    return int(!left) + int(!right);
}

bool PlanSearch::bestFree(int o, Cand& best, bool noise)
{
    const Occ& x = m_occ[std::size_t(o)];
    const auto c = std::size_t(x.cohort);
    const PlanCohort& co = m_problem.cohorts[qsizetype(c)];
    const PlanBlock& block = co.blocks[x.block];
    const PlanSite* site = m_cohortSite[c];
    const PlanWeights& w = m_options.weights;
    // What the cohort already has: rooms, trainers of this module, starts of this block, each
    // with how many of its sessions use it.
    std::map<int, int> rooms, starts;
    std::set<int> trainers;
    for (int d : m_cohortDays[c])
        for (int other : m_cOcc[c][std::size_t(d)]) {
            const Occ& y = m_occ[std::size_t(other)];
            if (y.room >= 0)
                ++rooms[y.room];
            if (y.module == x.module) {
                if (y.trainer >= 0)
                    trainers.insert(y.trainer);
                if (y.minutes == x.minutes)
                    ++starts[y.start];
            }
        }
    // While improving, the most used room and start (the first on a tie) cost a little less
    // than the cohort's others: moves that change nothing in the score drift the sessions
    // towards them until a room or a start time is left empty, which the score counts.
    auto home = [](const std::map<int, int>& counts) {
        int best = -1, most = 0;
        for (const auto& [key, n] : counts)
            if (n > most) {
                most = n;
                best = key;
            }
        return best;
    };
    const int homeRoom = m_improving ? home(rooms) : -1, homeStart = m_improving ? home(starts) : -1;
    best = Cand{};
    bool found = false;
    for (int d : m_cohortDays[c]) {
        const auto dd = std::size_t(d);
        if (m_cDayMinutes[c][dd] + x.minutes > co.maxMinutesPerDay)
            continue;
        if (block.distinctDays
            && std::any_of(m_cOcc[c][dd].begin(), m_cOcc[c][dd].end(),
                           [&](int y) { return m_occ[std::size_t(y)].block == x.block; }))
            continue;
        for (int s : m_starts[c][std::size_t(x.block)]) {
            const Mask sp = span(s, s + x.minutes);
            if (m_cBusy[c][dd].intersects(sp))
                continue;
            long base = 0;
            if (block.morningWish && site && s + x.minutes > site->morningEnd())
                base += w.notMorning;
            if (!starts.empty() && !starts.count(s))
                base += w.timeChange;
            const long drift = homeStart >= 0 && s != homeStart && starts.count(s) ? 1 : 0;
            int bestRoom = -1;
            long roomCost = LONG_MAX;
            for (int r : m_cohortRooms[c]) {
                const Mask& busy = m_rBusy[std::size_t(r)][dd];
                if (busy.intersects(sp))
                    continue;
                const long cost = (rooms.empty() || rooms.count(r) ? 0 : w.roomChange) * 4
                    + (homeRoom >= 0 && r != homeRoom && rooms.count(r) ? 3 : 0)
                    + edgeCost(busy, int(c), s, s + x.minutes) * 2;
                if (cost < roomCost) {
                    roomCost = cost;
                    bestRoom = r;
                }
            }
            if (bestRoom < 0)
                continue;
            int bestTrainer = -1;
            long trainerCost = LONG_MAX;
            for (int t : m_moduleTrainers[std::size_t(x.module)]) {
                const auto tt = std::size_t(t);
                if (m_tMinutes[tt] + x.minutes > m_trainerMax[tt] || m_tBusy[tt][dd].intersects(sp))
                    continue;
                // Continuity, a compact day, and room to spare for later sessions.
                // While improving, the exact change of the trainer's waits that day (in the
                // score's scale, x 4 as `base`) rather than the packing term.
                long cost = (trainers.empty() || trainers.count(t) ? 0 : 2)
                    + (m_improving ? long(gapDelta(t, d, int(c), s, s + x.minutes)) * w.trainerGap * 4
                                   : edgeCost(m_tBusy[tt][dd], int(c), s, s + x.minutes) * w.trainerGap);
                if (!m_tOcc[tt][dd].empty() || m_tMinutes[tt] == 0)
                    cost += 0;
                else
                    cost += 1;
                if (m_trainerMax[tt] != INT_MAX && m_trainerMax[tt] - m_tMinutes[tt] - x.minutes < x.minutes)
                    cost += 1;
                if (cost < trainerCost) {
                    trainerCost = cost;
                    bestTrainer = t;
                }
            }
            if (bestTrainer < 0)
                continue;
            long cost = (base * 4 + roomCost + trainerCost + drift) * 16;
            if (noise)
                cost += long(m_rng() % 16);
            if (!found || cost < best.cost) {
                found = true;
                best.day = d;
                best.start = s;
                best.room = bestRoom;
                best.trainer = bestTrainer;
                best.cost = cost;
            }
        }
    }
    return found;
}

bool PlanSearch::bestEject(int o, Cand& best)
{
    const Occ& x = m_occ[std::size_t(o)];
    const auto c = std::size_t(x.cohort);
    const PlanCohort& co = m_problem.cohorts[qsizetype(c)];
    const PlanBlock& block = co.blocks[x.block];
    bool found = false;
    best = Cand{};
    auto overlapping = [&](const std::vector<int>& list, const Mask& sp, std::vector<int>& out) {
        for (int y : list) {
            const Occ& z = m_occ[std::size_t(y)];
            if (span(z.start, z.start + z.minutes).intersects(sp)) {
                if (z.locked >= 0)
                    return false;
                out.push_back(y);
            }
        }
        return true;
    };
    auto penalty = [&](const std::vector<int>& ev) {
        long p = 0;
        for (int y : ev) {
            p += 100;
            if (int(m_iterations) - m_lastMoved[std::size_t(y)] < 10)
                p += 60; // just placed: leave it, or the chain goes round in circles
        }
        return p;
    };
    for (int d : m_cohortDays[c]) {
        const auto dd = std::size_t(d);
        for (int s : m_starts[c][std::size_t(x.block)]) {
            const Mask sp = span(s, s + x.minutes);
            if (m_cFixed[c][dd].intersects(sp))
                continue;
            std::vector<int> evict;
            if (!overlapping(m_cOcc[c][dd], sp, evict))
                continue;
            if (block.distinctDays)
                for (int y : m_cOcc[c][dd])
                    if (m_occ[std::size_t(y)].block == x.block
                        && std::find(evict.begin(), evict.end(), y) == evict.end()) {
                        if (m_occ[std::size_t(y)].locked >= 0)
                            goto next;
                        evict.push_back(y);
                    }
            {
                int dayMinutes = m_cDayMinutes[c][dd];
                for (int y : evict)
                    dayMinutes -= m_occ[std::size_t(y)].minutes;
                // Over the cohort's hours a day: drop its longest other sessions of that day.
                std::vector<int> others;
                for (int y : m_cOcc[c][dd])
                    if (m_occ[std::size_t(y)].locked < 0 && std::find(evict.begin(), evict.end(), y) == evict.end())
                        others.push_back(y);
                std::sort(others.begin(), others.end(), [&](int a, int b) {
                    return m_occ[std::size_t(a)].minutes > m_occ[std::size_t(b)].minutes;
                });
                for (std::size_t k = 0; k < others.size() && dayMinutes + x.minutes > co.maxMinutesPerDay; ++k) {
                    dayMinutes -= m_occ[std::size_t(others[k])].minutes;
                    evict.push_back(others[k]);
                }
                if (dayMinutes + x.minutes > co.maxMinutesPerDay)
                    continue; // locked sessions fill the day
                long roomBest = LONG_MAX;
                std::vector<int> roomEvict;
                int room = -1;
                for (int r : m_cohortRooms[c]) {
                    if (m_rFixed[std::size_t(r)][dd].intersects(sp))
                        continue;
                    std::vector<int> ev;
                    if (!overlapping(m_rOcc[std::size_t(r)][dd], sp, ev))
                        continue;
                    ev.erase(std::remove_if(ev.begin(), ev.end(),
                                            [&](int y) {
                                                return std::find(evict.begin(), evict.end(), y) != evict.end();
                                            }),
                             ev.end());
                    const long p = penalty(ev) + long(m_rng() % 50);
                    if (p < roomBest) {
                        roomBest = p;
                        roomEvict = ev;
                        room = r;
                    }
                }
                if (room < 0)
                    continue;
                long trainerBest = LONG_MAX;
                std::vector<int> trainerEvict;
                int trainer = -1;
                for (int t : m_moduleTrainers[std::size_t(x.module)]) {
                    const auto tt = std::size_t(t);
                    if (m_tFixed[tt][dd].intersects(sp))
                        continue;
                    std::vector<int> ev;
                    if (!overlapping(m_tOcc[tt][dd], sp, ev))
                        continue;
                    int minutes = m_tMinutes[tt] + x.minutes;
                    for (int y : ev)
                        minutes -= m_occ[std::size_t(y)].minutes;
                    std::vector<int> fresh;
                    for (int y : ev)
                        if (std::find(evict.begin(), evict.end(), y) == evict.end()
                            && std::find(roomEvict.begin(), roomEvict.end(), y) == roomEvict.end())
                            fresh.push_back(y);
                    for (int y : evict)
                        if (m_occ[std::size_t(y)].trainer == t && std::find(ev.begin(), ev.end(), y) == ev.end())
                            minutes -= m_occ[std::size_t(y)].minutes;
                    for (int y : roomEvict)
                        if (m_occ[std::size_t(y)].trainer == t && std::find(ev.begin(), ev.end(), y) == ev.end())
                            minutes -= m_occ[std::size_t(y)].minutes;
                    if (minutes > m_trainerMax[tt])
                        continue;
                    const long p = penalty(fresh) + long(m_rng() % 50);
                    if (p < trainerBest) {
                        trainerBest = p;
                        trainerEvict = fresh;
                        trainer = t;
                    }
                }
                if (trainer < 0)
                    continue;
                // Now and then a worse choice, so the chains do not circle between a few weeks.
                const long cost = penalty(evict) + roomBest + trainerBest + (m_rng() % 8 == 0 ? long(m_rng() % 400) : 0);
                if (!found || cost < best.cost) {
                    found = true;
                    best.day = d;
                    best.start = s;
                    best.room = room;
                    best.trainer = trainer;
                    best.cost = cost;
                    best.evict = evict;
                    best.evict.insert(best.evict.end(), roomEvict.begin(), roomEvict.end());
                    best.evict.insert(best.evict.end(), trainerEvict.begin(), trainerEvict.end());
                }
            }
        next:;
        }
    }
    return found;
}

int PlanSearch::cohortCost(int c) const
{
    // The same terms as WeekPlanner::score, for one cohort.
    const PlanWeights& w = m_options.weights;
    const PlanCohort& co = m_problem.cohorts[c];
    const PlanSite* site = m_cohortSite[std::size_t(c)];
    std::set<int> rooms;
    std::set<std::pair<std::pair<int, int>, int>> starts;
    std::set<std::pair<int, int>> kinds;
    int cost = 0;
    for (int d = 1; d < kDays; ++d)
        for (int o : m_cOcc[std::size_t(c)][std::size_t(d)]) {
            const Occ& x = m_occ[std::size_t(o)];
            if (x.room >= 0)
                rooms.insert(x.room);
            starts.insert({{int(x.module), x.minutes}, x.start});
            kinds.insert({int(x.module), x.minutes});
            const bool wish = std::any_of(co.blocks.begin(), co.blocks.end(), [&](const PlanBlock& b) {
                return b.module == x.module && b.minutes == x.minutes && b.morningWish;
            });
            if (wish && x.start + x.minutes > (site ? site->morningEnd() : 13 * 60))
                cost += w.notMorning;
        }
    cost += w.timeChange * int(starts.size() - kinds.size());
    if (!rooms.empty())
        cost += w.roomChange * int(rooms.size() - 1);
    return cost;
}

int PlanSearch::gapDelta(int t, int day, int c, int start, int end) const
{
    // Half hours of waiting the session [start, end) adds to trainer t's day (less what it
    // fills between two sessions), lunch excluded, as trainerDayCost counts them.
    int prev = -1, next = -1;
    for (int o : m_tOcc[std::size_t(t)][std::size_t(day)]) {
        const Occ& y = m_occ[std::size_t(o)];
        if (y.cohort < 0)
            continue;
        const int yEnd = y.start + y.minutes;
        if (yEnd <= start && yEnd > prev)
            prev = yEnd;
        if (y.start >= end && (next < 0 || y.start < next))
            next = y.start;
    }
    const PlanSite* s = m_cohortSite[std::size_t(c)];
    auto wait = [s](int from, int to) {
        int gap = to - from;
        if (s && s->lunchStart >= 0)
            gap -= std::max(0, std::min(to, s->lunchEnd) - std::max(from, s->lunchStart));
        return std::max(0, gap) / 30;
    };
    int delta = 0;
    if (prev >= 0)
        delta += wait(prev, start);
    if (next >= 0)
        delta += wait(end, next);
    if (prev >= 0 && next >= 0)
        delta -= wait(prev, next);
    return delta;
}

int PlanSearch::trainerDayCost(int t, int day) const
{
    std::vector<const Occ*> list;
    for (int o : m_tOcc[std::size_t(t)][std::size_t(day)])
        if (m_occ[std::size_t(o)].cohort >= 0)
            list.push_back(&m_occ[std::size_t(o)]);
    std::sort(list.begin(), list.end(), [](const Occ* a, const Occ* b) { return a->start < b->start; });
    int gaps = 0;
    for (std::size_t i = 1; i < list.size(); ++i) {
        const PlanSite* s = m_cohortSite[std::size_t(list[i]->cohort)];
        int from = list[i - 1]->start + list[i - 1]->minutes, to = list[i]->start;
        int gap = to - from;
        if (s && s->lunchStart >= 0)
            gap -= std::max(0, std::min(to, s->lunchEnd) - std::max(from, s->lunchStart));
        gaps += std::max(0, gap) / 30;
    }
    return gaps * m_options.weights.trainerGap;
}

bool PlanSearch::run(const QElapsedTimer& timer)
{
    // Hardest first: sessions of cohorts with few rooms, modules with few trainers, long ones.
    for (std::size_t o = 0; o < m_occ.size(); ++o)
        if (m_occ[o].locked < 0)
            m_unplaced.push_back(int(o));
    std::vector<long> key(m_occ.size());
    for (int o : m_unplaced) {
        const Occ& x = m_occ[std::size_t(o)];
        key[std::size_t(o)] = long(m_cohortRooms[std::size_t(x.cohort)].size()) * 1000
            + long(m_moduleTrainers[std::size_t(x.module)].size()) * 10 - x.minutes / 30;
    }
    std::shuffle(m_unplaced.begin(), m_unplaced.end(), m_rng);
    std::stable_sort(m_unplaced.begin(), m_unplaced.end(),
                     [&](int a, int b) { return key[std::size_t(a)] < key[std::size_t(b)]; });
    std::deque<int> queue(m_unplaced.begin(), m_unplaced.end());
    m_unplaced.clear();
    const std::size_t total = queue.size();
    while (!queue.empty()) {
        if ((m_iterations & 63) == 0 && timedOut(timer)) {
            m_unplaced.assign(queue.begin(), queue.end());
            return false;
        }
        ++m_iterations;
        const int o = queue.front();
        queue.pop_front();
        Cand cand;
        if (bestFree(o, cand, true)) {
            place(o, cand.day, cand.start, cand.trainer, cand.room);
        } else if (bestEject(o, cand)) {
            for (int y : cand.evict) {
                unplace(y);
                queue.push_back(y);
            }
            place(o, cand.day, cand.start, cand.trainer, cand.room);
        } else {
            m_unplaced.assign(1, o); // fits nowhere, whatever moves: give up
            m_unplaced.insert(m_unplaced.end(), queue.begin(), queue.end());
            return false;
        }
        if (m_options.progress && (m_iterations & 1023) == 0)
            report(int(50 * (total - std::min(total, queue.size())) / std::max<std::size_t>(1, total)));
    }
    m_firstSeconds = timer.nsecsElapsed() / 1e9;
    m_firstWeek = sessions();
    improve(timer);
    return true;
}

void PlanSearch::report(int percent)
{
    // Ejections put placed sessions back in the queue and a gain restarts the stop rule's
    // count: the bar shows the furthest point reached, never going back.
    m_shownProgress = std::max(m_shownProgress, std::min(percent, 100));
    m_options.progress(m_shownProgress);
}

void PlanSearch::improve(const QElapsedTimer& timer)
{
    std::vector<int> movable;
    for (std::size_t o = 0; o < m_occ.size(); ++o)
        if (m_occ[o].locked < 0)
            movable.push_back(int(o));
    if (movable.empty())
        return;
    // Sweeps over the movable sessions in a shuffled order (each tried once per sweep), until
    // the budget is spent or the last `stall` moves brought no gain (see PLANNING.md).
    const long n = long(movable.size());
    const long budget = std::max(0L, long(m_options.improveMovesPerSession) * n);
    const long stall = m_options.improveStallPerSession > 0
        ? std::max(long(m_options.improveStallMinimum), long(m_options.improveStallPerSession) * n)
        : LONG_MAX;
    std::size_t next = movable.size();
    long lastGain = 0;
    m_improving = true;
    for (long i = 0; i < budget && i - lastGain < stall; ++i) {
        if ((i & 63) == 0 && timedOut(timer))
            return;
        if (m_options.progress && (i & 4095) == 0) {
            // The run ends at the budget or `stall` moves after the last gain, whichever comes
            // first: the larger share of the two, never going back.
            const double part = std::max(double(i) / double(budget),
                                         stall == LONG_MAX ? 0.0 : double(i - lastGain) / double(stall));
            report(50 + int(50 * part));
        }
        ++m_iterations;
        ++m_improveMoves;
        if (next == movable.size()) {
            std::shuffle(movable.begin(), movable.end(), m_rng);
            next = 0;
        }
        const int o = movable[next++];
        const Occ old = m_occ[std::size_t(o)];
        const int before = cohortCost(old.cohort) + trainerDayCost(old.trainer, old.day);
        unplace(o);
        Cand cand;
        if (!bestFree(o, cand, true)) {
            place(o, old.day, old.start, old.trainer, old.room);
            continue;
        }
        const bool sameDay = cand.trainer == old.trainer && cand.day == old.day;
        const int otherBefore = sameDay ? 0 : trainerDayCost(cand.trainer, cand.day);
        place(o, cand.day, cand.start, cand.trainer, cand.room);
        const int after = cohortCost(old.cohort) + trainerDayCost(cand.trainer, cand.day)
            + (sameDay ? 0 : trainerDayCost(old.trainer, old.day));
        if (after > before + otherBefore) {
            unplace(o);
            place(o, old.day, old.start, old.trainer, old.room);
        } else if (after < before + otherBefore) {
            lastGain = i + 1;
        }
    }
}

QList<PlannedSession> PlanSearch::sessions() const
{
    QList<PlannedSession> out;
    for (const Occ& x : m_occ) {
        if (!x.placed())
            continue;
        PlannedSession p;
        p.module = x.module;
        p.weekday = x.day;
        p.start = x.start;
        p.end = x.start + x.minutes;
        if (x.locked >= 0) {
            const PlanLocked& lk = m_problem.locked[x.locked];
            p.cohortRef = lk.cohortRef;
            p.trainerRef = lk.trainerRef;
            p.roomRef = lk.roomRef;
            p.locked = true;
            p.lockedRef = lk.ref;
        } else {
            p.cohortRef = m_problem.cohorts[x.cohort].ref;
            p.trainerRef = m_problem.trainers[x.trainer].ref;
            p.roomRef = m_problem.rooms[x.room].ref;
        }
        out.append(p);
    }
    std::stable_sort(out.begin(), out.end(), [](const PlannedSession& a, const PlannedSession& b) {
        return std::tie(a.cohortRef, a.weekday, a.start) < std::tie(b.cohortRef, b.weekday, b.start);
    });
    return out;
}

QList<PlanReason> PlanSearch::lastConflicts() const
{
    QList<PlanReason> out;
    for (int o : m_unplaced) {
        if (out.size() >= 5)
            break;
        const Occ& x = m_occ[std::size_t(o)];
        PlanReason r;
        r.kind = PlanReason::Kind::SearchGaveUp;
        r.ref = m_problem.cohorts[x.cohort].ref;
        r.module = x.module;
        r.needed = x.minutes;
        // Who holds the times this session could take: the cohort's own sessions, the rooms and
        // the trainers busy there.
        std::set<QString> blockers;
        for (int d : m_cohortDays[std::size_t(x.cohort)])
            for (int s : m_starts[std::size_t(x.cohort)][std::size_t(x.block)]) {
                const Mask sp = span(s, s + x.minutes);
                for (int rr : m_cohortRooms[std::size_t(x.cohort)])
                    if (m_rBusy[std::size_t(rr)][std::size_t(d)].intersects(sp))
                        blockers.insert(m_problem.rooms[rr].ref);
                for (int t : m_moduleTrainers[std::size_t(x.module)])
                    if (m_tBusy[std::size_t(t)][std::size_t(d)].intersects(sp)
                        || m_tMinutes[std::size_t(t)] + x.minutes > m_trainerMax[std::size_t(t)])
                        blockers.insert(m_problem.trainers[t].ref);
            }
        for (const QString& b : blockers)
            r.blockers.append(b);
        out.append(r);
    }
    return out;
}

} // namespace parcours
