// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "core/pairing/PairingScorer.h"

#include <QLocale>

using namespace parcours;

namespace {

MatchCohort lilleCohort()
{
    return {QStringLiteral("C1"), QDate(2025, 3, 3), QDate(2025, 5, 30), QStringLiteral("LIL"),
            QStringLiteral("Lille Centre"), QStringLiteral("Lille")};
}

Participant cookToBe()
{
    Participant p;
    p.ref = QStringLiteral("P1");
    p.firstName = QStringLiteral("Amina");
    p.lastName = QStringLiteral("Haddad");
    p.sector = QStringLiteral("Restauration");
    p.professionalProject = QStringLiteral("Devenir cuisinier en restaurant");
    p.languages = {QStringLiteral("ar"), QStringLiteral("fr")};
    p.frenchLevelEntry = CefrLevel::A1;
    return p;
}

Candidate chef()
{
    Candidate c;
    c.volunteer.ref = QStringLiteral("V1");
    c.volunteer.role = VolunteerRole::Mentor;
    c.volunteer.sector = QStringLiteral("restauration");
    c.volunteer.profession = QStringLiteral("Chef cuisinière");
    c.volunteer.employer = QStringLiteral("Brasserie de Lille");
    c.volunteer.languages = {QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en")};
    c.volunteer.availableFrom = QDate(2025, 1, 1);
    c.volunteer.availableTo = QDate(2025, 12, 31);
    c.remaining = 1;
    return c;
}

QStringList textsOf(const PairScore& s)
{
    QStringList out;
    for (const ScoreReason& r : s.reasons)
        out << QStringLiteral("%1 %2").arg(r.points).arg(r.text);
    return out;
}

} // namespace

TEST_CASE("a mentor of the participant's sector and trade scores every rule, with its reasons", "[pairing][scorer]")
{
    const PairingScorer scorer(lilleCohort(), PairingRole::Mentor);
    const PairScore s = scorer.score(cookToBe(), chef());
    // 25 sector + 20 profession + 15 Arabic (French left out at A1) + 5 Lille in the employer
    // + 20 available from January to December.
    CHECK(s.points == 85);
    CHECK(textsOf(s)
          == QStringList{QStringLiteral("25 Same sector: restauration"),
                         QStringLiteral("20 Profession \"Chef cuisinière\" fits the project \"Devenir cuisinier en restaurant\""),
                         QStringLiteral("15 Shared languages: ar"), QStringLiteral("5 Works in Lille"),
                         QStringLiteral("20 Available for the whole cohort")});
    CHECK(scorer.points(cookToBe(), chef()) == 85);
}

TEST_CASE("having been paired at the cohort's site scores more than working in its city", "[pairing][scorer]")
{
    Candidate c = chef();
    c.siteRefs = {QStringLiteral("RBX"), QStringLiteral("LIL")};
    const PairScore s = PairingScorer(lilleCohort(), PairingRole::Mentor).score(cookToBe(), c);
    CHECK(s.points == 90);
    CHECK(textsOf(s).contains(QStringLiteral("10 Already paired at site Lille Centre")));
    CHECK(!textsOf(s).contains(QStringLiteral("5 Works in Lille")));
}

TEST_CASE("French is a shared language only for a participant past A1", "[pairing][scorer]")
{
    Participant p = cookToBe();
    p.languages = {QStringLiteral("fr"), QStringLiteral("ps")};
    Candidate c = chef();
    const PairingScorer scorer(lilleCohort(), PairingRole::Mentor);
    CHECK(scorer.points(p, c) == 85 - 15);
    p.frenchLevelEntry.reset(); // unknown level: as a beginner
    CHECK(scorer.points(p, c) == 85 - 15);
    p.frenchLevelEntry = CefrLevel::A2;
    const PairScore s = scorer.score(p, c);
    CHECK(s.points == 85);
    CHECK(textsOf(s).contains(QStringLiteral("15 Shared languages: fr")));
}

TEST_CASE("a profession that does not fit the project and another sector score nothing for them", "[pairing][scorer]")
{
    Candidate c = chef();
    c.volunteer.sector = QStringLiteral("Informatique");
    c.volunteer.profession = QStringLiteral("Développeuse web");
    c.volunteer.employer.clear();
    const PairScore s = PairingScorer(lilleCohort(), PairingRole::Mentor).score(cookToBe(), c);
    CHECK(s.points == 15 + 20);
    CHECK(textsOf(s) == QStringList{QStringLiteral("15 Shared languages: ar"), QStringLiteral("20 Available for the whole cohort")});
}

TEST_CASE("a coach scores for a school at the cohort's site, never for sector or profession", "[pairing][scorer]")
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    Candidate c;
    c.volunteer.ref = QStringLiteral("V2");
    c.volunteer.role = VolunteerRole::Both;
    c.volunteer.sector = QStringLiteral("Restauration");
    c.volunteer.profession = QStringLiteral("Cuisinier");
    c.volunteer.school = QStringLiteral("Université de LILLE");
    c.volunteer.languages = {QStringLiteral("en")};
    c.volunteer.availableFrom = QDate(2025, 4, 1); // after the cohort's start
    const PairScore s = PairingScorer(lilleCohort(), PairingRole::Coach).score(cookToBe(), c);
    QLocale::setDefault(QLocale::c());
    CHECK(s.points == 30);
    CHECK(textsOf(s)
          == QStringList{QStringLiteral("30 School near the site: Université de LILLE"),
                         QStringLiteral("0 Available only from 01/04/2025 to …")});
}

TEST_CASE("a coach's school naming the site rather than its city counts too", "[pairing][scorer]")
{
    MatchCohort cohort = lilleCohort();
    cohort.siteCity.clear();
    Candidate c;
    c.volunteer.role = VolunteerRole::Coach;
    c.volunteer.school = QStringLiteral("IUT Lille Centre");
    const PairingScorer scorer(cohort, PairingRole::Coach);
    CHECK(scorer.points(cookToBe(), c) == 30 + 20); // open availability covers the cohort
    c.volunteer.school = QStringLiteral("Sciences Po Paris");
    CHECK(scorer.points(cookToBe(), c) == 20);
}
