// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "TestDatabase.h"
#include "core/pairing/VolunteerReadiness.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/VolunteerRepository.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <functional>

#include <catch2/catch.hpp>

using namespace parcours;

namespace {

FixedClock clockOn(const QDate& day)
{
    return FixedClock(QDateTime(day, QTime(10, 0)));
}

DemoData buildDemo(const QDate& today, quint32 seed)
{
    const FixedClock clock = clockOn(today);
    auto data = DemoGenerator(clock, seed).build();
    REQUIRE(data);
    return *data;
}

// The public holidays of metropolitan France from 2024 to 2027, written out by hand from the
// official calendars (not computed), to check the timetables against.
const QSet<QDate>& holidays2024to2027()
{
    static const QSet<QDate> days = [] {
        QSet<QDate> s;
        const char* list[] = {
            "2024-01-01", "2024-04-01", "2024-05-01", "2024-05-08", "2024-05-09", "2024-05-20",
            "2024-07-14", "2024-08-15", "2024-11-01", "2024-11-11", "2024-12-25",
            "2025-01-01", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09",
            "2025-07-14", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25",
            "2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25",
            "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25",
            "2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-08", "2027-05-17",
            "2027-07-14", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25",
        };
        for (const char* d : list)
            s.insert(QDate::fromString(QLatin1String(d), Qt::ISODate));
        return s;
    }();
    return days;
}

// Days the target checks run on: holidays in spring, around Christmas and in November fall
// inside the cohorts of one or another; with 2025-02-17 the finished cohort has the week of
// 6 May 2024, which loses two days (8 May and Ascension).
const QList<QDate> kDays = {QDate(2025, 2, 17), QDate(2025, 11, 20), QDate(2026, 2, 16), QDate(2026, 6, 15),
                            QDate(2027, 3, 1)};

double hoursOf(const Session& s)
{
    return s.start.secsTo(s.end) / 3600.0;
}

const Cohort* cohortWhere(const DemoData& d, const std::function<bool(const Cohort&)>& pred)
{
    for (const Cohort& c : d.cohorts)
        if (pred(c))
            return &c;
    return nullptr;
}

} // namespace

TEST_CASE("the small demo has two sites, three cohorts of 20, 40 or more volunteers and people from many countries",
          "[demo]")
{
    const FixedClock clock = clockOn(QDate(2026, 2, 16));
    test::TestDatabase tdb;
    REQUIRE(DemoGenerator(clock, 1).fill(tdb.db()));

    const auto sites = SiteRepository(tdb.db()).all();
    REQUIRE(sites);
    CHECK(sites->size() == 2);
    const auto rooms = SiteRepository(tdb.db()).rooms();
    REQUIRE(rooms);
    CHECK(rooms->size() >= 2);

    const auto cohorts = CohortRepository(tdb.db()).all();
    REQUIRE(cohorts);
    REQUIRE(cohorts->size() == 3);
    QSet<QString> cohortSites;
    const QRegularExpression refShape(QStringLiteral("^TREMPLIN-(LIL|LYO)-\\d{4}[A-Z]$"));
    for (const Cohort& c : *cohorts) {
        cohortSites.insert(c.siteRef);
        CHECK(refShape.match(c.ref).hasMatch());
        const auto enrolments = CohortRepository(tdb.db()).enrolmentsOf(c.ref);
        REQUIRE(enrolments);
        CHECK(enrolments->size() == 20);
    }
    CHECK(cohortSites.size() == 2);
    const auto enrolments = CohortRepository(tdb.db()).enrolments();
    REQUIRE(enrolments);
    CHECK(enrolments->size() == 60);

    const auto participants = ParticipantRepository(tdb.db()).all();
    REQUIRE(participants);
    CHECK(participants->size() == 60);
    const QSet<QString> served = {QStringLiteral("AF"), QStringLiteral("SY"), QStringLiteral("ER"),
                                  QStringLiteral("SD"), QStringLiteral("UA"), QStringLiteral("GN"),
                                  QStringLiteral("SO"), QStringLiteral("IQ"), QStringLiteral("CI"),
                                  QStringLiteral("GE")};
    QSet<QString> countries;
    int beginners = 0;
    for (const Participant& p : *participants) {
        countries.insert(p.countryOfOrigin);
        CHECK(served.contains(p.countryOfOrigin));
        CHECK_FALSE(p.languages.isEmpty());
        CHECK(p.frenchLevelEntry.has_value());
        CHECK(p.status.has_value());
        CHECK(p.consentDate.isValid());
        CHECK(p.consentDate <= clock.today());
        CHECK_FALSE(p.professionalProject.isEmpty());
        CHECK_FALSE(p.sector.isEmpty());
        if (p.frenchLevelEntry && *p.frenchLevelEntry <= CefrLevel::A2)
            ++beginners;
    }
    CHECK(countries.size() >= 6);
    CHECK(beginners >= 42); // "mostly A0 to A2": at least 70 %

    const auto volunteers = VolunteerRepository(tdb.db()).all();
    REQUIRE(volunteers);
    CHECK(volunteers->size() >= 40);
    QMap<VolunteerRole, int> roles;
    for (const Volunteer& v : *volunteers) {
        ++roles[v.role];
        if (v.role == VolunteerRole::Coach) {
            CHECK_FALSE(v.school.isEmpty());
        } else {
            CHECK_FALSE(v.profession.isEmpty());
            CHECK_FALSE(v.employer.isEmpty());
            CHECK_FALSE(v.sector.isEmpty());
        }
    }
    CHECK(roles.value(VolunteerRole::Mentor) > 0);
    CHECK(roles.value(VolunteerRole::Coach) > 0);
    CHECK(roles.value(VolunteerRole::Both) > 0);

    // Onboarding: most volunteers are ready to be paired, a few still lack their training,
    // so that the readiness checks have someone to show.
    int ready = 0;
    for (const Volunteer& v : *volunteers) {
        CHECK(v.charterSignedOn.isValid());
        if (VolunteerReadiness::isReady(v))
            ++ready;
        else
            CHECK(VolunteerReadiness::missing(v) == QList<ReadinessItem>{ReadinessItem::TrainingAttended});
    }
    CHECK(ready >= volunteers->size() * 3 / 4);
    CHECK(ready < volunteers->size());
}

TEST_CASE("the demo has staff FLE trainers, a volunteer English teacher and an external soft-skills trainer",
          "[demo]")
{
    const DemoData d = buildDemo(QDate(2026, 2, 16), 1);
    int staffFle = 0, volunteerEnglish = 0, externalSoftSkills = 0;
    for (const Trainer& t : d.trainers) {
        staffFle += t.kind == TrainerKind::Staff && t.modules.contains(Module::Fle);
        volunteerEnglish += t.kind == TrainerKind::Volunteer && t.modules.contains(Module::English);
        externalSoftSkills += t.kind == TrainerKind::External && t.modules.contains(Module::SoftSkills);
    }
    CHECK(staffFle >= 2);
    CHECK(volunteerEnglish >= 1);
    CHECK(externalSoftSkills >= 1);
    // Every session is led by a trainer who teaches its module.
    QMap<QString, QList<Module>> modules;
    for (const Trainer& t : d.trainers)
        modules.insert(t.ref, t.modules);
    for (const Session& s : d.sessions) {
        INFO(s.ref.toStdString());
        REQUIRE(modules.contains(s.trainerRef));
        CHECK(modules.value(s.trainerRef).contains(s.module));
    }
}

TEST_CASE("the demo cohorts are dated around today: one ended about nine months ago, one runs, one starts soon",
          "[demo]")
{
    const QDate today(2026, 2, 16);
    const DemoData d = buildDemo(today, 1);
    REQUIRE(d.cohorts.size() == 3);
    const Cohort* past = cohortWhere(d, [&](const Cohort& c) { return c.endDate < today; });
    const Cohort* running = cohortWhere(d, [&](const Cohort& c) { return c.startDate <= today && today <= c.endDate; });
    const Cohort* upcoming = cohortWhere(d, [&](const Cohort& c) { return c.startDate > today; });
    REQUIRE(past);
    REQUIRE(running);
    REQUIRE(upcoming);
    CHECK(past->endDate >= today.addMonths(-10));
    CHECK(past->endDate <= today.addMonths(-8));
    CHECK(upcoming->startDate <= today.addDays(42));
    for (const Cohort& c : d.cohorts) {
        CHECK(c.startDate.dayOfWeek() == 1);
        CHECK(c.startDate.daysTo(c.endDate) == 7 * 11 + 4); // twelve weeks, Monday to Friday
    }
}

TEST_CASE("every full week of every demo cohort meets its weekly targets, holiday weeks included", "[demo]")
{
    int weeksChecked = 0;
    int holidayWeeksChecked = 0;
    for (const QDate& today : kDays) {
        for (quint32 seed : {1u, 42u}) {
            const DemoData d = buildDemo(today, seed);
            for (const Cohort& c : d.cohorts) {
                const QDate firstMonday = c.startDate.addDays(1 - c.startDate.dayOfWeek());
                for (QDate monday = firstMonday; monday <= c.endDate; monday = monday.addDays(7)) {
                    const bool full = monday >= c.startDate && monday.addDays(4) <= c.endDate;
                    if (!full)
                        continue;
                    double fle = 0, english = 0, softSkills = 0;
                    for (const Session& s : d.sessions) {
                        if (s.cohortRef != c.ref || s.date < monday || s.date > monday.addDays(6)
                            || s.status == SessionStatus::Cancelled)
                            continue;
                        if (s.module == Module::Fle)
                            fle += hoursOf(s);
                        else if (s.module == Module::English)
                            english += hoursOf(s);
                        else if (s.module == Module::SoftSkills)
                            softSkills += hoursOf(s);
                    }
                    INFO(c.ref.toStdString() << " week of " << monday.toString(Qt::ISODate).toStdString()
                                             << " (today " << today.toString(Qt::ISODate).toStdString() << ")");
                    CHECK(fle >= c.fleHoursMin);
                    CHECK(fle <= c.fleHoursMax);
                    CHECK(english == c.englishHours);
                    CHECK(softSkills == c.softSkillsHours);
                    ++weeksChecked;
                    for (int i = 0; i < 5; ++i)
                        if (holidays2024to2027().contains(monday.addDays(i))) {
                            ++holidayWeeksChecked;
                            break;
                        }
                }
            }
        }
    }
    CHECK(weeksChecked == int(kDays.size()) * 2 * 3 * 12);
    // The check means something only if some of those weeks lost a day to a holiday.
    CHECK(holidayWeeksChecked >= 8);
}

TEST_CASE("a week that loses one day to a holiday keeps the 14 hours of FLE of an ordinary week", "[demo]")
{
    // Cohort TREMPLIN-LIL-2026A (built on 2026-02-16) runs from 9 March to 29 May 2026: Easter
    // Monday (6 April), 1 May (a Friday), 8 May (a Friday), Ascension (14 May) and Whit Monday
    // (25 May) each take one day of a week.
    const DemoData d = buildDemo(QDate(2026, 2, 16), 1);
    const QList<QDate> mondays = {QDate(2026, 4, 6), QDate(2026, 4, 27), QDate(2026, 5, 4), QDate(2026, 5, 11),
                                  QDate(2026, 5, 25)};
    for (const QDate& monday : mondays) {
        double fle = 0;
        int days = 0;
        QSet<QDate> dates;
        for (const Session& s : d.sessions) {
            if (s.cohortRef != QLatin1String("TREMPLIN-LIL-2026A") || s.date < monday || s.date > monday.addDays(6))
                continue;
            if (s.module == Module::Fle && s.status != SessionStatus::Cancelled)
                fle += hoursOf(s);
            dates.insert(s.date);
        }
        days = int(dates.size());
        INFO("week of " << monday.toString(Qt::ISODate).toStdString());
        CHECK(fle == 14);
        CHECK(days == 4);
    }
}

TEST_CASE("no demo session falls on a public holiday or a weekend", "[demo]")
{
    for (const QDate& today : kDays) {
        const DemoData d = buildDemo(today, 7);
        for (const Session& s : d.sessions) {
            INFO(s.ref.toStdString() << " on " << s.date.toString(Qt::ISODate).toStdString());
            CHECK_FALSE(holidays2024to2027().contains(s.date));
            CHECK(s.date.dayOfWeek() <= 5);
        }
    }
}

TEST_CASE("demo sessions before today are held or cancelled, later ones planned, few cancelled", "[demo]")
{
    const QDate today(2026, 2, 16);
    const DemoData d = buildDemo(today, 1);
    int cancelled = 0, held = 0;
    for (const Session& s : d.sessions) {
        INFO(s.ref.toStdString());
        if (s.date < today)
            CHECK(s.status != SessionStatus::Planned);
        else
            CHECK(s.status == SessionStatus::Planned);
        cancelled += s.status == SessionStatus::Cancelled;
        held += s.status == SessionStatus::Held;
    }
    CHECK(held > 100);
    CHECK(cancelled <= held / 20);
}

TEST_CASE("no two demo sessions of one cohort, one trainer or one room overlap", "[demo]")
{
    const DemoData d = buildDemo(QDate(2026, 2, 16), 3);
    auto overlap = [](const Session& a, const Session& b) {
        return a.date == b.date && a.start < b.end && b.start < a.end;
    };
    for (int i = 0; i < d.sessions.size(); ++i) {
        for (int j = i + 1; j < d.sessions.size(); ++j) {
            const Session& a = d.sessions.at(i);
            const Session& b = d.sessions.at(j);
            if (!overlap(a, b) || a.status == SessionStatus::Cancelled || b.status == SessionStatus::Cancelled)
                continue;
            INFO(a.ref.toStdString() << " and " << b.ref.toStdString());
            CHECK(a.cohortRef != b.cohortRef);
            CHECK(a.trainerRef != b.trainerRef);
            if (!a.roomRef.isEmpty())
                CHECK(a.roomRef != b.roomRef);
        }
    }
}

TEST_CASE("most demo participants have a mentor and a coach, a few not, and pairings respect roles and capacity",
          "[demo]")
{
    const QDate today(2026, 2, 16);
    const DemoData d = buildDemo(today, 1);
    QMap<QString, Volunteer> volunteers;
    for (const Volunteer& v : d.volunteers)
        volunteers.insert(v.ref, v);
    QSet<QString> enrolled; // cohort/participant
    for (const Enrolment& e : d.enrolments)
        enrolled.insert(e.cohortRef + QLatin1Char('/') + e.participantRef);

    QMap<QString, int> activeOfVolunteer;
    QMap<QString, int> activeOfParticipantRole;
    QMap<QString, QSet<QString>> withRole; // cohort/role -> participants with a counting pairing
    int ended = 0;
    for (const Pairing& k : d.pairings) {
        INFO(k.ref.toStdString());
        REQUIRE(volunteers.contains(k.volunteerRef));
        const VolunteerRole vr = volunteers.value(k.volunteerRef).role;
        CHECK((vr == VolunteerRole::Both || (vr == VolunteerRole::Mentor) == (k.role == PairingRole::Mentor)));
        CHECK(enrolled.contains(k.cohortRef + QLatin1Char('/') + k.participantRef));
        if (k.status == PairingStatus::Active) {
            ++activeOfVolunteer[k.volunteerRef];
            ++activeOfParticipantRole[k.participantRef + codeOf(k.role)];
            CHECK(k.startDate <= today);
        }
        if (k.status == PairingStatus::Ended) {
            ++ended;
            CHECK(k.endDate.isValid());
            CHECK(k.endDate < today);
        }
        if (k.status != PairingStatus::Proposed)
            withRole[k.cohortRef + QLatin1Char('/') + codeOf(k.role)].insert(k.participantRef);
    }
    for (auto it = activeOfVolunteer.cbegin(); it != activeOfVolunteer.cend(); ++it)
        CHECK(it.value() <= volunteers.value(it.key()).maxPairings);
    for (int n : activeOfParticipantRole)
        CHECK(n == 1);
    CHECK(ended > 0);

    int missing = 0;
    for (const Cohort& c : d.cohorts) {
        if (c.startDate > today)
            continue; // matching for the next cohort has only begun
        const int mentors = int(withRole.value(c.ref + QStringLiteral("/mentor")).size());
        const int coaches = int(withRole.value(c.ref + QStringLiteral("/coach")).size());
        INFO(c.ref.toStdString());
        CHECK(mentors >= 14);
        CHECK(coaches >= 14);
        missing += (20 - mentors) + (20 - coaches);
    }
    CHECK(missing > 0);
}

TEST_CASE("demo attendance marks held sessions of expected participants, mostly present, a few left unmarked",
          "[demo]")
{
    const QDate today(2026, 2, 16);
    const DemoData d = buildDemo(today, 1);
    QMap<QString, Session> sessions;
    for (const Session& s : d.sessions)
        sessions.insert(s.ref, s);
    QMap<QString, Enrolment> enrolments; // cohort/participant
    for (const Enrolment& e : d.enrolments)
        enrolments.insert(e.cohortRef + QLatin1Char('/') + e.participantRef, e);

    QMap<AttendanceStatus, int> byStatus;
    QSet<QString> marked;
    for (const Attendance& a : d.attendance) {
        INFO(a.sessionRef.toStdString() << " " << a.participantRef.toStdString());
        REQUIRE(sessions.contains(a.sessionRef));
        const Session& s = sessions[a.sessionRef];
        CHECK(s.status == SessionStatus::Held);
        const QString key = s.cohortRef + QLatin1Char('/') + a.participantRef;
        REQUIRE(enrolments.contains(key));
        const Enrolment& e = enrolments[key];
        CHECK(e.enrolledOn <= s.date);
        CHECK((!e.exitDate.isValid() || s.date <= e.exitDate));
        CHECK((a.status == AttendanceStatus::Late) == (a.minutesLate > 0));
        ++byStatus[a.status];
        marked.insert(a.sessionRef + QLatin1Char('/') + a.participantRef);
    }
    // Expected pairs without a mark, counted from the sessions and enrolments.
    int unmarked = 0;
    for (const Session& s : d.sessions) {
        if (s.status != SessionStatus::Held)
            continue;
        for (const Enrolment& e : d.enrolments)
            if (e.cohortRef == s.cohortRef && e.enrolledOn <= s.date && (!e.exitDate.isValid() || s.date <= e.exitDate)
                && !marked.contains(s.ref + QLatin1Char('/') + e.participantRef))
                ++unmarked;
    }
    const int total = int(d.attendance.size());
    CHECK(total > 1000);
    CHECK(byStatus.value(AttendanceStatus::Present) * 100 >= total * 70);
    CHECK(byStatus.value(AttendanceStatus::Late) > 0);
    CHECK(byStatus.value(AttendanceStatus::Excused) > 0);
    CHECK(byStatus.value(AttendanceStatus::Absent) > 0);
    CHECK(unmarked >= 1);
    CHECK(unmarked <= 10);
}

TEST_CASE("demo outcomes exist at exit, 3 and 6 months for the finished cohort only, none at 12 months yet",
          "[demo]")
{
    const QDate today(2026, 2, 16);
    const DemoData d = buildDemo(today, 1);
    const Cohort* past = cohortWhere(d, [&](const Cohort& c) { return c.endDate < today; });
    REQUIRE(past);
    QMap<Milestone, QSet<QString>> who;
    for (const Outcome& o : d.outcomes) {
        INFO(o.participantRef.toStdString());
        CHECK(o.cohortRef == past->ref);
        CHECK(o.recordedOn <= today);
        who[o.milestone].insert(o.participantRef);
    }
    int completed = 0;
    for (const Enrolment& e : d.enrolments)
        completed += e.cohortRef == past->ref && e.status == EnrolmentStatus::Completed;
    CHECK(completed >= 15);
    CHECK(who.value(Milestone::Exit).size() >= completed);
    CHECK(who.value(Milestone::M3).size() >= completed - 1);
    CHECK(who.value(Milestone::M6).size() >= completed - 2);
    CHECK(who.value(Milestone::M12).isEmpty());
}

TEST_CASE("every demo record passes the validation of its kind", "[demo]")
{
    const DemoData d = buildDemo(QDate(2026, 2, 16), 5);
    auto none = [](const auto& list) {
        for (const auto& r : list)
            if (!r.validate().isEmpty())
                return r.validate().constFirst().toString();
        return QString();
    };
    CHECK(none(d.sites) == QString());
    CHECK(none(d.rooms) == QString());
    CHECK(none(d.trainers) == QString());
    CHECK(none(d.unavailability) == QString());
    CHECK(none(d.cohorts) == QString());
    CHECK(none(d.participants) == QString());
    CHECK(none(d.volunteers) == QString());
    CHECK(none(d.enrolments) == QString());
    CHECK(none(d.sessions) == QString());
    CHECK(none(d.attendance) == QString());
    CHECK(none(d.pairings) == QString());
    CHECK(none(d.checkIns) == QString());
    CHECK(none(d.outcomes) == QString());
}

TEST_CASE("a demo made for a day far from now still has plausible birth dates", "[demo]")
{
    // The validation measures a birth date against the real today: a demo dated decades
    // ahead (PARCOURS_TODAY) must not make people born in the future, nor one dated in the
    // past people born before 1900.
    for (const QDate& today : {QDate(2090, 3, 13), QDate(1935, 3, 11)}) {
        CAPTURE(today);
        const DemoData d = buildDemo(today, 1);
        REQUIRE(d.participants.size() >= 60);
        for (const Participant& p : d.participants) {
            CAPTURE(p.ref, p.birthDate);
            CHECK(p.validate().isEmpty());
            CHECK(p.birthDate <= QDate::currentDate());
            CHECK(p.birthDate.year() >= 1900);
            CHECK(p.birthDate < p.arrivalDate);
        }
    }
}

TEST_CASE("the same seed and day give the same demo, another seed other people", "[demo]")
{
    auto fingerprint = [](const DemoData& d) {
        QStringList out;
        for (const Participant& p : d.participants)
            out << p.ref + p.firstName + p.lastName + p.countryOfOrigin + p.birthDate.toString(Qt::ISODate);
        for (const Session& s : d.sessions)
            out << s.ref + s.date.toString(Qt::ISODate) + s.start.toString() + codeOf(s.status);
        for (const Attendance& a : d.attendance)
            out << a.sessionRef + a.participantRef + codeOf(a.status);
        for (const Pairing& k : d.pairings)
            out << k.ref + k.participantRef + k.volunteerRef;
        for (const Outcome& o : d.outcomes)
            out << o.participantRef + codeOf(o.milestone) + codeOf(o.situation);
        return out;
    };
    const QDate today(2026, 2, 16);
    CHECK(fingerprint(buildDemo(today, 11)) == fingerprint(buildDemo(today, 11)));
    QStringList names11, names12;
    for (const Participant& p : buildDemo(today, 11).participants)
        names11 << p.fullName();
    for (const Participant& p : buildDemo(today, 12).participants)
        names12 << p.fullName();
    CHECK(names11 != names12);
}

TEST_CASE("the demo refuses a database that already holds data and leaves it as it was", "[demo]")
{
    const FixedClock clock = clockOn(QDate(2026, 2, 16));
    test::TestDatabase tdb;
    REQUIRE(DemoGenerator(clock, 1).fill(tdb.db()));
    const auto before = ParticipantRepository(tdb.db()).all();
    REQUIRE(before);

    const auto again = DemoGenerator(clock, 2).fill(tdb.db());
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Exists);
    const auto after = ParticipantRepository(tdb.db()).all();
    REQUIRE(after);
    REQUIRE(after->size() == before->size());
    for (int i = 0; i < after->size(); ++i)
        CHECK(after->at(i).fullName() == before->at(i).fullName());
}

TEST_CASE("a database with only a site counts as holding data", "[demo]")
{
    test::TestDatabase tdb;
    {
        Transaction tx(tdb.db());
        REQUIRE(tx.begun());
        Site s;
        s.ref = QStringLiteral("X");
        s.name = QStringLiteral("Somewhere");
        REQUIRE(SiteRepository(tdb.db()).save(s));
        REQUIRE(tx.commit());
    }
    const auto empty = DemoGenerator::isEmpty(tdb.db());
    REQUIRE(empty);
    CHECK_FALSE(*empty);
    const FixedClock clock = clockOn(QDate(2026, 2, 16));
    const auto filled = DemoGenerator(clock, 1).fill(tdb.db());
    REQUIRE_FALSE(filled);
    CHECK(filled.error().code == ErrorCode::Exists);
    const auto cohorts = CohortRepository(tdb.db()).count();
    REQUIRE(cohorts);
    CHECK(*cohorts == 0);
}

TEST_CASE("the large demo is not available yet", "[demo]")
{
    const FixedClock clock = clockOn(QDate(2026, 2, 16));
    const auto data = DemoGenerator(clock, 1).build(DemoScale::Large);
    REQUIRE_FALSE(data);
    CHECK(data.error().code == ErrorCode::Usage);
}
