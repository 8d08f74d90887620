// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/storage/CohortRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/Transaction.h"

using namespace parcours;
using namespace parcours::test;

namespace {

Session plain(const char* ref, const char* cohort, QDate date, int hour)
{
    Session s;
    s.ref = QString::fromLatin1(ref);
    s.cohortRef = QString::fromLatin1(cohort);
    s.date = date;
    s.start = QTime(hour, 0);
    s.end = QTime(hour + 3, 0);
    return s;
}

} // namespace

TEST_CASE("a session comes back with every field", "[storage][sessions]")
{
    TestDatabase t;
    seed(t.db());
    SessionRepository repo(t.db());
    Transaction tx(t.db());
    auto saved = repo.save(fullSession(QStringLiteral("SE-000004"), QStringLiteral("MINI"), QStringLiteral("F1"),
                                       QStringLiteral("LIL-1")));
    REQUIRE(saved);
    REQUIRE(tx.commit());
    auto found = repo.find(QStringLiteral("SE-000004"));
    REQUIRE(found);
    REQUIRE(found->has_value());
    checkSame(**found, *saved);
    CHECK(scalar(t.db(), QStringLiteral("SELECT date || ' ' || start || '-' || \"end\" FROM session")).toString()
          == QStringLiteral("2025-03-04 13:30-15:30"));
    CHECK(repo.nextRef().value() == QStringLiteral("SE-000005"));
}

TEST_CASE("a cohort's sessions come by date and start time, all sessions by ref", "[storage][sessions]")
{
    TestDatabase t;
    seed(t.db());
    SessionRepository repo(t.db());
    Transaction tx(t.db());
    REQUIRE(CohortRepository(t.db()).save(fullCohort(QStringLiteral("AUT"), {})));
    REQUIRE(repo.save(plain("A", "MINI", QDate(2025, 3, 4), 9)));
    REQUIRE(repo.save(plain("B", "MINI", QDate(2025, 3, 3), 13)));
    REQUIRE(repo.save(plain("C", "AUT", QDate(2025, 3, 1), 9)));
    REQUIRE(repo.save(plain("D", "MINI", QDate(2025, 3, 3), 9)));
    REQUIRE(tx.commit());
    QStringList ofMini;
    for (const Session& s : take(repo.ofCohort(QStringLiteral("MINI"))))
        ofMini << s.ref;
    CHECK(ofMini == QStringList{QStringLiteral("D"), QStringLiteral("B"), QStringLiteral("A")});
    QStringList all;
    for (const Session& s : take(repo.all()))
        all << s.ref;
    CHECK(all == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")});
}

TEST_CASE("a session with an unknown cohort, trainer and room reports all three", "[storage][sessions]")
{
    TestDatabase t;
    SessionRepository repo(t.db());
    Transaction tx(t.db());
    auto saved = repo.save(fullSession(QStringLiteral("S1"), QStringLiteral("C9"), QStringLiteral("F9"), QStringLiteral("R9")));
    REQUIRE(!saved);
    CHECK(saved.error().code == ErrorCode::NotFound);
    CHECK(fieldsOf(saved.error()) == QStringList{QStringLiteral("cohort_ref"), QStringLiteral("trainer_ref"), QStringLiteral("room_ref")});
    CHECK(saved.error().problems.at(2).reason == QStringLiteral("unknown room 'R9'"));
}

TEST_CASE("a session ending before it starts is refused before any ref is looked up", "[storage][sessions]")
{
    TestDatabase t;
    SessionRepository repo(t.db());
    Session backwards = plain("S1", "C9", QDate(2025, 3, 3), 9);
    backwards.end = QTime(8, 0);
    Transaction tx(t.db());
    auto saved = repo.save(backwards);
    REQUIRE(!saved);
    CHECK(saved.error().code == ErrorCode::Invalid);
    CHECK(fieldsOf(saved.error()) == QStringList{QStringLiteral("end")});
}

TEST_CASE("marks are upserted by session and participant", "[storage][sessions]")
{
    TestDatabase t;
    seed(t.db());
    SessionRepository repo(t.db());
    Transaction tx(t.db());
    REQUIRE(CohortRepository(t.db()).save(fullCohort(QStringLiteral("AUT"), {})));
    REQUIRE(repo.save(plain("S2", "MINI", QDate(2025, 3, 4), 9)));
    REQUIRE(repo.save(plain("S1", "MINI", QDate(2025, 3, 3), 9)));
    REQUIRE(repo.save(plain("S3", "AUT", QDate(2025, 9, 1), 9)));
    auto late = repo.saveAttendance(lateMark(QStringLiteral("S1"), QStringLiteral("M2")));
    REQUIRE(late);
    REQUIRE(repo.saveAttendance(lateMark(QStringLiteral("S2"), QStringLiteral("M1"))));
    REQUIRE(repo.saveAttendance(lateMark(QStringLiteral("S1"), QStringLiteral("M1"))));
    REQUIRE(repo.saveAttendance(lateMark(QStringLiteral("S3"), QStringLiteral("M1"))));
    Attendance excused = lateMark(QStringLiteral("S1"), QStringLiteral("M2"));
    excused.status = AttendanceStatus::Excused;
    excused.minutesLate = 0;
    auto updated = repo.saveAttendance(excused);
    REQUIRE(updated);
    REQUIRE(tx.commit());

    CHECK(updated->id == late->id);
    QStringList all;
    for (const Attendance& a : take(repo.attendance()))
        all << a.sessionRef + QLatin1Char('/') + a.participantRef + QLatin1Char('/') + codeOf(a.status);
    CHECK(all == QStringList{QStringLiteral("S1/M1/late"), QStringLiteral("S1/M2/excused"), QStringLiteral("S2/M1/late"),
                             QStringLiteral("S3/M1/late")});
    const QList<Attendance> ofMini = take(repo.attendanceOfCohort(QStringLiteral("MINI")));
    REQUIRE(ofMini.size() == 3);
    checkSame(ofMini.at(1), *updated);
}

TEST_CASE("a mark of an unknown participant or with minutes late while present is refused", "[storage][sessions]")
{
    TestDatabase t;
    seed(t.db());
    SessionRepository repo(t.db());
    Transaction tx(t.db());
    REQUIRE(repo.save(plain("S1", "MINI", QDate(2025, 3, 3), 9)));
    auto unknown = repo.saveAttendance(lateMark(QStringLiteral("S1"), QStringLiteral("M9")));
    REQUIRE(!unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(unknown.error().problems.first().toString() == QStringLiteral("participant_ref: unknown participant 'M9'"));
    Attendance present = lateMark(QStringLiteral("S1"), QStringLiteral("M1"));
    present.status = AttendanceStatus::Present;
    auto invalid = repo.saveAttendance(present);
    REQUIRE(!invalid);
    CHECK(invalid.error().code == ErrorCode::Invalid);
    CHECK(fieldsOf(invalid.error()) == QStringList{QStringLiteral("minutes_late")});
}

TEST_CASE("removing a session removes its marks; removing a trainer or room leaves the session", "[storage][sessions]")
{
    TestDatabase t;
    seed(t.db());
    SessionRepository repo(t.db());
    Transaction tx(t.db());
    REQUIRE(repo.save(fullSession(QStringLiteral("S1"), QStringLiteral("MINI"), QStringLiteral("F1"), QStringLiteral("LIL-1"))));
    REQUIRE(repo.save(plain("S2", "MINI", QDate(2025, 3, 5), 9)));
    REQUIRE(repo.saveAttendance(lateMark(QStringLiteral("S1"), QStringLiteral("M1"))));
    REQUIRE(repo.saveAttendance(lateMark(QStringLiteral("S2"), QStringLiteral("M1"))));
    REQUIRE(repo.removeAttendance(QStringLiteral("S2"), QStringLiteral("M1")));
    CHECK(repo.removeAttendance(QStringLiteral("S2"), QStringLiteral("M1")).error().code == ErrorCode::NotFound);
    REQUIRE(TrainerRepository(t.db()).remove(QStringLiteral("F1")));
    REQUIRE(repo.remove(QStringLiteral("S2")));
    REQUIRE(tx.commit());

    const Session s1 = take(repo.find(QStringLiteral("S1"))).value();
    CHECK(s1.trainerRef.isEmpty());
    CHECK(s1.roomRef == QStringLiteral("LIL-1"));
    CHECK(repo.attendance().value().size() == 1);
    CHECK(repo.all().value().size() == 1);
}
