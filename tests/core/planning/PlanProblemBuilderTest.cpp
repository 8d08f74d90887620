// SPDX-License-Identifier: GPL-3.0-or-later
// PlanProblemBuilder on a real file: what it reads for chosen cohorts and one week, and the
// week planned from it checked by the independent checks.
#include "CatchQt.h"
#include "PlanCheck.h"
#include "TestDatabase.h"

#include "core/planning/WeekPlanner.h"
#include "core/services/PlanProblemBuilder.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/Transaction.h"

using namespace parcours;

namespace {

void seed(Database& db)
{
    Transaction tx(db);
    REQUIRE(tx.begun());
    Site s;
    s.ref = QStringLiteral("S1");
    s.name = QStringLiteral("Lyon");
    s.opens = QTime(9, 0);
    s.closes = QTime(17, 30);
    s.lunchStart = QTime(12, 30);
    s.lunchEnd = QTime(13, 30);
    SiteRepository sites(db);
    REQUIRE(sites.save(s));
    Room r1;
    r1.ref = QStringLiteral("R1");
    r1.siteRef = QStringLiteral("S1");
    r1.name = QStringLiteral("Salle 1");
    r1.capacity = 20;
    REQUIRE(sites.saveRoom(r1));
    Room r2 = r1;
    r2.ref = QStringLiteral("R2");
    r2.name = QStringLiteral("Salle 2");
    r2.capacity = 12;
    REQUIRE(sites.saveRoom(r2));
    CohortRepository cohorts(db);
    Cohort a;
    a.ref = QStringLiteral("A");
    a.name = QStringLiteral("Tremplin A");
    a.siteRef = QStringLiteral("S1");
    a.startDate = QDate(2026, 5, 5); // a Tuesday
    a.endDate = QDate(2026, 7, 31);
    a.capacity = 16;
    REQUIRE(cohorts.save(a));
    Cohort b = a;
    b.ref = QStringLiteral("B");
    b.name = QStringLiteral("Tremplin B");
    b.startDate = QDate(2026, 3, 2);
    b.fleHoursMin = 13.5;
    b.englishHours = 0;
    REQUIRE(cohorts.save(b));
    TrainerRepository trainers(db);
    Trainer t;
    t.ref = QStringLiteral("T1");
    t.name = QStringLiteral("Ana");
    t.modules = {Module::Fle};
    t.maxHoursWeek = 30; // 9 FLE sessions of 3 h this week: 27 h
    REQUIRE(trainers.save(t));
    Trainer u;
    u.ref = QStringLiteral("T2");
    u.name = QStringLiteral("Ben");
    u.modules = {Module::English, Module::SoftSkills};
    REQUIRE(trainers.save(u));
    TrainerUnavailability away;
    away.trainerRef = QStringLiteral("T1");
    away.weekday = 3;
    away.start = QTime(13, 30);
    away.end = QTime(17, 30);
    REQUIRE(trainers.saveUnavailability(away));
    TrainerUnavailability holiday = away; // only in July: not this week
    holiday.weekday = 2;
    holiday.fromDate = QDate(2026, 7, 1);
    holiday.toDate = QDate(2026, 7, 31);
    REQUIRE(trainers.saveUnavailability(holiday));
    Session fixed;
    fixed.ref = QStringLiteral("SE-000001");
    fixed.cohortRef = QStringLiteral("B");
    fixed.module = Module::SoftSkills;
    fixed.date = QDate(2026, 5, 7); // Thursday
    fixed.start = QTime(14, 0);
    fixed.end = QTime(16, 0);
    fixed.trainerRef = QStringLiteral("T2");
    fixed.roomRef = QStringLiteral("R2");
    REQUIRE(SessionRepository(db).save(fixed));
    REQUIRE(tx.commit());
}

} // namespace

TEST_CASE("plan problem builder reads a site's cohorts, trainers, rooms and fixed sessions", "[planning]")
{
    test::TestDatabase file;
    seed(file.db());
    // The week of Friday 8 May 2026 (a public holiday); A starts on Tuesday 5.
    auto built = PlanProblemBuilder(file.db()).forSite(QStringLiteral("S1"), QDate(2026, 5, 6));
    REQUIRE(built);
    const PlanProblem& p = *built;
    CHECK(p.monday == QDate(2026, 5, 4));
    CHECK(p.closedWeekdays == QList<int>{5}); // 8 May
    REQUIRE(p.sites.size() == 1);
    CHECK(p.sites[0].opens == 9 * 60);
    CHECK(p.sites[0].closes == 17 * 60 + 30);
    CHECK(p.sites[0].lunchStart == 12 * 60 + 30);
    CHECK(p.sites[0].lunchEnd == 13 * 60 + 30);
    REQUIRE(p.cohorts.size() == 2);
    CHECK(p.cohorts[0].ref == QStringLiteral("A"));
    CHECK(p.cohorts[0].closedWeekdays.contains(1)); // before its start
    CHECK(!p.cohorts[0].closedWeekdays.contains(2));
    CHECK(p.cohorts[0].size == 16); // nobody enrolled yet: its capacity
    REQUIRE(p.cohorts[0].blocks.size() == 3);
    CHECK(p.cohorts[0].blocks[0].module == Module::Fle);
    CHECK(p.cohorts[0].blocks[0].count == 4);
    CHECK(p.cohorts[0].blocks[0].minutes == 180);
    // B: FLE 13.5 h at least, at most 15: five sessions of 3 h (15 h); no English.
    REQUIRE(p.cohorts[1].blocks.size() == 2);
    CHECK(p.cohorts[1].blocks[0].count == 5);
    CHECK(p.cohorts[1].blocks[0].minutes == 180);
    CHECK(p.cohorts[1].blocks[1].module == Module::SoftSkills);
    REQUIRE(p.rooms.size() == 2);
    CHECK(p.rooms[1].capacity == 12);
    REQUIRE(p.trainers.size() == 2);
    CHECK(p.trainers[0].maxMinutesWeek == 30 * 60);
    REQUIRE(p.trainers[0].unavailable.size() == 1); // the July one does not hold in May
    CHECK(p.trainers[0].unavailable[0].weekday == 3);
    CHECK(p.trainers[0].unavailable[0].start == 13 * 60 + 30);
    REQUIRE(p.locked.size() == 1);
    CHECK(p.locked[0].ref == QStringLiteral("SE-000001"));
    CHECK(p.locked[0].weekday == 4);
    CHECK(p.locked[0].start == 14 * 60);
}

TEST_CASE("plan problem builder refuses unknown cohorts and cohorts not meeting that week", "[planning]")
{
    test::TestDatabase file;
    seed(file.db());
    PlanProblemBuilder builder(file.db());
    auto unknown = builder.forCohorts({QStringLiteral("Z")}, QDate(2026, 5, 6));
    REQUIRE(!unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
    auto early = builder.forCohorts({QStringLiteral("A")}, QDate(2026, 4, 1));
    REQUIRE(!early);
    CHECK(early.error().code == ErrorCode::Invalid);
}

TEST_CASE("a week planned from the file meets every rule, or says which cohort cannot", "[planning]")
{
    test::TestDatabase file;
    seed(file.db());
    PlanProblemBuilder builder(file.db());
    // Week of 4 May: A meets Tuesday to Thursday only (starts on the 5th, the 8th is a holiday).
    auto short_ = builder.forCohorts({QStringLiteral("A")}, QDate(2026, 5, 4));
    REQUIRE(short_);
    const PlanResult none = WeekPlanner::plan(*short_);
    REQUIRE(none.status == PlanResult::Status::Impossible);
    // Four FLE days in three, and 16 h in three days of at most 5 h.
    REQUIRE(none.reasons.size() == 2);
    CHECK(none.reasons[0].kind == PlanReason::Kind::CohortBlocksExceedDays);
    CHECK(none.reasons[0].ref == QStringLiteral("A"));
    CHECK(none.reasons[0].needed == 4);
    CHECK(none.reasons[0].available == 3);
    CHECK(none.reasons[1].kind == PlanReason::Kind::CohortHoursExceedWeek);
    CHECK(none.reasons[1].needed == 960);
    CHECK(none.reasons[1].available == 900);
    // Week of 18 May: no holiday; A and B together, B's Thursday session kept, a third room.
    // (With R1 alone both cohorts fill it to the last half-day and one pattern only works:
    // PLANNING.md, known limits.)
    {
        Transaction tx(file.db());
        REQUIRE(tx.begun());
        Room r3;
        r3.ref = QStringLiteral("R3");
        r3.siteRef = QStringLiteral("S1");
        r3.name = QStringLiteral("Salle 3");
        r3.capacity = 18;
        REQUIRE(SiteRepository(file.db()).saveRoom(r3));
        REQUIRE(tx.commit());
    }
    auto full = builder.forSite(QStringLiteral("S1"), QDate(2026, 5, 20));
    REQUIRE(full);
    PlanOptions o;
    o.timeLimitSeconds = 20;
    const PlanResult r = WeekPlanner::plan(*full, o);
    for (const PlanReason& reason : r.reasons)
        UNSCOPED_INFO(int(reason.kind) << " " << reason.ref.toStdString() << " " << int(reason.module) << " "
                      << reason.needed << " " << reason.available << " " << reason.blockers.join(QLatin1Char(',')).toStdString());
    for (const PlanCohort& c : full->cohorts)
        UNSCOPED_INFO(c.ref.toStdString() << " size " << c.size << " closed " << c.closedWeekdays.size());
    REQUIRE(r.status == PlanResult::Status::Solved);
    const QStringList faults = test::checkWeek(*full, r.sessions);
    INFO(faults.join(QLatin1Char('\n')).toStdString());
    CHECK(faults.isEmpty());
    // A: 4 + 1 + 1, B: 5 + 1 (its soft skills the kept session).
    CHECK(r.sessions.size() == 12);
}
