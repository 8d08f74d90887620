// SPDX-License-Identifier: GPL-3.0-or-later
// The attendance service on a real file: the week grid read back, marks saved in one
// transaction, refused outside the enrolment, on cancelled and future sessions, undo and redo,
// the alert threshold setting.
#include "core/services/AttendanceService.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/EditService.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SettingRepository.h"
#include "core/storage/Transaction.h"

#include <QSignalSpy>

using namespace parcours;
using namespace parcours::test;

namespace {

const FixedClock kWednesdayNoon(QDateTime(QDate(2025, 3, 5), QTime(12, 0)));

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

/// Cohort C-1, 3 to 28 March 2025, and C-2. Enrolled in C-1: P-1 Zoé Martin (whole cohort),
/// P-2 Ahmad Bakri (from Wed 5), P-3 Lina Haddad (withdrawn, exit Tue 4), P-5 Jo Petit (from
/// Mon 10); P-4 is in C-2 only. Sessions of C-1 in week 10: SE-1 Mon 09:00 held, SE-2 Mon 13:30
/// planned, SE-3 Tue 09:00 cancelled, SE-4 Thu 09:00 planned (after the clock's today); SE-5
/// Mon 10 held (week 11).
void sample(Database& db)
{
    EditService edits(db);
    for (const char* ref : {"C-1", "C-2"}) {
        Cohort c;
        c.ref = s(ref);
        c.name = s("Tremplin ") + c.ref;
        c.startDate = QDate(2025, 3, 3);
        c.endDate = QDate(2025, 3, 28);
        REQUIRE(edits.save(c));
    }
    struct Person { const char* ref; const char* first; const char* last; const char* cohort;
                    QDate from; QDate exit; EnrolmentStatus status; };
    const Person people[] = {
        {"P-1", "Zoé", "Martin", "C-1", {}, {}, EnrolmentStatus::Enrolled},
        {"P-2", "Ahmad", "Bakri", "C-1", QDate(2025, 3, 5), {}, EnrolmentStatus::Enrolled},
        {"P-3", "Lina", "Haddad", "C-1", {}, QDate(2025, 3, 4), EnrolmentStatus::Withdrawn},
        {"P-4", "Noor", "Aziz", "C-2", {}, {}, EnrolmentStatus::Enrolled},
        {"P-5", "Jo", "Petit", "C-1", QDate(2025, 3, 10), {}, EnrolmentStatus::Enrolled},
    };
    for (const Person& p : people) {
        Participant participant;
        participant.ref = s(p.ref);
        participant.firstName = s(p.first);
        participant.lastName = s(p.last);
        REQUIRE(edits.save(participant));
        Enrolment e;
        e.cohortRef = s(p.cohort);
        e.participantRef = participant.ref;
        e.enrolledOn = p.from;
        e.exitDate = p.exit;
        e.status = p.status;
        if (p.status == EnrolmentStatus::Withdrawn)
            e.exitReason = s("moved away");
        REQUIRE(edits.save(e));
    }
    Transaction tx(db);
    REQUIRE(tx.begun());
    SessionRepository sessions(db);
    struct Row { const char* ref; QDate date; QTime start; SessionStatus status; };
    const Row rows[] = {
        {"SE-1", QDate(2025, 3, 3), QTime(9, 0), SessionStatus::Held},
        {"SE-2", QDate(2025, 3, 3), QTime(13, 30), SessionStatus::Planned},
        {"SE-3", QDate(2025, 3, 4), QTime(9, 0), SessionStatus::Cancelled},
        {"SE-4", QDate(2025, 3, 6), QTime(9, 0), SessionStatus::Planned},
        {"SE-5", QDate(2025, 3, 10), QTime(9, 0), SessionStatus::Held},
    };
    // Saved in reverse so that the file's order is not the date order.
    for (int i = int(std::size(rows)) - 1; i >= 0; --i) {
        Session session;
        session.ref = s(rows[i].ref);
        session.cohortRef = s("C-1");
        session.date = rows[i].date;
        session.start = rows[i].start;
        session.end = rows[i].start.addSecs(3 * 3600);
        session.status = rows[i].status;
        REQUIRE(sessions.save(session));
    }
    REQUIRE(tx.commit());
}

MarkEdit edit(const char* session, const char* participant, std::optional<AttendanceStatus> status,
              int minutesLate = 0)
{
    return MarkEdit{s(session), s(participant), status, minutesLate};
}

QStringList marksIn(Database& db)
{
    auto all = SessionRepository(db).attendance();
    REQUIRE(all);
    QStringList out;
    for (const Attendance& a : *all)
        out << QStringLiteral("%1 %2 %3 %4").arg(a.sessionRef, a.participantRef, codeOf(a.status)).arg(a.minutesLate);
    return out;
}

SessionStatus statusOf(Database& db, const char* ref)
{
    auto found = SessionRepository(db).find(s(ref));
    REQUIRE(found);
    REQUIRE(found->has_value());
    return (*found)->status;
}

} // namespace

TEST_CASE("a week of attendance lists the expected participants and the week's sessions", "[attendance]")
{
    TestDatabase file;
    sample(file.db());
    const AttendanceService service(file.db(), nullptr, kWednesdayNoon);

    const auto w = service.week(s("C-1"), QDate(2025, 3, 5));
    REQUIRE(w);
    CHECK(w->monday == QDate(2025, 3, 3));
    QStringList sessions;
    for (const Session& x : w->sessions)
        sessions << x.ref;
    CHECK(sessions == QStringList{s("SE-1"), s("SE-2"), s("SE-3"), s("SE-4")});
    // By last name; P-4 is in another cohort, P-5 starts next week.
    QStringList rows;
    for (const AttendanceWeek::Row& r : w->rows)
        rows << r.name();
    CHECK(rows == QStringList{s("Ahmad Bakri"), s("Lina Haddad"), s("Zoé Martin")});
    // Bakri from Wed 5: only Thursday; Haddad until Tue 4: Monday only (Tuesday is cancelled).
    CHECK_FALSE(w->expects(0, 0));
    CHECK(w->expects(0, 3));
    CHECK(w->expects(1, 0));
    CHECK(w->expects(1, 1));
    CHECK_FALSE(w->expects(1, 2));
    CHECK_FALSE(w->expects(1, 3));
    CHECK_FALSE(w->expects(2, 2)); // cancelled
    CHECK(w->expects(2, 3));

    const auto next = service.week(s("C-1"), QDate(2025, 3, 16)); // a Sunday
    REQUIRE(next);
    CHECK(next->monday == QDate(2025, 3, 10));
    QStringList nextRows;
    for (const AttendanceWeek::Row& r : next->rows)
        nextRows << r.enrolment.participantRef;
    CHECK(nextRows == QStringList{s("P-2"), s("P-1"), s("P-5")});

    const auto unknown = service.week(s("C-9"), QDate(2025, 3, 5));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
}

TEST_CASE("marks are saved in the file, a planned session becomes held, undo and redo put them back", "[attendance]")
{
    TestDatabase file;
    sample(file.db());
    ChangeNotifier notifier;
    QSignalSpy changed(&notifier, &ChangeNotifier::changed);
    AttendanceService service(file.db(), &notifier, kWednesdayNoon);

    const auto change = service.setMarks({edit("SE-1", "P-1", AttendanceStatus::Present),
                                          edit("SE-2", "P-3", AttendanceStatus::Late, 15),
                                          edit("SE-1", "P-3", AttendanceStatus::Excused, 20)});
    REQUIRE(change);
    CHECK(change->marks.size() == 3);
    CHECK(change->madeHeld == QStringList{s("SE-2")});
    // The minutes go with a late mark only.
    CHECK(marksIn(file.db()) == QStringList{s("SE-1 P-1 present 0"), s("SE-1 P-3 excused 0"), s("SE-2 P-3 late 15")});
    CHECK(statusOf(file.db(), "SE-2") == SessionStatus::Held);
    REQUIRE(changed.size() == 2);
    CHECK(changed.at(0).at(0).value<EntityKind>() == EntityKind::Attendance);
    CHECK(changed.at(1).at(0).value<EntityKind>() == EntityKind::Session);

    // A second change: one mark changed, one cleared, one the same (left out).
    const auto second = service.setMarks({edit("SE-1", "P-1", AttendanceStatus::Absent),
                                          edit("SE-2", "P-3", std::nullopt),
                                          edit("SE-1", "P-3", AttendanceStatus::Excused)});
    REQUIRE(second);
    CHECK(second->marks.size() == 2);
    CHECK(second->madeHeld.isEmpty());
    CHECK(marksIn(file.db()) == QStringList{s("SE-1 P-1 absent 0"), s("SE-1 P-3 excused 0")});

    REQUIRE(service.undo(*second));
    CHECK(marksIn(file.db()) == QStringList{s("SE-1 P-1 present 0"), s("SE-1 P-3 excused 0"), s("SE-2 P-3 late 15")});
    REQUIRE(service.undo(*change));
    CHECK(marksIn(file.db()).isEmpty());
    CHECK(statusOf(file.db(), "SE-2") == SessionStatus::Planned);
    REQUIRE(service.redo(*change));
    CHECK(marksIn(file.db()).size() == 3);
    CHECK(statusOf(file.db(), "SE-2") == SessionStatus::Held);

    // Nothing that changes anything: an empty change, nothing written.
    const auto none = service.setMarks({edit("SE-1", "P-1", AttendanceStatus::Present)});
    REQUIRE(none);
    CHECK(none->isEmpty());
}

TEST_CASE("marks outside the enrolment, on cancelled or future sessions are refused, nothing written", "[attendance]")
{
    TestDatabase file;
    sample(file.db());
    AttendanceService service(file.db(), nullptr, kWednesdayNoon);

    const auto refused = service.setMarks({edit("SE-1", "P-1", AttendanceStatus::Present),  // fine
                                           edit("SE-1", "P-2", AttendanceStatus::Present),  // before Wed 5
                                           edit("SE-1", "P-4", AttendanceStatus::Present),  // other cohort
                                           edit("SE-3", "P-1", AttendanceStatus::Absent),   // cancelled
                                           edit("SE-4", "P-1", AttendanceStatus::Excused)}); // Thursday
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Invalid);
    REQUIRE(refused.error().problems.size() == 4);
    CHECK(refused.error().problems.at(0).reason == s("the participant is not expected at this session"));
    CHECK(refused.error().problems.at(1).reason == s("the participant is not expected at this session"));
    CHECK(refused.error().problems.at(2).reason == s("the session is cancelled"));
    CHECK(refused.error().problems.at(3).reason == s("the session has not taken place yet"));
    CHECK(marksIn(file.db()).isEmpty());

    const auto unknown = service.setMarks({edit("SE-9", "P-1", AttendanceStatus::Present)});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);

    // A mark kept in the file outside the enrolment (an import) is in the week's marks but its
    // cell is not expected: the grid does not show it.
    {
        Transaction tx(file.db());
        REQUIRE(tx.begun());
        Attendance a;
        a.sessionRef = s("SE-1");
        a.participantRef = s("P-2");
        a.status = AttendanceStatus::Absent;
        REQUIRE(SessionRepository(file.db()).saveAttendance(a));
        REQUIRE(tx.commit());
    }
    const auto w = service.week(s("C-1"), QDate(2025, 3, 3));
    REQUIRE(w);
    REQUIRE(w->rows.first().enrolment.participantRef == s("P-2"));
    CHECK(w->mark(0, 0).has_value());
    CHECK_FALSE(w->expects(0, 0));
    // ... and it counts in no alert: SE-1 is held but P-2 is not expected there.
    CHECK(w->alerts.isEmpty());
}

TEST_CASE("the alert threshold is a setting of the file, 80 % when unset", "[attendance][alerts]")
{
    TestDatabase file;
    sample(file.db());
    AttendanceService service(file.db(), nullptr, kWednesdayNoon);
    CHECK(service.thresholdPercent() == 80);

    // Haddad: present at SE-1, absent at SE-2 (which becomes held): 1 / 2 = 50 %.
    REQUIRE(service.setMarks({edit("SE-1", "P-3", AttendanceStatus::Present),
                              edit("SE-2", "P-3", AttendanceStatus::Absent)}));
    auto w = service.week(s("C-1"), QDate(2025, 3, 3));
    REQUIRE(w);
    REQUIRE(w->alerts.size() == 1);
    CHECK(w->alerts.first().participantRef == s("P-3"));
    CHECK(w->alerts.first().lowRate);

    REQUIRE(service.setThresholdPercent(50));
    CHECK(service.thresholdPercent() == 50);
    const auto stored = SettingRepository(file.db()).value(AttendanceService::kThresholdKey);
    REQUIRE(stored);
    CHECK(stored->value_or(QString()) == s("50"));
    w = service.week(s("C-1"), QDate(2025, 3, 3));
    REQUIRE(w);
    CHECK(w->threshold == Approx(0.5));
    CHECK(w->alerts.isEmpty()); // 50 % is not below 50 %

    const auto wrong = service.setThresholdPercent(101);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::Invalid);
    CHECK(service.thresholdPercent() == 50);
}
