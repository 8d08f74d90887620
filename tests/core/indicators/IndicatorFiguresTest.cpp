// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "core/indicators/IndicatorFigures.h"

using namespace parcours;

TEST_CASE("a rate is null when its denominator is zero", "[indicators][figures]")
{
    IndicatorFigures::Marks marks;
    marks.unmarked = 4;
    CHECK_FALSE(marks.rate().has_value());
    IndicatorFigures::Exits exits;
    exits.completed = 2;
    exits.unknown = 2;
    REQUIRE(exits.dynamicExitRate());
    CHECK(*exits.dynamicExitRate() == 0.0);
    CHECK_FALSE(exits.permanentShare().has_value());
    CHECK_FALSE(exits.durableShare().has_value());
    CHECK_FALSE(IndicatorFigures{}.french.levelsGainedAvg().has_value());
}

TEST_CASE("levels gained are averaged to one decimal, halves away from zero", "[indicators][figures]")
{
    IndicatorFigures::French f;
    // +2, +1, +1, +1: 5 / 4 = 1.25 -> 1.3
    f.assessed = 4;
    f.levelsGained = 5;
    CHECK(*f.levelsGainedAvg() == 1.3);
    // -5 / 4 = -1.25 -> -1.3
    f.levelsGained = -5;
    CHECK(*f.levelsGainedAvg() == -1.3);
    // 2 / 3 = 0.666... -> 0.7
    f.assessed = 3;
    f.levelsGained = 2;
    CHECK(*f.levelsGainedAvg() == 0.7);
    // 1 / 3 = 0.333... -> 0.3
    f.levelsGained = 1;
    CHECK(*f.levelsGainedAvg() == 0.3);
}

TEST_CASE("adding figures sums counts and hours, and the rates follow the sums", "[indicators][figures]")
{
    IndicatorFigures a;
    a.cohorts << QStringLiteral("A");
    a.enrolled = 2;
    a.attendanceAll.present = 9;
    a.attendanceAll.absent = 1; // 0.9
    a.hours[std::size_t(Module::English)] = {4.0, 2.0};
    a.pairings.withMentor = 2;
    a.french.assessed = 1;
    a.french.levelsGained = 2;
    a.exits[std::size_t(Milestone::M6)].completed = 2;
    a.exits[std::size_t(Milestone::M6)].durable = 2;
    a.exits[std::size_t(Milestone::M6)].permanent = 2;
    a.weeksOffTarget << IndicatorFigures::Week{QStringLiteral("A"), 2025, 3};
    IndicatorFigures b;
    b.cohorts << QStringLiteral("B");
    b.enrolled = 8;
    b.attendanceAll.present = 1;
    b.attendanceAll.excused = 9; // 0.1
    b.hours[std::size_t(Module::English)] = {1.5, 1.5};
    b.pairings.withMentor = 2;
    b.french.assessed = 3;
    b.french.levelsGained = 0;
    b.exits[std::size_t(Milestone::M6)].completed = 8;
    b.exits[std::size_t(Milestone::M6)].unknown = 8;
    b.weeksOffTarget << IndicatorFigures::Week{QStringLiteral("B"), 2025, 9};

    a += b;
    CHECK(a.cohorts == (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    CHECK(a.enrolled == 10);
    // (9 + 1) / (10 + 10) = 0.5, where the mean of 0.9 and 0.1 would also be 0.5: so check counts
    CHECK(a.attendanceAll.present == 10);
    CHECK(a.attendanceAll.excused == 9);
    CHECK(*a.attendanceAll.rate() == Approx(0.5));
    CHECK(a.hoursOf(Module::English).planned == Approx(5.5));
    CHECK(a.hoursOf(Module::English).delivered == Approx(3.5));
    // 4 / 10 = 0.4 (the mean of 2/2 and 2/8 would be 0.625)
    CHECK(*a.mentorCoverage() == Approx(0.4));
    // 2 / 4 = 0.5 (A alone 2.0, B alone 0.0)
    CHECK(*a.french.levelsGainedAvg() == 0.5);
    // 2 / 10 = 0.2 (the mean of 1.0 and 0.0 would be 0.5)
    CHECK(*a.exitsAt(Milestone::M6).dynamicExitRate() == Approx(0.2));
    CHECK(a.weeksOffTarget.size() == 2);
    CHECK(a.weeksOffTarget[1].label() == QStringLiteral("2025-W09"));
}
