// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fixtures.h"

#include "CatchQt.h"

#include "core/storage/Database.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/VolunteerRepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace parcours::test {

namespace {

template<class T>
T required(Result<T> r)
{
    if (!r)
        FAIL(r.error().toString().toStdString());
    return *r;
}

} // namespace

Site fullSite(const QString& ref)
{
    Site s;
    s.ref = ref;
    s.name = QStringLiteral("Maison de l'emploi");
    s.address = QStringLiteral("3 rue Nationale");
    s.city = QStringLiteral("Lille");
    s.opens = QTime(8, 30);
    s.closes = QTime(17, 45);
    s.lunchStart = QTime(12, 0);
    s.lunchEnd = QTime(13, 30);
    return s;
}

Room fullRoom(const QString& ref, const QString& siteRef)
{
    Room r;
    r.ref = ref;
    r.siteRef = siteRef;
    r.name = QStringLiteral("Salle 1");
    r.capacity = 15;
    return r;
}

Cohort fullCohort(const QString& ref, const QString& siteRef)
{
    Cohort c;
    c.ref = ref;
    c.name = QStringLiteral("Tremplin Lille printemps 2025");
    c.programme = QStringLiteral("Tremplin");
    c.siteRef = siteRef;
    c.startDate = QDate(2025, 3, 3);
    c.endDate = QDate(2025, 6, 27);
    c.capacity = 18;
    c.fleHoursMin = 12.5;
    c.fleHoursMax = 14;
    c.englishHours = 1.5;
    c.softSkillsHours = 3;
    return c;
}

Participant fullParticipant(const QString& ref)
{
    Participant p;
    p.ref = ref;
    p.firstName = QStringLiteral("Selam");
    p.lastName = QStringLiteral("Haile");
    p.birthDate = QDate(1997, 8, 14);
    p.gender = Gender::Female;
    p.countryOfOrigin = QStringLiteral("ER");
    p.languages = {QStringLiteral("ti"), QStringLiteral("ar"), QStringLiteral("en")};
    p.frenchLevelEntry = CefrLevel::A1;
    p.status = ParticipantStatus::SubsidiaryProtection;
    p.arrivalDate = QDate(2024, 3, 1);
    p.phone = QStringLiteral("06 12 34 56 78");
    p.email = QStringLiteral("selam@example.org");
    p.professionalProject = QStringLiteral("aide à domicile");
    p.sector = QStringLiteral("care");
    p.referrer = QStringLiteral("France Travail");
    p.consentDate = QDate(2025, 2, 21);
    p.notes = QStringLiteral("line one\nline two, with a comma");
    return p;
}

Volunteer fullVolunteer(const QString& ref, VolunteerRole role)
{
    Volunteer v;
    v.ref = ref;
    v.firstName = QStringLiteral("Julie");
    v.lastName = QStringLiteral("Petit");
    v.role = role;
    v.email = QStringLiteral("julie@example.org");
    v.phone = QStringLiteral("+33 6 00 00 00 01");
    v.profession = QStringLiteral("boulangère");
    v.employer = QStringLiteral("Pains du Nord");
    v.sector = QStringLiteral("food");
    v.school = QStringLiteral("Sciences Po Lille");
    v.languages = {QStringLiteral("fr"), QStringLiteral("en")};
    v.maxPairings = 2;
    v.availableFrom = QDate(2025, 1, 6);
    v.availableTo = QDate(2025, 12, 19);
    v.notes = QStringLiteral("prefers Tuesdays");
    v.charterSignedOn = QDate(2024, 12, 2);
    v.trainingOn = QDate(2024, 12, 14);
    return v;
}

Trainer fullTrainer(const QString& ref)
{
    Trainer t;
    t.ref = ref;
    t.name = QStringLiteral("Anne Leroy");
    t.kind = TrainerKind::External;
    t.modules = {Module::English, Module::Fle};
    t.email = QStringLiteral("anne@example.org");
    t.phone = QStringLiteral("03 20 00 00 00");
    t.maxHoursWeek = 17.5;
    return t;
}

TrainerUnavailability fullUnavailability(const QString& trainerRef)
{
    TrainerUnavailability u;
    u.trainerRef = trainerRef;
    u.weekday = 3;
    u.start = QTime(14, 0);
    u.end = QTime(18, 0);
    u.fromDate = QDate(2025, 4, 14);
    u.toDate = QDate(2025, 4, 25);
    return u;
}

Enrolment fullEnrolment(const QString& cohortRef, const QString& participantRef)
{
    Enrolment e;
    e.cohortRef = cohortRef;
    e.participantRef = participantRef;
    e.enrolledOn = QDate(2025, 3, 3);
    e.status = EnrolmentStatus::Withdrawn;
    e.exitDate = QDate(2025, 4, 11);
    e.exitReason = QStringLiteral("found a job");
    e.frenchLevelExit = CefrLevel::A2;
    return e;
}

Session fullSession(const QString& ref, const QString& cohortRef, const QString& trainerRef, const QString& roomRef)
{
    Session s;
    s.ref = ref;
    s.cohortRef = cohortRef;
    s.module = Module::SoftSkills;
    s.date = QDate(2025, 3, 4);
    s.start = QTime(13, 30);
    s.end = QTime(15, 30);
    s.trainerRef = trainerRef;
    s.roomRef = roomRef;
    s.status = SessionStatus::Held;
    s.title = QStringLiteral("Prise de parole");
    return s;
}

Attendance lateMark(const QString& sessionRef, const QString& participantRef)
{
    Attendance a;
    a.sessionRef = sessionRef;
    a.participantRef = participantRef;
    a.status = AttendanceStatus::Late;
    a.minutesLate = 12;
    return a;
}

Pairing fullPairing(const QString& ref, const QString& participantRef, const QString& volunteerRef, PairingRole role,
                    const QString& cohortRef)
{
    Pairing k;
    k.ref = ref;
    k.participantRef = participantRef;
    k.volunteerRef = volunteerRef;
    k.role = role;
    k.cohortRef = cohortRef;
    k.startDate = QDate(2025, 3, 3);
    k.endDate = QDate(2025, 9, 30);
    k.status = PairingStatus::Ended;
    k.endReason = QStringLiteral("the participant moved away");
    return k;
}

CheckIn fullCheckIn(const QString& pairingRef, const QDate& date)
{
    CheckIn c;
    c.pairingRef = pairingRef;
    c.date = date;
    c.durationMinutes = 45;
    c.kind = CheckInKind::Video;
    c.notes = QStringLiteral("CV reviewed");
    return c;
}

Outcome fullOutcome(const QString& participantRef, const QString& cohortRef)
{
    Outcome o;
    o.participantRef = participantRef;
    o.cohortRef = cohortRef;
    o.milestone = Milestone::M6;
    o.situation = Situation::Cdd6mPlus;
    o.recordedOn = QDate(2025, 12, 29);
    o.employer = QStringLiteral("Pains du Nord");
    o.sector = QStringLiteral("food");
    o.notes = QStringLiteral("night shifts");
    return o;
}

void seed(Database& db)
{
    Transaction tx(db);
    REQUIRE(tx.begun());
    SiteRepository sites(db);
    required(sites.save(fullSite(QStringLiteral("LIL"))));
    required(sites.saveRoom(fullRoom(QStringLiteral("LIL-1"), QStringLiteral("LIL"))));
    required(CohortRepository(db).save(fullCohort(QStringLiteral("MINI"), QStringLiteral("LIL"))));
    ParticipantRepository participants(db);
    required(participants.save(fullParticipant(QStringLiteral("M1"))));
    required(participants.save(fullParticipant(QStringLiteral("M2"))));
    VolunteerRepository volunteers(db);
    required(volunteers.save(fullVolunteer(QStringLiteral("W1"), VolunteerRole::Mentor)));
    required(volunteers.save(fullVolunteer(QStringLiteral("W2"), VolunteerRole::Coach)));
    required(volunteers.save(fullVolunteer(QStringLiteral("W3"), VolunteerRole::Both)));
    required(TrainerRepository(db).save(fullTrainer(QStringLiteral("F1"))));
    REQUIRE(tx.commit());
}

QVariant scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName(), false));
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void checkSame(const Site& a, const Site& b)
{
    CHECK(a.id == b.id);
    CHECK(a.ref == b.ref);
    CHECK(a.name == b.name);
    CHECK(a.address == b.address);
    CHECK(a.city == b.city);
    CHECK(a.opens == b.opens);
    CHECK(a.closes == b.closes);
    CHECK(a.lunchStart == b.lunchStart);
    CHECK(a.lunchEnd == b.lunchEnd);
}

void checkSame(const Room& a, const Room& b)
{
    CHECK(a.id == b.id);
    CHECK(a.ref == b.ref);
    CHECK(a.siteRef == b.siteRef);
    CHECK(a.name == b.name);
    CHECK(a.capacity == b.capacity);
}

void checkSame(const Cohort& a, const Cohort& b)
{
    CHECK(a.id == b.id);
    CHECK(a.ref == b.ref);
    CHECK(a.name == b.name);
    CHECK(a.programme == b.programme);
    CHECK(a.siteRef == b.siteRef);
    CHECK(a.startDate == b.startDate);
    CHECK(a.endDate == b.endDate);
    CHECK(a.capacity == b.capacity);
    CHECK(a.fleHoursMin == b.fleHoursMin);
    CHECK(a.fleHoursMax == b.fleHoursMax);
    CHECK(a.englishHours == b.englishHours);
    CHECK(a.softSkillsHours == b.softSkillsHours);
}

void checkSame(const Participant& a, const Participant& b)
{
    CHECK(a.id == b.id);
    CHECK(a.ref == b.ref);
    CHECK(a.firstName == b.firstName);
    CHECK(a.lastName == b.lastName);
    CHECK(a.birthDate == b.birthDate);
    CHECK(a.gender == b.gender);
    CHECK(a.countryOfOrigin == b.countryOfOrigin);
    CHECK(a.languages == b.languages);
    CHECK(a.frenchLevelEntry == b.frenchLevelEntry);
    CHECK(a.status == b.status);
    CHECK(a.arrivalDate == b.arrivalDate);
    CHECK(a.phone == b.phone);
    CHECK(a.email == b.email);
    CHECK(a.professionalProject == b.professionalProject);
    CHECK(a.sector == b.sector);
    CHECK(a.referrer == b.referrer);
    CHECK(a.consentDate == b.consentDate);
    CHECK(a.notes == b.notes);
}

void checkSame(const Volunteer& a, const Volunteer& b)
{
    CHECK(a.id == b.id);
    CHECK(a.ref == b.ref);
    CHECK(a.firstName == b.firstName);
    CHECK(a.lastName == b.lastName);
    CHECK(a.role == b.role);
    CHECK(a.email == b.email);
    CHECK(a.phone == b.phone);
    CHECK(a.profession == b.profession);
    CHECK(a.employer == b.employer);
    CHECK(a.sector == b.sector);
    CHECK(a.school == b.school);
    CHECK(a.languages == b.languages);
    CHECK(a.maxPairings == b.maxPairings);
    CHECK(a.availableFrom == b.availableFrom);
    CHECK(a.availableTo == b.availableTo);
    CHECK(a.notes == b.notes);
    CHECK(a.charterSignedOn == b.charterSignedOn);
    CHECK(a.trainingOn == b.trainingOn);
}

void checkSame(const Trainer& a, const Trainer& b)
{
    CHECK(a.id == b.id);
    CHECK(a.ref == b.ref);
    CHECK(a.name == b.name);
    CHECK(a.kind == b.kind);
    CHECK(a.modules == b.modules);
    CHECK(a.email == b.email);
    CHECK(a.phone == b.phone);
    CHECK(a.maxHoursWeek == b.maxHoursWeek);
}

void checkSame(const TrainerUnavailability& a, const TrainerUnavailability& b)
{
    CHECK(a.id == b.id);
    CHECK(a.trainerRef == b.trainerRef);
    CHECK(a.weekday == b.weekday);
    CHECK(a.start == b.start);
    CHECK(a.end == b.end);
    CHECK(a.fromDate == b.fromDate);
    CHECK(a.toDate == b.toDate);
}

void checkSame(const Enrolment& a, const Enrolment& b)
{
    CHECK(a.id == b.id);
    CHECK(a.cohortRef == b.cohortRef);
    CHECK(a.participantRef == b.participantRef);
    CHECK(a.enrolledOn == b.enrolledOn);
    CHECK(a.status == b.status);
    CHECK(a.exitDate == b.exitDate);
    CHECK(a.exitReason == b.exitReason);
    CHECK(a.frenchLevelExit == b.frenchLevelExit);
}

void checkSame(const Session& a, const Session& b)
{
    CHECK(a.id == b.id);
    CHECK(a.ref == b.ref);
    CHECK(a.cohortRef == b.cohortRef);
    CHECK(a.module == b.module);
    CHECK(a.date == b.date);
    CHECK(a.start == b.start);
    CHECK(a.end == b.end);
    CHECK(a.trainerRef == b.trainerRef);
    CHECK(a.roomRef == b.roomRef);
    CHECK(a.status == b.status);
    CHECK(a.title == b.title);
}

void checkSame(const Attendance& a, const Attendance& b)
{
    CHECK(a.id == b.id);
    CHECK(a.sessionRef == b.sessionRef);
    CHECK(a.participantRef == b.participantRef);
    CHECK(a.status == b.status);
    CHECK(a.minutesLate == b.minutesLate);
}

void checkSame(const Pairing& a, const Pairing& b)
{
    CHECK(a.id == b.id);
    CHECK(a.ref == b.ref);
    CHECK(a.participantRef == b.participantRef);
    CHECK(a.volunteerRef == b.volunteerRef);
    CHECK(a.role == b.role);
    CHECK(a.cohortRef == b.cohortRef);
    CHECK(a.startDate == b.startDate);
    CHECK(a.endDate == b.endDate);
    CHECK(a.status == b.status);
    CHECK(a.endReason == b.endReason);
}

void checkSame(const CheckIn& a, const CheckIn& b)
{
    CHECK(a.id == b.id);
    CHECK(a.pairingRef == b.pairingRef);
    CHECK(a.date == b.date);
    CHECK(a.durationMinutes == b.durationMinutes);
    CHECK(a.kind == b.kind);
    CHECK(a.notes == b.notes);
}

void checkSame(const Outcome& a, const Outcome& b)
{
    CHECK(a.id == b.id);
    CHECK(a.participantRef == b.participantRef);
    CHECK(a.cohortRef == b.cohortRef);
    CHECK(a.milestone == b.milestone);
    CHECK(a.situation == b.situation);
    CHECK(a.recordedOn == b.recordedOn);
    CHECK(a.employer == b.employer);
    CHECK(a.sector == b.sector);
    CHECK(a.notes == b.notes);
}

QStringList fieldsOf(const Error& e)
{
    QStringList out;
    for (const Problem& p : e.problems)
        out << p.field;
    return out;
}

} // namespace parcours::test
