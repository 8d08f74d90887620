// SPDX-License-Identifier: GPL-3.0-or-later
// How long PairingMatcher takes on the scale issue's case: 500 unpaired participants against
// 5,000 volunteers, for each role. Prints one line per role (median of the runs), with the
// pairs made and their total score.
//
//   bench_match [PARTICIPANTS [VOLUNTEERS [RUNS]]]     (default 500 5000 5)
//
// The data is invented but shaped like a network's: 15 sectors with two professions each,
// professional projects naming a profession (or not), 8 languages besides French, French
// levels A0 to B2, volunteers of the three roles with capacities 1 to 3, a third with a
// history at the cohort's site, schools in the site's city or elsewhere, availability windows
// that cover the cohort, part of it or none of it.
#include "core/pairing/PairingMatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace parcours;

namespace {

const QStringList kSectors = {
    QStringLiteral("BTP"), QStringLiteral("Restauration"), QStringLiteral("Logistique"), QStringLiteral("Santé"),
    QStringLiteral("Informatique"), QStringLiteral("Commerce"), QStringLiteral("Propreté"), QStringLiteral("Transport"),
    QStringLiteral("Industrie"), QStringLiteral("Hôtellerie"), QStringLiteral("Agriculture"), QStringLiteral("Banque"),
    QStringLiteral("Éducation"), QStringLiteral("Aide à la personne"), QStringLiteral("Sécurité")};
const QStringList kProfessions = {
    QStringLiteral("maçon"), QStringLiteral("électricien"), QStringLiteral("cuisinier"), QStringLiteral("serveur"),
    QStringLiteral("cariste"), QStringLiteral("préparateur de commandes"), QStringLiteral("infirmier"),
    QStringLiteral("aide-soignant"), QStringLiteral("développeur"), QStringLiteral("technicien réseau"),
    QStringLiteral("vendeur"), QStringLiteral("caissier"), QStringLiteral("agent de propreté"),
    QStringLiteral("laveur de vitres"), QStringLiteral("chauffeur"), QStringLiteral("livreur"),
    QStringLiteral("soudeur"), QStringLiteral("opérateur"), QStringLiteral("réceptionniste"),
    QStringLiteral("femme de chambre"), QStringLiteral("maraîcher"), QStringLiteral("ouvrier agricole"),
    QStringLiteral("conseiller bancaire"), QStringLiteral("comptable"), QStringLiteral("animateur"),
    QStringLiteral("professeur"), QStringLiteral("auxiliaire de vie"), QStringLiteral("aide à domicile"),
    QStringLiteral("agent de sécurité"), QStringLiteral("maître-chien")};
const QStringList kLanguages = {QStringLiteral("ar"), QStringLiteral("ps"), QStringLiteral("fa"), QStringLiteral("ti"),
                                QStringLiteral("uk"), QStringLiteral("ru"), QStringLiteral("en"), QStringLiteral("es")};

MatchInput network(int participants, int volunteers, PairingRole role)
{
    std::mt19937 random(2026);
    auto pick = [&](const QStringList& list) { return list.at(int(random() % unsigned(list.size()))); };
    MatchInput in;
    in.role = role;
    in.cohort = {QStringLiteral("C-BENCH"), QDate(2026, 3, 2), QDate(2026, 5, 29), QStringLiteral("LIL"),
                 QStringLiteral("Lille Centre"), QStringLiteral("Lille")};
    for (int i = 0; i < participants; ++i) {
        Participant p;
        p.ref = QStringLiteral("P-%1").arg(i, 6, 10, QLatin1Char('0'));
        const int s = int(random() % unsigned(kSectors.size()));
        p.sector = kSectors.at(s);
        if (random() % 4 != 0)
            p.professionalProject = QStringLiteral("Devenir %1").arg(kProfessions.at(2 * s + int(random() % 2)));
        p.languages = {pick(kLanguages)};
        if (random() % 2)
            p.languages << pick(kLanguages);
        p.languages << QStringLiteral("fr");
        p.frenchLevelEntry = CefrLevel(random() % 5);
        in.participants << p;
    }
    for (int j = 0; j < volunteers; ++j) {
        Candidate c;
        Volunteer& v = c.volunteer;
        v.ref = QStringLiteral("V-%1").arg(j, 6, 10, QLatin1Char('0'));
        v.role = VolunteerRole(random() % 3);
        const int s = int(random() % unsigned(kSectors.size()));
        v.sector = kSectors.at(s);
        v.profession = kProfessions.at(2 * s + int(random() % 2));
        v.employer = random() % 3 ? QStringLiteral("Entreprise de Lille") : QStringLiteral("Entreprise de Roubaix");
        v.school = random() % 2 ? QStringLiteral("Université de Lille") : QStringLiteral("École de Paris");
        v.languages = {QStringLiteral("fr"), pick(kLanguages)};
        v.maxPairings = 1 + int(random() % 3);
        c.remaining = v.maxPairings - int(random() % 2);
        const int window = int(random() % 4);
        if (window == 1)
            v.availableTo = QDate(2026, 4, 15); // part of the cohort
        else if (window == 2)
            v.availableTo = QDate(2025, 12, 31); // none of it
        if (random() % 3 == 0)
            c.siteRefs << QStringLiteral("LIL");
        in.candidates << c;
    }
    return in;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int participants = args.size() > 1 ? args.at(1).toInt() : 500;
    const int volunteers = args.size() > 2 ? args.at(2).toInt() : 5000;
    const int runs = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 5;
    for (PairingRole role : {PairingRole::Mentor, PairingRole::Coach}) {
        const MatchInput in = network(participants, volunteers, role);
        std::vector<qint64> times;
        MatchResult result;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            result = PairingMatcher::match(in);
            times.push_back(timer.elapsed());
        }
        std::sort(times.begin(), times.end());
        std::printf("match %s: %d participants, %d volunteers: %lld ms (median of %d), %lld pairs, total score %d\n",
                    qPrintable(codeOf(role)), participants, volunteers, static_cast<long long>(times[times.size() / 2]),
                    runs, static_cast<long long>(result.proposals.size()), result.totalPoints);
    }
    return 0;
}
