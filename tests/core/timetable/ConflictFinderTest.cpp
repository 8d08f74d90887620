// SPDX-License-Identifier: GPL-3.0-or-later
// ConflictFinder: every kind of conflict with a case that is one and cases that are not
// (touching, cancelled, another day), and a network's year with six faults put in by hand.
#include "CatchQt.h"

#include "core/timetable/ConflictFinder.h"

#include <set>
#include <tuple>

using namespace parcours;

namespace {

Session at(const QString& ref, const QString& cohort, const QDate& date, QTime start, QTime end,
           const QString& trainer = {}, const QString& room = {}, Module m = Module::Fle)
{
    Session s;
    s.ref = ref;
    s.cohortRef = cohort;
    s.module = m;
    s.date = date;
    s.start = start;
    s.end = end;
    s.trainerRef = trainer;
    s.roomRef = room;
    return s;
}

Cohort cohort(const QString& ref, const QDate& start, const QDate& end)
{
    Cohort c;
    c.ref = ref;
    c.name = ref;
    c.startDate = start;
    c.endDate = end;
    return c;
}

Trainer trainer(const QString& ref, QList<Module> modules)
{
    Trainer t;
    t.ref = ref;
    t.name = QStringLiteral("Trainer ") + ref;
    t.modules = std::move(modules);
    return t;
}

Room room(const QString& ref, std::optional<int> capacity)
{
    Room r;
    r.ref = ref;
    r.name = QStringLiteral("Salle ") + ref;
    r.siteRef = QStringLiteral("LIL");
    r.capacity = capacity;
    return r;
}

Enrolment enrolment(const QString& cohortRef, const QString& participant, QDate from = {}, QDate exit = {})
{
    Enrolment e;
    e.cohortRef = cohortRef;
    e.participantRef = participant;
    e.enrolledOn = from;
    e.exitDate = exit;
    return e;
}

const QDate kMonday(2025, 3, 10);

/// Two cohorts of March 2025 with no rule broken unless a test adds sessions that break one.
ConflictInput base()
{
    ConflictInput in;
    in.cohorts << cohort(QStringLiteral("C1"), QDate(2025, 3, 3), QDate(2025, 3, 28))
               << cohort(QStringLiteral("C2"), QDate(2025, 3, 3), QDate(2025, 3, 28));
    in.trainers << trainer(QStringLiteral("T1"), {Module::Fle}) << trainer(QStringLiteral("T2"), {Module::English})
                << trainer(QStringLiteral("T3"), {});
    in.rooms << room(QStringLiteral("R1"), 20) << room(QStringLiteral("R2"), 2) << room(QStringLiteral("R3"), std::nullopt);
    return in;
}

Conflict clash(Conflict::Kind kind, const char* first, const char* second, const char* resource)
{
    Conflict c;
    c.kind = kind;
    c.sessionRef = QString::fromLatin1(first);
    c.otherRef = QString::fromLatin1(second);
    c.resourceRef = QString::fromLatin1(resource);
    return c;
}

Conflict single(Conflict::Kind kind, const char* session, const char* resource)
{
    return clash(kind, session, "", resource);
}

QList<Conflict::Kind> kindsOf(const QList<Conflict>& conflicts)
{
    QList<Conflict::Kind> out;
    for (const Conflict& c : conflicts)
        out << c.kind;
    return out;
}

} // namespace

namespace Catch {
template<>
struct StringMaker<Conflict>
{
    static std::string convert(const Conflict& c)
    {
        return "{kind " + std::to_string(int(c.kind)) + " " + c.sessionRef.toStdString() + " / "
            + c.otherRef.toStdString() + " on " + c.resourceRef.toStdString() + "}";
    }
};
} // namespace Catch

TEST_CASE("one trainer in two overlapping sessions of two cohorts is a conflict naming both", "[timetable][conflicts]")
{
    ConflictInput in = base();
    in.sessions << at(QStringLiteral("A"), QStringLiteral("C1"), kMonday, QTime(9, 0), QTime(12, 0), QStringLiteral("T1"))
                << at(QStringLiteral("B"), QStringLiteral("C2"), kMonday, QTime(11, 0), QTime(13, 0), QStringLiteral("T1"));
    CHECK(ConflictFinder::find(in) == QList<Conflict>{clash(Conflict::Kind::TrainerClash, "A", "B", "T1")});

    const QString text = ConflictFinder::describe(ConflictFinder::find(in).first(), in, QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(text == QStringLiteral("Trainer Trainer T1 (T1) is in two sessions at once: 10/03/2025 09:00-12:00, C1, "
                                 "French (FLE) (A) and 10/03/2025 11:00-13:00, C2, French (FLE) (B)"));

    SECTION("touching sessions do not overlap")
    {
        in.sessions[1].start = QTime(12, 0);
        CHECK(ConflictFinder::find(in).isEmpty());
    }
    SECTION("a cancelled session conflicts with nothing")
    {
        in.sessions[1].status = SessionStatus::Cancelled;
        CHECK(ConflictFinder::find(in).isEmpty());
    }
    SECTION("the same hours on another day do not overlap")
    {
        in.sessions[1].date = kMonday.addDays(1);
        CHECK(ConflictFinder::find(in).isEmpty());
    }
    SECTION("two trainers do not clash")
    {
        in.sessions[1].trainerRef = QStringLiteral("T3");
        CHECK(ConflictFinder::find(in).isEmpty());
    }
    SECTION("a session inside another overlaps it")
    {
        in.sessions[1].start = QTime(10, 0);
        in.sessions[1].end = QTime(11, 0);
        CHECK(ConflictFinder::find(in) == QList<Conflict>{clash(Conflict::Kind::TrainerClash, "A", "B", "T1")});
    }
}

TEST_CASE("a long session clashes with each later one it overlaps, and those that only follow each other "
          "do not clash",
          "[timetable][conflicts]")
{
    ConflictInput in = base();
    in.sessions << at(QStringLiteral("A"), QStringLiteral("C1"), kMonday, QTime(9, 0), QTime(12, 0), QStringLiteral("T1"))
                << at(QStringLiteral("B"), QStringLiteral("C2"), kMonday, QTime(10, 0), QTime(11, 0), QStringLiteral("T1"))
                << at(QStringLiteral("C"), QStringLiteral("C2"), kMonday, QTime(11, 0), QTime(13, 0), QStringLiteral("T1"),
                      {}, Module::Fle);
    const QList<Conflict> found = ConflictFinder::find(in);
    // A-B and A-C share T1; B and C touch at 11:00. C2's B and C touch too: no cohort clash.
    CHECK(found == QList<Conflict>{clash(Conflict::Kind::TrainerClash, "A", "B", "T1"),
                                   clash(Conflict::Kind::TrainerClash, "A", "C", "T1")});
}

TEST_CASE("one room holding two overlapping sessions is a conflict", "[timetable][conflicts]")
{
    ConflictInput in = base();
    in.sessions << at(QStringLiteral("A"), QStringLiteral("C1"), kMonday, QTime(9, 0), QTime(12, 0), {}, QStringLiteral("R1"))
                << at(QStringLiteral("B"), QStringLiteral("C2"), kMonday, QTime(9, 30), QTime(10, 0), {}, QStringLiteral("R1"));
    CHECK(ConflictFinder::find(in) == QList<Conflict>{clash(Conflict::Kind::RoomClash, "A", "B", "R1")});
    SECTION("touching")
    {
        in.sessions[1].start = QTime(12, 0);
        in.sessions[1].end = QTime(13, 0);
        CHECK(ConflictFinder::find(in).isEmpty());
    }
    SECTION("cancelled")
    {
        in.sessions[0].status = SessionStatus::Cancelled;
        CHECK(ConflictFinder::find(in).isEmpty());
    }
    SECTION("another day")
    {
        in.sessions[0].date = kMonday.addDays(7);
        CHECK(ConflictFinder::find(in).isEmpty());
    }
    SECTION("another room")
    {
        in.sessions[1].roomRef = QStringLiteral("R3");
        CHECK(ConflictFinder::find(in).isEmpty());
    }
}

TEST_CASE("two overlapping sessions of one cohort are a conflict", "[timetable][conflicts]")
{
    ConflictInput in = base();
    in.sessions << at(QStringLiteral("A"), QStringLiteral("C1"), kMonday, QTime(14, 0), QTime(16, 0))
                << at(QStringLiteral("B"), QStringLiteral("C1"), kMonday, QTime(15, 59), QTime(17, 0));
    CHECK(ConflictFinder::find(in) == QList<Conflict>{clash(Conflict::Kind::CohortClash, "A", "B", "C1")});
    SECTION("touching")
    {
        in.sessions[1].start = QTime(16, 0);
        CHECK(ConflictFinder::find(in).isEmpty());
    }
    SECTION("cancelled")
    {
        in.sessions[1].status = SessionStatus::Cancelled;
        CHECK(ConflictFinder::find(in).isEmpty());
    }
    SECTION("two cohorts at the same time, with nothing shared, are fine")
    {
        in.sessions[1].cohortRef = QStringLiteral("C2");
        CHECK(ConflictFinder::find(in).isEmpty());
    }
    SECTION("with a shared trainer and room too, each shared thing is a conflict")
    {
        for (Session& s : in.sessions) {
            s.trainerRef = QStringLiteral("T1");
            s.roomRef = QStringLiteral("R1");
        }
        CHECK(kindsOf(ConflictFinder::find(in))
              == QList<Conflict::Kind>{Conflict::Kind::TrainerClash, Conflict::Kind::RoomClash,
                                       Conflict::Kind::CohortClash});
    }
}

TEST_CASE("a session before its cohort's start or after its end is a conflict; on those days it is not",
          "[timetable][conflicts]")
{
    ConflictInput in = base();
    in.sessions << at(QStringLiteral("before"), QStringLiteral("C1"), QDate(2025, 3, 2), QTime(9, 0), QTime(12, 0))
                << at(QStringLiteral("first"), QStringLiteral("C1"), QDate(2025, 3, 3), QTime(9, 0), QTime(12, 0))
                << at(QStringLiteral("last"), QStringLiteral("C1"), QDate(2025, 3, 28), QTime(9, 0), QTime(12, 0))
                << at(QStringLiteral("after"), QStringLiteral("C1"), QDate(2025, 3, 29), QTime(9, 0), QTime(12, 0))
                << at(QStringLiteral("unknown"), QStringLiteral("C9"), QDate(2020, 1, 1), QTime(9, 0), QTime(12, 0));
    Session cancelled = at(QStringLiteral("gone"), QStringLiteral("C1"), QDate(2025, 4, 1), QTime(9, 0), QTime(12, 0));
    cancelled.status = SessionStatus::Cancelled;
    in.sessions << cancelled;
    CHECK(ConflictFinder::find(in) == QList<Conflict>{single(Conflict::Kind::OutsideCohortDates, "before", "C1"),
                                                      single(Conflict::Kind::OutsideCohortDates, "after", "C1")});
    CHECK(ConflictFinder::describe(ConflictFinder::find(in).first(), in, QLocale(QLocale::English, QLocale::UnitedKingdom))
          == QStringLiteral("Session 02/03/2025 09:00-12:00, C1, French (FLE) (before) is outside the dates of "
                            "cohort C1 (03/03/2025 to 28/03/2025)"));
}

TEST_CASE("a trainer leading a module they do not teach is a conflict", "[timetable][conflicts]")
{
    ConflictInput in = base();
    in.sessions << at(QStringLiteral("fle-by-T2"), QStringLiteral("C1"), kMonday, QTime(9, 0), QTime(12, 0), QStringLiteral("T2"))
                << at(QStringLiteral("en-by-T2"), QStringLiteral("C1"), kMonday, QTime(14, 0), QTime(16, 0), QStringLiteral("T2"), {},
                      Module::English)
                << at(QStringLiteral("fle-by-T1"), QStringLiteral("C2"), kMonday, QTime(9, 0), QTime(12, 0), QStringLiteral("T1"))
                // T3 has no module recorded: not known to teach nothing.
                << at(QStringLiteral("by-T3"), QStringLiteral("C2"), kMonday, QTime(14, 0), QTime(16, 0), QStringLiteral("T3"), {},
                      Module::SoftSkills);
    CHECK(ConflictFinder::find(in) == QList<Conflict>{single(Conflict::Kind::TrainerModule, "fle-by-T2", "T2")});
    in.sessions[0].status = SessionStatus::Cancelled;
    CHECK(ConflictFinder::find(in).isEmpty());
}

TEST_CASE("a room with fewer seats than participants expected at the session is a conflict",
          "[timetable][conflicts]")
{
    ConflictInput in = base();
    // C1: three participants, P3 leaves on 12 March; C2: one. R2 seats 2, R3 has no capacity.
    in.enrolments << enrolment(QStringLiteral("C1"), QStringLiteral("P1"))
                  << enrolment(QStringLiteral("C1"), QStringLiteral("P2"), QDate(2025, 3, 3))
                  << enrolment(QStringLiteral("C1"), QStringLiteral("P3"), {}, QDate(2025, 3, 12))
                  << enrolment(QStringLiteral("C2"), QStringLiteral("P4"));
    in.sessions << at(QStringLiteral("full"), QStringLiteral("C1"), QDate(2025, 3, 12), QTime(9, 0), QTime(12, 0), {},
                      QStringLiteral("R2"))
                << at(QStringLiteral("after-exit"), QStringLiteral("C1"), QDate(2025, 3, 13), QTime(9, 0), QTime(12, 0), {},
                      QStringLiteral("R2"))
                << at(QStringLiteral("no-capacity"), QStringLiteral("C1"), QDate(2025, 3, 14), QTime(9, 0), QTime(12, 0), {},
                      QStringLiteral("R3"))
                << at(QStringLiteral("small"), QStringLiteral("C2"), QDate(2025, 3, 14), QTime(9, 0), QTime(12, 0), {},
                      QStringLiteral("R2"));
    Conflict expected = single(Conflict::Kind::RoomTooSmall, "full", "R2");
    expected.seats = 2;
    expected.expected = 3;
    CHECK(ConflictFinder::find(in) == QList<Conflict>{expected});
    CHECK(ConflictFinder::describe(expected, in, QLocale(QLocale::English, QLocale::UnitedKingdom))
          == QStringLiteral("Room Salle R2 (R2) has 2 seat(s) for 3 participants expected: 12/03/2025 09:00-12:00, C1, "
                            "French (FLE) (full)"));
}

TEST_CASE("conflicts come in the order of their sessions, and a session's own are found by its ref",
          "[timetable][conflicts]")
{
    ConflictInput in = base();
    in.sessions << at(QStringLiteral("late"), QStringLiteral("C1"), kMonday.addDays(1), QTime(9, 0), QTime(12, 0), QStringLiteral("T2"))
                << at(QStringLiteral("x"), QStringLiteral("C1"), kMonday, QTime(14, 0), QTime(16, 0), QStringLiteral("T1"))
                << at(QStringLiteral("y"), QStringLiteral("C2"), kMonday, QTime(15, 0), QTime(16, 0), QStringLiteral("T1"));
    const QList<Conflict> found = ConflictFinder::find(in);
    CHECK(found == QList<Conflict>{clash(Conflict::Kind::TrainerClash, "x", "y", "T1"),
                                   single(Conflict::Kind::TrainerModule, "late", "T2")});
    CHECK(ConflictFinder::involving(found, QStringLiteral("y")) == QList<Conflict>{found[0]});
    CHECK(found[0].otherThan(QStringLiteral("y")) == QStringLiteral("x"));
    CHECK(ConflictFinder::involving(found, QStringLiteral("nothing")).isEmpty());
}

namespace {

/// A network's year: 50 cohorts of 20 over the same 12 weeks (6 January to 28 March 2025),
/// each with 8 sessions a week: FLE from Monday to Thursday 09:00-12:00 with its own trainer M<i>
/// in its own room R<i>, and English or soft skills from Monday to Thursday afternoon with a
/// trainer A<i mod 25> whom cohorts i and i + 25 share: 12:00-14:00 for i < 25, 14:00-16:00 for
/// the others, so that the two only touch. 4,800 sessions and no conflict.
struct Network
{
    ConflictInput in;

    static QString ref(int cohort, int week, int day, bool morning)
    {
        return QStringLiteral("C%1-W%2-D%3-%4")
            .arg(cohort, 2, 10, QLatin1Char('0'))
            .arg(week, 2, 10, QLatin1Char('0'))
            .arg(day)
            .arg(morning ? QStringLiteral("AM") : QStringLiteral("PM"));
    }
    static QString cohortRef(int i) { return QStringLiteral("C%1").arg(i, 2, 10, QLatin1Char('0')); }

    Network()
    {
        const QDate firstMonday(2025, 1, 6);
        for (int i = 0; i < 25; ++i)
            in.trainers << trainer(QStringLiteral("A%1").arg(i), {Module::English, Module::SoftSkills});
        for (int i = 0; i < 50; ++i) {
            in.cohorts << cohort(cohortRef(i), firstMonday, QDate(2025, 3, 28));
            in.trainers << trainer(QStringLiteral("M%1").arg(i), {Module::Fle});
            in.rooms << room(QStringLiteral("R%1").arg(i), 20);
            for (int p = 0; p < 20; ++p)
                in.enrolments << enrolment(cohortRef(i), QStringLiteral("P%1-%2").arg(i).arg(p));
            const QTime afternoon = i < 25 ? QTime(12, 0) : QTime(14, 0);
            for (int w = 1; w <= 12; ++w) {
                for (int d = 1; d <= 4; ++d) {
                    const QDate date = firstMonday.addDays(7 * (w - 1) + d - 1);
                    in.sessions << at(ref(i, w, d, true), cohortRef(i), date, QTime(9, 0), QTime(12, 0),
                                      QStringLiteral("M%1").arg(i), QStringLiteral("R%1").arg(i));
                    in.sessions << at(ref(i, w, d, false), cohortRef(i), date, afternoon, afternoon.addSecs(7200),
                                      QStringLiteral("A%1").arg(i % 25), QStringLiteral("R%1").arg(i),
                                      d % 2 ? Module::English : Module::SoftSkills);
                }
            }
        }
    }

    Session& session(const QString& r)
    {
        for (Session& s : in.sessions)
            if (s.ref == r)
                return s;
        FAIL("no session " << r.toStdString());
        return in.sessions.first();
    }
};

/// Every pair compared with every other: slow, obviously right, for checking the sweep.
QList<Conflict> everyPair(const ConflictInput& in)
{
    std::set<std::tuple<int, QString, QString, QString>> out;
    for (int i = 0; i < in.sessions.size(); ++i) {
        const Session& a = in.sessions[i];
        if (a.status == SessionStatus::Cancelled)
            continue;
        for (int j = i + 1; j < in.sessions.size(); ++j) {
            const Session& b = in.sessions[j];
            if (b.status == SessionStatus::Cancelled || a.date != b.date || !(a.start < b.end && b.start < a.end))
                continue;
            const bool aFirst = std::make_tuple(a.start, a.end, i) < std::make_tuple(b.start, b.end, j);
            const QString& first = aFirst ? a.ref : b.ref;
            const QString& second = aFirst ? b.ref : a.ref;
            if (!a.trainerRef.isEmpty() && a.trainerRef == b.trainerRef)
                out.insert({int(Conflict::Kind::TrainerClash), first, second, a.trainerRef});
            if (!a.roomRef.isEmpty() && a.roomRef == b.roomRef)
                out.insert({int(Conflict::Kind::RoomClash), first, second, a.roomRef});
            if (a.cohortRef == b.cohortRef)
                out.insert({int(Conflict::Kind::CohortClash), first, second, a.cohortRef});
        }
    }
    QList<Conflict> list;
    for (const auto& [kind, first, second, resource] : out) {
        Conflict c;
        c.kind = Conflict::Kind(kind);
        c.sessionRef = first;
        c.otherRef = second;
        c.resourceRef = resource;
        list << c;
    }
    return list;
}

QList<Conflict> clashesSorted(const QList<Conflict>& found)
{
    std::set<std::tuple<int, QString, QString, QString>> set;
    for (const Conflict& c : found)
        if (c.isClash())
            set.insert({int(c.kind), c.sessionRef, c.otherRef, c.resourceRef});
    QList<Conflict> list;
    for (const auto& [kind, first, second, resource] : set) {
        Conflict c;
        c.kind = Conflict::Kind(kind);
        c.sessionRef = first;
        c.otherRef = second;
        c.resourceRef = resource;
        list << c;
    }
    return list;
}

} // namespace

TEST_CASE("in a network's year of 4,800 sessions the finder gives exactly the conflicts put in by hand, and "
          "the same clashes as comparing every pair",
          "[timetable][conflicts]")
{
    Network net;
    REQUIRE(net.in.sessions.size() == 4800);
    CHECK(ConflictFinder::find(net.in).isEmpty());

    // (a) Cohort 28 (afternoons 14:00-16:00 with A3, whom cohort 3 has at 12:00-14:00) moves
    // its Tuesday of week 5 to 13:30: A3 is in two places from 13:30 to 14:00.
    net.session(Network::ref(28, 5, 2, false)).start = QTime(13, 30);
    net.session(Network::ref(28, 5, 2, false)).end = QTime(15, 30);
    // (b) Cohort 10's Wednesday morning of week 7 in cohort 11's room.
    net.session(Network::ref(10, 7, 3, true)).roomRef = QStringLiteral("R11");
    // (c) An extra hour for cohort 20 during its Thursday morning of week 2.
    net.in.sessions << at(QStringLiteral("C20-extra"), QStringLiteral("C20"), QDate(2025, 1, 16), QTime(10, 0), QTime(11, 0));
    // (d) A cancelled session on top of cohort 40's Monday morning of week 1: nothing.
    Session gone = at(QStringLiteral("C40-gone"), QStringLiteral("C40"), QDate(2025, 1, 6), QTime(9, 0), QTime(12, 0),
                      QStringLiteral("M40"), QStringLiteral("R40"));
    gone.status = SessionStatus::Cancelled;
    net.in.sessions << gone;
    // (e) A session of cohort 45 on the Monday after its end.
    net.in.sessions << at(QStringLiteral("C45-after"), QStringLiteral("C45"), QDate(2025, 3, 31), QTime(14, 0), QTime(16, 0),
                          QStringLiteral("A20"), QStringLiteral("R45"), Module::English);
    // (f) Cohort 7's Monday morning of week 9 led by A7, who teaches English and soft skills; it
    // ends at 12:00 as A7's afternoon with cohort 7 starts: no clash.
    net.session(Network::ref(7, 9, 1, true)).trainerRef = QStringLiteral("A7");

    Conflict module = single(Conflict::Kind::TrainerModule, "", "A7");
    module.sessionRef = Network::ref(7, 9, 1, true);
    const QList<Conflict> expected = {
        clash(Conflict::Kind::CohortClash, "C20-W02-D4-AM", "C20-extra", "C20"),                  // 16 Jan
        clash(Conflict::Kind::TrainerClash, "C03-W05-D2-PM", "C28-W05-D2-PM", "A3"),              // 4 Feb
        clash(Conflict::Kind::RoomClash, "C10-W07-D3-AM", "C11-W07-D3-AM", "R11"),                // 19 Feb
        module,                                                                                   // 3 Mar
        single(Conflict::Kind::OutsideCohortDates, "C45-after", "C45"),                           // 31 Mar
    };
    const QList<Conflict> found = ConflictFinder::find(net.in);
    // (c) is one conflict, (a), (b), (e), (f) one each, (d) none: five conflicts for six faults.
    CHECK(found == expected);

    // The sweep finds the same clashes as comparing every pair of sessions.
    CHECK(clashesSorted(found) == everyPair(net.in));
}
