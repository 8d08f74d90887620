// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codes.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace parcours {

/// A weekly interval, in minutes since midnight: a trainer's unavailability, a room's booking.
struct PlanInterval
{
    int weekday = 1; ///< 1 = Monday .. 7 = Sunday
    int start = 0;   ///< minutes since midnight
    int end = 0;     ///< minutes since midnight, after start

    bool overlaps(int day, int from, int to) const { return day == weekday && from < end && start < to; }
};

/// One kind of class of a cohort's week: `count` sessions of `minutes` each of `module`.
struct PlanBlock
{
    Module module = Module::Fle;
    int minutes = 180;
    int count = 1;
    bool distinctDays = true; ///< hard: its sessions on different days
    bool morningWish = false; ///< soft: in the morning when possible
};

/// A cohort to plan: its size, site and weekly pattern.
struct PlanCohort
{
    QString ref;
    QString siteRef;
    int size = 20;                ///< participants expected: rooms must seat them (hard)
    QList<PlanBlock> blocks;      ///< the weekly pattern (weekly targets)
    int maxMinutesPerDay = 300;   ///< hard, locked sessions included
    QList<int> closedWeekdays;    ///< days of this week the cohort does not meet (before its
                                  ///< start, after its end, closures of its site)

    /// The programme's defaults (issue 11): FLE 4 x 3 h on different days, in the morning when
    /// possible; English 1 x 2 h; soft skills 1 x 2 h; at most 5 h a day.
    static QList<PlanBlock> defaultBlocks();
    int weeklyMinutes() const;
};

/// A trainer who may lead sessions of the planned cohorts.
struct PlanTrainer
{
    QString ref;
    QList<Module> modules;                ///< hard: they lead only these
    std::optional<int> maxMinutesWeek;    ///< hard, locked sessions included; nothing: no cap
    QList<PlanInterval> unavailable;      ///< hard (trainer_unavailability of this week)
};

/// A room where sessions may be held.
struct PlanRoom
{
    QString ref;
    QString siteRef;
    int capacity = 0;                     ///< 0: unknown, seats any cohort
    QList<PlanInterval> unavailable;      ///< booked by others this week (hard)
};

/// A site's opening hours (minutes since midnight). Sessions stay inside them and never cross
/// the lunch break; "morning" means ending by the lunch break (or 13:00 with none).
struct PlanSite
{
    QString ref;
    int opens = 8 * 60;
    int closes = 18 * 60;
    int lunchStart = -1; ///< -1: no lunch break
    int lunchEnd = -1;

    int morningEnd() const { return lunchStart >= 0 ? lunchStart : 13 * 60; }
};

/// A session already fixed: the planner keeps it as it is. A locked session of a planned cohort
/// fills one session of the first of its blocks with the same module and length (else it only
/// occupies the time); one of another cohort only occupies its trainer and room.
struct PlanLocked
{
    QString ref;       ///< the stored session's ref, or empty
    QString cohortRef;
    Module module = Module::Fle;
    int weekday = 1;
    int start = 0;
    int end = 0;
    QString trainerRef; ///< empty: none
    QString roomRef;    ///< empty: none
};

/// Everything the week planner needs, as plain data (no database, no Qt Gui).
struct PlanProblem
{
    QDate monday;                  ///< the week planned (for dates of the result)
    QList<int> closedWeekdays;     ///< holidays and days the whole office is shut
    QList<int> openWeekdays{1, 2, 3, 4, 5};
    int stepMinutes = 30;          ///< sessions start on this grid, counted from the opening and again from the end of lunch
    QList<PlanSite> sites;
    QList<PlanCohort> cohorts;
    QList<PlanTrainer> trainers;
    QList<PlanRoom> rooms;
    QList<PlanLocked> locked;

    const PlanSite* site(const QString& ref) const;
    /// The days cohort `c` can meet: open, not closed for the office nor for it.
    QList<int> daysOf(const PlanCohort& c) const;
};

/// How the planner weighs the soft wishes (penalty points; lower total is better).
struct PlanWeights
{
    int notMorning = 10;   ///< a session of a morning-wish block that ends after the morning
    int timeChange = 3;    ///< each extra start time among a block's sessions
    int roomChange = 2;    ///< each extra room a cohort uses
    int trainerGap = 1;    ///< each 30 min a trainer waits between sessions of one day (lunch
                           ///< excluded)
};

} // namespace parcours
