// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/storage/PairingRepository.h"
#include "core/storage/Transaction.h"

using namespace parcours;
using namespace parcours::test;

namespace {

Pairing active(const char* ref, const char* participant, const char* volunteer, PairingRole role)
{
    Pairing k;
    k.ref = QString::fromLatin1(ref);
    k.participantRef = QString::fromLatin1(participant);
    k.volunteerRef = QString::fromLatin1(volunteer);
    k.role = role;
    k.status = PairingStatus::Active;
    return k;
}

} // namespace

TEST_CASE("a pairing comes back with every field", "[storage][pairings]")
{
    TestDatabase t;
    seed(t.db());
    PairingRepository repo(t.db());
    Transaction tx(t.db());
    auto saved = repo.save(fullPairing(QStringLiteral("K-000002"), QStringLiteral("M1"), QStringLiteral("W2"),
                                       PairingRole::Coach, QStringLiteral("MINI")));
    REQUIRE(saved);
    REQUIRE(tx.commit());
    auto found = repo.find(QStringLiteral("K-000002"));
    REQUIRE(found);
    REQUIRE(found->has_value());
    checkSame(**found, *saved);
    CHECK(repo.nextRef().value() == QStringLiteral("K-000003"));
}

TEST_CASE("a volunteer is paired only in a role they can serve", "[storage][pairings]")
{
    TestDatabase t;
    seed(t.db()); // W1 mentor, W2 coach, W3 both
    PairingRepository repo(t.db());
    Transaction tx(t.db());
    auto coachAsMentor = repo.save(active("K1", "M1", "W2", PairingRole::Mentor));
    REQUIRE(!coachAsMentor);
    CHECK(coachAsMentor.error().code == ErrorCode::Invalid);
    REQUIRE(coachAsMentor.error().problems.size() == 1);
    CHECK(coachAsMentor.error().problems.first().toString()
          == QStringLiteral("volunteer_ref: volunteer 'W2' is a coach and cannot be a mentor"));
    auto mentorAsCoach = repo.save(active("K1", "M1", "W1", PairingRole::Coach));
    REQUIRE(!mentorAsCoach);
    CHECK(mentorAsCoach.error().code == ErrorCode::Invalid);

    CHECK(repo.save(active("K1", "M1", "W3", PairingRole::Mentor)));
    CHECK(repo.save(active("K2", "M2", "W3", PairingRole::Coach)));
    CHECK(repo.save(active("K3", "M1", "W2", PairingRole::Coach)));
    REQUIRE(tx.commit());
    CHECK(repo.all().value().size() == 3);
}

TEST_CASE("a participant has at most one active pairing of each role", "[storage][pairings]")
{
    TestDatabase t;
    seed(t.db());
    PairingRepository repo(t.db());
    Transaction tx(t.db());
    REQUIRE(repo.save(active("K1", "M1", "W1", PairingRole::Mentor)));
    auto second = repo.save(active("K2", "M1", "W3", PairingRole::Mentor));
    REQUIRE(!second);
    CHECK(second.error().code == ErrorCode::Invalid);
    REQUIRE(second.error().problems.size() == 1);
    CHECK(second.error().problems.first().toString()
          == QStringLiteral("status: participant 'M1' already has an active mentor pairing 'K1'"));

    // Saving the active pairing itself again is no conflict; a proposed one beside it is allowed.
    Pairing again = active("K1", "M1", "W1", PairingRole::Mentor);
    again.startDate = QDate(2025, 3, 10);
    CHECK(repo.save(again));
    Pairing proposed = active("K2", "M1", "W3", PairingRole::Mentor);
    proposed.status = PairingStatus::Proposed;
    REQUIRE(repo.save(proposed));
    // Once the first one ends, the proposed one can become active.
    Pairing ended = again;
    ended.status = PairingStatus::Ended;
    ended.endDate = QDate(2025, 4, 30);
    REQUIRE(repo.save(ended));
    proposed.status = PairingStatus::Active;
    CHECK(repo.save(proposed));
    REQUIRE(tx.commit());
}

TEST_CASE("a pairing with unknown participant, volunteer and cohort reports all three", "[storage][pairings]")
{
    TestDatabase t;
    PairingRepository repo(t.db());
    Transaction tx(t.db());
    auto saved = repo.save(fullPairing(QStringLiteral("K1"), QStringLiteral("M9"), QStringLiteral("W9"), PairingRole::Mentor,
                                       QStringLiteral("C9")));
    REQUIRE(!saved);
    CHECK(saved.error().code == ErrorCode::NotFound);
    CHECK(fieldsOf(saved.error())
          == QStringList{QStringLiteral("participant_ref"), QStringLiteral("volunteer_ref"), QStringLiteral("cohort_ref")});
}

TEST_CASE("pairings are listed by ref, a cohort's only when asked", "[storage][pairings]")
{
    TestDatabase t;
    seed(t.db());
    PairingRepository repo(t.db());
    Transaction tx(t.db());
    REQUIRE(repo.save(fullPairing(QStringLiteral("K3"), QStringLiteral("M1"), QStringLiteral("W1"), PairingRole::Mentor, QStringLiteral("MINI"))));
    REQUIRE(repo.save(fullPairing(QStringLiteral("K1"), QStringLiteral("M2"), QStringLiteral("W1"), PairingRole::Mentor, {})));
    REQUIRE(repo.save(fullPairing(QStringLiteral("K2"), QStringLiteral("M2"), QStringLiteral("W2"), PairingRole::Coach, QStringLiteral("MINI"))));
    REQUIRE(tx.commit());
    QStringList all;
    for (const Pairing& k : take(repo.all()))
        all << k.ref;
    CHECK(all == QStringList{QStringLiteral("K1"), QStringLiteral("K2"), QStringLiteral("K3")});
    QStringList ofMini;
    for (const Pairing& k : take(repo.ofCohort(QStringLiteral("MINI"))))
        ofMini << k.ref;
    CHECK(ofMini == QStringList{QStringLiteral("K2"), QStringLiteral("K3")});
}

TEST_CASE("check-ins are upserted by pairing and date and listed in that order", "[storage][pairings]")
{
    TestDatabase t;
    seed(t.db());
    PairingRepository repo(t.db());
    Transaction tx(t.db());
    REQUIRE(repo.save(active("K2", "M1", "W1", PairingRole::Mentor)));
    REQUIRE(repo.save(active("K1", "M1", "W2", PairingRole::Coach)));
    auto first = repo.saveCheckIn(fullCheckIn(QStringLiteral("K2"), QDate(2025, 3, 14)));
    REQUIRE(first);
    REQUIRE(repo.saveCheckIn(fullCheckIn(QStringLiteral("K2"), QDate(2025, 3, 7))));
    REQUIRE(repo.saveCheckIn(fullCheckIn(QStringLiteral("K1"), QDate(2025, 3, 21))));
    CheckIn shorter = fullCheckIn(QStringLiteral("K2"), QDate(2025, 3, 14));
    shorter.durationMinutes = std::nullopt;
    shorter.kind = std::nullopt;
    shorter.notes.clear();
    auto updated = repo.saveCheckIn(shorter);
    REQUIRE(updated);
    REQUIRE(tx.commit());

    CHECK(updated->id == first->id);
    const QList<CheckIn> all = take(repo.checkIns());
    QStringList keys;
    for (const CheckIn& c : all)
        keys << c.pairingRef + QLatin1Char(' ') + c.date.toString(Qt::ISODate);
    CHECK(keys == QStringList{QStringLiteral("K1 2025-03-21"), QStringLiteral("K2 2025-03-07"), QStringLiteral("K2 2025-03-14")});
    checkSame(all.at(2), *updated);
}

TEST_CASE("a check-in of an unknown pairing is refused; removing a pairing removes its check-ins", "[storage][pairings]")
{
    TestDatabase t;
    seed(t.db());
    PairingRepository repo(t.db());
    Transaction tx(t.db());
    auto unknown = repo.saveCheckIn(fullCheckIn(QStringLiteral("K9"), QDate(2025, 3, 7)));
    REQUIRE(!unknown);
    CHECK(unknown.error().problems.first().toString() == QStringLiteral("pairing_ref: unknown pairing 'K9'"));

    REQUIRE(repo.save(active("K1", "M1", "W1", PairingRole::Mentor)));
    REQUIRE(repo.saveCheckIn(fullCheckIn(QStringLiteral("K1"), QDate(2025, 3, 7))));
    REQUIRE(repo.saveCheckIn(fullCheckIn(QStringLiteral("K1"), QDate(2025, 3, 14))));
    REQUIRE(repo.removeCheckIn(QStringLiteral("K1"), QDate(2025, 3, 7)));
    CHECK(repo.removeCheckIn(QStringLiteral("K1"), QDate(2025, 3, 7)).error().code == ErrorCode::NotFound);
    CHECK(repo.checkIns().value().size() == 1);
    REQUIRE(repo.remove(QStringLiteral("K1")));
    CHECK(repo.remove(QStringLiteral("K1")).error().code == ErrorCode::NotFound);
    REQUIRE(tx.commit());
    CHECK(repo.checkIns().value().isEmpty());
}
