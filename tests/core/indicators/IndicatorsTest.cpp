// SPDX-License-Identifier: GPL-3.0-or-later
// Each rule of indicators.md on a small hand-built input; the expected numbers are worked out
// by hand in the comments, never read from the program.
#include "CatchQt.h"
#include "IndicatorBuilders.h"

#include "core/indicators/Indicators.h"

using namespace parcours;
using namespace parcours::test;

namespace {

IndicatorFigures figuresOf(const IndicatorInput& in, const char* ref)
{
    auto f = Indicators::ofCohort(in, QLatin1String(ref));
    REQUIRE(f.has_value());
    return *f;
}

/// Two weeks, Monday 3 to Friday 14 March 2025.
IndicatorInput twoWeeks()
{
    IndicatorInput in;
    in.cohorts << cohort("C", "2025-03-03", "2025-03-14");
    return in;
}

QStringList weekLabels(const IndicatorFigures& f)
{
    QStringList out;
    for (const auto& w : f.weeksOffTarget)
        out << w.cohortRef + QLatin1Char(' ') + w.label();
    return out;
}

/// A standard week of sessions from `monday`: FLE 4 x 3 h, English 2 h, soft skills 2 h.
void addOnTargetWeek(IndicatorInput& in, const char* cohortRef, const QDate& monday)
{
    for (int day = 0; day < 4; ++day) {
        const QByteArray ref = QByteArray(cohortRef) + "-" + monday.toString(Qt::ISODate).toLatin1() + "-f" + QByteArray::number(day);
        Session s = session(ref.constData(), cohortRef, Module::Fle, "", "09:00", "12:00");
        s.date = monday.addDays(day);
        in.sessions << s;
    }
    Session en = session("", cohortRef, Module::English, "", "14:00", "16:00", SessionStatus::Planned);
    en.ref = QLatin1String(cohortRef) + QStringLiteral("-en-") + monday.toString(Qt::ISODate);
    en.date = monday.addDays(3);
    Session ss = session("", cohortRef, Module::SoftSkills, "", "14:00", "16:00");
    ss.ref = QLatin1String(cohortRef) + QStringLiteral("-ss-") + monday.toString(Qt::ISODate);
    ss.date = monday.addDays(4);
    in.sessions << en << ss;
}

} // namespace

TEST_CASE("an unknown cohort ref is reported as not found", "[indicators]")
{
    const auto f = Indicators::ofCohort(twoWeeks(), QStringLiteral("NOPE"));
    REQUIRE_FALSE(f.has_value());
    CHECK(f.error().code == ErrorCode::NotFound);
}

TEST_CASE("enrolled counts every enrolment, completed and withdrawn by status", "[indicators]")
{
    IndicatorInput in = twoWeeks();
    in.enrolments << enrol("C", "P1", EnrolmentStatus::Completed)
                  << enrol("C", "P2", EnrolmentStatus::Completed)
                  << enrol("C", "P3", EnrolmentStatus::Withdrawn, "", "2025-03-05")
                  << enrol("C", "P4", EnrolmentStatus::Enrolled)
                  << enrol("D", "P5", EnrolmentStatus::Completed); // another cohort
    const auto f = figuresOf(in, "C");
    CHECK(f.cohorts == QStringList{QStringLiteral("C")});
    CHECK(f.enrolled == 4);
    CHECK(f.completed == 2);
    CHECK(f.withdrawn == 1);
}

TEST_CASE("planned hours count planned and held sessions, delivered hours held only", "[indicators]")
{
    IndicatorInput in = twoWeeks();
    in.sessions << session("F1", "C", Module::Fle, "2025-03-03", "09:00", "12:00", SessionStatus::Held)
                << session("F2", "C", Module::Fle, "2025-03-04", "09:00", "10:30", SessionStatus::Planned)
                << session("F3", "C", Module::Fle, "2025-03-05", "09:00", "12:00", SessionStatus::Cancelled)
                << session("E1", "C", Module::English, "2025-03-06", "14:00", "16:00", SessionStatus::Held)
                << session("S1", "C", Module::SoftSkills, "2025-03-07", "14:00", "16:00", SessionStatus::Planned)
                << session("J1", "C", Module::ProfessionalDay, "2025-03-11", "09:00", "16:00", SessionStatus::Held)
                << session("O1", "C", Module::Other, "2025-03-12", "09:00", "10:00", SessionStatus::Cancelled)
                << session("X1", "D", Module::Fle, "2025-03-03", "09:00", "12:00", SessionStatus::Held);
    const auto f = figuresOf(in, "C");
    // fle: planned 3 + 1.5 = 4.5, delivered 3 (F3 cancelled, X1 of cohort D)
    CHECK(f.hoursOf(Module::Fle).planned == Approx(4.5));
    CHECK(f.hoursOf(Module::Fle).delivered == Approx(3.0));
    CHECK(f.hoursOf(Module::English).planned == Approx(2.0));
    CHECK(f.hoursOf(Module::English).delivered == Approx(2.0));
    CHECK(f.hoursOf(Module::SoftSkills).planned == Approx(2.0));
    CHECK(f.hoursOf(Module::SoftSkills).delivered == 0.0);
    CHECK(f.hoursOf(Module::ProfessionalDay).planned == Approx(7.0));
    CHECK(f.hoursOf(Module::ProfessionalDay).delivered == Approx(7.0));
    CHECK(f.hoursOf(Module::Other).planned == 0.0);
    CHECK(f.hoursOf(Module::Other).delivered == 0.0);
}

TEST_CASE("a late mark attends the session minus its minutes late and counts in the rate", "[indicators][attendance]")
{
    IndicatorInput in = twoWeeks();
    in.enrolments << enrol("C", "P1") << enrol("C", "P2");
    in.sessions << session("S1", "C", Module::Fle, "2025-03-03", "09:00", "12:00")
                << session("S2", "C", Module::Fle, "2025-03-04", "09:00", "12:00");
    in.attendance << mark("S1", "P1", AttendanceStatus::Late, 20)
                  << mark("S2", "P1", AttendanceStatus::Late, 200) // later than the session lasts
                  << mark("S1", "P2", AttendanceStatus::Present)
                  << mark("S2", "P2", AttendanceStatus::Absent);
    const auto f = figuresOf(in, "C");
    CHECK(f.attendanceAll.present == 1);
    CHECK(f.attendanceAll.late == 2);
    CHECK(f.attendanceAll.absent == 1);
    // (1 + 2) / (1 + 2 + 0 + 1) = 0.75
    REQUIRE(f.attendanceAll.rate());
    CHECK(*f.attendanceAll.rate() == Approx(0.75));
    // P1: (180 - 20) + max(0, 180 - 200) = 160 min; P2: 180 min; 340 min = 5.6667 h
    CHECK(f.attendedHours == Approx(340.0 / 60));
    // 340 / 60 / 2 enrolled = 2.8333 h
    REQUIRE(f.attendedHoursAvg());
    CHECK(*f.attendedHoursAvg() == Approx(340.0 / 120));
}

TEST_CASE("an excused absence is in the rate's denominator and attends nothing", "[indicators][attendance]")
{
    IndicatorInput in = twoWeeks();
    in.enrolments << enrol("C", "P1") << enrol("C", "P2");
    in.sessions << session("S1", "C", Module::English, "2025-03-03", "14:00", "16:00")
                << session("S2", "C", Module::English, "2025-03-04", "14:00", "16:00");
    in.attendance << mark("S1", "P1", AttendanceStatus::Excused)
                  << mark("S1", "P2", AttendanceStatus::Present)
                  << mark("S2", "P1", AttendanceStatus::Present)
                  << mark("S2", "P2", AttendanceStatus::Excused);
    const auto f = figuresOf(in, "C");
    const auto& en = f.attendanceOf(Module::English);
    CHECK(en.present == 2);
    CHECK(en.excused == 2);
    // 2 / (2 + 2) = 0.5
    CHECK(*en.rate() == Approx(0.5));
    // two present marks of 2 h = 4 h, over 2 enrolled = 2 h
    CHECK(f.attendedHours == Approx(4.0));
    CHECK(*f.attendedHoursAvg() == Approx(2.0));
    // nothing held in other modules: null rates, not 0
    CHECK_FALSE(f.attendanceOf(Module::Fle).rate().has_value());
}

TEST_CASE("unmarked expected pairs are counted but left out of the rate", "[indicators][attendance]")
{
    IndicatorInput in = twoWeeks();
    in.enrolments << enrol("C", "P1") << enrol("C", "P2");
    in.sessions << session("S1", "C", Module::Fle, "2025-03-03", "09:00", "12:00")
                << session("S2", "C", Module::SoftSkills, "2025-03-04", "14:00", "16:00");
    in.attendance << mark("S1", "P1", AttendanceStatus::Present);
    const auto f = figuresOf(in, "C");
    // expected pairs: S1 x {P1, P2}, S2 x {P1, P2}; only S1/P1 marked
    CHECK(f.attendanceAll.unmarked == 3);
    CHECK(f.attendanceAll.present == 1);
    // 1 / 1: unmarked pairs are not absences
    CHECK(*f.attendanceAll.rate() == Approx(1.0));
    CHECK(f.attendanceOf(Module::SoftSkills).unmarked == 2);
    // nothing marked in soft skills: null, not 0
    CHECK_FALSE(f.attendanceOf(Module::SoftSkills).rate().has_value());
}

TEST_CASE("marks outside the enrolment dates, on sessions not held or of others are not counted", "[indicators][attendance]")
{
    IndicatorInput in = twoWeeks();
    in.enrolments << enrol("C", "P1", EnrolmentStatus::Enrolled, "2025-03-05")                   // arrives on the 5th
                  << enrol("C", "P2", EnrolmentStatus::Withdrawn, "", "2025-03-05")             // from the cohort start, leaves on the 5th
                  << enrol("D", "P3");                                                          // another cohort
    in.sessions << session("S1", "C", Module::Fle, "2025-03-03", "09:00", "10:00")
                << session("S2", "C", Module::Fle, "2025-03-05", "09:00", "10:00")
                << session("S3", "C", Module::Fle, "2025-03-07", "09:00", "10:00")
                << session("S4", "C", Module::Fle, "2025-03-06", "09:00", "10:00", SessionStatus::Cancelled)
                << session("S5", "C", Module::Fle, "2025-03-10", "09:00", "10:00", SessionStatus::Planned)
                << session("S6", "C", Module::Fle, "2025-02-28", "09:00", "10:00"); // before the cohort start
    // Expected pairs (held, enrolment covers the date, both ends inclusive):
    //   S1 (3rd): P2 only (P1 arrives on the 5th)
    //   S2 (5th): P1 and P2
    //   S3 (7th): P1 only (P2 left on the 5th)
    //   S6 (28 Feb): nobody (P2's empty enrolled_on means the cohort start, 3 March)
    // Expected pairs are marked present; every other mark says absent, so that counting one
    // of them would show.
    in.attendance << mark("S1", "P2", AttendanceStatus::Present)
                  << mark("S2", "P1", AttendanceStatus::Present)
                  << mark("S2", "P2", AttendanceStatus::Present)
                  << mark("S3", "P1", AttendanceStatus::Present)
                  << mark("S1", "P1", AttendanceStatus::Absent)
                  << mark("S3", "P2", AttendanceStatus::Absent)
                  << mark("S4", "P1", AttendanceStatus::Absent)
                  << mark("S4", "P2", AttendanceStatus::Absent)
                  << mark("S5", "P1", AttendanceStatus::Absent)
                  << mark("S6", "P1", AttendanceStatus::Absent)
                  << mark("S6", "P2", AttendanceStatus::Absent)
                  << mark("S1", "P3", AttendanceStatus::Absent);
    const auto f = figuresOf(in, "C");
    CHECK(f.attendanceAll.present == 4);
    CHECK(f.attendanceAll.absent == 0);
    CHECK(f.attendanceAll.unmarked == 0);
    CHECK(*f.attendanceAll.rate() == Approx(1.0));
    // 4 present pairs of 1 h, over 2 enrolled
    CHECK(f.attendedHours == Approx(4.0));
    CHECK(*f.attendedHoursAvg() == Approx(2.0));
}

TEST_CASE("a cohort with nobody enrolled has null averages and rates", "[indicators]")
{
    const auto f = figuresOf(twoWeeks(), "C");
    CHECK(f.enrolled == 0);
    CHECK_FALSE(f.attendedHoursAvg().has_value());
    CHECK_FALSE(f.mentorCoverage().has_value());
    CHECK_FALSE(f.attendanceAll.rate().has_value());
    CHECK_FALSE(f.exitsAt(Milestone::M6).dynamicExitRate().has_value());
}

TEST_CASE("proposed pairings are never counted", "[indicators][pairings]")
{
    IndicatorInput in = twoWeeks();
    in.enrolments << enrol("C", "P1") << enrol("C", "P2");
    in.pairings << pairing("P1", "V1", PairingRole::Mentor, PairingStatus::Proposed)
                << pairing("P1", "V2", PairingRole::Coach, PairingStatus::Active)
                << pairing("P2", "V3", PairingRole::Mentor, PairingStatus::Ended)
                << pairing("P2", "V4", PairingRole::Coach, PairingStatus::Proposed);
    const auto f = figuresOf(in, "C");
    CHECK(f.pairings.withMentor == 1); // P2 (ended counts)
    CHECK(f.pairings.withCoach == 1);  // P1
    CHECK(f.pairings.withBoth == 0);
    CHECK(f.pairings.volunteersInvolved == 2); // V2, V3; not V1, V4
    CHECK(*f.mentorCoverage() == Approx(0.5));
    CHECK(*f.trioCoverage() == Approx(0.0));
}

TEST_CASE("a pairing counts when its period overlaps the cohort's, ends included", "[indicators][pairings]")
{
    IndicatorInput in = twoWeeks(); // 2025-03-03 .. 2025-03-14
    for (const char* p : {"P1", "P2", "P3", "P4", "P5", "P6"})
        in.enrolments << enrol("C", p);
    in.pairings
        // P1: no dates, and one that ends on the cohort's first day: a trio
        << pairing("P1", "V1", PairingRole::Mentor)
        << pairing("P1", "V2", PairingRole::Coach, PairingStatus::Ended, "2025-01-01", "2025-03-03")
        // P2: starts on the cohort's last day: counts
        << pairing("P2", "V3", PairingRole::Coach, PairingStatus::Active, "2025-03-14")
        // P3: starts the day after the end, ended the day before the start: neither counts
        << pairing("P3", "V4", PairingRole::Mentor, PairingStatus::Active, "2025-03-15")
        << pairing("P3", "V5", PairingRole::Coach, PairingStatus::Ended, "2025-01-01", "2025-03-02")
        // P4: a period around the cohort's
        << pairing("P4", "V1", PairingRole::Mentor, PairingStatus::Ended, "2025-02-01", "2025-06-30")
        // P5: tied to another cohort, but overlapping: the spec looks at status and period only
        << pairing("P5", "V1", PairingRole::Mentor, PairingStatus::Active, "", "", "OTHER")
        // P9 is not enrolled in C
        << pairing("P9", "V8", PairingRole::Mentor);
    const auto f = figuresOf(in, "C");
    CHECK(f.pairings.withMentor == 3); // P1, P4, P5
    CHECK(f.pairings.withCoach == 2);  // P1, P2
    CHECK(f.pairings.withBoth == 1);   // P1
    // 3/6, 2/6, 1/6
    CHECK(*f.mentorCoverage() == Approx(0.5));
    CHECK(*f.coachCoverage() == Approx(1.0 / 3));
    CHECK(*f.trioCoverage() == Approx(1.0 / 6));
    // distinct volunteers of counting pairings: V1 (three times), V2, V3
    CHECK(f.pairings.volunteersInvolved == 3);
}

TEST_CASE("volunteers involved adds volunteer trainers who led a held session", "[indicators][pairings]")
{
    IndicatorInput in = twoWeeks();
    in.enrolments << enrol("C", "P1");
    in.pairings << pairing("P1", "V1", PairingRole::Mentor);
    in.trainerKinds.insert(QStringLiteral("T1"), TrainerKind::Volunteer);
    in.trainerKinds.insert(QStringLiteral("T2"), TrainerKind::Staff);
    in.trainerKinds.insert(QStringLiteral("T3"), TrainerKind::Volunteer);
    in.trainerKinds.insert(QStringLiteral("T4"), TrainerKind::External);
    in.trainerKinds.insert(QStringLiteral("T5"), TrainerKind::Volunteer);
    in.sessions << session("S1", "C", Module::English, "2025-03-03", "14:00", "16:00", SessionStatus::Held, "T1")
                << session("S2", "C", Module::English, "2025-03-10", "14:00", "16:00", SessionStatus::Held, "T1")
                << session("S3", "C", Module::Fle, "2025-03-04", "09:00", "12:00", SessionStatus::Held, "T2")
                << session("S4", "C", Module::SoftSkills, "2025-03-13", "14:00", "16:00", SessionStatus::Planned, "T3")
                << session("S5", "C", Module::ProfessionalDay, "2025-03-05", "09:00", "16:00", SessionStatus::Held, "T4")
                << session("S6", "D", Module::English, "2025-03-05", "14:00", "16:00", SessionStatus::Held, "T5");
    const auto f = figuresOf(in, "C");
    // V1, plus T1 (twice, counted once); not T2 (staff), T3 (not held), T4 (external), T5 (cohort D)
    CHECK(f.pairings.volunteersInvolved == 2);
}

TEST_CASE("french progression averages exit minus entry over enrolments with both levels", "[indicators][french]")
{
    IndicatorInput in = twoWeeks();
    in.enrolments << enrol("C", "P1", EnrolmentStatus::Completed, "", "", CefrLevel::B1)
                  << enrol("C", "P2", EnrolmentStatus::Completed, "", "", CefrLevel::A1)
                  << enrol("C", "P3", EnrolmentStatus::Completed, "", "", CefrLevel::A2)
                  << enrol("C", "P4", EnrolmentStatus::Completed, "", "", CefrLevel::A2)
                  << enrol("C", "P5", EnrolmentStatus::Completed)                              // no exit level
                  << enrol("C", "P6", EnrolmentStatus::Completed, "", "", CefrLevel::B1)      // no entry level
                  << enrol("C", "P7", EnrolmentStatus::Withdrawn, "", "2025-03-10", CefrLevel::A1);
    in.entryLevels.insert(QStringLiteral("P1"), CefrLevel::A1);
    in.entryLevels.insert(QStringLiteral("P2"), CefrLevel::A0);
    in.entryLevels.insert(QStringLiteral("P3"), CefrLevel::A2);
    in.entryLevels.insert(QStringLiteral("P4"), CefrLevel::B1);
    in.entryLevels.insert(QStringLiteral("P5"), CefrLevel::A1);
    in.entryLevels.insert(QStringLiteral("P7"), CefrLevel::A0);
    const auto f = figuresOf(in, "C");
    // P1 A1->B1 +2, P2 A0->A1 +1, P3 A2->A2 0, P4 B1->A2 -1, P7 A0->A1 +1: 3 / 5 = 0.6
    CHECK(f.french.assessed == 5);
    CHECK(f.french.levelsGained == 3);
    REQUIRE(f.french.levelsGainedAvg());
    CHECK(*f.french.levelsGainedAvg() == Approx(0.6));
    CHECK(f.french.gainedOneLevelOrMore == 3); // P1, P2, P7
}

TEST_CASE("withdrawn and still enrolled participants are out of the exit population", "[indicators][exits]")
{
    IndicatorInput in = twoWeeks();
    in.enrolments << enrol("C", "P1", EnrolmentStatus::Completed)
                  << enrol("C", "P2", EnrolmentStatus::Withdrawn, "", "2025-03-05")
                  << enrol("C", "P3", EnrolmentStatus::Enrolled);
    in.outcomes << outcome("P1", "C", Milestone::M6, Situation::Cdi, "2025-09-15")
                << outcome("P2", "C", Milestone::M6, Situation::Cdi, "2025-09-15")
                << outcome("P3", "C", Milestone::M6, Situation::Cdi, "2025-09-15")
                << outcome("P1", "D", Milestone::M3, Situation::Cdi, "2025-06-15"); // another cohort's
    const auto f = figuresOf(in, "C");
    const auto& m6 = f.exitsAt(Milestone::M6);
    CHECK(m6.completed == 1);
    CHECK(m6.durable == 1);
    CHECK(m6.dynamic() == 1);
    CHECK(m6.permanent == 1);
    CHECK(*m6.dynamicExitRate() == Approx(1.0)); // 1 / 1, not 3 / 3 nor 1 / 3
    // m3: P1's outcome belongs to cohort D
    const auto& m3 = f.exitsAt(Milestone::M3);
    CHECK(m3.unknown == 1);
    CHECK(m3.dynamic() == 0);
    CHECK(*m3.dynamicExitRate() == Approx(0.0));
    CHECK_FALSE(m3.permanentShare().has_value());
    CHECK_FALSE(m3.durableShare().has_value());
}

TEST_CASE("the latest recorded outcome of a milestone is the one that counts", "[indicators][exits]")
{
    IndicatorInput in = twoWeeks();
    for (const char* p : {"P1", "P2", "P3", "P4", "P5"})
        in.enrolments << enrol("C", p, EnrolmentStatus::Completed);
    in.outcomes
        // P1: a job then looking for work again: other
        << outcome("P1", "C", Milestone::M6, Situation::JobSeeking, "2025-09-20")
        << outcome("P1", "C", Milestone::M6, Situation::Cdi, "2025-09-01")
        // P2: looking, then a fixed-term contract of 6 months: durable
        << outcome("P2", "C", Milestone::M6, Situation::JobSeeking, "2025-09-01")
        << outcome("P2", "C", Milestone::M6, Situation::Cdd6mPlus, "2025-10-01")
        // P3: a job, then no news: unknown
        << outcome("P3", "C", Milestone::M6, Situation::Cdi, "2025-09-01")
        << outcome("P3", "C", Milestone::M6, Situation::Unknown, "2025-10-01")
        // P4: an undated record is older than a dated one: other
        << outcome("P4", "C", Milestone::M6, Situation::Inactive, "2025-09-01")
        << outcome("P4", "C", Milestone::M6, Situation::QualifyingTraining)
        // P5: transition at m6, a CDI at m12 that must not leak into m6
        << outcome("P5", "C", Milestone::M6, Situation::InterimUnder6m, "2025-09-01")
        << outcome("P5", "C", Milestone::M12, Situation::Cdi, "2026-03-01");
    const auto f = figuresOf(in, "C");
    const auto& m6 = f.exitsAt(Milestone::M6);
    CHECK(m6.completed == 5);
    CHECK(m6.durable == 1);    // P2
    CHECK(m6.transition == 1); // P5
    CHECK(m6.positive == 0);
    CHECK(m6.other == 2);      // P1, P4
    CHECK(m6.unknown == 1);    // P3
    CHECK(m6.permanent == 0);
    CHECK(m6.dynamic() == 2);
    CHECK(*m6.dynamicExitRate() == Approx(0.4));  // 2 / 5
    CHECK(*m6.permanentShare() == Approx(0.0));   // 0 / 2
    CHECK(*m6.durableShare() == Approx(0.5));     // 1 / 2
    const auto& m12 = f.exitsAt(Milestone::M12);
    CHECK(m12.durable == 1);
    CHECK(m12.unknown == 4);
    CHECK(*m12.dynamicExitRate() == Approx(0.2)); // 1 / 5
    CHECK(*m12.permanentShare() == Approx(1.0));  // 1 / 1
}

TEST_CASE("participants with no known situation stay in the exit rate's denominator", "[indicators][exits]")
{
    IndicatorInput in = twoWeeks();
    for (const char* p : {"P1", "P2", "P3", "P4", "P5", "P6"})
        in.enrolments << enrol("C", p, EnrolmentStatus::Completed);
    in.outcomes << outcome("P1", "C", Milestone::Exit, Situation::Cdi, "2025-03-14")
                << outcome("P2", "C", Milestone::Exit, Situation::CddUnder6m, "2025-03-14")
                << outcome("P4", "C", Milestone::Exit, Situation::Unknown, "2025-03-14")
                << outcome("P5", "C", Milestone::Exit, Situation::QualifyingTraining, "2025-03-14")
                << outcome("P6", "C", Milestone::Exit, Situation::OtherTraining, "2025-03-14");
    const auto f = figuresOf(in, "C");
    const auto& x = f.exitsAt(Milestone::Exit);
    CHECK(x.durable == 1);    // P1
    CHECK(x.transition == 1); // P2
    CHECK(x.positive == 1);   // P5
    CHECK(x.dynamic() == 3);
    CHECK(x.unknown == 2);    // P3 (nothing recorded), P4 (recorded unknown)
    CHECK(x.other == 1);      // P6
    CHECK(*x.dynamicExitRate() == Approx(0.5));    // 3 / 6
    CHECK(*x.permanentShare() == Approx(1.0 / 3)); // 1 / 3
    CHECK(*x.durableShare() == Approx(1.0 / 3));   // 1 / 3
}

TEST_CASE("a week is off target outside 12 to 15 h of FLE or off 2 h of English or soft skills", "[indicators][weeks]")
{
    IndicatorInput in;
    in.cohorts << cohort("C", "2025-03-03", "2025-04-11"); // Monday W10 to Friday W15
    const QDate w10 = d("2025-03-03");
    // W10: the standard week (FLE 12 h held, English 2 h planned, soft skills 2 h held): on target
    addOnTargetWeek(in, "C", w10);
    // W11: standard + 3 h of FLE planned = 15 h, and a cancelled FLE session that adds nothing
    addOnTargetWeek(in, "C", w10.addDays(7));
    in.sessions << session("W11-x", "C", Module::Fle, "2025-03-14", "09:00", "12:00", SessionStatus::Planned)
                << session("W11-c", "C", Module::Fle, "2025-03-14", "13:00", "16:00", SessionStatus::Cancelled);
    // W12: 15.5 h of FLE: off
    addOnTargetWeek(in, "C", w10.addDays(14));
    in.sessions << session("W12-x", "C", Module::Fle, "2025-03-21", "09:00", "12:30");
    // W13: English 2.5 h: off
    addOnTargetWeek(in, "C", w10.addDays(21));
    in.sessions << session("W13-x", "C", Module::English, "2025-03-28", "09:00", "09:30");
    // W14: soft skills 1.5 h: off (a 2 h session cancelled, a 1.5 h one held)
    addOnTargetWeek(in, "C", w10.addDays(28));
    for (Session& s : in.sessions)
        if (s.module == Module::SoftSkills && s.date == d("2025-04-04"))
            s.status = SessionStatus::Cancelled;
    in.sessions << session("W14-x", "C", Module::SoftSkills, "2025-04-04", "09:00", "10:30");
    // W15: FLE 11.5 h: off
    addOnTargetWeek(in, "C", w10.addDays(35));
    for (Session& s : in.sessions)
        if (s.module == Module::Fle && s.date == d("2025-04-07"))
            s.end = QTime(11, 30);
    const auto f = figuresOf(in, "C");
    CHECK(weekLabels(f) == (QStringList{QStringLiteral("C 2025-W12"), QStringLiteral("C 2025-W13"),
                                        QStringLiteral("C 2025-W14"), QStringLiteral("C 2025-W15")}));
}

TEST_CASE("the weekly targets are the cohort's own", "[indicators][weeks]")
{
    IndicatorInput in;
    Cohort c = cohort("C", "2025-03-03", "2025-03-07");
    c.fleHoursMin = 6;
    c.fleHoursMax = 6;
    c.englishHours = 1.5;
    c.softSkillsHours = 0;
    in.cohorts << c;
    in.sessions << session("F1", "C", Module::Fle, "2025-03-03", "09:00", "12:00")
                << session("F2", "C", Module::Fle, "2025-03-04", "09:00", "12:00")
                << session("E1", "C", Module::English, "2025-03-05", "09:00", "10:30");
    // 6 h of FLE, 1.5 h of English, no soft skills: on target
    CHECK(figuresOf(in, "C").weeksOffTarget.isEmpty());
    in.sessions << session("S1", "C", Module::SoftSkills, "2025-03-06", "09:00", "10:00");
    // 1 h of soft skills where the target is 0
    CHECK(weekLabels(figuresOf(in, "C")) == QStringList{QStringLiteral("C 2025-W10")});
}

TEST_CASE("a cut first or last week is never off target, a full one is", "[indicators][weeks]")
{
    // No sessions at all: every week that is checked is off target.
    SECTION("Wednesday to Tuesday: first and last weeks cut, middle weeks checked")
    {
        IndicatorInput in;
        in.cohorts << cohort("C", "2025-03-05", "2025-03-25");
        addOnTargetWeek(in, "C", d("2025-03-10")); // W11 on target
        // W10 (Mon 3rd before the start) and W13 (Fri 28th after the end) are cut; W12 is empty
        CHECK(weekLabels(figuresOf(in, "C")) == QStringList{QStringLiteral("C 2025-W12")});
    }
    SECTION("Monday to Friday: first and last weeks are full")
    {
        IndicatorInput in;
        in.cohorts << cohort("C", "2025-03-03", "2025-03-14");
        CHECK(weekLabels(figuresOf(in, "C"))
              == (QStringList{QStringLiteral("C 2025-W10"), QStringLiteral("C 2025-W11")}));
    }
    SECTION("Monday to Thursday: the last week lacks its Friday")
    {
        IndicatorInput in;
        in.cohorts << cohort("C", "2025-03-03", "2025-03-13");
        CHECK(weekLabels(figuresOf(in, "C")) == QStringList{QStringLiteral("C 2025-W10")});
    }
    SECTION("Tuesday to Sunday: the first week lacks its Monday, the last is full")
    {
        IndicatorInput in;
        in.cohorts << cohort("C", "2025-03-04", "2025-03-16");
        CHECK(weekLabels(figuresOf(in, "C")) == QStringList{QStringLiteral("C 2025-W11")});
    }
    SECTION("a one-week cohort from Monday to Friday is checked")
    {
        IndicatorInput in;
        in.cohorts << cohort("C", "2025-03-03", "2025-03-07");
        CHECK(weekLabels(figuresOf(in, "C")) == QStringList{QStringLiteral("C 2025-W10")});
    }
    SECTION("ISO weeks carry the ISO year across the new year")
    {
        IndicatorInput in;
        in.cohorts << cohort("C", "2024-12-23", "2025-01-03");
        CHECK(weekLabels(figuresOf(in, "C"))
              == (QStringList{QStringLiteral("C 2024-W52"), QStringLiteral("C 2025-W01")}));
    }
}

TEST_CASE("a period sums the cohorts ending in it and recomputes rates from the sums", "[indicators][period]")
{
    IndicatorInput in;
    // Input order differs from ref order on purpose.
    in.cohorts << cohort("B", "2025-06-16", "2025-06-27")  // ends in the period
               << cohort("C", "2025-06-23", "2025-07-04")  // ends after it
               << cohort("A", "2025-03-03", "2025-03-14")  // ends in it
               << cohort("E", "2025-06-30", "2025-06-30")  // ends on its last day
               << cohort("F", "2025-01-01", "2025-01-01")  // ends on its first day
               << cohort("Z", "2024-12-16", "2024-12-31"); // ends the day before
    // A: one completed participant, present at 3 h of FLE, a CDI at 6 months
    in.enrolments << enrol("A", "P1", EnrolmentStatus::Completed);
    in.sessions << session("A1", "A", Module::Fle, "2025-03-03", "09:00", "12:00");
    in.attendance << mark("A1", "P1", AttendanceStatus::Present);
    in.outcomes << outcome("P1", "A", Milestone::M6, Situation::Cdi, "2025-09-15");
    // B: three completed, one present of three at 3 h of FLE, one short contract at 6 months
    in.enrolments << enrol("B", "P2", EnrolmentStatus::Completed)
                  << enrol("B", "P3", EnrolmentStatus::Completed)
                  << enrol("B", "P4", EnrolmentStatus::Completed);
    in.sessions << session("B1", "B", Module::Fle, "2025-06-16", "09:00", "12:00");
    in.attendance << mark("B1", "P2", AttendanceStatus::Present)
                  << mark("B1", "P3", AttendanceStatus::Absent)
                  << mark("B1", "P4", AttendanceStatus::Absent);
    in.outcomes << outcome("P2", "B", Milestone::M6, Situation::CddUnder6m, "2025-12-27");
    // C (outside): would change every figure if counted
    in.enrolments << enrol("C", "P5", EnrolmentStatus::Completed);
    in.sessions << session("C1", "C", Module::Fle, "2025-06-23", "09:00", "12:00");
    in.attendance << mark("C1", "P5", AttendanceStatus::Absent);
    in.outcomes << outcome("P5", "C", Milestone::M6, Situation::Cdi, "2026-01-04");

    const auto f = Indicators::ofPeriod(in, d("2025-01-01"), d("2025-06-30"));
    REQUIRE(f.has_value());
    CHECK(f->cohorts == (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("E"),
                                     QStringLiteral("F")}));
    CHECK(f->enrolled == 4);
    CHECK(f->completed == 4);
    CHECK(f->hoursOf(Module::Fle).delivered == Approx(6.0)); // 3 + 3
    // attendance: A 1/1, B 1/3; summed 2/4 = 0.5 (the mean of the rates would be 0.6667)
    CHECK(f->attendanceAll.present == 2);
    CHECK(f->attendanceAll.absent == 2);
    CHECK(*f->attendanceAll.rate() == Approx(0.5));
    // attended hours: 3 + 3 = 6 over 4 enrolled = 1.5 (the mean of 3.0 and 1.0 would be 2.0)
    CHECK(*f->attendedHoursAvg() == Approx(1.5));
    // m6: dynamic 2 (A's CDI, B's CDD) of 4 completed = 0.5 (the mean of 1.0 and 0.3333: 0.6667)
    const auto& m6 = f->exitsAt(Milestone::M6);
    CHECK(m6.durable == 1);
    CHECK(m6.transition == 1);
    CHECK(m6.unknown == 2);
    CHECK(*m6.dynamicExitRate() == Approx(0.5));
    CHECK(*m6.permanentShare() == Approx(0.5)); // 1 / 2
    // weeks: by cohort in ref order; A W10 (3 h FLE) and W11 (empty), B W25 and W26;
    // E (one Monday) and F (one Wednesday) have no full week
    CHECK(weekLabels(*f) == (QStringList{QStringLiteral("A 2025-W10"), QStringLiteral("A 2025-W11"),
                                         QStringLiteral("B 2025-W25"), QStringLiteral("B 2025-W26")}));
}

TEST_CASE("a period with no cohort has zero counts and null rates", "[indicators][period]")
{
    IndicatorInput in;
    in.cohorts << cohort("A", "2025-03-03", "2025-03-14");
    const auto f = Indicators::ofPeriod(in, d("2026-01-01"), d("2026-12-31"));
    REQUIRE(f.has_value());
    CHECK(f->cohorts.isEmpty());
    CHECK(f->enrolled == 0);
    CHECK(f->weeksOffTarget.isEmpty());
    CHECK_FALSE(f->attendanceAll.rate().has_value());
    CHECK_FALSE(f->attendedHoursAvg().has_value());
}

TEST_CASE("a period whose end is before its start is a usage error", "[indicators][period]")
{
    const auto f = Indicators::ofPeriod(IndicatorInput{}, d("2025-06-30"), d("2025-01-01"));
    REQUIRE_FALSE(f.has_value());
    CHECK(f.error().code == ErrorCode::Usage);
    CHECK_FALSE(Indicators::ofPeriod(IndicatorInput{}, QDate(), d("2025-01-01")).has_value());
}
