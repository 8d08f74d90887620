// SPDX-License-Identifier: GPL-3.0-or-later
// The attendance alerts on hand-made inputs; every expected value is worked out in the comments
// from AttendanceAlerts.h and indicators.md, not read from the program.
#include "CatchQt.h"
#include "IndicatorBuilders.h"

#include "core/indicators/AttendanceAlerts.h"

using namespace parcours;
using namespace parcours::test;

namespace {

constexpr auto P = AttendanceStatus::Present;
constexpr auto L = AttendanceStatus::Late;
constexpr auto E = AttendanceStatus::Excused;
constexpr auto A = AttendanceStatus::Absent;

/// Cohort C, 3 to 28 March 2025, one week of sessions whose refs are not in date order, so that
/// a run taken in ref order would differ:
///   Mon 3  09:00 S5 held      Mon 3  13:30 S1 held
///   Tue 4  09:00 S2 cancelled Tue 4  13:30 S4 held
///   Wed 5  09:00 S3 held      Thu 6  09:00 S6 held      Fri 7 09:00 S7 planned
/// In date and time order the held ones are S5, S1, S4, S3, S6.
IndicatorInput week()
{
    IndicatorInput in;
    in.cohorts << cohort("C", "2025-03-03", "2025-03-28") << cohort("D", "2025-03-03", "2025-03-28");
    in.sessions << session("S1", "C", Module::Fle, "2025-03-03", "13:30", "16:30")
                << session("S2", "C", Module::Fle, "2025-03-04", "09:00", "12:00", SessionStatus::Cancelled)
                << session("S3", "C", Module::English, "2025-03-05", "09:00", "12:00")
                << session("S4", "C", Module::Fle, "2025-03-04", "13:30", "16:30")
                << session("S5", "C", Module::Fle, "2025-03-03", "09:00", "12:00")
                << session("S6", "C", Module::SoftSkills, "2025-03-06", "09:00", "12:00")
                << session("S7", "C", Module::Fle, "2025-03-07", "09:00", "12:00", SessionStatus::Planned);
    return in;
}

void marks(IndicatorInput& in, const char* participant, const QList<std::pair<const char*, AttendanceStatus>>& list)
{
    for (const auto& [sessionRef, status] : list)
        in.attendance << mark(sessionRef, participant, status, status == L ? 10 : 0);
}

QStringList refsOf(const QList<AttendanceAlert>& alerts)
{
    QStringList out;
    for (const AttendanceAlert& a : alerts)
        out << a.participantRef;
    return out;
}

} // namespace

TEST_CASE("three absences in a row over held expected sessions in date order raise an alert", "[alerts]")
{
    IndicatorInput in = week();
    // P1: S5 A, S1 A, (S2 cancelled) P, S4 unmarked, S3 A, S6 P, (S7 planned) P.
    //     Held in order: A A - A P: the cancelled and the unmarked pair are skipped, the run
    //     reaches 3 on Wed 5. Rate: 1 present / (1 + 3 absent) = 0.25.
    in.enrolments << enrol("C", "P1");
    marks(in, "P1", {{"S5", A}, {"S1", A}, {"S2", P}, {"S3", A}, {"S6", P}, {"S7", P}});
    // P2: S5 A, S1 A, S4 E, S3 A, S6 A: the excused absence ends the run: 2 and 2.
    in.enrolments << enrol("C", "P2");
    marks(in, "P2", {{"S5", A}, {"S1", A}, {"S4", E}, {"S3", A}, {"S6", A}});
    // P3: enrolled from Tue 4; the Monday absences are outside the enrolment: S4 A, S3 A, S6 P = 2.
    in.enrolments << enrol("C", "P3", EnrolmentStatus::Enrolled, "2025-03-04");
    marks(in, "P3", {{"S5", A}, {"S1", A}, {"S4", A}, {"S3", A}, {"S6", P}});
    // P4: left on Wed 5; the Thursday absence is after the exit: S5 A, S1 P, S4 A, S3 A = 2.
    in.enrolments << enrol("C", "P4", EnrolmentStatus::Withdrawn, "", "2025-03-05");
    marks(in, "P4", {{"S5", A}, {"S1", P}, {"S4", A}, {"S3", A}, {"S6", A}});
    // P5: late ends a run; planned sessions are not looked at: S5 A, S1 L, S4 A, S3 A, S6
    //     unmarked, S7 (planned) A = 2.
    in.enrolments << enrol("C", "P5");
    marks(in, "P5", {{"S5", A}, {"S1", L}, {"S4", A}, {"S3", A}, {"S7", A}});
    // P6 is in cohort D: the same absences as P1, but on C's sessions, so not expected there.
    in.enrolments << enrol("D", "P6");
    marks(in, "P6", {{"S5", A}, {"S1", A}, {"S4", A}, {"S3", A}});

    // A threshold of 0 leaves the rate out: no rate is below 0.
    const QList<AttendanceAlert> alerts = AttendanceAlerts::ofCohort(in, QStringLiteral("C"), 0.0);
    REQUIRE(refsOf(alerts) == QStringList{QStringLiteral("P1")});
    const AttendanceAlert& p1 = alerts.first();
    CHECK(p1.absencesInARow == 3);
    CHECK(p1.runEnd == QDate(2025, 3, 5));
    CHECK(p1.tooManyAbsences);
    CHECK_FALSE(p1.lowRate);
    REQUIRE(p1.rate.has_value());
    CHECK(*p1.rate == Approx(0.25));

    // Cohort D has no session: nothing to alert about. An unknown cohort: nothing.
    CHECK(AttendanceAlerts::ofCohort(in, QStringLiteral("D"), 0.0).isEmpty());
    CHECK(AttendanceAlerts::ofCohort(in, QStringLiteral("NOPE"), 0.0).isEmpty());
}

TEST_CASE("a rate strictly below the threshold raises an alert, unmarked pairs left out", "[alerts]")
{
    IndicatorInput in = week();
    // Q1: S5 P, S1 L, S4 E, S3 P, S6 P: (3 + 1) / 5 = 0.8, not below 0.8.
    in.enrolments << enrol("C", "Q1");
    marks(in, "Q1", {{"S5", P}, {"S1", L}, {"S4", E}, {"S3", P}, {"S6", P}});
    // Q2: S5 P, S1 A, S4 E, S3 P, S6 unmarked: 2 / 4 = 0.5.
    in.enrolments << enrol("C", "Q2");
    marks(in, "Q2", {{"S5", P}, {"S1", A}, {"S4", E}, {"S3", P}});
    // Q3: nothing marked: no rate, no alert.
    in.enrolments << enrol("C", "Q3");
    // Q4: absent only at the cancelled and the planned session, present at the five held: 1.0.
    in.enrolments << enrol("C", "Q4");
    marks(in, "Q4", {{"S2", A}, {"S7", A}, {"S5", P}, {"S1", P}, {"S4", P}, {"S3", P}, {"S6", P}});

    SECTION("80 %")
    {
        const QList<AttendanceAlert> alerts = AttendanceAlerts::ofCohort(in, QStringLiteral("C"), 0.8);
        REQUIRE(refsOf(alerts) == QStringList{QStringLiteral("Q2")});
        CHECK(alerts.first().lowRate);
        CHECK_FALSE(alerts.first().tooManyAbsences);
        CHECK(alerts.first().absencesInARow == 1);
        REQUIRE(alerts.first().rate.has_value());
        CHECK(*alerts.first().rate == Approx(0.5));
    }
    SECTION("81 %: 0.8 is now below")
    {
        const QList<AttendanceAlert> alerts = AttendanceAlerts::ofCohort(in, QStringLiteral("C"), 0.81);
        CHECK(refsOf(alerts) == QStringList{QStringLiteral("Q1"), QStringLiteral("Q2")});
        CHECK(*alerts.first().rate == Approx(0.8));
    }
}
