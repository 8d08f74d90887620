// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanProblem.h"

namespace parcours {

/// One session of a planned week.
struct PlannedSession
{
    QString cohortRef;
    Module module = Module::Fle;
    int weekday = 1;
    int start = 0; ///< minutes since midnight
    int end = 0;
    QString trainerRef;
    QString roomRef;
    bool locked = false;  ///< a PlanLocked kept as it was
    QString lockedRef;    ///< its ref
};

/// The soft wishes a week misses (see PlanWeights); lower is better, 0 is perfect.
struct PlanScore
{
    int notMorning = 0;  ///< sessions of a morning-wish block after the morning
    int timeChanges = 0; ///< extra start times among a block's sessions, over all blocks
    int roomChanges = 0; ///< extra rooms per cohort, over all cohorts
    int trainerGaps = 0; ///< half hours trainers wait between sessions of a day
    int total = 0;       ///< weighted sum
};

/// Why no week exists, or why none was found: one fact naming the trainer, room, site, cohort
/// or module at fault, with the numbers. The UI turns it into a sentence.
struct PlanReason
{
    enum class Kind {
        CohortBlocksExceedDays, ///< a block needs more different days than the cohort meets
        CohortHoursExceedWeek,  ///< more minutes than its days hold (at most maxMinutesPerDay)
        CohortNoSite,           ///< the cohort's site is unknown
        CohortNoRoom,           ///< no room of its site seats it
        ModuleNoTrainer,        ///< no trainer teaches a module a cohort needs
        ModuleTrainersShort,    ///< the trainers of a module have fewer minutes than needed
        TrainerOverMax,         ///< locked sessions alone exceed a trainer's weekly maximum
        SiteRoomsShort,         ///< a site's free room-minutes are fewer than its cohorts need
        SessionNoPlace,         ///< a session fits no day/time at all (hours, trainers, rooms)
        LockedClash,            ///< two locked sessions overlap on a trainer, room or cohort
        SearchGaveUp,           ///< none found in the time: `ref` is a session left out,
                                ///< `blockers` the resources that stood in its way
    };
    Kind kind = Kind::SearchGaveUp;
    QString ref;            ///< cohort, trainer, room or site ref (see kind)
    Module module = Module::Fle;
    int needed = 0;         ///< minutes (or days for CohortBlocksExceedDays)
    int available = 0;      ///< minutes (or days)
    QStringList blockers;   ///< trainers, rooms, cohorts involved
};

/// The week planner's answer.
struct PlanResult
{
    enum class Status {
        Solved,     ///< every hard rule met; `sessions` is the week
        Impossible, ///< proven: no week exists; `reasons` say why
        NotFound,   ///< none found within the time limit; `reasons` give the last conflicts
    };
    Status status = Status::NotFound;
    QList<PlannedSession> sessions; ///< locked ones included; sorted by cohort, day, start
    PlanScore score;
    PlanScore firstScore;   ///< the score of the first complete week, before the improvement
    QList<PlanReason> reasons;
    qint64 iterations = 0; ///< placements tried (for benchmarks)
    qint64 improveMoves = 0; ///< of them, improvement moves after the first complete week
    double seconds = 0;    ///< wall time
    double firstSeconds = 0; ///< wall time to the first complete week (before improving it)
};

} // namespace parcours
