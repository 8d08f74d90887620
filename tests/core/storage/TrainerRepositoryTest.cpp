// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/storage/TrainerRepository.h"
#include "core/storage/Transaction.h"

using namespace parcours;
using namespace parcours::test;

TEST_CASE("a trainer comes back with every field, modules in code order", "[storage][trainers]")
{
    TestDatabase t;
    TrainerRepository repo(t.db());
    Trainer trainer = fullTrainer(QStringLiteral("F1"));
    trainer.modules = {Module::Other, Module::English, Module::Fle, Module::English};
    Transaction tx(t.db());
    auto saved = repo.save(trainer);
    REQUIRE(saved);
    REQUIRE(tx.commit());

    CHECK(saved->modules == QList<Module>{Module::Fle, Module::English, Module::Other});
    auto found = repo.find(QStringLiteral("F1"));
    REQUIRE(found);
    REQUIRE(found->has_value());
    checkSame(**found, *saved);
    CHECK(scalar(t.db(), QStringLiteral("SELECT group_concat(module, ',') FROM (SELECT module FROM trainer_module ORDER BY module)"))
              .toString()
          == QStringLiteral("english,fle,other"));
}

TEST_CASE("saving a trainer again replaces its modules", "[storage][trainers]")
{
    TestDatabase t;
    TrainerRepository repo(t.db());
    Transaction tx(t.db());
    REQUIRE(repo.save(fullTrainer(QStringLiteral("F1"))));
    Trainer second = fullTrainer(QStringLiteral("F2"));
    second.modules = {Module::SoftSkills};
    REQUIRE(repo.save(second));
    Trainer changed = fullTrainer(QStringLiteral("F1"));
    changed.modules = {Module::ProfessionalDay};
    changed.maxHoursWeek = std::nullopt;
    REQUIRE(repo.save(changed));
    REQUIRE(tx.commit());

    const QList<Trainer> all = take(repo.all());
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).ref == QStringLiteral("F1"));
    CHECK(all.at(0).modules == QList<Module>{Module::ProfessionalDay});
    CHECK(all.at(0).maxHoursWeek == std::nullopt);
    CHECK(all.at(1).modules == QList<Module>{Module::SoftSkills});
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM trainer_module")).toInt() == 2);
}

TEST_CASE("an identical unavailability is not stored twice", "[storage][trainers]")
{
    TestDatabase t;
    seed(t.db());
    TrainerRepository repo(t.db());
    Transaction tx(t.db());
    auto first = repo.saveUnavailability(fullUnavailability(QStringLiteral("F1")));
    REQUIRE(first);
    auto again = repo.saveUnavailability(fullUnavailability(QStringLiteral("F1")));
    REQUIRE(again);
    CHECK(again->id == first->id);
    TrainerUnavailability everyWeek = fullUnavailability(QStringLiteral("F1"));
    everyWeek.fromDate = QDate();
    everyWeek.toDate = QDate();
    auto weekly = repo.saveUnavailability(everyWeek);
    REQUIRE(weekly);
    auto weeklyAgain = repo.saveUnavailability(everyWeek);
    REQUIRE(weeklyAgain);
    CHECK(weeklyAgain->id == weekly->id);
    REQUIRE(tx.commit());

    const QList<TrainerUnavailability> all = take(repo.unavailability());
    REQUIRE(all.size() == 2);
    // The undated row first: no from_date sorts before any date.
    checkSame(all.at(0), *weekly);
    checkSame(all.at(1), *first);
}

TEST_CASE("unavailability is listed by trainer, weekday and time", "[storage][trainers]")
{
    TestDatabase t;
    seed(t.db());
    TrainerRepository repo(t.db());
    Transaction tx(t.db());
    REQUIRE(repo.save(fullTrainer(QStringLiteral("A0"))));
    auto slot = [](const char* trainer, int weekday, int hour) {
        TrainerUnavailability u;
        u.trainerRef = QString::fromLatin1(trainer);
        u.weekday = weekday;
        u.start = QTime(hour, 0);
        u.end = QTime(hour + 1, 0);
        return u;
    };
    REQUIRE(repo.saveUnavailability(slot("F1", 2, 9)));
    REQUIRE(repo.saveUnavailability(slot("F1", 1, 14)));
    REQUIRE(repo.saveUnavailability(slot("A0", 5, 9)));
    REQUIRE(repo.saveUnavailability(slot("F1", 1, 9)));
    REQUIRE(tx.commit());
    QStringList order;
    for (const TrainerUnavailability& u : take(repo.unavailability()))
        order << QStringLiteral("%1 %2 %3").arg(u.trainerRef).arg(u.weekday).arg(u.start.toString(QStringLiteral("HH:mm")));
    CHECK(order == QStringList{QStringLiteral("A0 5 09:00"), QStringLiteral("F1 1 09:00"), QStringLiteral("F1 1 14:00"),
                               QStringLiteral("F1 2 09:00")});
}

TEST_CASE("unavailability of an unknown trainer, or ending before it starts, is refused", "[storage][trainers]")
{
    TestDatabase t;
    TrainerRepository repo(t.db());
    Transaction tx(t.db());
    auto unknown = repo.saveUnavailability(fullUnavailability(QStringLiteral("F9")));
    REQUIRE(!unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(unknown.error().problems.first().toString() == QStringLiteral("trainer_ref: unknown trainer 'F9'"));
    TrainerUnavailability backwards = fullUnavailability(QStringLiteral("F9"));
    backwards.end = QTime(13, 0);
    backwards.weekday = 8;
    auto invalid = repo.saveUnavailability(backwards);
    REQUIRE(!invalid);
    CHECK(invalid.error().code == ErrorCode::Invalid);
    CHECK(fieldsOf(invalid.error()) == QStringList{QStringLiteral("weekday"), QStringLiteral("end")});
}

TEST_CASE("removing a trainer removes its modules and unavailability and frees its sessions", "[storage][trainers]")
{
    TestDatabase t;
    seed(t.db());
    TrainerRepository repo(t.db());
    Transaction tx(t.db());
    auto slot = repo.saveUnavailability(fullUnavailability(QStringLiteral("F1")));
    REQUIRE(slot);
    REQUIRE(repo.removeUnavailability(slot->id));
    CHECK(repo.removeUnavailability(slot->id).error().code == ErrorCode::NotFound);
    REQUIRE(repo.saveUnavailability(fullUnavailability(QStringLiteral("F1"))));
    REQUIRE(repo.remove(QStringLiteral("F1")));
    REQUIRE(tx.commit());
    CHECK(repo.all().value().isEmpty());
    CHECK(repo.unavailability().value().isEmpty());
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM trainer_module")).toInt() == 0);
    CHECK(repo.nextRef().value() == QStringLiteral("T-000001"));
}
