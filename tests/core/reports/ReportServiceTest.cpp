// SPDX-License-Identifier: GPL-3.0-or-later
// ReportService on the fixture of ReportFixture.cpp, a real file. Expected figures computed by
// hand from indicators.md, the arithmetic beside them.
#include "CatchQt.h"
#include "ReportFixture.h"
#include "TestDatabase.h"

#include "core/indicators/IndicatorsJson.h"
#include "core/reports/ReportService.h"
#include "core/services/DemoGenerator.h"
#include "core/services/IndicatorService.h"
#include "core/storage/StatementCache.h"

using namespace parcours;
using namespace parcours::test;

namespace {

const QDate kFrom(2025, 1, 1);
const QDate kTo(2025, 3, 31);

// Today for the data-quality checks: after the m6 follow-ups of A-2025 (due 2025-07-17), before
// its m12 ones (due 2026-01-17).
const FixedClock kAugust(QDateTime(QDate(2025, 8, 1), QTime(10, 0)));

} // namespace

TEST_CASE("cohortsOfPeriod gives each cohort ending in the period, figures computed by hand", "[reports]")
{
    TestDatabase db;
    importReportFixture(db.db());
    const auto cohorts = ReportService(db.db()).cohortsOfPeriod(kFrom, kTo);
    REQUIRE(cohorts.has_value());
    REQUIRE(cohorts->size() == 2); // C-2025 ends in May
    const IndicatorFigures& a = (*cohorts)[0];
    const IndicatorFigures& b = (*cohorts)[1];
    CHECK(a.cohorts == QStringList{QStringLiteral("A-2025")});
    CHECK(b.cohorts == QStringList{QStringLiteral("B-2025")});

    // A: P1 P2 P4 completed, P3 withdrawn.
    CHECK(a.enrolled == 4);
    CHECK(a.completed == 3);
    CHECK(a.withdrawn == 1);
    // FLE: A1 A2 held (3 h each), A4 planned (3 h): planned 9, delivered 6. English A3 2 h held.
    // Soft skills A5 cancelled: 0.
    CHECK(a.hoursOf(Module::Fle).planned == 9.0);
    CHECK(a.hoursOf(Module::Fle).delivered == 6.0);
    CHECK(a.hoursOf(Module::English).delivered == 2.0);
    CHECK(a.hoursOf(Module::SoftSkills).planned == 0.0);
    // Expected pairs: A1 (06/01) P1-P4, A2 (07/01) P1-P4, A3 (09/01) P1 P2 P4 (P3 left on 08/01,
    // its mark at A3 is kept but not counted). present: A1 P1 P2, A2 P1 P3, A3 P2 P4 = 6;
    // late: A1 P3, A3 P1 = 2; excused A2 P2 = 1; absent A1 P4 = 1; unmarked A2 P4 = 1.
    CHECK(a.attendanceAll.present == 6);
    CHECK(a.attendanceAll.late == 2);
    CHECK(a.attendanceAll.excused == 1);
    CHECK(a.attendanceAll.absent == 1);
    CHECK(a.attendanceAll.unmarked == 1);
    // (6 + 2) / (6 + 2 + 1 + 1) = 0.8
    CHECK(*a.attendanceAll.rate() == Approx(0.8));
    // P1 3 + 3 + (2 - 1) = 7; P2 3 + 2 = 5; P3 (3 - 0.5) + 3 = 5.5; P4 2: 19.5 h.
    CHECK(a.attendedHours == Approx(19.5));
    // K1 mentor + K2 coach of P1, K3 coach of P2 (ended 10/01, overlaps), K4 proposed: no.
    CHECK(a.pairings.withMentor == 1);
    CHECK(a.pairings.withCoach == 2);
    CHECK(a.pairings.withBoth == 1);
    // V1, V2, and T2 (a volunteer trainer) who led A3: 3.
    CHECK(a.pairings.volunteersInvolved == 3);
    // P1 A1->A2 +1, P2 A1->A1 0, P4 A0->A2 +2: 3 assessed, 3 levels, 2 gained one or more.
    CHECK(a.french.assessed == 3);
    CHECK(a.french.levelsGained == 3);
    CHECK(a.french.gainedOneLevelOrMore == 2);
    // Exit: P1's latest (20/01) is qualifying_training (positive); P2 P4 unknown.
    const auto& exit = a.exitsAt(Milestone::Exit);
    CHECK(exit.positive == 1);
    CHECK(exit.transition == 0);
    CHECK(exit.unknown == 2);
    // m6: P1 cdi, P2 job_seeking (other), P4 unknown.
    const auto& m6 = a.exitsAt(Milestone::M6);
    CHECK(m6.durable == 1);
    CHECK(m6.permanent == 1);
    CHECK(m6.other == 1);
    CHECK(m6.unknown == 1);

    // B: P5 P6 P7 completed; B1 all present, B2 P5 present, P6 absent, P7 unmarked.
    CHECK(b.enrolled == 3);
    CHECK(b.completed == 3);
    CHECK(b.attendanceAll.present == 4);
    CHECK(b.attendanceAll.absent == 1);
    CHECK(b.attendanceAll.unmarked == 1);
    // P5 3 + 2, P6 3, P7 3 = 11 h.
    CHECK(b.attendedHours == Approx(11.0));
    CHECK(b.pairings.volunteersInvolved == 0); // T1 is staff
    CHECK(b.exitsAt(Milestone::M6).permanent == 3);
}

TEST_CASE("the cohorts of a period add up to IndicatorService's period", "[reports]")
{
    TestDatabase db;
    importReportFixture(db.db());
    addBulkCohort(db.db(), 5);
    const auto cohorts = ReportService(db.db()).cohortsOfPeriod(kFrom, kTo);
    REQUIRE(cohorts.has_value());
    REQUIRE(cohorts->size() == 3);
    IndicatorFigures sum;
    for (const IndicatorFigures& f : *cohorts)
        sum += f;
    const auto period = IndicatorService(db.db()).period(kFrom, kTo);
    REQUIRE(period.has_value());
    // Start-date order is ref order here (A, B, D), so even the lists compare equal.
    CHECK(IndicatorsJson::toJson(sum) == IndicatorsJson::toJson(*period));
    CHECK(sum.enrolled == 4 + 3 + 5);
}

TEST_CASE("a period's reads take the same number of queries whatever its rows", "[reports]")
{
    TestDatabase db;
    importReportFixture(db.db());
    const ReportService service(db.db(), kAugust);
    const auto queries = [&] {
        const quint64 before = db->statements().requests();
        REQUIRE(service.cohortsOfPeriod(kFrom, kTo).has_value());
        REQUIRE(service.weeklyAttendance(kFrom, kTo).has_value());
        REQUIRE(service.cohortReport(QStringLiteral("A-2025"), true).has_value());
        return db->statements().requests() - before;
    };
    const quint64 few = queries();
    addBulkCohort(db.db(), 40); // a cohort, 40 participants, 10 sessions, 400 marks more
    const quint64 many = queries();
    CHECK(many == few);
    // Three reads of at most eight statements, and the period's figures one more: whether the
    // file has the attendance totals it counts the marks from (MarkTotals.md).
    CHECK(few <= 3 * 8 + 1);
}

TEST_CASE("weekly attendance of a cohort and of a period", "[reports]")
{
    TestDatabase db;
    importReportFixture(db.db());
    const ReportService service(db.db());

    SECTION("a cohort: each of its ISO weeks, the empty one included")
    {
        const auto weeks = service.weeklyAttendance(QStringLiteral("A-2025"));
        REQUIRE(weeks.has_value());
        REQUIRE(weeks->size() == 2); // 6-12 and 13-19 January 2025
        CHECK((*weeks)[0].label() == QStringLiteral("2025-W02"));
        CHECK((*weeks)[0].monday == QDate(2025, 1, 6));
        CHECK((*weeks)[0].marks.present == 6);
        CHECK((*weeks)[0].marks.late == 2);
        CHECK((*weeks)[0].marks.unmarked == 1);
        CHECK((*weeks)[1].label() == QStringLiteral("2025-W03"));
        CHECK((*weeks)[1].marks.present == 0); // A4 planned, A5 cancelled
        CHECK_FALSE((*weeks)[1].marks.rate().has_value());
    }
    SECTION("a period: every week from A's start to B's end, summed across cohorts")
    {
        const auto weeks = service.weeklyAttendance(kFrom, kTo);
        REQUIRE(weeks.has_value());
        // W02 (6 Jan) to W07 (10-16 Feb): six weeks.
        REQUIRE(weeks->size() == 6);
        CHECK(weeks->first().label() == QStringLiteral("2025-W02"));
        CHECK(weeks->last().label() == QStringLiteral("2025-W07"));
        CHECK((*weeks)[4].marks.present == 3); // W06: B1
        CHECK((*weeks)[5].marks.present == 1); // W07: B2 P5 present, P6 absent, P7 unmarked
        CHECK((*weeks)[5].marks.absent == 1);
        CHECK((*weeks)[5].marks.unmarked == 1);
        // 1 / (1 + 1)
        CHECK(*(*weeks)[5].marks.rate() == Approx(0.5));
        IndicatorFigures::Marks sum;
        for (const WeekAttendance& w : *weeks)
            sum += w.marks;
        const auto period = IndicatorService(db.db()).period(kFrom, kTo);
        REQUIRE(period.has_value());
        CHECK(sum.present == period->attendanceAll.present);
        CHECK(sum.unmarked == period->attendanceAll.unmarked);
        CHECK(sum.absent == period->attendanceAll.absent);
    }
    SECTION("an unknown cohort, a reversed period")
    {
        const auto none = service.weeklyAttendance(QStringLiteral("NOPE"));
        REQUIRE_FALSE(none.has_value());
        CHECK(none.error().code == ErrorCode::NotFound);
        const auto reversed = service.weeklyAttendance(kTo, kFrom);
        REQUIRE_FALSE(reversed.has_value());
        CHECK(reversed.error().code == ErrorCode::Usage);
        const auto empty = service.weeklyAttendance(QDate(2024, 1, 1), QDate(2024, 12, 31));
        REQUIRE(empty.has_value());
        CHECK(empty->isEmpty());
    }
}

TEST_CASE("weekly attendance counted by the database is what the engine counts mark by mark", "[reports]")
{
    // weeklyAttendance counts each held session's marks in SQL (ReportRepository::
    // sessionMarkCounts); the cohort report's weeks come from every mark read and tallied by the
    // engine (Indicators::marksOfEachSession). The demo has withdrawals part-way (marks after an
    // exit are not expected), late, excused and unmarked pairs, sessions planned, held and
    // cancelled: every week of every cohort must agree.
    TestDatabase db;
    const FixedClock clock(QDateTime(QDate(2026, 3, 16), QTime(12, 0)));
    REQUIRE(DemoGenerator(clock, 7).fill(db.db()));
    const ReportService service(db.db(), clock);
    const auto cohorts = service.cohortsOfPeriod(QDate(1900, 1, 1), QDate(2100, 12, 31));
    REQUIRE(cohorts.has_value());
    REQUIRE(cohorts->size() >= 3);
    IndicatorFigures::Marks all;
    for (const IndicatorFigures& f : *cohorts) {
        const QString ref = f.cohorts.value(0);
        INFO(ref.toStdString());
        const auto counted = service.weeklyAttendance(ref);
        const auto report = service.cohortReport(ref, false);
        REQUIRE(counted.has_value());
        REQUIRE(report.has_value());
        REQUIRE(counted->size() == report->weeks.size());
        for (int i = 0; i < counted->size(); ++i) {
            const WeekAttendance& a = (*counted)[i];
            const WeekAttendance& b = report->weeks[i];
            INFO(b.label().toStdString());
            CHECK(a.monday == b.monday);
            CHECK(a.marks.present == b.marks.present);
            CHECK(a.marks.late == b.marks.late);
            CHECK(a.marks.excused == b.marks.excused);
            CHECK(a.marks.absent == b.marks.absent);
            CHECK(a.marks.unmarked == b.marks.unmarked);
            all += a.marks;
        }
    }
    // The demo has marks of every kind, so the comparison compared something.
    CHECK(all.present > 0);
    CHECK(all.late > 0);
    CHECK(all.absent + all.excused > 0);
    CHECK(all.unmarked > 0);
    // The whole span as one period: its weeks add up to the same marks.
    const auto span = service.weeklyAttendance(QDate(1900, 1, 1), QDate(2100, 12, 31));
    REQUIRE(span.has_value());
    IndicatorFigures::Marks summed;
    for (const WeekAttendance& w : *span)
        summed += w.marks;
    CHECK(summed.present == all.present);
    CHECK(summed.late == all.late);
    CHECK(summed.excused == all.excused);
    CHECK(summed.absent == all.absent);
    CHECK(summed.unmarked == all.unmarked);
}

TEST_CASE("data quality lists what the office has yet to record", "[reports]")
{
    TestDatabase db;
    importReportFixture(db.db());
    const auto q = ReportService(db.db(), kAugust).dataQuality(QStringLiteral("A-2025"));
    REQUIRE(q.has_value());
    // P4 at A2 (7 January, FLE).
    CHECK(q->unmarkedPairs == 1);
    REQUIRE(q->unmarkedSessions.size() == 1);
    CHECK(q->unmarkedSessions[0].sessionRef == QStringLiteral("A2"));
    CHECK(q->unmarkedSessions[0].date == QDate(2025, 1, 7));
    // Completed P1 P2 P4; due: exit 17/01, m3 17/04, m6 17/07 (all before 1 August), m12 in 2026.
    // exit: P1 known, P2 P4 not: 2. m3: none known: 3. m6: P1 cdi, P2 job_seeking known, P4: 1.
    CHECK(q->outcomesMissing[std::size_t(Milestone::Exit)] == 2);
    CHECK(q->outcomesMissing[std::size_t(Milestone::M3)] == 3);
    CHECK(q->outcomesMissing[std::size_t(Milestone::M6)] == 1);
    CHECK(q->outcomesMissing[std::size_t(Milestone::M12)] == 0);
    CHECK(q->outcomesMissingTotal() == 6);
    // P4 has no consent date (P3, withdrawn, has one).
    CHECK(q->withoutConsent == 1);
    CHECK_FALSE(q->isComplete());

    // The same file on 10 January 2025: nothing is due yet.
    const FixedClock january(QDateTime(QDate(2025, 1, 10), QTime(9, 0)));
    const auto early = ReportService(db.db(), january).dataQuality(QStringLiteral("A-2025"));
    REQUIRE(early.has_value());
    CHECK(early->outcomesMissingTotal() == 0);
}

TEST_CASE("a cohort report carries names only in its named annex", "[reports]")
{
    TestDatabase db;
    importReportFixture(db.db());
    const ReportService service(db.db(), kAugust);

    const auto plain = service.cohortReport(QStringLiteral("A-2025"));
    REQUIRE(plain.has_value());
    CHECK(plain->cohort.name == QStringLiteral("Alpha janvier"));
    CHECK(plain->cohort.programme == QStringLiteral("Tremplin"));
    CHECK(plain->siteName == QStringLiteral("Maison Horizon"));
    CHECK(plain->figures.enrolled == 4);
    CHECK(plain->weeks.size() == 2);
    CHECK(plain->quality.unmarkedPairs == 1);
    CHECK(plain->annex.isEmpty());

    const auto named = service.cohortReport(QStringLiteral("A-2025"), true);
    REQUIRE(named.has_value());
    REQUIRE(named->annex.size() == 4);
    // By last name: Bergamote (P2), Cardamome (P4), Quenouille (P1), Tamarin (P3).
    QStringList order;
    for (const AnnexRow& r : named->annex)
        order << r.lastName;
    CHECK(order == QStringList{QStringLiteral("Bergamote"), QStringLiteral("Cardamome"), QStringLiteral("Quenouille"),
                               QStringLiteral("Tamarin")});
    const AnnexRow& p1 = named->annex[2];
    CHECK(p1.firstName == QStringLiteral("Zacharie"));
    CHECK(p1.attendedHours == Approx(7.0));
    // A1 present, A2 present, A3 late: 3 / 3.
    CHECK(*p1.marks.rate() == Approx(1.0));
    CHECK(p1.frenchLevelEntry == CefrLevel::A1);
    CHECK(p1.frenchLevelExit == CefrLevel::A2);
    CHECK(p1.latestMilestone == Milestone::M6);
    CHECK(p1.latestSituation == Situation::Cdi);
    const AnnexRow& p4 = named->annex[1];
    // A1 absent, A2 unmarked, A3 present: 1 / 2; 2 h.
    CHECK(*p4.marks.rate() == Approx(0.5));
    CHECK(p4.attendedHours == Approx(2.0));
    CHECK_FALSE(p4.latestSituation.has_value());

    const auto missing = service.cohortReport(QStringLiteral("NOPE"));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
}
