// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPeople.h"

#include "DemoBuilder.h"
#include "DemoCatalogue.h"
#include "DemoRandom.h"

#include <algorithm>

namespace parcours {

namespace {

/// A birth date `years` and `days` before today, within what the validation of a participant
/// accepts (from 1900 to the real today): a demo dated far ahead (PARCOURS_TODAY) or far back
/// still has people born on a possible day, only older or younger than usual.
QDate birthDate(const QDate& today, int years, int days)
{
    const QDate latest = QDate::currentDate();
    QDate day = std::min(today, latest).addYears(-years).addDays(-days);
    if (day.year() < 1900)
        day = QDate(1900, 1, 1).addDays(days);
    return day;
}

// Weights of each Situation, in enum order, at each milestone.
QList<int> situationWeights(Milestone m)
{
    switch (m) {
    case Milestone::Exit: return {4, 4, 1, 0, 12, 8, 5, 10, 20, 34, 2, 0};
    case Milestone::M3: return {10, 8, 4, 1, 12, 8, 6, 14, 12, 20, 3, 2};
    case Milestone::M6: return {18, 10, 5, 2, 10, 6, 6, 13, 8, 15, 3, 4};
    case Milestone::M12: break;
    }
    return {24, 12, 5, 3, 8, 4, 4, 10, 6, 15, 4, 5};
}

} // namespace

QString demoPhone(DemoRandom& random)
{
    return QStringLiteral("06 39 98 %1 %2")
        .arg(random.between(0, 99), 2, 10, QLatin1Char('0'))
        .arg(random.between(0, 99), 2, 10, QLatin1Char('0'));
}

Participant demoParticipant(DemoRandom& random, const QDate& today, const QDate& cohortStart,
                            const QList<int>& countryWeights, const QStringList& referrers)
{
    const DemoCountry& country = DemoCatalogue::countries().at(random.weighted(countryWeights));
    Participant p;
    const int genderDraw = random.between(0, 99);
    const int womenShare = country.code == QLatin1String("UA") ? 65 : 45;
    p.gender = genderDraw < 2 ? Gender::Other : genderDraw < 2 + womenShare ? Gender::Female : Gender::Male;
    p.firstName = random.pick(p.gender == Gender::Female ? country.women : country.men);
    p.lastName = random.pick(country.surnames);
    const int years = random.between(19, 52);
    p.birthDate = birthDate(today, years, random.between(0, 364));
    p.countryOfOrigin = country.code;
    p.languages = country.languages;
    for (const QString& l : country.otherLanguages)
        if (random.chance(25) && !p.languages.contains(l))
            p.languages << l;
    p.frenchLevelEntry = static_cast<CefrLevel>(
        random.weighted(country.francophone ? QList<int>{0, 10, 40, 40, 10} : QList<int>{30, 40, 25, 5}));
    p.status = static_cast<ParticipantStatus>(random.weighted(country.statusWeights));
    p.arrivalDate = std::max(cohortStart.addDays(-random.between(150, 2200)), p.birthDate.addYears(17));
    if (random.chance(85))
        p.phone = demoPhone(random);
    if (random.chance(55))
        p.email = demoSlug(p.firstName) + QLatin1Char('.') + demoSlug(p.lastName) + QStringLiteral("@example.org");
    const DemoSector& sector = random.pick(DemoCatalogue::sectors());
    p.sector = sector.name;
    p.professionalProject = random.pick(sector.projects);
    p.referrer = random.pick(referrers);
    p.consentDate = std::min(cohortStart.addDays(-random.between(5, 25)), today);
    if (random.chance(15))
        p.notes = random.pick(DemoCatalogue::participantNotes());
    return p;
}

DemoName demoFrenchName(DemoRandom& random)
{
    DemoName name;
    const bool woman = random.chance(55);
    name.first = random.pick(woman ? DemoCatalogue::frenchWomen() : DemoCatalogue::frenchMen());
    name.last = random.pick(DemoCatalogue::frenchSurnames());
    return name;
}

int demoMaxPairings(DemoRandom& random, VolunteerRole role)
{
    switch (role) {
    case VolunteerRole::Coach: return 1 + random.weighted({30, 50, 20});
    case VolunteerRole::Both: return 2 + random.weighted({70, 30});
    case VolunteerRole::Mentor: break;
    }
    return 1 + random.weighted({50, 50});
}

QStringList demoVolunteerLanguages(DemoRandom& random)
{
    QStringList languages{QStringLiteral("fr")};
    if (random.chance(60))
        languages << QStringLiteral("en");
    if (random.chance(25)) {
        const QString extra = random.pick(QStringList{QStringLiteral("es"), QStringLiteral("de"),
                                                      QStringLiteral("ar"), QStringLiteral("it")});
        if (!languages.contains(extra))
            languages << extra;
    }
    return languages;
}

QList<QPair<Milestone, QDate>> demoMilestones(const QDate& endDate)
{
    return {
        {Milestone::Exit, endDate},
        {Milestone::M3, endDate.addMonths(3)},
        {Milestone::M6, endDate.addMonths(6)},
        {Milestone::M12, endDate.addMonths(12)},
    };
}

QDate demoRecordedOn(DemoRandom& random, Milestone milestone, const QDate& due, const QDate& today)
{
    const int delay = milestone == Milestone::Exit ? random.between(0, 3) : random.between(0, 20);
    return std::min(due.addDays(delay), today);
}

bool demoIsJob(Situation s)
{
    const SituationClass c = classOf(s);
    return c == SituationClass::Durable || c == SituationClass::Transition;
}

Situation demoSituation(DemoRandom& random, Milestone milestone, std::optional<Situation> previous)
{
    const auto s = static_cast<Situation>(random.weighted(situationWeights(milestone)));
    // Jobs that last stay; some trainings too.
    if (previous && classOf(*previous) == SituationClass::Durable && random.chance(85))
        return *previous;
    if (previous == Situation::QualifyingTraining && random.chance(50))
        return *previous;
    return s;
}

} // namespace parcours
