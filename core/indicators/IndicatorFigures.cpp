// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorFigures.h"

#include <cstdlib>

namespace parcours {

namespace {

std::optional<double> ratio(double numerator, int denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return numerator / denominator;
}

} // namespace

std::optional<double> IndicatorFigures::Marks::rate() const
{
    return ratio(present + late, present + late + excused + absent);
}

IndicatorFigures::Marks& IndicatorFigures::Marks::operator+=(const Marks& o)
{
    present += o.present;
    late += o.late;
    excused += o.excused;
    absent += o.absent;
    unmarked += o.unmarked;
    return *this;
}

IndicatorFigures::Pairings& IndicatorFigures::Pairings::operator+=(const Pairings& o)
{
    withMentor += o.withMentor;
    withCoach += o.withCoach;
    withBoth += o.withBoth;
    volunteersInvolved += o.volunteersInvolved;
    return *this;
}

std::optional<double> IndicatorFigures::French::levelsGainedAvg() const
{
    if (assessed == 0)
        return std::nullopt;
    // round(10 * sum / n) half away from zero, in integers: (20|sum| + n) / 2n.
    const long long n = assessed;
    const long long tenths = (20LL * std::llabs(levelsGained) + n) / (2 * n);
    return (levelsGained < 0 ? -tenths : tenths) / 10.0;
}

IndicatorFigures::French& IndicatorFigures::French::operator+=(const French& o)
{
    assessed += o.assessed;
    levelsGained += o.levelsGained;
    gainedOneLevelOrMore += o.gainedOneLevelOrMore;
    return *this;
}

std::optional<double> IndicatorFigures::Exits::dynamicExitRate() const
{
    return ratio(dynamic(), completed);
}

std::optional<double> IndicatorFigures::Exits::permanentShare() const
{
    return ratio(permanent, dynamic());
}

std::optional<double> IndicatorFigures::Exits::durableShare() const
{
    return ratio(durable, dynamic());
}

IndicatorFigures::Exits& IndicatorFigures::Exits::operator+=(const Exits& o)
{
    completed += o.completed;
    durable += o.durable;
    transition += o.transition;
    positive += o.positive;
    other += o.other;
    unknown += o.unknown;
    permanent += o.permanent;
    return *this;
}

QString IndicatorFigures::Week::label() const
{
    return QStringLiteral("%1-W%2").arg(isoYear, 4, 10, QLatin1Char('0')).arg(isoWeek, 2, 10, QLatin1Char('0'));
}

std::optional<double> IndicatorFigures::attendedHoursAvg() const
{
    return ratio(attendedHours, enrolled);
}

std::optional<double> IndicatorFigures::mentorCoverage() const
{
    return ratio(pairings.withMentor, enrolled);
}

std::optional<double> IndicatorFigures::coachCoverage() const
{
    return ratio(pairings.withCoach, enrolled);
}

std::optional<double> IndicatorFigures::trioCoverage() const
{
    return ratio(pairings.withBoth, enrolled);
}

IndicatorFigures& IndicatorFigures::operator+=(const IndicatorFigures& o)
{
    cohorts += o.cohorts;
    enrolled += o.enrolled;
    completed += o.completed;
    withdrawn += o.withdrawn;
    for (std::size_t m = 0; m < kModules; ++m) {
        hours[m].planned += o.hours[m].planned;
        hours[m].delivered += o.hours[m].delivered;
        attendance[m] += o.attendance[m];
    }
    weeksOffTarget += o.weeksOffTarget;
    attendanceAll += o.attendanceAll;
    attendedHours += o.attendedHours;
    pairings += o.pairings;
    french += o.french;
    for (std::size_t m = 0; m < kMilestones; ++m)
        exits[m] += o.exits[m];
    return *this;
}

} // namespace parcours
