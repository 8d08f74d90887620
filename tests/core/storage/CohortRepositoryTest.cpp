// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/storage/CohortRepository.h"
#include "core/storage/Transaction.h"

using namespace parcours;
using namespace parcours::test;

TEST_CASE("a cohort comes back with every field", "[storage][cohorts]")
{
    TestDatabase t;
    seed(t.db());
    CohortRepository repo(t.db());
    Transaction tx(t.db());
    auto saved = repo.save(fullCohort(QStringLiteral("C-000001"), QStringLiteral("LIL")));
    REQUIRE(saved);
    REQUIRE(tx.commit());
    auto found = repo.find(QStringLiteral("C-000001"));
    REQUIRE(found);
    REQUIRE(found->has_value());
    checkSame(**found, *saved);
    CHECK(repo.count().value() == 2);
    CHECK(repo.nextRef().value() == QStringLiteral("C-000002"));
}

TEST_CASE("a cohort without a site keeps the defaults of the exchange format", "[storage][cohorts]")
{
    TestDatabase t;
    CohortRepository repo(t.db());
    Cohort c;
    c.ref = QStringLiteral("AUT");
    c.name = QStringLiteral("Automne");
    c.startDate = QDate(2025, 9, 1);
    c.endDate = QDate(2025, 11, 28);
    Transaction tx(t.db());
    REQUIRE(repo.save(c));
    REQUIRE(tx.commit());
    auto back = take(repo.find(QStringLiteral("AUT"))).value();
    CHECK(back.siteRef.isEmpty());
    CHECK(back.capacity == 20);
    CHECK(back.fleHoursMin == 12);
    CHECK(back.fleHoursMax == 15);
    CHECK(back.englishHours == 2);
    CHECK(back.softSkillsHours == 2);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM cohort WHERE site_id IS NULL AND programme IS NULL")).toInt() == 1);
}

TEST_CASE("a cohort ending before it starts is refused on end_date", "[storage][cohorts]")
{
    TestDatabase t;
    CohortRepository repo(t.db());
    Cohort c = fullCohort(QStringLiteral("X"), {});
    c.endDate = QDate(2025, 3, 2);
    c.capacity = 0;
    Transaction tx(t.db());
    auto saved = repo.save(c);
    REQUIRE(!saved);
    CHECK(saved.error().code == ErrorCode::Invalid);
    CHECK(fieldsOf(saved.error()) == QStringList{QStringLiteral("end_date"), QStringLiteral("capacity")});
}

TEST_CASE("a cohort at an unknown site is refused", "[storage][cohorts]")
{
    TestDatabase t;
    CohortRepository repo(t.db());
    Transaction tx(t.db());
    auto saved = repo.save(fullCohort(QStringLiteral("X"), QStringLiteral("PARIS")));
    REQUIRE(!saved);
    CHECK(saved.error().code == ErrorCode::NotFound);
    REQUIRE(saved.error().problems.size() == 1);
    CHECK(saved.error().problems.first().toString() == QStringLiteral("site_ref: unknown site 'PARIS'"));
    CHECK(repo.count().value() == 0);
}

TEST_CASE("enrolments are upserted by cohort and participant and listed in ref order", "[storage][cohorts]")
{
    TestDatabase t;
    seed(t.db());
    CohortRepository repo(t.db());
    Transaction tx(t.db());
    REQUIRE(repo.save(fullCohort(QStringLiteral("AUT"), {})));
    auto saved = repo.saveEnrolment(fullEnrolment(QStringLiteral("MINI"), QStringLiteral("M2")));
    REQUIRE(saved);
    REQUIRE(repo.saveEnrolment(fullEnrolment(QStringLiteral("MINI"), QStringLiteral("M1"))));
    REQUIRE(repo.saveEnrolment(fullEnrolment(QStringLiteral("AUT"), QStringLiteral("M2"))));
    Enrolment completed = fullEnrolment(QStringLiteral("MINI"), QStringLiteral("M2"));
    completed.status = EnrolmentStatus::Completed;
    completed.exitDate = QDate(2025, 6, 27);
    completed.exitReason.clear();
    completed.frenchLevelExit = std::nullopt;
    auto updated = repo.saveEnrolment(completed);
    REQUIRE(updated);
    REQUIRE(tx.commit());

    CHECK(updated->id == saved->id);
    const QList<Enrolment> all = take(repo.enrolments());
    QStringList keys;
    for (const Enrolment& e : all)
        keys << e.cohortRef + QLatin1Char('/') + e.participantRef;
    CHECK(keys == QStringList{QStringLiteral("AUT/M2"), QStringLiteral("MINI/M1"), QStringLiteral("MINI/M2")});
    const QList<Enrolment> ofMini = take(repo.enrolmentsOf(QStringLiteral("MINI")));
    REQUIRE(ofMini.size() == 2);
    checkSame(ofMini.at(1), *updated);
    CHECK(ofMini.at(1).frenchLevelExit == std::nullopt);
}

TEST_CASE("an enrolment naming an unknown cohort and participant reports both", "[storage][cohorts]")
{
    TestDatabase t;
    seed(t.db());
    CohortRepository repo(t.db());
    Transaction tx(t.db());
    auto saved = repo.saveEnrolment(fullEnrolment(QStringLiteral("NOPE"), QStringLiteral("M9")));
    REQUIRE(!saved);
    CHECK(saved.error().code == ErrorCode::NotFound);
    CHECK(fieldsOf(saved.error()) == QStringList{QStringLiteral("cohort_ref"), QStringLiteral("participant_ref")});
    CHECK(saved.error().problems.at(1).reason == QStringLiteral("unknown participant 'M9'"));
}

TEST_CASE("an enrolment and a cohort can be removed", "[storage][cohorts]")
{
    TestDatabase t;
    seed(t.db());
    CohortRepository repo(t.db());
    Transaction tx(t.db());
    REQUIRE(repo.saveEnrolment(fullEnrolment(QStringLiteral("MINI"), QStringLiteral("M1"))));
    REQUIRE(repo.saveEnrolment(fullEnrolment(QStringLiteral("MINI"), QStringLiteral("M2"))));
    REQUIRE(repo.removeEnrolment(QStringLiteral("MINI"), QStringLiteral("M1")));
    CHECK(repo.removeEnrolment(QStringLiteral("MINI"), QStringLiteral("M1")).error().code == ErrorCode::NotFound);
    CHECK(repo.enrolments().value().size() == 1);
    REQUIRE(repo.remove(QStringLiteral("MINI")));
    CHECK(repo.remove(QStringLiteral("MINI")).error().code == ErrorCode::NotFound);
    REQUIRE(tx.commit());
    CHECK(repo.enrolments().value().isEmpty());
    CHECK(repo.all().value().isEmpty());
}
