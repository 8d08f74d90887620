// SPDX-License-Identifier: GPL-3.0-or-later
// PlanSeries on a real file: a hand-built planned week made into series over the cohort's weeks,
// holidays skipped, the dates that would clash with sessions already in later weeks skipped and
// named, all or nothing.
#include "CatchQt.h"
#include "TestDatabase.h"

#include "core/services/PlanSeries.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/SeriesRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/Transaction.h"

using namespace parcours;

namespace {

Session stored(const QString& ref, const QDate& date, QTime start, QTime end, const QString& trainer,
               const QString& room, SessionStatus status = SessionStatus::Planned)
{
    Session s;
    s.ref = ref;
    s.cohortRef = QStringLiteral("B");
    s.module = Module::Fle;
    s.date = date;
    s.start = start;
    s.end = end;
    s.trainerRef = trainer;
    s.roomRef = room;
    s.status = status;
    return s;
}

/// Site S1, rooms R1 and R2, trainers T1 (FLE) and T2 (English); cohort A from Monday 11 May to
/// Friday 5 June 2026 (four weeks; Whit Monday 25 May is a holiday), cohort B with sessions
/// already in A's later weeks.
void seed(Database& db)
{
    Transaction tx(db);
    REQUIRE(tx.begun());
    Site s;
    s.ref = QStringLiteral("S1");
    s.name = QStringLiteral("Lyon");
    SiteRepository sites(db);
    REQUIRE(sites.save(s));
    for (const char* ref : {"R1", "R2"}) {
        Room r;
        r.ref = QString::fromLatin1(ref);
        r.siteRef = QStringLiteral("S1");
        r.name = r.ref;
        r.capacity = 20;
        REQUIRE(sites.saveRoom(r));
    }
    CohortRepository cohorts(db);
    Cohort a;
    a.ref = QStringLiteral("A");
    a.name = QStringLiteral("Tremplin A");
    a.siteRef = QStringLiteral("S1");
    a.startDate = QDate(2026, 5, 11);
    a.endDate = QDate(2026, 6, 5);
    a.capacity = 12;
    REQUIRE(cohorts.save(a));
    Cohort b = a;
    b.ref = QStringLiteral("B");
    b.name = QStringLiteral("Tremplin B");
    b.startDate = QDate(2026, 3, 2);
    b.endDate = QDate(2026, 7, 31);
    REQUIRE(cohorts.save(b));
    TrainerRepository trainers(db);
    Trainer t1;
    t1.ref = QStringLiteral("T1");
    t1.name = QStringLiteral("Ana");
    t1.modules = {Module::Fle};
    REQUIRE(trainers.save(t1));
    Trainer t2;
    t2.ref = QStringLiteral("T2");
    t2.name = QStringLiteral("Ben");
    t2.modules = {Module::Fle, Module::English};
    REQUIRE(trainers.save(t2));
    SessionRepository sessions(db);
    // Week 4, Tuesday 2 June: T1 teaches B 10:00-12:00 (in R2): A's FLE 09:00-12:00 with T1 clashes.
    REQUIRE(sessions.save(stored(QStringLiteral("SE-000001"), QDate(2026, 6, 2), QTime(10, 0), QTime(12, 0),
                                 QStringLiteral("T1"), QStringLiteral("R2"))));
    // Week 3, Wednesday 27 May: B in R1 14:30-15:30, no trainer yet: A's English 14:00-16:00 in
    // R1 clashes on the room only.
    REQUIRE(sessions.save(stored(QStringLiteral("SE-000002"), QDate(2026, 5, 27), QTime(14, 30), QTime(15, 30),
                                 QString(), QStringLiteral("R1"))));
    // Week 4, Monday 1 June: T1 with B at A's time, but cancelled: in nobody's way.
    REQUIRE(sessions.save(stored(QStringLiteral("SE-000003"), QDate(2026, 6, 1), QTime(9, 0), QTime(12, 0),
                                 QStringLiteral("T1"), QStringLiteral("R2"), SessionStatus::Cancelled)));
    // Week 2, Monday 18 May: T1 in R1 from 12:00, when A's FLE ends: they only touch.
    REQUIRE(sessions.save(stored(QStringLiteral("SE-000004"), QDate(2026, 5, 18), QTime(12, 0), QTime(13, 0),
                                 QStringLiteral("T1"), QStringLiteral("R1"))));
    REQUIRE(tx.commit());
}

PlannedSession planned(Module m, int weekday, int start, int end, const QString& trainer, const QString& room)
{
    PlannedSession s;
    s.cohortRef = QStringLiteral("A");
    s.module = m;
    s.weekday = weekday;
    s.start = start;
    s.end = end;
    s.trainerRef = trainer;
    s.roomRef = room;
    return s;
}

/// A's planned week of 11 May: FLE Monday and Tuesday 09:00-12:00 with T1 in R1, English
/// Wednesday 14:00-16:00 with T2 in R1, and a locked Thursday session (exists: left out).
PlanResult week(const QString& englishRoom = QStringLiteral("R1"))
{
    PlanResult r;
    r.status = PlanResult::Status::Solved;
    r.sessions << planned(Module::Fle, 1, 9 * 60, 12 * 60, QStringLiteral("T1"), QStringLiteral("R1"))
               << planned(Module::Fle, 2, 9 * 60, 12 * 60, QStringLiteral("T1"), QStringLiteral("R1"))
               << planned(Module::English, 3, 14 * 60, 16 * 60, QStringLiteral("T2"), englishRoom);
    PlannedSession fixed = planned(Module::SoftSkills, 4, 9 * 60, 11 * 60, QString(), QStringLiteral("R2"));
    fixed.locked = true;
    fixed.lockedRef = QStringLiteral("SE-000099");
    r.sessions << fixed;
    return r;
}

QList<QDate> datesOf(const QList<Session>& sessions)
{
    QList<QDate> out;
    for (const Session& s : sessions)
        out << s.date;
    return out;
}

} // namespace

TEST_CASE("plan series: the week's new sessions as weekly rules, dated over the cohort's weeks", "[planning][plan-series]")
{
    const QList<Series> rules = PlanSeries::seriesOf(week());
    REQUIRE(rules.size() == 2); // the locked session is not a rule
    CHECK(rules[0].module == Module::Fle);
    CHECK(rules[0].weekdays == QList<int>{1, 2});
    CHECK(rules[0].start == QTime(9, 0));
    CHECK(rules[0].end == QTime(12, 0));
    CHECK(rules[0].trainerRef == QStringLiteral("T1"));
    CHECK(rules[1].module == Module::English);
    CHECK(rules[1].weekdays == QList<int>{3});

    test::TestDatabase file;
    seed(file.db());
    auto dated = PlanSeries(file.db()).dated(QDate(2026, 5, 11), week());
    REQUIRE(dated);
    CHECK(dated->at(0).firstDate == QDate(2026, 5, 11));
    CHECK(dated->at(0).lastDate == QDate(2026, 6, 5));
    // Planned from an earlier Monday: still from the cohort's start.
    auto early = PlanSeries(file.db()).dated(QDate(2026, 5, 4), week());
    REQUIRE(early);
    CHECK(early->at(0).firstDate == QDate(2026, 5, 11));
}

TEST_CASE("plan series skip the holidays and the dates that clash with later weeks' sessions", "[planning][plan-series]")
{
    test::TestDatabase file;
    seed(file.db());
    auto made = PlanSeries(file.db()).create(QDate(2026, 5, 11), week());
    REQUIRE(made);
    REQUIRE(made->size() == 2);

    // FLE Mondays 11, 18, (25 Whit Monday), 1 June (the cancelled session is in no one's way);
    // Tuesdays 12, 19, 26, (2 June: T1 teaches B 10:00-12:00).
    const TimetableChange& fle = made->at(0);
    CHECK(datesOf(fle.after)
          == QList<QDate>{QDate(2026, 5, 11), QDate(2026, 5, 12), QDate(2026, 5, 18), QDate(2026, 5, 19),
                          QDate(2026, 5, 26), QDate(2026, 6, 1)});
    REQUIRE(fle.skipped.size() == 2);
    CHECK(fle.skipped[0].date == QDate(2026, 5, 25));
    CHECK(fle.skipped[0].reason == SkippedDate::Reason::PublicHoliday);
    CHECK(fle.skipped[1].date == QDate(2026, 6, 2));
    CHECK(fle.skipped[1].reason == SkippedDate::Reason::Clash);
    CHECK(fle.skipped[1].clashKind == Conflict::Kind::TrainerClash);
    CHECK(fle.skipped[1].clashResourceRef == QStringLiteral("T1"));
    CHECK(fle.skipped[1].clashSessionRef == QStringLiteral("SE-000001"));
    CHECK(fle.skipped[1].reasonText() == QStringLiteral("Trainer T1 busy: session SE-000001 of cohort B"));

    // English Wednesdays 13, 20, (27: R1 holds B 14:30-15:30), 3 June.
    const TimetableChange& english = made->at(1);
    CHECK(datesOf(english.after) == QList<QDate>{QDate(2026, 5, 13), QDate(2026, 5, 20), QDate(2026, 6, 3)});
    REQUIRE(english.skipped.size() == 1);
    CHECK(english.skipped[0].date == QDate(2026, 5, 27));
    CHECK(english.skipped[0].clashKind == Conflict::Kind::RoomClash);
    CHECK(english.skipped[0].reasonText() == QStringLiteral("Room R1 busy: session SE-000002 of cohort B"));

    // In the file: 6 + 3 sessions of A in two series.
    auto ofA = SessionRepository(file.db()).ofCohort(QStringLiteral("A"));
    REQUIRE(ofA);
    CHECK(ofA->size() == 9);
    auto series = SeriesRepository(file.db()).all();
    REQUIRE(series);
    CHECK(series->size() == 2);
}

TEST_CASE("plan series are all or nothing", "[planning][plan-series]")
{
    test::TestDatabase file;
    seed(file.db());
    // The English rule names a room the file does not have: the FLE series made first is undone.
    auto made = PlanSeries(file.db()).create(QDate(2026, 5, 11), week(QStringLiteral("R9")));
    REQUIRE(!made);
    CHECK(made.error().cohortRef == QStringLiteral("A"));
    CHECK(made.error().error.code == ErrorCode::NotFound);
    CHECK(!made.error().dating);
    CHECK(made.error().undoErrors.isEmpty());
    auto ofA = SessionRepository(file.db()).ofCohort(QStringLiteral("A"));
    REQUIRE(ofA);
    CHECK(ofA->isEmpty());
    auto series = SeriesRepository(file.db()).all();
    REQUIRE(series);
    CHECK(series->isEmpty());

    // A cohort that is not in the file: nothing read further, nothing written.
    PlanResult other = week();
    for (PlannedSession& s : other.sessions)
        s.cohortRef = QStringLiteral("Z");
    auto none = PlanSeries(file.db()).create(QDate(2026, 5, 11), other);
    REQUIRE(!none);
    CHECK(none.error().dating);
    CHECK(none.error().cohortRef == QStringLiteral("Z"));
    CHECK(none.error().error.code == ErrorCode::NotFound);
}
