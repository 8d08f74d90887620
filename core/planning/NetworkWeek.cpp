// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkWeek.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace parcours {

namespace {

constexpr int kOpens = 9 * 60, kLunchStart = 12 * 60, kLunchEnd = 13 * 60, kCloses = 18 * 60;
// A room's day: one FLE slot in the morning, one FLE and one 2-hour slot in the afternoon.
struct Slot
{
    int start, end;
};
constexpr Slot kFleSlots[2] = {{kOpens, kLunchStart}, {kLunchEnd, kLunchEnd + 180}};
constexpr Slot kShortSlot = {kLunchEnd + 180, kCloses};

struct Planting
{
    // [site-local room][day 1..5][slot 0..2] -> taken
    std::vector<std::array<std::array<bool, 3>, 6>> taken;
    QList<PlannedSession> sessions;
};

/// Plants the cohorts of one site in `rooms` rooms; false when some cohort found no place.
bool plant(const QList<PlanCohort>& cohorts, const QStringList& rooms, std::mt19937_64& rng, Planting& out)
{
    out.taken.assign(std::size_t(rooms.size()), {});
    out.sessions.clear();
    for (const PlanCohort& c : cohorts) {
        std::array<bool, 6> fleDay{};
        std::vector<int> days{1, 2, 3, 4, 5};
        std::shuffle(days.begin(), days.end(), rng);
        int fle = 0;
        for (int slot = 0; slot < 2 && fle < 4; ++slot) // mornings first
            for (int d : days) {
                if (fle == 4 || fleDay[std::size_t(d)])
                    continue;
                for (int r = 0; r < rooms.size(); ++r) {
                    auto& t = out.taken[std::size_t(r)][std::size_t(d)][std::size_t(slot)];
                    if (t)
                        continue;
                    t = true;
                    fleDay[std::size_t(d)] = true;
                    ++fle;
                    out.sessions.append(PlannedSession{c.ref, Module::Fle, d, kFleSlots[slot].start,
                                                       kFleSlots[slot].end, QString(), rooms[r], false, QString()});
                    break;
                }
            }
        if (fle < 4)
            return false;
        int shorts = 0;
        const Module modules[2] = {Module::English, Module::SoftSkills};
        std::array<bool, 6> shortDay{};
        for (int d : days) {
            if (shorts == 2 || shortDay[std::size_t(d)])
                continue;
            for (int r = 0; r < rooms.size(); ++r) {
                auto& t = out.taken[std::size_t(r)][std::size_t(d)][2];
                if (t)
                    continue;
                t = true;
                shortDay[std::size_t(d)] = true;
                out.sessions.append(PlannedSession{c.ref, modules[shorts], d, kShortSlot.start, kShortSlot.end,
                                                   QString(), rooms[r], false, QString()});
                ++shorts;
                break;
            }
        }
        if (shorts < 2)
            return false;
    }
    return true;
}

} // namespace

double NetworkWeekGenerator::roomUseOf(const PlanProblem& problem)
{
    double need = 0, free = 0;
    for (const PlanCohort& c : problem.cohorts)
        need += c.weeklyMinutes();
    for (const PlanRoom& r : problem.rooms) {
        const PlanSite* s = problem.site(r.siteRef);
        if (!s)
            continue;
        for (int d : problem.openWeekdays) {
            if (problem.closedWeekdays.contains(d))
                continue;
            int open = s->closes - s->opens - (s->lunchStart >= 0 ? s->lunchEnd - s->lunchStart : 0);
            for (const PlanInterval& i : r.unavailable)
                if (i.weekday == d)
                    open -= i.end - i.start; // bookings lie inside opening hours, apart
            free += open;
        }
    }
    return free > 0 ? need / free : 0;
}

NetworkWeek NetworkWeekGenerator::generate(const NetworkWeekSpec& spec)
{
    std::mt19937_64 rng(spec.seed);
    NetworkWeek week;
    PlanProblem& p = week.problem;
    p.monday = spec.monday;
    const int perSite = spec.cohortsPerSite > 0 ? spec.cohortsPerSite : std::max(1, spec.cohorts);
    const int nSites = (spec.cohorts + perSite - 1) / perSite;
    for (int s = 0; s < nSites; ++s)
        p.sites.append(PlanSite{QStringLiteral("S%1").arg(s + 1), kOpens, kCloses, kLunchStart, kLunchEnd});
    for (int c = 0; c < spec.cohorts; ++c) {
        PlanCohort co;
        co.ref = QStringLiteral("C%1").arg(c + 1, 3, 10, QLatin1Char('0'));
        co.siteRef = p.sites[c / perSite].ref;
        co.size = 12 + int(rng() % 9);
        co.blocks = PlanCohort::defaultBlocks();
        p.cohorts.append(co);
    }
    // Rooms, site by site: as few as the use asks, more if the planting needs them.
    const int roomWeek = 5 * (kCloses - kOpens - (kLunchEnd - kLunchStart));
    for (int s = 0; s < nSites; ++s) {
        QList<PlanCohort> cohorts;
        int need = 0;
        for (const PlanCohort& c : p.cohorts)
            if (c.siteRef == p.sites[s].ref) {
                cohorts.append(c);
                need += c.weeklyMinutes();
            }
        const double offered = need / std::max(0.05, std::min(1.0, spec.roomUse));
        int nRooms = std::max(1, int(std::ceil(offered / roomWeek - 1e-9)));
        Planting planting;
        QStringList refs;
        for (;; ++nRooms) {
            refs.clear();
            for (int r = 0; r < nRooms; ++r)
                refs.append(QStringLiteral("%1-R%2").arg(p.sites[s].ref).arg(r + 1, 2, 10, QLatin1Char('0')));
            if (plant(cohorts, refs, rng, planting))
                break;
        }
        QList<PlanRoom> rooms;
        for (const QString& ref : refs)
            rooms.append(PlanRoom{ref, p.sites[s].ref, 20 + int(rng() % 5), {}});
        // Book free slots (others' meetings) until the free minutes match the use asked.
        std::vector<std::pair<int, int>> freeSlots; // room, day*3+slot
        for (int r = 0; r < nRooms; ++r)
            for (int d = 1; d <= 5; ++d)
                for (int k = 0; k < 3; ++k)
                    if (!planting.taken[std::size_t(r)][std::size_t(d)][std::size_t(k)])
                        freeSlots.push_back({r, d * 3 + k});
        std::shuffle(freeSlots.begin(), freeSlots.end(), rng);
        double free = double(nRooms) * roomWeek;
        for (const auto& [r, code] : freeSlots) {
            const int d = code / 3, k = code % 3;
            const Slot slot = k < 2 ? kFleSlots[k] : kShortSlot;
            if (need / (free - (slot.end - slot.start)) > spec.roomUse + 1e-9)
                continue;
            free -= slot.end - slot.start;
            rooms[r].unavailable.append(PlanInterval{d, slot.start, slot.end});
        }
        p.rooms += rooms;
        week.planted += planting.sessions;
    }
    // Trainers shared by every site, each module with its own pool.
    struct Pool
    {
        Module module;
        const char* prefix;
        int max;
    };
    const Pool pools[3] = {{Module::Fle, "FLE", 18 * 60}, {Module::English, "ENG", 6 * 60},
                           {Module::SoftSkills, "SOFT", 8 * 60}};
    std::sort(week.planted.begin(), week.planted.end(), [](const PlannedSession& a, const PlannedSession& b) {
        return std::tie(a.weekday, a.start, a.cohortRef) < std::tie(b.weekday, b.start, b.cohortRef);
    });
    for (const Pool& pool : pools) {
        int need = 0;
        for (const PlannedSession& s : week.planted)
            if (s.module == pool.module)
                need += s.end - s.start;
        const int count = std::max(1, int(std::ceil(need / (pool.max * std::min(1.0, spec.trainerUse)) - 1e-9)));
        const int first = p.trainers.size();
        for (int t = 0; t < count; ++t)
            p.trainers.append(PlanTrainer{QStringLiteral("%1-%2").arg(QLatin1String(pool.prefix)).arg(t + 1, 2, 10,
                                                                                                       QLatin1Char('0')),
                                          {pool.module}, pool.max, {}});
        std::map<int, int> minutes;
        std::map<std::pair<int, int>, std::vector<std::pair<int, int>>> busy; // (trainer, day) -> spans
        for (PlannedSession& s : week.planted) {
            if (s.module != pool.module)
                continue;
            int best = -1;
            for (int t = first; t < p.trainers.size(); ++t) {
                if (minutes[t] + (s.end - s.start) > pool.max)
                    continue;
                const auto& spans = busy[{t, s.weekday}];
                if (std::any_of(spans.begin(), spans.end(),
                                [&](const auto& x) { return x.first < s.end && s.start < x.second; }))
                    continue;
                if (best < 0 || minutes[t] < minutes[best] || (minutes[t] == minutes[best] && rng() % 2))
                    best = t;
            }
            if (best < 0) {
                best = p.trainers.size();
                p.trainers.append(PlanTrainer{QStringLiteral("%1-%2").arg(QLatin1String(pool.prefix)).arg(
                                                  best - first + 1, 2, 10, QLatin1Char('0')),
                                              {pool.module}, pool.max, {}});
            }
            s.trainerRef = p.trainers[best].ref;
            minutes[best] += s.end - s.start;
            busy[{best, s.weekday}].push_back({s.start, s.end});
        }
        // Each away two half-days when they teach nothing.
        for (int t = first; t < p.trainers.size(); ++t) {
            std::vector<PlanInterval> halves;
            for (int d = 1; d <= 5; ++d)
                for (const PlanInterval& h : {PlanInterval{d, kOpens, kLunchStart}, PlanInterval{d, kLunchEnd, kCloses}}) {
                    const auto& spans = busy[{t, d}];
                    if (std::none_of(spans.begin(), spans.end(),
                                     [&](const auto& x) { return x.first < h.end && h.start < x.second; }))
                        halves.push_back(h);
                }
            std::shuffle(halves.begin(), halves.end(), rng);
            for (std::size_t i = 0; i < halves.size() && i < 2; ++i)
                p.trainers[t].unavailable.append(halves[i]);
        }
    }
    week.roomUse = roomUseOf(p);
    return week;
}

} // namespace parcours
