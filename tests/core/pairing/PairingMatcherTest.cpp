// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "core/pairing/PairingMatcher.h"

#include <algorithm>
#include <functional>
#include <random>

using namespace parcours;

namespace {

/// The best (pairs, total points) over every assignment, by enumeration.
std::pair<int, int> bruteForce(const std::vector<std::vector<int>>& points, std::vector<int> capacity)
{
    std::pair<int, int> best{0, 0};
    std::function<void(std::size_t, int, int)> go = [&](std::size_t row, int pairs, int total) {
        if (row == points.size()) {
            best = std::max(best, std::make_pair(pairs, total));
            return;
        }
        go(row + 1, pairs, total); // this row left unpaired
        for (std::size_t j = 0; j < capacity.size(); ++j)
            if (points[row][j] >= 0 && capacity[j] > 0) {
                --capacity[j];
                go(row + 1, pairs + 1, total + points[row][j]);
                ++capacity[j];
            }
    };
    go(0, 0, 0);
    return best;
}

/// (pairs, total) of an assignment, after checking it breaks no rule.
std::pair<int, int> valueOf(const std::vector<int>& chosen, const std::vector<std::vector<int>>& points,
                            const std::vector<int>& capacity)
{
    std::vector<int> used(capacity.size(), 0);
    int pairs = 0;
    int total = 0;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        if (chosen[i] < 0)
            continue;
        const auto j = std::size_t(chosen[i]);
        REQUIRE(points[i][j] >= 0);
        ++used[j];
        ++pairs;
        total += points[i][j];
    }
    for (std::size_t j = 0; j < capacity.size(); ++j)
        REQUIRE(used[j] <= std::max(capacity[j], 0));
    return {pairs, total};
}

MatchCohort cohort()
{
    return {QStringLiteral("C1"), QDate(2025, 3, 3), QDate(2025, 5, 30), QStringLiteral("LIL"),
            QStringLiteral("Lille Centre"), QStringLiteral("Lille")};
}

Participant participant(const QString& ref, const QString& sector, const QStringList& languages)
{
    Participant p;
    p.ref = ref;
    p.sector = sector;
    p.languages = languages;
    p.frenchLevelEntry = CefrLevel::A1;
    return p;
}

Candidate candidate(const QString& ref, VolunteerRole role, const QString& sector, int remaining,
                    const QStringList& languages = {})
{
    Candidate c;
    c.volunteer.ref = ref;
    c.volunteer.role = role;
    c.volunteer.sector = sector;
    c.volunteer.languages = languages;
    c.volunteer.maxPairings = remaining;
    c.remaining = remaining;
    return c;
}

QStringList pairsOf(const MatchResult& r)
{
    QStringList out;
    for (const Proposal& p : r.proposals)
        out << p.participantRef + QLatin1Char('-') + p.volunteerRef;
    return out;
}

const QStringList kSectors = {QStringLiteral("BTP"), QStringLiteral("Restauration"), QStringLiteral("Logistique")};
const QStringList kLanguages = {QStringLiteral("ar"), QStringLiteral("ps"), QStringLiteral("en"), QStringLiteral("ti")};

} // namespace

TEST_CASE("assign finds the most pairs, then the highest total, as enumeration does", "[pairing][matcher]")
{
    std::mt19937 random(20251205);
    for (int round = 0; round < 600; ++round) {
        const int rows = 1 + int(random() % 6);
        const int cols = 1 + int(random() % 4);
        std::vector<std::vector<int>> points(static_cast<std::size_t>(rows), std::vector<int>(static_cast<std::size_t>(cols)));
        for (auto& row : points)
            for (int& p : row)
                p = int(random() % 4) == 0 ? -1 : int(random() % 21); // a quarter not allowed
        std::vector<int> capacity(static_cast<std::size_t>(cols));
        for (int& c : capacity)
            c = int(random() % 4); // 0 to 3
        INFO("round " << round);
        const auto chosen = PairingMatcher::assign(points, capacity);
        REQUIRE(chosen.size() == std::size_t(rows));
        CHECK(valueOf(chosen, points, capacity) == bruteForce(points, capacity));
    }
}

TEST_CASE("assign prefers one more pair to a higher total", "[pairing][matcher]")
{
    // Row 0 alone on column 0 would score 20; pairing both rows scores 1 + 1.
    const std::vector<std::vector<int>> points = {{20, 1}, {1, -1}};
    CHECK(PairingMatcher::assign(points, {1, 1}) == std::vector<int>{1, 0});
}

TEST_CASE("the matcher's proposals are optimal on random cohorts of both roles", "[pairing][matcher]")
{
    std::mt19937 random(7);
    for (int round = 0; round < 200; ++round) {
        MatchInput in;
        in.cohort = cohort();
        in.role = round % 2 ? PairingRole::Coach : PairingRole::Mentor;
        const int people = 1 + int(random() % 5);
        const int volunteers = 1 + int(random() % 4);
        for (int i = 0; i < people; ++i)
            in.participants << participant(QStringLiteral("P%1").arg(i), kSectors.at(int(random() % 3)),
                                           {kLanguages.at(int(random() % 4))});
        for (int j = 0; j < volunteers; ++j) {
            Candidate c = candidate(QStringLiteral("V%1").arg(j), VolunteerRole(random() % 3), kSectors.at(int(random() % 3)),
                                    int(random() % 4), {kLanguages.at(int(random() % 4)), kLanguages.at(int(random() % 4))});
            if (random() % 2)
                c.siteRefs << QStringLiteral("LIL");
            if (random() % 2)
                c.volunteer.school = QStringLiteral("Université de Lille");
            if (random() % 3 == 0)
                c.volunteer.availableFrom = QDate(2025, 4, 1);
            in.candidates << c;
        }
        if (random() % 2)
            in.excluded.insert({QStringLiteral("P0"), QStringLiteral("V0")});

        // The brute force sees the same rules: eligibility, exclusions and the scorer's points.
        const PairingScorer scorer(in.cohort, in.role);
        std::vector<std::vector<int>> points(static_cast<std::size_t>(people), std::vector<int>(static_cast<std::size_t>(volunteers)));
        std::vector<int> capacity;
        for (int j = 0; j < volunteers; ++j) {
            const Candidate& c = in.candidates.at(j);
            const bool eligible = c.remaining > 0 && canServeAs(c.volunteer.role, in.role);
            capacity.push_back(eligible ? c.remaining : 0);
            for (int i = 0; i < people; ++i) {
                const Participant& p = in.participants.at(i);
                points[std::size_t(i)][std::size_t(j)] =
                    !eligible || in.excluded.contains({p.ref, c.volunteer.ref}) ? -1 : scorer.points(p, c);
            }
        }
        INFO("round " << round);
        const MatchResult r = PairingMatcher::match(in);
        const auto best = bruteForce(points, capacity);
        CHECK(r.proposals.size() == best.first);
        CHECK(r.totalPoints == best.second);
        CHECK(r.proposals.size() + r.unpaired.size() == people);
        QHash<QString, int> used;
        for (const Proposal& p : r.proposals) {
            CHECK(!in.excluded.contains({p.participantRef, p.volunteerRef}));
            CHECK(p.role == in.role);
            ++used[p.volunteerRef];
        }
        for (const Candidate& c : std::as_const(in.candidates)) {
            CHECK(used.value(c.volunteer.ref) <= std::max(c.remaining, 0));
            if (used.value(c.volunteer.ref) > 0)
                CHECK(canServeAs(c.volunteer.role, in.role));
        }
    }
}

TEST_CASE("the matcher never exceeds a volunteer's capacity and uses capacities above one", "[pairing][matcher]")
{
    MatchInput in;
    in.cohort = cohort();
    for (int i = 1; i <= 5; ++i)
        in.participants << participant(QStringLiteral("P%1").arg(i), QStringLiteral("BTP"), {});
    in.candidates << candidate(QStringLiteral("V1"), VolunteerRole::Mentor, QStringLiteral("BTP"), 3)
                  << candidate(QStringLiteral("V2"), VolunteerRole::Mentor, QStringLiteral("Logistique"), 1)
                  << candidate(QStringLiteral("V3"), VolunteerRole::Mentor, QStringLiteral("BTP"), 0);
    const MatchResult r = PairingMatcher::match(in);
    // V1 (same sector) takes three, V2 one, V3 has no room left: four pairs, one unpaired.
    QHash<QString, int> used;
    for (const Proposal& p : r.proposals)
        ++used[p.volunteerRef];
    CHECK(used.value(QStringLiteral("V1")) == 3);
    CHECK(used.value(QStringLiteral("V2")) == 1);
    CHECK(!used.contains(QStringLiteral("V3")));
    CHECK(r.unpaired.size() == 1);
    CHECK(r.totalPoints == 3 * (25 + 20) + 20); // sector + availability (open) for V1's, availability for V2's
}

TEST_CASE("a mentor-only volunteer is never a coach and a coach never a mentor; both may be either", "[pairing][matcher]")
{
    MatchInput in;
    in.cohort = cohort();
    in.participants << participant(QStringLiteral("P1"), QStringLiteral("BTP"), {});
    in.candidates << candidate(QStringLiteral("V1"), VolunteerRole::Mentor, QStringLiteral("BTP"), 1);
    in.role = PairingRole::Coach;
    CHECK(PairingMatcher::match(in).proposals.isEmpty());
    in.candidates << candidate(QStringLiteral("V2"), VolunteerRole::Both, QStringLiteral(""), 1);
    CHECK(pairsOf(PairingMatcher::match(in)) == QStringList{QStringLiteral("P1-V2")});
    in.candidates.clear();
    in.candidates << candidate(QStringLiteral("V3"), VolunteerRole::Coach, QStringLiteral("BTP"), 1);
    in.role = PairingRole::Mentor;
    CHECK(PairingMatcher::match(in).proposals.isEmpty());
    CHECK(PairingMatcher::match(in).unpaired == QStringList{QStringLiteral("P1")});
}

TEST_CASE("a pair that ended in mismatch is never proposed again, even as the best", "[pairing][matcher]")
{
    MatchInput in;
    in.cohort = cohort();
    in.participants << participant(QStringLiteral("P1"), QStringLiteral("BTP"), {});
    in.candidates << candidate(QStringLiteral("V1"), VolunteerRole::Mentor, QStringLiteral("BTP"), 1)
                  << candidate(QStringLiteral("V2"), VolunteerRole::Mentor, QStringLiteral("Logistique"), 1);
    CHECK(pairsOf(PairingMatcher::match(in)) == QStringList{QStringLiteral("P1-V1")});
    in.excluded.insert({QStringLiteral("P1"), QStringLiteral("V1")});
    CHECK(pairsOf(PairingMatcher::match(in)) == QStringList{QStringLiteral("P1-V2")});
}

TEST_CASE("a volunteer away for the whole cohort is not a candidate", "[pairing][matcher]")
{
    MatchInput in;
    in.cohort = cohort();
    in.participants << participant(QStringLiteral("P1"), QStringLiteral("BTP"), {});
    Candidate gone = candidate(QStringLiteral("V1"), VolunteerRole::Mentor, QStringLiteral("BTP"), 1);
    gone.volunteer.availableTo = QDate(2025, 3, 2);
    Candidate later = candidate(QStringLiteral("V2"), VolunteerRole::Mentor, QStringLiteral("BTP"), 1);
    later.volunteer.availableFrom = QDate(2025, 5, 31);
    in.candidates << gone << later;
    CHECK(PairingMatcher::match(in).proposals.isEmpty());
    in.candidates[1].volunteer.availableFrom = QDate(2025, 5, 30); // the last day still meets the cohort
    CHECK(pairsOf(PairingMatcher::match(in)) == QStringList{QStringLiteral("P1-V2")});
}

TEST_CASE("the same data gives the same proposals, whatever the order it comes in", "[pairing][matcher]")
{
    std::mt19937 random(99);
    MatchInput in;
    in.cohort = cohort();
    for (int i = 0; i < 30; ++i)
        in.participants << participant(QStringLiteral("P%1").arg(i, 2, 10, QLatin1Char('0')), kSectors.at(int(random() % 3)),
                                       {kLanguages.at(int(random() % 4))});
    for (int j = 0; j < 40; ++j) // many ties: few distinct profiles
        in.candidates << candidate(QStringLiteral("V%1").arg(j, 2, 10, QLatin1Char('0')), VolunteerRole::Both,
                                   kSectors.at(int(random() % 3)), 1 + int(random() % 2), {kLanguages.at(int(random() % 4))});
    const MatchResult first = PairingMatcher::match(in);
    CHECK(first.proposals.size() == 30);
    for (int round = 0; round < 5; ++round) {
        MatchInput shuffled = in;
        std::shuffle(shuffled.participants.begin(), shuffled.participants.end(), random);
        std::shuffle(shuffled.candidates.begin(), shuffled.candidates.end(), random);
        const MatchResult again = PairingMatcher::match(shuffled);
        CHECK(pairsOf(again) == pairsOf(first));
        CHECK(again.totalPoints == first.totalPoints);
    }
}

TEST_CASE("a proposal carries its reasons and what the volunteer's readiness lacks", "[pairing][matcher]")
{
    MatchInput in;
    in.cohort = cohort();
    in.participants << participant(QStringLiteral("P1"), QStringLiteral("BTP"), {});
    Candidate c = candidate(QStringLiteral("V1"), VolunteerRole::Mentor, QStringLiteral("btp"), 1);
    c.volunteer.profession = QStringLiteral("Maçon");
    c.volunteer.languages = {QStringLiteral("fr")};
    c.volunteer.availableFrom = QDate(2025, 1, 1);
    c.volunteer.availableTo = QDate(2025, 12, 31);
    c.volunteer.trainingOn = QDate(2025, 1, 15);
    in.candidates << c;
    const MatchResult r = PairingMatcher::match(in);
    REQUIRE(r.proposals.size() == 1);
    const Proposal& p = r.proposals.first();
    CHECK(p.score.points == 45);
    REQUIRE(p.score.reasons.size() == 2);
    CHECK(p.score.reasons.at(0).text == QStringLiteral("Same sector: btp"));
    CHECK(p.missing == QList<ReadinessItem>{ReadinessItem::CharterSigned});
}
