// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace parcours {

/// The figures of indicators.md for one cohort or for a period (the sum of its cohorts).
///
/// Only counts and hours are stored; every rate is a function of them, so that a sum of
/// several cohorts recomputes its rates from the summed counts and can never average them.
/// A rate is std::nullopt when its denominator is 0.
struct IndicatorFigures
{
    /// Hours of one module: `planned` counts planned and held sessions, `delivered` held only.
    struct Hours
    {
        double planned = 0;
        double delivered = 0;
    };

    /// Expected participant-session pairs of held sessions, by mark.
    struct Marks
    {
        int present = 0;
        int late = 0;
        int excused = 0;
        int absent = 0;
        int unmarked = 0; ///< expected pairs with no mark: shown, not in the rate

        /// (present + late) / (present + late + excused + absent).
        std::optional<double> rate() const;
        Marks& operator+=(const Marks& o);
    };

    /// Counting pairings of the enrolled participants.
    struct Pairings
    {
        int withMentor = 0;
        int withCoach = 0;
        int withBoth = 0;
        int volunteersInvolved = 0;

        Pairings& operator+=(const Pairings& o);
    };

    /// Enrolments with both an entry and an exit French level.
    struct French
    {
        int assessed = 0;     ///< enrolments with both levels
        int levelsGained = 0; ///< sum of (exit - entry), in CEFR steps; negative when levels were lost
        int gainedOneLevelOrMore = 0;

        /// levelsGained / assessed rounded to one decimal, half away from zero (1.25 -> 1.3,
        /// -1.25 -> -1.3), computed on the integers so that no binary fraction tips it.
        std::optional<double> levelsGainedAvg() const;
        French& operator+=(const French& o);
    };

    /// The situations of the completed enrolments at one milestone.
    struct Exits
    {
        int completed = 0; ///< the denominator of dynamic_exit_rate
        int durable = 0;
        int transition = 0;
        int positive = 0;
        int other = 0;     ///< other_training, job_seeking, inactive: known but not dynamic
        int unknown = 0;   ///< no outcome, or the latest outcome says unknown
        int permanent = 0; ///< cdi, a part of durable

        int dynamic() const { return durable + transition + positive; }
        std::optional<double> dynamicExitRate() const; ///< dynamic / completed
        std::optional<double> permanentShare() const;  ///< cdi / dynamic
        std::optional<double> durableShare() const;    ///< durable / dynamic
        Exits& operator+=(const Exits& o);
    };

    /// An ISO week of a cohort that is off its weekly targets.
    struct Week
    {
        QString cohortRef;
        int isoYear = 0;
        int isoWeek = 0;

        /// `2025-W11`.
        QString label() const;
        bool operator==(const Week& o) const
        {
            return cohortRef == o.cohortRef && isoYear == o.isoYear && isoWeek == o.isoWeek;
        }
    };

    static constexpr std::size_t kModules = EnumCodes<Module>::table.size();
    static constexpr std::size_t kMilestones = EnumCodes<Milestone>::table.size();

    QStringList cohorts; ///< refs, in the order they were added
    int enrolled = 0;
    int completed = 0;
    int withdrawn = 0;
    std::array<Hours, kModules> hours{};
    QList<Week> weeksOffTarget; ///< by cohort, then by date
    Marks attendanceAll;
    std::array<Marks, kModules> attendance{};
    double attendedHours = 0; ///< summed over the enrolled participants
    Pairings pairings;
    French french;
    std::array<Exits, kMilestones> exits{};

    const Hours& hoursOf(Module m) const { return hours[std::size_t(m)]; }
    const Marks& attendanceOf(Module m) const { return attendance[std::size_t(m)]; }
    const Exits& exitsAt(Milestone m) const { return exits[std::size_t(m)]; }

    std::optional<double> attendedHoursAvg() const; ///< attendedHours / enrolled
    std::optional<double> mentorCoverage() const;   ///< withMentor / enrolled
    std::optional<double> coachCoverage() const;    ///< withCoach / enrolled
    std::optional<double> trioCoverage() const;     ///< withBoth / enrolled

    /// Adds another cohort's (or period's) figures: counts and hours add up, lists concatenate.
    IndicatorFigures& operator+=(const IndicatorFigures& o);
};

} // namespace parcours
