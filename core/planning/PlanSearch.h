// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WeekPlanner.h"

#include <array>
#include <cstdint>
#include <map>
#include <random>
#include <vector>

class QElapsedTimer;

namespace parcours {

/// The week planner's engine (internal to core/planning; see PLANNING.md): occupancy as bit
/// masks of 5-minute units per resource and day, a constructive search that ejects the
/// sessions in the way when a session fits nowhere (ejection chains), then moves that lower the
/// score. Every placement it makes meets every hard rule, so any complete week is valid.
class PlanSearch
{
public:
    PlanSearch(const PlanProblem& problem, const PlanOptions& options);

    QList<PlanReason> proveImpossible();
    /// Searches until every session is placed and the improvement budget is spent, or the time
    /// limit / cancel. True when a complete week was found.
    bool run(const QElapsedTimer& timer);
    QList<PlannedSession> sessions() const;
    QList<PlanReason> lastConflicts() const;
    qint64 iterations() const { return m_iterations; }
    double firstSeconds() const { return m_firstSeconds; }
    qint64 improveMoves() const { return m_improveMoves; }
    /// The first complete week, before the improvement (empty when none was found).
    const QList<PlannedSession>& firstWeek() const { return m_firstWeek; }

private:
    static constexpr int kUnit = 5;
    static constexpr int kDays = 8; // index 1..7
    struct Mask
    {
        std::uint64_t w[5]{};
        void set(int from, int to);
        bool intersects(const Mask& o) const;
        bool test(int unit) const;
    };
    using Week = std::array<Mask, kDays>;
    struct Occ
    {
        int cohort = -1;
        int block = -1;
        Module module = Module::Fle;
        int minutes = 0;
        int locked = -1; ///< index in problem.locked
        int day = -1, start = -1, trainer = -1, room = -1;
        bool placed() const { return day >= 0; }
    };
    struct Cand
    {
        int day = -1, start = -1, trainer = -1, room = -1;
        long cost = 0;
        std::vector<int> evict;
    };

    static Mask span(int from, int to);
    bool timedOut(const QElapsedTimer& timer) const;
    void place(int o, int day, int start, int trainer, int room);
    void unplace(int o);
    void rebuild(std::vector<Week>& busy, const std::vector<Week>& fixed,
                 const std::vector<std::array<std::vector<int>, kDays>>& lists, int index, int day);
    bool bestFree(int o, Cand& best, bool noise);
    bool bestEject(int o, Cand& best);
    int cohortCost(int c) const;
    int trainerDayCost(int t, int day) const;
    int gapDelta(int t, int day, int c, int start, int end) const;
    void improve(const QElapsedTimer& timer);
    void report(int percent); ///< options.progress, never lower than last time
    int edgeCost(const Mask& busy, int site, int start, int end) const;
    const PlanSite* siteOfCohort(int c) const { return m_cohortSite[std::size_t(c)]; }

    const PlanProblem& m_problem;
    PlanOptions m_options;
    std::mt19937_64 m_rng;
    std::vector<Occ> m_occ;
    std::vector<const PlanSite*> m_cohortSite;
    std::vector<std::vector<int>> m_cohortRooms;             // rooms of its site seating it
    std::vector<std::vector<int>> m_cohortDays;
    std::vector<std::vector<std::vector<int>>> m_starts;     // [cohort][block]
    std::array<std::vector<int>, 5> m_moduleTrainers;
    std::vector<int> m_trainerMax;                            // minutes, INT_MAX: none
    std::vector<Week> m_tFixed, m_rFixed, m_cFixed, m_tBusy, m_rBusy, m_cBusy;
    std::vector<std::array<std::vector<int>, kDays>> m_tOcc, m_rOcc, m_cOcc;
    std::vector<int> m_tMinutes;
    std::vector<std::array<int, kDays>> m_cDayMinutes;
    std::vector<int> m_lastMoved;                             // iteration an occ was last placed
    std::vector<int> m_unplaced;
    QList<PlanReason> m_lockReasons;
    qint64 m_iterations = 0;
    double m_firstSeconds = 0;
    qint64 m_improveMoves = 0;
    int m_shownProgress = 0; ///< the last percent given to options.progress
    bool m_improving = false; ///< in improve(): bestFree prefers the cohort's most used room and start
    QList<PlannedSession> m_firstWeek;
};

} // namespace parcours
