// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeTables.h"

namespace parcours {

using namespace columns;

namespace {

QStringList keys(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* n : names)
        out << QString::fromLatin1(n);
    return out;
}

// Calls `f` with the table called `name`; false for an unknown name.
template<class F>
bool withTable(const QString& name, F&& f)
{
    const auto is = [&name](const char* table) { return name == QLatin1String(table); };
    if (is("sites"))
        f(ExchangeTables::sites());
    else if (is("rooms"))
        f(ExchangeTables::rooms());
    else if (is("cohorts"))
        f(ExchangeTables::cohorts());
    else if (is("participants"))
        f(ExchangeTables::participants());
    else if (is("volunteers"))
        f(ExchangeTables::volunteers());
    else if (is("trainers"))
        f(ExchangeTables::trainers());
    else if (is("trainer_unavailability"))
        f(ExchangeTables::trainerUnavailability());
    else if (is("enrolments"))
        f(ExchangeTables::enrolments());
    else if (is("sessions"))
        f(ExchangeTables::sessions());
    else if (is("attendance"))
        f(ExchangeTables::attendance());
    else if (is("pairings"))
        f(ExchangeTables::pairings());
    else if (is("checkins"))
        f(ExchangeTables::checkins());
    else if (is("outcomes"))
        f(ExchangeTables::outcomes());
    else
        return false;
    return true;
}

} // namespace

QStringList ExchangeTables::columnsOf(const QString& name)
{
    QStringList out;
    withTable(name, [&out](const auto& table) { out = table.header(); });
    return out;
}

QStringList ExchangeTables::requiredColumnsOf(const QString& name)
{
    QStringList out;
    withTable(name, [&out](const auto& table) {
        for (const auto& column : table.columns)
            if (column.required)
                out << column.name;
    });
    return out;
}

QStringList ExchangeTables::names()
{
    return keys({"sites", "rooms", "cohorts", "participants", "volunteers", "trainers",
                 "trainer_unavailability", "enrolments", "sessions", "attendance", "pairings",
                 "checkins", "outcomes"});
}

const ExchangeTable<Site>& ExchangeTables::sites()
{
    static const ExchangeTable<Site> t{
        QStringLiteral("sites"),
        {text("ref", true, &Site::ref), text("name", true, &Site::name),
         text("address", false, &Site::address), text("city", false, &Site::city),
         time("opens", false, &Site::opens, QTime(8, 0)),
         time("closes", false, &Site::closes, QTime(18, 0)),
         time("lunch_start", false, &Site::lunchStart), time("lunch_end", false, &Site::lunchEnd)},
        keys({"ref"})};
    return t;
}

const ExchangeTable<Room>& ExchangeTables::rooms()
{
    static const ExchangeTable<Room> t{
        QStringLiteral("rooms"),
        {text("ref", true, &Room::ref), text("site_ref", true, &Room::siteRef),
         text("name", true, &Room::name), integer("capacity", &Room::capacity)},
        keys({"ref"})};
    return t;
}

const ExchangeTable<Cohort>& ExchangeTables::cohorts()
{
    static const ExchangeTable<Cohort> t{
        QStringLiteral("cohorts"),
        {text("ref", true, &Cohort::ref), text("name", true, &Cohort::name),
         text("programme", false, &Cohort::programme), text("site_ref", false, &Cohort::siteRef),
         date("start_date", true, &Cohort::startDate), date("end_date", true, &Cohort::endDate),
         integer("capacity", false, &Cohort::capacity, 20),
         number("fle_hours_min", &Cohort::fleHoursMin, 12),
         number("fle_hours_max", &Cohort::fleHoursMax, 15),
         number("english_hours", &Cohort::englishHours, 2),
         number("soft_skills_hours", &Cohort::softSkillsHours, 2)},
        keys({"ref"})};
    return t;
}

const ExchangeTable<Participant>& ExchangeTables::participants()
{
    using P = Participant;
    static const ExchangeTable<P> t{
        QStringLiteral("participants"),
        {text("ref", true, &P::ref), text("first_name", true, &P::firstName),
         text("last_name", true, &P::lastName), date("birth_date", false, &P::birthDate),
         code("gender", &P::gender), country("country_of_origin", &P::countryOfOrigin),
         languages("languages", &P::languages), code("french_level_entry", &P::frenchLevelEntry),
         code("status", &P::status), date("arrival_date", false, &P::arrivalDate),
         text("phone", false, &P::phone), text("email", false, &P::email),
         text("professional_project", false, &P::professionalProject),
         text("sector", false, &P::sector), text("referrer", false, &P::referrer),
         date("consent_date", false, &P::consentDate), text("notes", false, &P::notes)},
        keys({"ref"})};
    return t;
}

const ExchangeTable<Volunteer>& ExchangeTables::volunteers()
{
    using V = Volunteer;
    static const ExchangeTable<V> t{
        QStringLiteral("volunteers"),
        {text("ref", true, &V::ref), text("first_name", true, &V::firstName),
         text("last_name", true, &V::lastName),
         code("role", true, &V::role, VolunteerRole::Mentor), text("email", false, &V::email),
         text("phone", false, &V::phone), text("profession", false, &V::profession),
         text("employer", false, &V::employer), text("sector", false, &V::sector),
         text("school", false, &V::school), languages("languages", &V::languages),
         integer("max_pairings", false, &V::maxPairings, 1),
         date("available_from", false, &V::availableFrom),
         date("available_to", false, &V::availableTo), text("notes", false, &V::notes)},
        keys({"ref"})};
    return t;
}

const ExchangeTable<Trainer>& ExchangeTables::trainers()
{
    static const ExchangeTable<Trainer> t{
        QStringLiteral("trainers"),
        {text("ref", true, &Trainer::ref), text("name", true, &Trainer::name),
         code("kind", false, &Trainer::kind, TrainerKind::Staff),
         codeList("modules", &Trainer::modules), text("email", false, &Trainer::email),
         text("phone", false, &Trainer::phone), number("max_hours_week", &Trainer::maxHoursWeek)},
        keys({"ref"})};
    return t;
}

const ExchangeTable<TrainerUnavailability>& ExchangeTables::trainerUnavailability()
{
    using U = TrainerUnavailability;
    static const ExchangeTable<U> t{
        QStringLiteral("trainer_unavailability"),
        {text("trainer_ref", true, &U::trainerRef), weekday("weekday", &U::weekday),
         time("start", true, &U::start), time("end", true, &U::end),
         date("from_date", false, &U::fromDate), date("to_date", false, &U::toDate)},
        // The whole row is the key: two rows that differ in anything are two unavailabilities.
        keys({"trainer_ref", "weekday", "start", "end", "from_date", "to_date"})};
    return t;
}

const ExchangeTable<Enrolment>& ExchangeTables::enrolments()
{
    using E = Enrolment;
    static const ExchangeTable<E> t{
        QStringLiteral("enrolments"),
        {text("cohort_ref", true, &E::cohortRef), text("participant_ref", true, &E::participantRef),
         date("enrolled_on", false, &E::enrolledOn),
         code("status", false, &E::status, EnrolmentStatus::Enrolled),
         date("exit_date", false, &E::exitDate), text("exit_reason", false, &E::exitReason),
         code("french_level_exit", &E::frenchLevelExit)},
        keys({"cohort_ref", "participant_ref"})};
    return t;
}

const ExchangeTable<Session>& ExchangeTables::sessions()
{
    using S = Session;
    static const ExchangeTable<S> t{
        QStringLiteral("sessions"),
        {text("ref", true, &S::ref), text("cohort_ref", true, &S::cohortRef),
         code("module", true, &S::module, Module::Fle), date("date", true, &S::date),
         time("start", true, &S::start), time("end", true, &S::end),
         text("trainer_ref", false, &S::trainerRef), text("room_ref", false, &S::roomRef),
         code("status", false, &S::status, SessionStatus::Planned), text("title", false, &S::title)},
        keys({"ref"})};
    return t;
}

const ExchangeTable<Attendance>& ExchangeTables::attendance()
{
    using A = Attendance;
    static const ExchangeTable<A> t{
        QStringLiteral("attendance"),
        {text("session_ref", true, &A::sessionRef), text("participant_ref", true, &A::participantRef),
         code("status", true, &A::status, AttendanceStatus::Present),
         integer("minutes_late", false, &A::minutesLate, 0, true)},
        keys({"session_ref", "participant_ref"})};
    return t;
}

const ExchangeTable<Pairing>& ExchangeTables::pairings()
{
    using K = Pairing;
    static const ExchangeTable<K> t{
        QStringLiteral("pairings"),
        {text("ref", true, &K::ref), text("participant_ref", true, &K::participantRef),
         text("volunteer_ref", true, &K::volunteerRef),
         code("role", true, &K::role, PairingRole::Mentor), text("cohort_ref", false, &K::cohortRef),
         date("start_date", false, &K::startDate), date("end_date", false, &K::endDate),
         code("status", false, &K::status, PairingStatus::Active),
         text("end_reason", false, &K::endReason)},
        keys({"ref"})};
    return t;
}

const ExchangeTable<CheckIn>& ExchangeTables::checkins()
{
    static const ExchangeTable<CheckIn> t{
        QStringLiteral("checkins"),
        {text("pairing_ref", true, &CheckIn::pairingRef), date("date", true, &CheckIn::date),
         integer("duration_minutes", &CheckIn::durationMinutes), code("kind", &CheckIn::kind),
         text("notes", false, &CheckIn::notes)},
        keys({"pairing_ref", "date"})};
    return t;
}

const ExchangeTable<Outcome>& ExchangeTables::outcomes()
{
    using O = Outcome;
    static const ExchangeTable<O> t{
        QStringLiteral("outcomes"),
        {text("participant_ref", true, &O::participantRef), text("cohort_ref", true, &O::cohortRef),
         code("milestone", true, &O::milestone, Milestone::Exit),
         code("situation", true, &O::situation, Situation::Unknown),
         date("recorded_on", false, &O::recordedOn), text("employer", false, &O::employer),
         text("sector", false, &O::sector), text("notes", false, &O::notes)},
        keys({"participant_ref", "cohort_ref", "milestone", "recorded_on"})};
    return t;
}

} // namespace parcours
