// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/storage/PairingRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/VolunteerRepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace parcours;
using namespace parcours::test;

TEST_CASE("a volunteer comes back with every field", "[storage][volunteers]")
{
    TestDatabase t;
    VolunteerRepository repo(t.db());
    Transaction tx(t.db());
    auto saved = repo.save(fullVolunteer(QStringLiteral("W1"), VolunteerRole::Both));
    REQUIRE(saved);
    REQUIRE(tx.commit());
    auto found = repo.find(QStringLiteral("W1"));
    REQUIRE(found);
    REQUIRE(found->has_value());
    checkSame(**found, *saved);
    CHECK(scalar(t.db(), QStringLiteral("SELECT role || ' ' || languages FROM volunteer")).toString() == QStringLiteral("both fr|en"));
    CHECK(scalar(t.db(), QStringLiteral("SELECT charter_signed_on || ' ' || training_on FROM volunteer")).toString()
          == QStringLiteral("2024-12-02 2024-12-14"));
}

TEST_CASE("a volunteer's onboarding dates are optional and only real dates are stored", "[storage][volunteers]")
{
    TestDatabase t;
    VolunteerRepository repo(t.db());
    Volunteer v = fullVolunteer(QStringLiteral("W1"), VolunteerRole::Mentor);
    v.charterSignedOn = QDate();
    v.trainingOn = QDate();
    {
        Transaction tx(t.db());
        REQUIRE(repo.save(v));
        REQUIRE(tx.commit());
    }
    CHECK(scalar(t.db(), QStringLiteral("SELECT charter_signed_on IS NULL AND training_on IS NULL FROM volunteer")).toInt() == 1);
    const auto back = take(repo.find(QStringLiteral("W1"))).value();
    CHECK(!back.charterSignedOn.isValid());
    CHECK(!back.trainingOn.isValid());
    // The schema refuses what is not a calendar date, whoever writes it.
    QSqlQuery q(QSqlDatabase::database(t->connectionName(), false));
    CHECK(!q.exec(QStringLiteral("UPDATE volunteer SET training_on = '2025-02-30'")));
    CHECK(!q.exec(QStringLiteral("UPDATE volunteer SET charter_signed_on = 'soon'")));
    CHECK(q.exec(QStringLiteral("UPDATE volunteer SET charter_signed_on = '2025-02-28'")));
}

TEST_CASE("volunteers are listed by ref, counted and updated by ref", "[storage][volunteers]")
{
    TestDatabase t;
    VolunteerRepository repo(t.db());
    Transaction tx(t.db());
    REQUIRE(repo.save(fullVolunteer(QStringLiteral("W2"), VolunteerRole::Coach)));
    REQUIRE(repo.save(fullVolunteer(QStringLiteral("W10"), VolunteerRole::Mentor)));
    auto first = repo.save(fullVolunteer(QStringLiteral("W1"), VolunteerRole::Mentor));
    REQUIRE(first);
    Volunteer changed = fullVolunteer(QStringLiteral("W1"), VolunteerRole::Coach);
    changed.maxPairings = 3;
    changed.availableTo = QDate();
    auto second = repo.save(changed);
    REQUIRE(second);
    REQUIRE(tx.commit());

    QStringList refs;
    for (const Volunteer& v : take(repo.all()))
        refs << v.ref;
    CHECK(refs == QStringList{QStringLiteral("W1"), QStringLiteral("W10"), QStringLiteral("W2")});
    CHECK(repo.count().value() == 3);
    CHECK(second->id == first->id);
    auto back = take(repo.find(QStringLiteral("W1"))).value();
    CHECK(back.role == VolunteerRole::Coach);
    CHECK(back.maxPairings == 3);
    CHECK(!back.availableTo.isValid());
}

TEST_CASE("every validation problem of a volunteer is reported at once", "[storage][volunteers]")
{
    TestDatabase t;
    VolunteerRepository repo(t.db());
    Volunteer bad = fullVolunteer(QStringLiteral("W|1"), VolunteerRole::Mentor);
    bad.phone = QStringLiteral("call me");
    bad.maxPairings = 21;
    bad.availableTo = QDate(2024, 1, 1);
    Transaction tx(t.db());
    auto saved = repo.save(bad);
    REQUIRE(!saved);
    CHECK(saved.error().code == ErrorCode::Invalid);
    CHECK(fieldsOf(saved.error())
          == QStringList{QStringLiteral("ref"), QStringLiteral("phone"), QStringLiteral("max_pairings"),
                         QStringLiteral("available_to")});
    CHECK(repo.count().value() == 0);
}

TEST_CASE("removing a volunteer removes their pairings", "[storage][volunteers]")
{
    TestDatabase t;
    seed(t.db());
    VolunteerRepository repo(t.db());
    PairingRepository pairings(t.db());
    Transaction tx(t.db());
    REQUIRE(pairings.save(fullPairing(QStringLiteral("K1"), QStringLiteral("M1"), QStringLiteral("W1"), PairingRole::Mentor, {})));
    REQUIRE(repo.remove(QStringLiteral("W1")));
    CHECK(repo.remove(QStringLiteral("W1")).error().code == ErrorCode::NotFound);
    REQUIRE(tx.commit());
    CHECK(pairings.all().value().isEmpty());
    CHECK(repo.count().value() == 2);
}

TEST_CASE("the next volunteer ref follows the highest generated one", "[storage][volunteers]")
{
    TestDatabase t;
    VolunteerRepository repo(t.db());
    CHECK(repo.nextRef().value() == QStringLiteral("V-000001"));
    Transaction tx(t.db());
    REQUIRE(repo.save(fullVolunteer(QStringLiteral("V-000045"), VolunteerRole::Coach)));
    REQUIRE(repo.save(fullVolunteer(QStringLiteral("V-12"), VolunteerRole::Coach)));
    REQUIRE(tx.commit());
    CHECK(repo.nextRef().value() == QStringLiteral("V-000046"));
}
