// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/EditService.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/OfficeClosureRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/VolunteerRepository.h"

#include <QSignalSpy>

using namespace parcours;

namespace {

/// One site with a room, a cohort there, a trainer, two participants enrolled, one session in
/// the room led by the trainer with both marked, a mentor paired with the first participant
/// (one check-in), and an outcome of the first. Everything saved through the service.
struct Sample
{
    explicit Sample(EditService& edits)
    {
        Site site;
        site.ref = QStringLiteral("S-1");
        site.name = QStringLiteral("Lyon");
        REQUIRE(edits.save(site));
        Room room;
        room.ref = QStringLiteral("R-1");
        room.siteRef = site.ref;
        room.name = QStringLiteral("Salle 1");
        REQUIRE(edits.save(room));
        Cohort cohort;
        cohort.ref = QStringLiteral("C-1");
        cohort.name = QStringLiteral("Tremplin 1");
        cohort.siteRef = site.ref;
        cohort.startDate = QDate(2024, 1, 8);
        cohort.endDate = QDate(2024, 4, 5);
        REQUIRE(edits.save(cohort));
        Trainer trainer;
        trainer.ref = QStringLiteral("T-1");
        trainer.name = QStringLiteral("Marie Curie");
        trainer.modules = {Module::Fle};
        REQUIRE(edits.save(trainer));
        for (const auto& [ref, first] : {std::pair{QStringLiteral("P-1"), QStringLiteral("Hélène")},
                                         std::pair{QStringLiteral("P-2"), QStringLiteral("Ahmad")}}) {
            Participant p;
            p.ref = ref;
            p.firstName = first;
            p.lastName = QStringLiteral("Nom");
            REQUIRE(edits.save(p));
            Enrolment e;
            e.cohortRef = cohort.ref;
            e.participantRef = ref;
            REQUIRE(edits.save(e));
        }
        Volunteer mentor;
        mentor.ref = QStringLiteral("V-1");
        mentor.firstName = QStringLiteral("Claire");
        mentor.lastName = QStringLiteral("Dubois");
        REQUIRE(edits.save(mentor));

        Database& db = edits.database();
        Transaction tx(db);
        REQUIRE(tx.begun());
        SessionRepository sessions(db);
        Session s;
        s.ref = QStringLiteral("SE-1");
        s.cohortRef = cohort.ref;
        s.date = QDate(2024, 1, 9);
        s.start = QTime(9, 0);
        s.end = QTime(12, 0);
        s.trainerRef = trainer.ref;
        s.roomRef = room.ref;
        REQUIRE(sessions.save(s));
        for (const QString& p : {QStringLiteral("P-1"), QStringLiteral("P-2")}) {
            Attendance a;
            a.sessionRef = s.ref;
            a.participantRef = p;
            REQUIRE(sessions.saveAttendance(a));
        }
        PairingRepository pairings(db);
        Pairing k;
        k.ref = QStringLiteral("K-1");
        k.participantRef = QStringLiteral("P-1");
        k.volunteerRef = mentor.ref;
        k.cohortRef = cohort.ref;
        REQUIRE(pairings.save(k));
        CheckIn ci;
        ci.pairingRef = k.ref;
        ci.date = QDate(2024, 2, 1);
        REQUIRE(pairings.saveCheckIn(ci));
        Outcome o;
        o.participantRef = QStringLiteral("P-1");
        o.cohortRef = cohort.ref;
        o.situation = Situation::Cdi;
        REQUIRE(OutcomeRepository(db).save(o));
        TrainerUnavailability u;
        u.trainerRef = trainer.ref;
        u.weekday = 3;
        u.start = QTime(14, 0);
        u.end = QTime(17, 0);
        REQUIRE(TrainerRepository(db).saveUnavailability(u));
        OfficeClosureRepository closures(db);
        OfficeClosure mine;
        mine.siteRef = site.ref;
        mine.fromDate = QDate(2024, 2, 12);
        mine.toDate = QDate(2024, 2, 16);
        mine.label = QStringLiteral("Travaux");
        REQUIRE(closures.save(mine));
        OfficeClosure everywhere;
        everywhere.fromDate = QDate(2024, 12, 23);
        everywhere.toDate = QDate(2024, 12, 31);
        REQUIRE(closures.save(everywhere));
        REQUIRE(tx.commit());
    }
};

/// The rows of a read that must succeed, by value (a range-for over `*repository.all()` would
/// iterate a destroyed temporary).
template<class T>
QList<T> rows(Result<QList<T>> read)
{
    REQUIRE(read);
    return std::move(*read);
}

/// Everything in the file in one comparable text, ids left out (they change on restore).
QStringList contents(Database& db)
{
    QStringList out;
    for (const Site& s : rows(SiteRepository(db).all()))
        out << QStringLiteral("site %1 %2").arg(s.ref, s.name);
    for (const Room& r : rows(SiteRepository(db).rooms()))
        out << QStringLiteral("room %1 %2 %3").arg(r.ref, r.siteRef, r.name);
    for (const Cohort& c : rows(CohortRepository(db).all()))
        out << QStringLiteral("cohort %1 site=%2").arg(c.ref, c.siteRef);
    for (const Enrolment& e : rows(CohortRepository(db).enrolments()))
        out << QStringLiteral("enrolment %1 %2").arg(e.cohortRef, e.participantRef);
    for (const Participant& p : rows(ParticipantRepository(db).all()))
        out << QStringLiteral("participant %1 %2").arg(p.ref, p.fullName());
    for (const Volunteer& v : rows(VolunteerRepository(db).all()))
        out << QStringLiteral("volunteer %1").arg(v.ref);
    for (const Trainer& t : rows(TrainerRepository(db).all()))
        out << QStringLiteral("trainer %1 modules=%2").arg(t.ref).arg(t.modules.size());
    for (const TrainerUnavailability& u : rows(TrainerRepository(db).unavailability()))
        out << QStringLiteral("unavailable %1 %2").arg(u.trainerRef).arg(u.weekday);
    for (const Session& s : rows(SessionRepository(db).all()))
        out << QStringLiteral("session %1 %2 trainer=%3 room=%4").arg(s.ref, s.cohortRef, s.trainerRef, s.roomRef);
    for (const Attendance& a : rows(SessionRepository(db).attendance()))
        out << QStringLiteral("mark %1 %2").arg(a.sessionRef, a.participantRef);
    for (const Pairing& k : rows(PairingRepository(db).all()))
        out << QStringLiteral("pairing %1 %2 %3 cohort=%4").arg(k.ref, k.participantRef, k.volunteerRef, k.cohortRef);
    for (const CheckIn& c : rows(PairingRepository(db).checkIns()))
        out << QStringLiteral("checkin %1 %2").arg(c.pairingRef, c.date.toString(Qt::ISODate));
    for (const Outcome& o : rows(OutcomeRepository(db).all()))
        out << QStringLiteral("outcome %1 %2").arg(o.participantRef, o.cohortRef);
    for (const OfficeClosure& c : rows(OfficeClosureRepository(db).all()))
        out << QStringLiteral("closure %1 %2 %3").arg(c.siteRef, c.fromDate.toString(Qt::ISODate), c.label);
    return out;
}

} // namespace

TEST_CASE("a save returns the record it replaced and notifies after the commit", "[services][edit]")
{
    test::TestDatabase file;
    ChangeNotifier notifier;
    EditService edits(file.db(), &notifier);
    QStringList seen;
    QObject::connect(&notifier, &ChangeNotifier::saved, [&](EntityKind kind, const QString& ref) {
        // Notified after the commit: no transaction is open, and a fresh read sees the change.
        CHECK_FALSE(file.db().inTransaction());
        auto stored = ParticipantRepository(file.db()).find(ref);
        REQUIRE(stored);
        REQUIRE(stored->has_value());
        seen << QStringLiteral("%1 %2 %3").arg(int(kind)).arg(ref, (*stored)->firstName);
    });

    Participant p;
    p.ref = QStringLiteral("P-1");
    p.firstName = QStringLiteral("Hélène");
    p.lastName = QStringLiteral("Zerrouki");
    auto first = edits.save(p);
    REQUIRE(first);
    CHECK_FALSE(first->previous.has_value());
    CHECK(first->value.id > 0);

    p.firstName = QStringLiteral("Helena");
    auto second = edits.save(p);
    REQUIRE(second);
    REQUIRE(second->previous.has_value());
    CHECK(second->previous->firstName == QStringLiteral("Hélène"));
    const int kind = int(EntityKind::Participant);
    CHECK(seen == QStringList{QStringLiteral("%1 P-1 Hélène").arg(kind), QStringLiteral("%1 P-1 Helena").arg(kind)});
}

TEST_CASE("an invalid save writes nothing and notifies nothing", "[services][edit]")
{
    test::TestDatabase file;
    ChangeNotifier notifier;
    EditService edits(file.db(), &notifier);
    QSignalSpy saved(&notifier, &ChangeNotifier::saved);
    Participant p;
    p.ref = QStringLiteral("P-1");
    p.firstName = QStringLiteral("Hélène");
    p.email = QStringLiteral("not an address");
    auto result = edits.save(p);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::Invalid);
    CHECK(result.error().problems.size() == 2); // last name missing, e-mail malformed
    CHECK(*ParticipantRepository(file.db()).count() == 0);
    CHECK(saved.isEmpty());
    CHECK_FALSE(file.db().inTransaction());
}

TEST_CASE("removing a participant takes their enrolment, marks, pairing, check-in and outcome; restore puts all back",
          "[services][edit]")
{
    test::TestDatabase file;
    ChangeNotifier notifier;
    EditService edits(file.db(), &notifier);
    Sample sample(edits);
    const QStringList before = contents(file.db());

    auto preview = edits.dependantsOf(EntityKind::Participant, QStringLiteral("P-1"));
    REQUIRE(preview);
    CHECK(preview->enrolments.size() == 1);
    CHECK(preview->attendance.size() == 1);
    CHECK(preview->pairings.size() == 1);
    CHECK(preview->checkIns.size() == 1);
    CHECK(preview->outcomes.size() == 1);
    CHECK(contents(file.db()) == before); // a preview removes nothing

    QSignalSpy removed(&notifier, &ChangeNotifier::removed);
    QSignalSpy changed(&notifier, &ChangeNotifier::changed);
    auto removal = edits.remove(EntityKind::Participant, QStringLiteral("P-1"));
    REQUIRE(removal);
    CHECK(removed.size() == 1);
    CHECK(changed.size() == 5); // enrolments, marks, pairings, check-ins, outcomes
    CHECK_FALSE(*ParticipantRepository(file.db()).find(QStringLiteral("P-1")));
    CHECK(CohortRepository(file.db()).enrolments()->size() == 1);
    CHECK(SessionRepository(file.db()).attendance()->size() == 1);
    CHECK(PairingRepository(file.db()).all()->isEmpty());
    CHECK(PairingRepository(file.db()).checkIns()->isEmpty());
    CHECK(*OutcomeRepository(file.db()).count() == 0);

    REQUIRE(edits.restore(*removal));
    CHECK(contents(file.db()) == before);
}

TEST_CASE("removing a site takes its rooms and closures and unlinks its cohorts and sessions; restore puts all back",
          "[services][edit]")
{
    test::TestDatabase file;
    EditService edits(file.db());
    Sample sample(edits);
    const QStringList before = contents(file.db());
    auto removal = edits.remove(EntityKind::Site, QStringLiteral("S-1"));
    REQUIRE(removal);
    CHECK(removal->rooms.size() == 1);
    CHECK(removal->unlinkedCohorts.size() == 1);
    CHECK(removal->unlinkedSessions.size() == 1);
    CHECK(removal->closures.size() == 1); // its own, not the closure of every site
    CHECK(OfficeClosureRepository(file.db()).all()->size() == 1);
    CHECK(CohortRepository(file.db()).find(QStringLiteral("C-1"))->value().siteRef.isEmpty());
    CHECK(SessionRepository(file.db()).find(QStringLiteral("SE-1"))->value().roomRef.isEmpty());
    REQUIRE(edits.restore(*removal));
    CHECK(contents(file.db()) == before);
}

TEST_CASE("removing a cohort, a trainer, a room or a volunteer is undone whole", "[services][edit]")
{
    test::TestDatabase file;
    EditService edits(file.db());
    Sample sample(edits);
    const QStringList before = contents(file.db());
    struct Case
    {
        EntityKind kind;
        QString ref;
    };
    for (const Case& c : {Case{EntityKind::Cohort, QStringLiteral("C-1")}, Case{EntityKind::Trainer, QStringLiteral("T-1")},
                          Case{EntityKind::Room, QStringLiteral("R-1")}, Case{EntityKind::Volunteer, QStringLiteral("V-1")}}) {
        INFO("ref " << c.ref.toStdString());
        auto removal = edits.remove(c.kind, c.ref);
        REQUIRE(removal);
        CHECK(removal->hasDependants());
        CHECK(contents(file.db()) != before);
        REQUIRE(edits.restore(*removal));
        CHECK(contents(file.db()) == before);
    }
}

TEST_CASE("removing what does not exist fails with NotFound and changes nothing", "[services][edit]")
{
    test::TestDatabase file;
    EditService edits(file.db());
    auto removal = edits.remove(EntityKind::Participant, QStringLiteral("P-404"));
    REQUIRE_FALSE(removal);
    CHECK(removal.error().code == ErrorCode::NotFound);
    CHECK_FALSE(file.db().inTransaction());
}

TEST_CASE("an enrolment removed and saved again is as before", "[services][edit]")
{
    test::TestDatabase file;
    EditService edits(file.db());
    Sample sample(edits);
    const QStringList before = contents(file.db());
    auto removed = edits.removeEnrolment(QStringLiteral("C-1"), QStringLiteral("P-2"));
    REQUIRE(removed);
    CHECK(removed->participantRef == QStringLiteral("P-2"));
    CHECK(CohortRepository(file.db()).enrolments()->size() == 1);
    REQUIRE(edits.save(*removed));
    CHECK(contents(file.db()) == before);
}

TEST_CASE("next refs are generated per kind", "[services][edit]")
{
    test::TestDatabase file;
    EditService edits(file.db());
    Sample sample(edits);
    CHECK(*edits.nextRef(EntityKind::Participant) == QStringLiteral("P-000003")); // P-1 and P-2
    CHECK(*edits.nextRef(EntityKind::Room) == QStringLiteral("R-000002"));
    CHECK(*edits.nextRef(EntityKind::Trainer) == QStringLiteral("T-000002"));
}

namespace {

QStringList periodsOf(EditService& edits, const QString& trainerRef)
{
    auto rows = edits.unavailabilityOf(trainerRef);
    REQUIRE(rows);
    QStringList out;
    for (const TrainerUnavailability& u : *rows)
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(u.weekday)
                   .arg(u.start.toString(QStringLiteral("HH:mm")), u.end.toString(QStringLiteral("HH:mm")),
                        u.fromDate.toString(Qt::ISODate), u.toDate.toString(Qt::ISODate));
    return out;
}

} // namespace

TEST_CASE("an unavailability change replaces one period by another in one transaction, or changes nothing",
          "[services][edit]")
{
    test::TestDatabase file;
    ChangeNotifier notifier;
    EditService edits(file.db(), &notifier);
    Sample sample(edits); // T-1 away on Wednesdays 14:00-17:00
    QSignalSpy saved(&notifier, &ChangeNotifier::saved);
    const TrainerUnavailability wednesday{0, QStringLiteral("T-1"), 3, QTime(14, 0), QTime(17, 0), {}, {}};
    const TrainerUnavailability january{12345, QStringLiteral("T-1"), 3, QTime(14, 0), QTime(16, 0),
                                        QDate(2024, 1, 8), QDate(2024, 2, 2)};
    REQUIRE(periodsOf(edits, QStringLiteral("T-1")) == QStringList{QStringLiteral("3 14:00 17:00  ")});

    // Found by its values (the ids given are not the row's).
    REQUIRE(edits.changeUnavailability(wednesday, january));
    const QStringList changed{QStringLiteral("3 14:00 16:00 2024-01-08 2024-02-02")};
    CHECK(periodsOf(edits, QStringLiteral("T-1")) == changed);
    REQUIRE(saved.size() == 1);
    CHECK(saved.at(0).at(0).value<EntityKind>() == EntityKind::TrainerUnavailability);
    CHECK(saved.at(0).at(1).toString() == QStringLiteral("T-1"));

    // A period that is not there: NotFound, nothing added.
    auto missing = edits.changeUnavailability(wednesday, TrainerUnavailability{0, QStringLiteral("T-1"), 1,
                                                                               QTime(8, 0), QTime(9, 0), {}, {}});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(periodsOf(edits, QStringLiteral("T-1")) == changed);

    // An end before the start: Invalid on `end`, and the period it was to replace stays.
    auto backwards = edits.changeUnavailability(january, TrainerUnavailability{0, QStringLiteral("T-1"), 3,
                                                                               QTime(16, 0), QTime(15, 0), {}, {}});
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().code == ErrorCode::Invalid);
    REQUIRE(backwards.error().problems.size() == 1);
    CHECK(backwards.error().problems.at(0).field == QStringLiteral("end"));
    CHECK(periodsOf(edits, QStringLiteral("T-1")) == changed);

    // The same period twice: Invalid on `weekday` (undoing the second add would take the first).
    auto twice = edits.changeUnavailability(std::nullopt, january);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Invalid);
    CHECK(twice.error().problems.at(0).reason == QStringLiteral("is already listed"));
    CHECK(periodsOf(edits, QStringLiteral("T-1")) == changed);
    CHECK(saved.size() == 1); // no failure notified

    // Removed, and put back by the reverse change.
    REQUIRE(edits.changeUnavailability(january, std::nullopt));
    CHECK(periodsOf(edits, QStringLiteral("T-1")).isEmpty());
    REQUIRE(edits.changeUnavailability(std::nullopt, january));
    CHECK(periodsOf(edits, QStringLiteral("T-1")) == changed);
    CHECK(saved.size() == 3);
    CHECK_FALSE(file.db().inTransaction());
}
