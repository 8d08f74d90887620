// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codes.h"
#include "core/domain/Cohort.h"
#include "core/domain/Session.h"

#include <QDate>
#include <QList>
#include <QLocale>

#include <array>
#include <optional>

namespace parcours {

/// The hours a cohort's week should hold of one module (domain.md): FLE a range, English and
/// soft skills an exact number, professional days and other modules none.
struct WeeklyTarget
{
    std::optional<double> min; ///< nothing: no target
    std::optional<double> max;

    bool exists() const { return min.has_value(); }
    /// True when `seconds` of scheduled time meet the target (always, when there is none).
    bool isMetBy(qint64 seconds) const;
};

/// One ISO week of a cohort: the hours scheduled per module and whether they meet the targets
/// (indicators.md, Hours).
struct WeekHours
{
    static constexpr std::size_t kModules = EnumCodes<Module>::table.size();

    QDate monday;
    /// False for a first or last week cut by the cohort's dates (or a week outside them): such
    /// a week is shown but never off target.
    bool heldToTargets = false;
    std::array<qint64, kModules> seconds{};      ///< planned and held sessions, cancelled left out
    std::array<WeeklyTarget, kModules> targets{}; ///< the cohort's
    std::array<bool, kModules> offModule{};      ///< held to targets and this module misses its target

    double hours(Module m) const { return seconds[std::size_t(m)] / 3600.0; }
    const WeeklyTarget& target(Module m) const { return targets[std::size_t(m)]; }
    bool isOff(Module m) const { return offModule[std::size_t(m)]; }
    /// True when any module misses its target (never for a week not held to targets).
    bool offTarget() const;
    int isoYear() const;
    int isoWeek() const;
    /// `2025-W11`.
    QString label() const;
};

/// The seconds of one week of a cohort per module, already summed (by the database).
struct WeekSeconds
{
    QDate monday;
    std::array<qint64, WeekHours::kModules> seconds{};
};

/// The weekly targets of indicators.md, week by week: the one implementation of "weeks off
/// target" (Indicators reads it too), and the text the timetable shows beside each week.
/// Pure: plain data in and out.
class WeeklyTargets
{
public:
    static WeeklyTarget targetOf(const Cohort& cohort, Module module);

    /// Every ISO week that overlaps the cohort's dates, in order. Only the sessions of this
    /// cohort (by ref) count; sessions outside its weeks are left out. Empty when the cohort's
    /// dates are missing or reversed.
    static QList<WeekHours> ofCohort(const Cohort& cohort, const QList<Session>& sessions);
    static QList<WeekHours> ofCohort(const Cohort& cohort, const QList<const Session*>& sessions);
    /// The same weeks from the planned and held sessions' seconds summed per week (any order;
    /// weeks outside the cohort's are left out, like their sessions).
    static QList<WeekHours> ofCohort(const Cohort& cohort, const QList<WeekSeconds>& weeks);

    /// The week of `day` (any day of it), for a week view: outside the cohort's weeks it has the
    /// hours but is not held to targets.
    static WeekHours weekOf(const Cohort& cohort, const QList<Session>& sessions, const QDate& day);

    static QDate mondayOf(const QDate& day) { return day.addDays(1 - day.dayOfWeek()); }

    /// "FLE 13,5 h / 12-15 h", "English 2 h / 2 h", "Other 3 h" in `locale`'s numbers.
    static QString text(const WeekHours& week, Module module, const QLocale& locale);
    /// Hours with at most two decimals, no trailing zero: "13,5", "12", "1,33".
    static QString hoursText(double hours, const QLocale& locale);
    /// The module's short name in the user's language: "FLE", "English", "Soft skills".
    static QString shortName(Module module);
};

} // namespace parcours
