// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoBuilder.h"

#include "DemoCatalogue.h"
#include "DemoFollowUp.h"
#include "DemoPeople.h"

#include <algorithm>

namespace parcours {

namespace {

constexpr int kCohortSize = 20;
constexpr int kVolunteersPerCity = 24;

QDate mondayOf(const QDate& date)
{
    return date.addDays(1 - date.dayOfWeek());
}

} // namespace

QString demoSlug(const QString& name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D).toLower())
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
    return out;
}

QString demoRef(const char* prefix, qint64 number)
{
    return QString::fromLatin1(prefix) + QStringLiteral("-%1").arg(number, 6, 10, QLatin1Char('0'));
}

QDate demoWeekdayOnOrBefore(const QDate& date)
{
    return date.dayOfWeek() > 5 ? date.addDays(5 - date.dayOfWeek()) : date;
}

QString demoSeason(const QDate& date)
{
    switch (date.month()) {
    case 3: case 4: case 5: return QStringLiteral("printemps");
    case 6: case 7: case 8: return QStringLiteral("été");
    case 9: case 10: case 11: return QStringLiteral("automne");
    default: return QStringLiteral("hiver");
    }
}

DemoData DemoBuilder::build()
{
    addSites();
    addTrainers();
    addCohorts();
    for (int i = 0; i < m_data.cohorts.size(); ++i)
        addParticipants(m_data.cohorts.at(i), i);
    addVolunteers();
    addTimetables();

    QMap<QString, QString> cohortCity;
    for (const Cohort& c : std::as_const(m_data.cohorts))
        cohortCity.insert(c.ref, m_cityOfSite.value(c.siteRef));
    DemoFollowUp followUp(m_random, m_today, m_data, m_volunteerCity, cohortCity);
    followUp.addAttendance();
    followUp.addPairings();
    followUp.addCheckIns();
    followUp.addOutcomes();
    return std::move(m_data);
}

void DemoBuilder::addSites()
{
    Site lille;
    lille.ref = QStringLiteral("LIL");
    lille.name = QStringLiteral("Maison des associations de Moulins");
    lille.address = QStringLiteral("27 rue d'Arras");
    lille.city = QStringLiteral("Lille");
    Site lyon;
    lyon.ref = QStringLiteral("LYO");
    lyon.name = QStringLiteral("Espace Guillotière");
    lyon.address = QStringLiteral("14 rue de Marseille");
    lyon.city = QStringLiteral("Lyon");
    for (Site* s : {&lille, &lyon}) {
        s->opens = QTime(8, 30);
        s->closes = QTime(18, 0);
        s->lunchStart = QTime(12, 0);
        s->lunchEnd = QTime(13, 30);
        m_cityOfSite.insert(s->ref, s->city);
        m_data.sites.append(*s);
    }
    m_data.rooms = {
        {0, QStringLiteral("LIL-1"), QStringLiteral("LIL"), QStringLiteral("Salle Senghor"), 22},
        {0, QStringLiteral("LIL-2"), QStringLiteral("LIL"), QStringLiteral("Salle Ravel"), 12},
        {0, QStringLiteral("LYO-1"), QStringLiteral("LYO"), QStringLiteral("Salle Rhône"), 24},
        {0, QStringLiteral("LYO-2"), QStringLiteral("LYO"), QStringLiteral("Salle Saône"), 10},
    };
}

void DemoBuilder::addTrainers()
{
    auto add = [this](const QString& name, TrainerKind kind, QList<Module> modules,
                      const QString& email, std::optional<double> maxHours) {
        Trainer t;
        t.ref = demoRef("T", int(m_data.trainers.size()) + 1);
        t.name = name;
        t.kind = kind;
        t.modules = std::move(modules);
        t.email = email;
        t.maxHoursWeek = maxHours;
        m_data.trainers.append(t);
        return t.ref;
    };
    // One team per site: the sites' cohorts overlap in time, and nobody teaches in two cities.
    DemoStaff lille;
    lille.fle = add(QStringLiteral("Claire Dumont"), TrainerKind::Staff, {Module::Fle},
                    QStringLiteral("claire.dumont@example.org"), 24);
    lille.fleLateWeek = add(QStringLiteral("Julien Carpentier"), TrainerKind::Staff, {Module::Fle, Module::Other},
                            QStringLiteral("julien.carpentier@example.org"), 24);
    lille.english = add(QStringLiteral("Margaret Collins"), TrainerKind::Volunteer, {Module::English},
                        QStringLiteral("margaret.collins@example.org"), 4);
    lille.softSkills = add(QStringLiteral("Atelier Horizon (Sophie Marchand)"), TrainerKind::External,
                           {Module::SoftSkills}, QStringLiteral("contact@atelier-horizon.example.org"), {});
    lille.professionalDay = add(QStringLiteral("Patrick Lemoine"), TrainerKind::External,
                                {Module::ProfessionalDay}, QStringLiteral("patrick.lemoine@example.org"), {});
    lille.room = QStringLiteral("LIL-1");
    DemoStaff lyon;
    lyon.fle = add(QStringLiteral("Nadia Benkhaled"), TrainerKind::Staff, {Module::Fle},
                   QStringLiteral("nadia.benkhaled@example.org"), 24);
    lyon.fleLateWeek = add(QStringLiteral("Étienne Rousset"), TrainerKind::Staff, {Module::Fle, Module::Other},
                           QStringLiteral("etienne.rousset@example.org"), 24);
    lyon.english = add(QStringLiteral("David Okafor"), TrainerKind::Volunteer, {Module::English},
                       QStringLiteral("david.okafor@example.org"), 4);
    lyon.softSkills = add(QStringLiteral("Compétences Plus (Hélène Garnier)"), TrainerKind::External,
                          {Module::SoftSkills}, QStringLiteral("contact@competences-plus.example.org"), {});
    lyon.professionalDay = add(QStringLiteral("Christine Vidal"), TrainerKind::External,
                               {Module::ProfessionalDay}, QStringLiteral("christine.vidal@example.org"), {});
    lyon.room = QStringLiteral("LYO-1");
    m_staff.insert(QStringLiteral("LIL"), lille);
    m_staff.insert(QStringLiteral("LYO"), lyon);

    // Times the timetable never uses (English is taught in the afternoon; the late-week FLE
    // trainer never teaches on Monday), so the demo shows unavailability without conflicts.
    m_data.unavailability = {
        {0, lille.english, 1, QTime(8, 0), QTime(12, 0), {}, {}},
        {0, lyon.english, 4, QTime(8, 0), QTime(12, 0), {}, {}},
        {0, lille.fleLateWeek, 1, QTime(13, 0), QTime(18, 0), m_today.addMonths(1), m_today.addMonths(3)},
    };
}

void DemoBuilder::addCohorts()
{
    const QDate thisMonday = mondayOf(m_today);
    // Twelve weeks, Monday to Friday: one that ended about nine months ago (its six-month
    // outcomes are in), one running now, one starting in three weeks.
    const QList<QPair<QString, QDate>> plan = {
        {QStringLiteral("LIL"), mondayOf(m_today.addMonths(-9)).addDays(-77)},
        {QStringLiteral("LYO"), thisMonday.addDays(-35)},
        {QStringLiteral("LIL"), thisMonday.addDays(21)},
    };
    for (const auto& [siteRef, start] : plan) {
        int sameSiteAndYear = 0;
        for (const Cohort& c : std::as_const(m_data.cohorts))
            if (c.siteRef == siteRef && c.startDate.year() == start.year())
                ++sameSiteAndYear;
        const QString city = m_cityOfSite.value(siteRef);
        Cohort c;
        c.ref = QStringLiteral("TREMPLIN-%1-%2%3")
                    .arg(siteRef)
                    .arg(start.year())
                    .arg(QChar(QLatin1Char('A').unicode() + sameSiteAndYear));
        c.name = QStringLiteral("Tremplin %1 %2 %3").arg(city, demoSeason(start)).arg(start.year());
        c.programme = QStringLiteral("Tremplin");
        c.siteRef = siteRef;
        c.startDate = start;
        c.endDate = start.addDays(7 * 11 + 4);
        c.capacity = kCohortSize;
        m_data.cohorts.append(c);
    }
}

void DemoBuilder::addParticipants(const Cohort& cohort, int cohortIndex)
{
    const QList<DemoCountry>& countries = DemoCatalogue::countries();
    QList<int> countryWeights;
    for (const DemoCountry& c : countries)
        countryWeights << c.weight;
    const QStringList referrers = DemoCatalogue::referrers(m_cityOfSite.value(cohort.siteRef));

    QStringList refs;
    for (int i = 0; i < kCohortSize; ++i) {
        Participant p = demoParticipant(m_random, m_today, cohort.startDate, countryWeights, referrers);
        p.ref = demoRef("P", int(m_data.participants.size()) + 1);
        refs << p.ref;
        m_data.participants.append(p);
    }
    addEnrolments(cohort, cohortIndex, refs);
}

void DemoBuilder::addEnrolments(const Cohort& cohort, int cohortIndex, const QStringList& participantRefs)
{
    enum Kind { Past, Current, Upcoming };
    const Kind kind = static_cast<Kind>(std::clamp(cohortIndex, 0, 2));
    // Who leaves early and who joins late, drawn before the loop so each is a distinct person.
    QList<int> order;
    for (int i = 0; i < participantRefs.size(); ++i)
        order << i;
    m_random.shuffle(order);
    const int elapsed = int(cohort.startDate.daysTo(m_today));
    QList<int> withdrawn;
    if (kind == Past)
        withdrawn = {order.at(0), order.at(1)};
    else if (kind == Current && elapsed >= 14)
        withdrawn = {order.at(0)};
    const int lateJoiner = (kind == Current && elapsed >= 9) ? order.at(2) : -1;

    for (int i = 0; i < participantRefs.size(); ++i) {
        const Participant& p = m_data.participants.at(m_data.participants.size() - participantRefs.size() + i);
        Enrolment e;
        e.cohortRef = cohort.ref;
        e.participantRef = participantRefs.at(i);
        e.enrolledOn = i == lateJoiner ? cohort.startDate.addDays(7) : cohort.startDate;
        if (withdrawn.contains(i)) {
            e.status = EnrolmentStatus::Withdrawn;
            const int lastDay = kind == Past ? 60 : elapsed - 2;
            e.exitDate = demoWeekdayOnOrBefore(cohort.startDate.addDays(m_random.between(10, std::max(10, lastDay))));
            e.exitReason = m_random.pick(DemoCatalogue::withdrawalReasons());
        } else if (kind == Past) {
            e.status = EnrolmentStatus::Completed;
            e.exitDate = cohort.endDate;
            const int entry = int(p.frenchLevelEntry.value_or(CefrLevel::A0));
            const int gained = m_random.weighted({20, 60, 20});
            e.frenchLevelExit = static_cast<CefrLevel>(std::min(entry + gained, int(CefrLevel::C2)));
        }
        m_data.enrolments.append(e);
    }
}

Volunteer DemoBuilder::inventVolunteer(const QString& city, VolunteerRole role, int number)
{
    Volunteer v;
    v.ref = demoRef("V", number);
    v.role = role;
    const DemoName name = demoFrenchName(m_random);
    v.firstName = name.first;
    v.lastName = name.last;
    v.email = demoSlug(v.firstName) + QLatin1Char('.') + demoSlug(v.lastName) + QStringLiteral("@example.org");
    if (m_random.chance(70))
        v.phone = demoPhone(m_random);
    if (role == VolunteerRole::Coach) {
        v.school = m_random.pick(DemoCatalogue::schools(city));
        v.maxPairings = demoMaxPairings(m_random, role);
    } else {
        const DemoSector& sector = m_random.pick(DemoCatalogue::sectors());
        v.sector = sector.name;
        v.profession = m_random.pick(sector.professions);
        v.employer = m_random.pick(sector.employers);
        v.maxPairings = demoMaxPairings(m_random, role);
        if (role == VolunteerRole::Both) {
            // Either role: a school too (a professional who also teaches there). Chosen by
            // number, not drawn, so the rest of the demo stays as the seed makes it.
            const QStringList schools = DemoCatalogue::schools(city);
            v.school = schools.at(number % schools.size());
        }
    }
    v.languages = demoVolunteerLanguages(m_random);
    // Available since before the first demo cohort began, so every pairing falls in the period.
    v.availableFrom = m_data.cohorts.first().startDate.addDays(-m_random.between(10, 700));
    // Onboarding (charter, then training) in the fortnight before; about one in nine has not
    // been trained yet, so that the program's readiness checks have someone to show. Derived
    // from the number, not drawn, so the rest of the demo stays as the seed makes it.
    v.charterSignedOn = v.availableFrom.addDays(-14);
    if (number % 9 != 4)
        v.trainingOn = v.availableFrom.addDays(-7);
    if (m_random.chance(10))
        v.availableTo = m_today.addDays(m_random.between(120, 300));
    else
        v.availableTo = m_today.addYears(1); // the window has both ends, as readiness asks
    if (m_random.chance(10))
        v.notes = m_random.pick(QStringList{QStringLiteral("Disponible surtout le soir et le samedi"),
                                            QStringLiteral("Parle un peu arabe"),
                                            QStringLiteral("Ancien·ne participant·e du programme, devenu·e bénévole"),
                                            QStringLiteral("Préfère les rencontres en visio")});
    m_volunteerCity.insert(v.ref, city);
    return v;
}

void DemoBuilder::addVolunteers()
{
    // Per city: 10 mentors, 10 coaches and 4 who can be either, in a drawn order.
    int number = 0;
    for (const QString& city : {QStringLiteral("Lille"), QStringLiteral("Lyon")}) {
        QList<VolunteerRole> roles;
        for (int i = 0; i < kVolunteersPerCity; ++i)
            roles << (i < 10 ? VolunteerRole::Mentor : i < 20 ? VolunteerRole::Coach : VolunteerRole::Both);
        m_random.shuffle(roles);
        for (VolunteerRole role : std::as_const(roles))
            m_data.volunteers.append(inventVolunteer(city, role, ++number));
    }
}

void DemoBuilder::addTimetables()
{
    DemoTimetable timetable(m_random, m_today);
    int counter = 0;
    for (const Cohort& c : std::as_const(m_data.cohorts))
        m_data.sessions += timetable.build(c, m_staff.value(c.siteRef), counter);
}

} // namespace parcours
