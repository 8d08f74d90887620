// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/storage/CohortRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/Transaction.h"

using namespace parcours;
using namespace parcours::test;

TEST_CASE("a participant comes back with every field", "[storage][participants]")
{
    TestDatabase t;
    ParticipantRepository repo(t.db());
    Transaction tx(t.db());
    auto saved = repo.save(fullParticipant(QStringLiteral("M1")));
    REQUIRE(saved);
    REQUIRE(tx.commit());

    auto found = repo.find(QStringLiteral("M1"));
    REQUIRE(found);
    REQUIRE(found->has_value());
    checkSame(**found, *saved);
    CHECK(scalar(t.db(), QStringLiteral("SELECT languages FROM participant")).toString() == QStringLiteral("ti|ar|en"));
    CHECK(scalar(t.db(), QStringLiteral("SELECT birth_date FROM participant")).toString() == QStringLiteral("1997-08-14"));
    CHECK(scalar(t.db(), QStringLiteral("SELECT status FROM participant")).toString() == QStringLiteral("subsidiary_protection"));
}

TEST_CASE("a participant's empty optional values are stored as NULL", "[storage][participants]")
{
    TestDatabase t;
    ParticipantRepository repo(t.db());
    Participant bare;
    bare.ref = QStringLiteral("M1");
    bare.firstName = QStringLiteral("Bilal");
    bare.lastName = QStringLiteral("Ahmadi");
    Transaction tx(t.db());
    REQUIRE(repo.save(bare));
    REQUIRE(tx.commit());
    CHECK(scalar(t.db(), QStringLiteral(
                             "SELECT count(*) FROM participant WHERE birth_date IS NULL AND gender IS NULL"
                             " AND country_of_origin IS NULL AND languages IS NULL AND french_level_entry IS NULL"
                             " AND status IS NULL AND arrival_date IS NULL AND phone IS NULL AND email IS NULL"
                             " AND professional_project IS NULL AND sector IS NULL AND referrer IS NULL"
                             " AND consent_date IS NULL AND notes IS NULL"))
              .toInt()
          == 1);
    auto back = repo.find(QStringLiteral("M1")).value().value();
    CHECK(back.languages.isEmpty());
    CHECK(back.gender == std::nullopt);
}

TEST_CASE("every validation problem of a participant is reported at once and nothing is written",
          "[storage][participants]")
{
    TestDatabase t;
    ParticipantRepository repo(t.db());
    Participant bad = fullParticipant(QStringLiteral("M1"));
    bad.firstName.clear();
    bad.lastName = QStringLiteral("  ");
    bad.email = QStringLiteral("not an address");
    bad.languages = {QStringLiteral("French")};
    Transaction tx(t.db());
    auto saved = repo.save(bad);
    REQUIRE(!saved);
    CHECK(saved.error().code == ErrorCode::Invalid);
    CHECK(fieldsOf(saved.error())
          == QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("languages"),
                         QStringLiteral("email")});
    REQUIRE(tx.commit());
    CHECK(repo.count().value() == 0);
}

TEST_CASE("writes outside a transaction are refused and write nothing", "[storage][participants]")
{
    TestDatabase t;
    ParticipantRepository repo(t.db());
    auto saved = repo.save(fullParticipant(QStringLiteral("M1")));
    REQUIRE(!saved);
    CHECK(saved.error().code == ErrorCode::Usage);
    CHECK(repo.count().value() == 0);

    seed(t.db());
    auto removed = repo.remove(QStringLiteral("M1"));
    REQUIRE(!removed);
    CHECK(removed.error().code == ErrorCode::Usage);
    CHECK(repo.count().value() == 2);
}

TEST_CASE("a transaction rolled back, or dropped without commit, leaves nothing", "[storage][participants]")
{
    TestDatabase t;
    ParticipantRepository repo(t.db());
    {
        Transaction tx(t.db());
        REQUIRE(repo.save(fullParticipant(QStringLiteral("M1"))));
        REQUIRE(repo.save(fullParticipant(QStringLiteral("M2"))));
        CHECK(repo.count().value() == 2); // seen inside the transaction
    }
    CHECK(repo.count().value() == 0);
    CHECK(!t->inTransaction());
    {
        Transaction tx(t.db());
        REQUIRE(repo.save(fullParticipant(QStringLiteral("M3"))));
        tx.rollback();
        CHECK(!t->inTransaction());
        auto late = repo.save(fullParticipant(QStringLiteral("M4")));
        REQUIRE(!late);
        CHECK(late.error().code == ErrorCode::Usage);
    }
    CHECK(repo.count().value() == 0);
}

TEST_CASE("participants are listed by ref and updated by ref", "[storage][participants]")
{
    TestDatabase t;
    ParticipantRepository repo(t.db());
    Transaction tx(t.db());
    for (const char* ref : {"P-000010", "M2", "A9", "M10"})
        REQUIRE(repo.save(fullParticipant(QString::fromLatin1(ref))));
    Participant renamed = fullParticipant(QStringLiteral("M2"));
    renamed.lastName = QStringLiteral("Tesfaye");
    renamed.languages = {QStringLiteral("fr")};
    auto updated = repo.save(renamed);
    REQUIRE(updated);
    REQUIRE(tx.commit());

    QStringList refs;
    for (const Participant& p : take(repo.all()))
        refs << p.ref;
    // Plain code-point order: what the export writes.
    CHECK(refs == QStringList{QStringLiteral("A9"), QStringLiteral("M10"), QStringLiteral("M2"), QStringLiteral("P-000010")});
    CHECK(repo.count().value() == 4);
    auto back = repo.find(QStringLiteral("M2")).value().value();
    CHECK(back.id == updated->id);
    CHECK(back.lastName == QStringLiteral("Tesfaye"));
    CHECK(back.languages == QStringList{QStringLiteral("fr")});
}

TEST_CASE("the next participant ref follows the highest generated one, ignoring other refs", "[storage][participants]")
{
    TestDatabase t;
    ParticipantRepository repo(t.db());
    CHECK(repo.nextRef().value() == QStringLiteral("P-000001"));
    Transaction tx(t.db());
    for (const char* ref : {"P-000009", "P-000120", "P-ADA", "p-000500", "M1", "P-000099"})
        REQUIRE(repo.save(fullParticipant(QString::fromLatin1(ref))));
    REQUIRE(tx.commit());
    CHECK(repo.nextRef().value() == QStringLiteral("P-000121"));
}

TEST_CASE("removing a participant removes their enrolments, marks, pairings and outcomes", "[storage][participants]")
{
    TestDatabase t;
    seed(t.db());
    ParticipantRepository repo(t.db());
    CohortRepository cohorts(t.db());
    SessionRepository sessions(t.db());
    PairingRepository pairings(t.db());
    OutcomeRepository outcomes(t.db());
    {
        Transaction tx(t.db());
        REQUIRE(cohorts.saveEnrolment(fullEnrolment(QStringLiteral("MINI"), QStringLiteral("M1"))));
        REQUIRE(cohorts.saveEnrolment(fullEnrolment(QStringLiteral("MINI"), QStringLiteral("M2"))));
        REQUIRE(sessions.save(fullSession(QStringLiteral("SE-1"), QStringLiteral("MINI"), {}, {})));
        REQUIRE(sessions.saveAttendance(lateMark(QStringLiteral("SE-1"), QStringLiteral("M1"))));
        REQUIRE(pairings.save(fullPairing(QStringLiteral("K1"), QStringLiteral("M1"), QStringLiteral("W1"),
                                          PairingRole::Mentor, QStringLiteral("MINI"))));
        REQUIRE(pairings.saveCheckIn(fullCheckIn(QStringLiteral("K1"), QDate(2025, 3, 7))));
        REQUIRE(outcomes.save(fullOutcome(QStringLiteral("M1"), QStringLiteral("MINI"))));
        REQUIRE(tx.commit());
    }
    Transaction tx(t.db());
    REQUIRE(repo.remove(QStringLiteral("M1")));
    CHECK(repo.remove(QStringLiteral("M1")).error().code == ErrorCode::NotFound);
    REQUIRE(tx.commit());
    CHECK(repo.count().value() == 1);
    CHECK(repo.find(QStringLiteral("M1")).value() == std::nullopt);
    REQUIRE(cohorts.enrolments().value().size() == 1);
    CHECK(cohorts.enrolments().value().first().participantRef == QStringLiteral("M2"));
    CHECK(sessions.attendance().value().isEmpty());
    CHECK(pairings.all().value().isEmpty());
    CHECK(pairings.checkIns().value().isEmpty());
    CHECK(outcomes.all().value().isEmpty());
    CHECK(sessions.all().value().size() == 1);
}

TEST_CASE("thousands of participants save in one transaction", "[storage][participants]")
{
    TestDatabase t;
    ParticipantRepository repo(t.db());
    Transaction tx(t.db());
    for (int i = 1; i <= 3000; ++i) {
        auto saved = repo.save(fullParticipant(QStringLiteral("P-%1").arg(i, 6, 10, QLatin1Char('0'))));
        if (!saved)
            FAIL(saved.error().toString().toStdString());
    }
    REQUIRE(tx.commit());
    CHECK(repo.count().value() == 3000);
    CHECK(repo.nextRef().value() == QStringLiteral("P-003001"));
}
