// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/storage/CohortRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/Transaction.h"

using namespace parcours;
using namespace parcours::test;

namespace {

Outcome at(const char* participant, const char* cohort, Milestone milestone, QDate recordedOn, Situation situation)
{
    Outcome o;
    o.participantRef = QString::fromLatin1(participant);
    o.cohortRef = QString::fromLatin1(cohort);
    o.milestone = milestone;
    o.recordedOn = recordedOn;
    o.situation = situation;
    return o;
}

QString keyOf(const Outcome& o)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(o.participantRef, o.cohortRef, codeOf(o.milestone), o.recordedOn.toString(Qt::ISODate));
}

} // namespace

TEST_CASE("an outcome comes back with every field", "[storage][outcomes]")
{
    TestDatabase t;
    seed(t.db());
    OutcomeRepository repo(t.db());
    Transaction tx(t.db());
    auto saved = repo.save(fullOutcome(QStringLiteral("M1"), QStringLiteral("MINI")));
    REQUIRE(saved);
    REQUIRE(tx.commit());
    const QList<Outcome> all = take(repo.all());
    REQUIRE(all.size() == 1);
    checkSame(all.first(), *saved);
    CHECK(repo.count().value() == 1);
}

TEST_CASE("an outcome with the same key updates it; another date adds a record", "[storage][outcomes]")
{
    TestDatabase t;
    seed(t.db());
    OutcomeRepository repo(t.db());
    Transaction tx(t.db());
    auto first = repo.save(at("M1", "MINI", Milestone::M6, QDate(2025, 12, 29), Situation::JobSeeking));
    REQUIRE(first);
    auto same = repo.save(at("M1", "MINI", Milestone::M6, QDate(2025, 12, 29), Situation::Cdi));
    REQUIRE(same);
    CHECK(same->id == first->id);
    auto later = repo.save(at("M1", "MINI", Milestone::M6, QDate(2026, 1, 12), Situation::Cdi));
    REQUIRE(later);
    CHECK(later->id != first->id);
    auto undated = repo.save(at("M1", "MINI", Milestone::M6, QDate(), Situation::Unknown));
    REQUIRE(undated);
    auto undatedAgain = repo.save(at("M1", "MINI", Milestone::M6, QDate(), Situation::Inactive));
    REQUIRE(undatedAgain);
    CHECK(undatedAgain->id == undated->id);
    REQUIRE(tx.commit());

    CHECK(repo.count().value() == 3);
    const QList<Outcome> all = take(repo.all());
    CHECK(all.at(0).situation == Situation::Inactive); // undated first
    CHECK(all.at(1).situation == Situation::Cdi);
    CHECK(all.at(1).recordedOn == QDate(2025, 12, 29));
}

TEST_CASE("outcomes are listed by participant, cohort, milestone in time order, then date", "[storage][outcomes]")
{
    TestDatabase t;
    seed(t.db());
    OutcomeRepository repo(t.db());
    Transaction tx(t.db());
    REQUIRE(CohortRepository(t.db()).save(fullCohort(QStringLiteral("AUT"), {})));
    REQUIRE(repo.save(at("M2", "MINI", Milestone::Exit, QDate(2025, 6, 27), Situation::JobSeeking)));
    REQUIRE(repo.save(at("M1", "MINI", Milestone::M12, QDate(2026, 6, 29), Situation::Cdi)));
    REQUIRE(repo.save(at("M1", "MINI", Milestone::M3, QDate(2025, 9, 29), Situation::Cdi)));
    REQUIRE(repo.save(at("M1", "MINI", Milestone::Exit, QDate(2025, 6, 27), Situation::JobSeeking)));
    REQUIRE(repo.save(at("M1", "MINI", Milestone::M6, QDate(2026, 1, 5), Situation::Cdi)));
    REQUIRE(repo.save(at("M1", "MINI", Milestone::M6, QDate(2025, 12, 29), Situation::Cdi)));
    REQUIRE(repo.save(at("M1", "AUT", Milestone::Exit, QDate(2025, 11, 28), Situation::Cdi)));
    REQUIRE(tx.commit());

    QStringList keys;
    for (const Outcome& o : take(repo.all()))
        keys << keyOf(o);
    CHECK(keys == QStringList{
                      QStringLiteral("M1 AUT exit 2025-11-28"),
                      QStringLiteral("M1 MINI exit 2025-06-27"),
                      QStringLiteral("M1 MINI m3 2025-09-29"),
                      QStringLiteral("M1 MINI m6 2025-12-29"),
                      QStringLiteral("M1 MINI m6 2026-01-05"),
                      QStringLiteral("M1 MINI m12 2026-06-29"),
                      QStringLiteral("M2 MINI exit 2025-06-27"),
                  });
    QStringList ofAutumn;
    for (const Outcome& o : take(repo.ofCohort(QStringLiteral("AUT"))))
        ofAutumn << keyOf(o);
    CHECK(ofAutumn == QStringList{QStringLiteral("M1 AUT exit 2025-11-28")});
}

TEST_CASE("an outcome of unknown people or cohorts is refused, and one can be removed by id", "[storage][outcomes]")
{
    TestDatabase t;
    seed(t.db());
    OutcomeRepository repo(t.db());
    Transaction tx(t.db());
    auto unknown = repo.save(at("M9", "C9", Milestone::Exit, QDate(), Situation::Cdi));
    REQUIRE(!unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(fieldsOf(unknown.error()) == QStringList{QStringLiteral("participant_ref"), QStringLiteral("cohort_ref")});

    auto saved = repo.save(fullOutcome(QStringLiteral("M1"), QStringLiteral("MINI")));
    REQUIRE(saved);
    REQUIRE(repo.remove(saved->id));
    CHECK(repo.remove(saved->id).error().code == ErrorCode::NotFound);
    REQUIRE(tx.commit());
    CHECK(repo.count().value() == 0);
}
