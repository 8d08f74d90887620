// SPDX-License-Identifier: GPL-3.0-or-later
#include "LargeDemoNetwork.h"

#include "DemoBuilder.h"
#include "DemoCatalogue.h"
#include "DemoRandom.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace parcours {

namespace {

constexpr int kWeeks = 522;            // ten years
constexpr double kCohortsAtOne = 5000; // cohorts at factor 1
constexpr double kMinSpacing = 14;     // mean weeks between two starts in a lane (a cohort lasts 12)
constexpr int kLaneStagger = 5;        // weeks between the openings of a site's lanes

struct SiteInfo
{
    const char* ref;
    const char* city;
    const char* venue;
    const char* address;
    int weight; // share of the network's cohorts
};

// The partner sites, in the order they join the network. Venues and addresses are invented.
const SiteInfo kSites[] = {
    {"LIL", "Lille", "Maison des associations de Moulins", "27 rue d'Arras", 2},
    {"LYO", "Lyon", "Espace Guillotière", "14 rue de Marseille", 2},
    {"PAR", "Paris", "Maison des solidarités du 19e", "8 rue de Tanger", 3},
    {"MRS", "Marseille", "Espace Belsunce", "21 cours Belsunce", 2},
    {"BDX", "Bordeaux", "Centre social Bastide", "5 rue de la Benauge", 1},
    {"TLS", "Toulouse", "Maison de quartier Bagatelle", "12 rue du Lot", 1},
    {"NTE", "Nantes", "Espace Bellevue", "3 place Mendès-France", 1},
    {"SXB", "Strasbourg", "Maison de l'emploi de Neudorf", "40 route du Polygone", 1},
    {"RNS", "Rennes", "Carrefour 18", "7 rue d'Espagne", 1},
    {"GRE", "Grenoble", "Maison des habitants Chorier", "2 rue Berthe de Boissieux", 1},
    {"MPL", "Montpellier", "Espace Mosson", "11 rue de Tipasa", 1},
    {"NCE", "Nice", "Maison des associations de l'Ariane", "9 boulevard de l'Ariane", 1},
    {"ROU", "Rouen", "Centre social des Sapins", "15 rue Jean Lecanuet", 1},
    {"CFD", "Clermont-Ferrand", "Espace Saint-Jacques", "6 rue Fontgiève", 1},
    {"DIJ", "Dijon", "Maison de quartier des Grésilles", "18 avenue Champollion", 1},
    {"ANG", "Angers", "Espace Monplaisir", "4 boulevard Allonneau", 1},
    {"TOU", "Tours", "Centre social Le Sanitas", "10 place Saint-Paul", 1},
    {"MTZ", "Metz", "Maison des associations de Borny", "23 boulevard de Provence", 1},
    {"CAE", "Caen", "Espace de la Guérinière", "1 place du Commerce", 1},
    {"LIM", "Limoges", "Maison de quartier du Val de l'Aurence", "13 rue de Nantes", 1},
    {"BES", "Besançon", "Centre Planoise", "16 avenue de Bourgogne", 1},
    {"PER", "Perpignan", "Espace Saint-Mathieu", "2 rue Petite la Réal", 1},
    {"ORL", "Orléans", "Maison des associations de La Source", "5 place Ernest Renan", 1},
    {"AMI", "Amiens", "Centre social Étouvie", "20 avenue du Languedoc", 1},
};
constexpr int kSiteCount = int(sizeof kSites / sizeof kSites[0]);

const char* const kRoomNames[] = {"Senghor", "Ravel", "Curie", "Hugo", "Zola", "Césaire", "Jaurès", "Colette",
                                  "Monet", "Pasteur", "Molière", "Camus", "Sand", "Verne", "Baker", "Veil",
                                  "Mandela", "Hampâté Bâ", "Darwich", "Kateb", "Lumière", "Rimbaud"};
const char* const kSoftSkillsBodies[] = {"Atelier Horizon", "Compétences Plus", "Parcours Pro", "Savoirs et Talents",
                                         "Cap Avenir Formation", "Les Ateliers du Lien"};

QString personName(DemoRandom& random)
{
    const bool woman = random.chance(55);
    // Two statements fix the order of the draws (an expression would leave it to the compiler):
    // the surname first, as the files made so far were drawn, so that a seed keeps its names.
    const QString surname = random.pick(DemoCatalogue::frenchSurnames());
    const QString first = random.pick(woman ? DemoCatalogue::frenchWomen() : DemoCatalogue::frenchMen());
    return first + QLatin1Char(' ') + surname;
}

QString emailOf(const QString& name)
{
    const QStringList parts = name.split(QLatin1Char(' '));
    return demoSlug(parts.value(0)) + QLatin1Char('.') + demoSlug(parts.mid(1).join(QString()))
           + QStringLiteral("@example.org");
}

// `total` shared in proportion to `weights` (largest remainders), at least `floor` each.
QList<int> share(int total, const QList<double>& weights, int floor)
{
    QList<int> out(weights.size(), floor);
    int left = total - floor * int(weights.size());
    double sum = 0;
    for (double w : weights)
        sum += w;
    if (left <= 0 || sum <= 0)
        return out;
    QList<QPair<double, int>> remainders;
    int given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const double exact = left * weights.at(i) / sum;
        const int whole = int(std::floor(exact));
        out[i] += whole;
        given += whole;
        remainders << qMakePair(-(exact - whole), i);
    }
    std::sort(remainders.begin(), remainders.end());
    for (int k = 0; k < left - given; ++k)
        ++out[remainders.at(k % remainders.size()).second];
    return out;
}

struct Lane
{
    int site;
    int opensWeek;
    int cohorts = 0;
    QString room;
    QString english, softSkills, professionalDay;
    QList<QPair<QString, QString>> fleTeams; // (Monday-Wednesday, Thursday-Friday) per era
};

constexpr int kEraWeeks = 156; // the FLE trainers of a lane change about every three years

} // namespace

LargeDemoNetwork LargeDemoNetwork::build(DemoRandom& random, const QDate& today, double factor)
{
    LargeDemoNetwork n;
    const int cohortCount = std::max(1, int(std::lround(kCohortsAtOne * factor)));
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    // The last starts fall a few weeks after today: some cohorts are about to begin.
    n.firstMonday = thisMonday.addDays(7 * (4 - kWeeks));

    // Enough lanes that their cohorts are kMinSpacing weeks apart on average; sites join over
    // the first five years, a quarter of them from the start.
    int laneCount = std::max(1, int(std::ceil(cohortCount * kMinSpacing / kWeeks)));
    QList<Lane> lanes;
    int siteCount = 1;
    for (;;) {
        siteCount = std::clamp((laneCount + 4) / 5, 1, kSiteCount);
        const int foundingSites = std::max(1, siteCount / 4);
        n.siteOpensWeek.clear();
        for (int s = 0; s < siteCount; ++s)
            n.siteOpensWeek << (s < foundingSites ? 0 : 26 + (s - foundingSites) * 234 / std::max(1, siteCount - foundingSites));
        QList<double> weights;
        for (int s = 0; s < siteCount; ++s)
            weights << kSites[s].weight;
        const QList<int> perSite = share(laneCount, weights, laneCount >= siteCount ? 1 : 0);
        lanes.clear();
        double span = 0;
        for (int s = 0; s < siteCount; ++s) {
            for (int j = 0; j < perSite.at(s); ++j) {
                Lane lane;
                lane.site = s;
                lane.opensWeek = n.siteOpensWeek.at(s) + (j * kLaneStagger) % 13;
                lanes << lane;
                span += kWeeks - lane.opensWeek;
            }
        }
        if (span >= cohortCount * kMinSpacing)
            break;
        ++laneCount;
    }
    QList<double> spans;
    for (const Lane& l : std::as_const(lanes))
        spans << double(kWeeks - l.opensWeek);
    const QList<int> perLane = share(cohortCount, spans, 0);

    // Sites and their rooms: one per lane, and a small meeting room.
    const QTime opens(8, 30), closes(18, 0), lunchStart(12, 0), lunchEnd(13, 30);
    QList<int> roomsOfSite(siteCount, 0);
    auto addRoom = [&](int site, int capacity) {
        const int number = ++roomsOfSite[site];
        Room r;
        r.ref = QStringLiteral("%1-%2").arg(QLatin1String(kSites[site].ref)).arg(number);
        r.siteRef = QLatin1String(kSites[site].ref);
        r.name = QStringLiteral("Salle %1").arg(QString::fromUtf8(kRoomNames[(number - 1 + site) % std::size(kRoomNames)]));
        if (number > int(std::size(kRoomNames)))
            r.name += QStringLiteral(" %1").arg(number);
        r.capacity = capacity;
        n.rooms << r;
        return r.ref;
    };
    for (int s = 0; s < siteCount; ++s) {
        Site site;
        site.ref = QLatin1String(kSites[s].ref);
        site.name = QString::fromUtf8(kSites[s].venue);
        site.address = QString::fromUtf8(kSites[s].address);
        site.city = QString::fromUtf8(kSites[s].city);
        site.opens = opens;
        site.closes = closes;
        site.lunchStart = lunchStart;
        site.lunchEnd = lunchEnd;
        n.sites << site;
    }

    // Trainers: every lane its own team, the FLE trainers renewed each era.
    auto addTrainer = [&](const QString& name, TrainerKind kind, QList<Module> modules, const QString& email,
                          std::optional<double> maxHours) {
        Trainer t;
        t.ref = QStringLiteral("T-%1").arg(n.trainers.size() + 1, 6, 10, QLatin1Char('0'));
        t.name = name;
        t.kind = kind;
        t.modules = std::move(modules);
        t.email = email;
        if (random.chance(60))
            t.phone = QStringLiteral("06 39 98 %1 %2")
                          .arg(random.between(0, 99), 2, 10, QLatin1Char('0'))
                          .arg(random.between(0, 99), 2, 10, QLatin1Char('0'));
        t.maxHoursWeek = maxHours;
        n.trainers << t;
        return t.ref;
    };
    for (int i = 0; i < lanes.size(); ++i) {
        Lane& lane = lanes[i];
        lane.cohorts = perLane.at(i);
        lane.room = addRoom(lane.site, 20 + random.between(0, 3) * 2);
        const QString english = personName(random);
        lane.english = addTrainer(english, TrainerKind::Volunteer, {Module::English}, emailOf(english), 4);
        // English is taught on Tuesday afternoons: a Monday morning off shows without a conflict.
        n.unavailability << TrainerUnavailability{0, lane.english, 1, QTime(8, 0), QTime(12, 0), {}, {}};
        const QString body = QString::fromUtf8(kSoftSkillsBodies[random.between(0, int(std::size(kSoftSkillsBodies)) - 1)]);
        lane.softSkills = addTrainer(QStringLiteral("%1 (%2)").arg(body, personName(random)), TrainerKind::External,
                                     {Module::SoftSkills},
                                     QStringLiteral("contact@%1.example.org").arg(demoSlug(body)), {});
        const QString expert = personName(random);
        lane.professionalDay = addTrainer(expert, TrainerKind::External, {Module::ProfessionalDay}, emailOf(expert), {});
        for (int era = 0; era * kEraWeeks < kWeeks - lane.opensWeek; ++era) {
            const QString early = personName(random);
            const QString late = personName(random);
            lane.fleTeams << qMakePair(
                addTrainer(early, TrainerKind::Staff, {Module::Fle}, emailOf(early), 24),
                addTrainer(late, TrainerKind::Staff, {Module::Fle, Module::Other}, emailOf(late), 24));
        }
    }
    for (int s = 0; s < siteCount; ++s)
        addRoom(s, 10 + random.between(0, 2));

    // Cohorts: a lane's starts spread evenly from its opening to the last weeks, each lane shifted
    // by a few weeks of its own, so that the last cohorts do not all begin on one day (some run
    // now, at every stage, and a few start in the coming weeks).
    for (int l = 0; l < lanes.size(); ++l) {
        const Lane& lane = lanes.at(l);
        const double spacing = double(kWeeks - lane.opensWeek) / std::max(1, lane.cohorts);
        const int shift = (l * 7) % std::max(1, int(spacing));
        for (int k = 0; k < lane.cohorts; ++k) {
            const int week = lane.opensWeek + shift + int(std::floor(k * spacing));
            LargeDemoCohort c;
            c.site = lane.site;
            c.cohort.programme = QStringLiteral("Tremplin");
            c.cohort.siteRef = n.sites.at(lane.site).ref;
            c.cohort.startDate = n.firstMonday.addDays(7 * week);
            c.cohort.endDate = c.cohort.startDate.addDays(7 * 11 + 4);
            c.cohort.capacity = 22;
            const auto& team = lane.fleTeams.at(std::min(int(lane.fleTeams.size()) - 1,
                                                         (week - lane.opensWeek) / kEraWeeks));
            c.staff = {team.first, team.second, lane.english, lane.softSkills, lane.professionalDay, lane.room};
            n.cohorts << c;
        }
    }
    std::stable_sort(n.cohorts.begin(), n.cohorts.end(), [](const LargeDemoCohort& a, const LargeDemoCohort& b) {
        return a.cohort.startDate < b.cohort.startDate || (a.cohort.startDate == b.cohort.startDate && a.site < b.site);
    });
    QMap<QPair<int, int>, int> numberInYear; // (site, year) -> cohorts so far
    for (LargeDemoCohort& c : n.cohorts) {
        const QDate start = c.cohort.startDate;
        const int number = ++numberInYear[qMakePair(c.site, start.year())];
        const QString city = n.sites.at(c.site).city;
        c.cohort.ref = QStringLiteral("TREMPLIN-%1-%2-%3").arg(n.sites.at(c.site).ref).arg(start.year())
                           .arg(number, 2, 10, QLatin1Char('0'));
        c.cohort.name = QStringLiteral("Tremplin %1 %2 %3 n°%4").arg(city, demoSeason(start)).arg(start.year()).arg(number);
    }
    return n;
}

} // namespace parcours
