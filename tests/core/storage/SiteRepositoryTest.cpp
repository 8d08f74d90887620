// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "Fixtures.h"
#include "TestDatabase.h"

#include "core/storage/CohortRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/Transaction.h"

using namespace parcours;
using namespace parcours::test;

TEST_CASE("a site and its room come back with every field", "[storage][sites]")
{
    TestDatabase t;
    SiteRepository sites(t.db());
    Transaction tx(t.db());
    auto site = sites.save(fullSite(QStringLiteral("LIL")));
    REQUIRE(site);
    CHECK(site->id > 0);
    auto room = sites.saveRoom(fullRoom(QStringLiteral("LIL-1"), QStringLiteral("LIL")));
    REQUIRE(room);
    REQUIRE(tx.commit());

    auto found = sites.find(QStringLiteral("LIL"));
    REQUIRE(found);
    REQUIRE(found->has_value());
    checkSame(**found, *site);
    auto foundRoom = sites.findRoom(QStringLiteral("LIL-1"));
    REQUIRE(foundRoom);
    REQUIRE(foundRoom->has_value());
    checkSame(**foundRoom, *room);
    CHECK(sites.find(QStringLiteral("NOPE")).value() == std::nullopt);
}

TEST_CASE("a site without optional values stores NULL and the default hours", "[storage][sites]")
{
    TestDatabase t;
    SiteRepository sites(t.db());
    Site bare;
    bare.ref = QStringLiteral("ROU");
    bare.name = QStringLiteral("Roubaix");
    Transaction tx(t.db());
    REQUIRE(sites.save(bare));
    REQUIRE(tx.commit());

    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM site WHERE address IS NULL AND city IS NULL"
                                        " AND lunch_start IS NULL AND lunch_end IS NULL")).toInt() == 1);
    CHECK(scalar(t.db(), QStringLiteral("SELECT opens || '-' || closes FROM site")).toString() == QStringLiteral("08:00-18:00"));
    auto back = sites.find(QStringLiteral("ROU")).value().value();
    CHECK(back.address.isEmpty());
    CHECK(!back.lunchStart.isValid());
}

TEST_CASE("sites and rooms are listed by ref, rooms of one site only when asked", "[storage][sites]")
{
    TestDatabase t;
    SiteRepository sites(t.db());
    Transaction tx(t.db());
    for (const char* ref : {"ROU", "LIL", "TOU"})
        REQUIRE(sites.save(fullSite(QString::fromLatin1(ref))));
    REQUIRE(sites.saveRoom(fullRoom(QStringLiteral("R-3"), QStringLiteral("LIL"))));
    REQUIRE(sites.saveRoom(fullRoom(QStringLiteral("R-1"), QStringLiteral("ROU"))));
    REQUIRE(sites.saveRoom(fullRoom(QStringLiteral("R-2"), QStringLiteral("LIL"))));
    REQUIRE(tx.commit());

    QStringList refs;
    for (const Site& s : take(sites.all()))
        refs << s.ref;
    CHECK(refs == QStringList{QStringLiteral("LIL"), QStringLiteral("ROU"), QStringLiteral("TOU")});
    QStringList rooms;
    for (const Room& r : take(sites.rooms()))
        rooms << r.ref + QLatin1Char('@') + r.siteRef;
    CHECK(rooms == QStringList{QStringLiteral("R-1@ROU"), QStringLiteral("R-2@LIL"), QStringLiteral("R-3@LIL")});
    QStringList ofLille;
    for (const Room& r : take(sites.roomsOf(QStringLiteral("LIL"))))
        ofLille << r.ref;
    CHECK(ofLille == QStringList{QStringLiteral("R-2"), QStringLiteral("R-3")});
}

TEST_CASE("saving a known ref updates that row in place", "[storage][sites]")
{
    TestDatabase t;
    SiteRepository sites(t.db());
    Transaction tx(t.db());
    auto first = sites.save(fullSite(QStringLiteral("LIL")));
    REQUIRE(first);
    Site changed = fullSite(QStringLiteral("LIL"));
    changed.name = QStringLiteral("Nouveau nom");
    changed.lunchStart = QTime();
    changed.lunchEnd = QTime();
    auto second = sites.save(changed);
    REQUIRE(second);
    REQUIRE(tx.commit());

    CHECK(second->id == first->id);
    CHECK(sites.all().value().size() == 1);
    auto back = sites.find(QStringLiteral("LIL")).value().value();
    CHECK(back.name == QStringLiteral("Nouveau nom"));
    CHECK(!back.lunchStart.isValid());
}

TEST_CASE("a room of an unknown site is refused with the ref named", "[storage][sites]")
{
    TestDatabase t;
    SiteRepository sites(t.db());
    Transaction tx(t.db());
    auto room = sites.saveRoom(fullRoom(QStringLiteral("R-1"), QStringLiteral("NOPE")));
    REQUIRE(!room);
    CHECK(room.error().code == ErrorCode::NotFound);
    REQUIRE(room.error().problems.size() == 1);
    CHECK(room.error().problems.first().field == QStringLiteral("site_ref"));
    CHECK(room.error().problems.first().reason == QStringLiteral("unknown site 'NOPE'"));
    CHECK(sites.rooms().value().isEmpty());
}

TEST_CASE("a value the schema refuses comes back as Invalid on its column", "[storage][sites]")
{
    TestDatabase t;
    SiteRepository sites(t.db());
    Site noHours = fullSite(QStringLiteral("LIL"));
    noHours.opens = QTime(); // validate() only compares hours that are set; the column is NOT NULL
    Transaction tx(t.db());
    auto saved = sites.save(noHours);
    REQUIRE(!saved);
    CHECK(saved.error().code == ErrorCode::Invalid);
    CHECK(fieldsOf(saved.error()) == QStringList{QStringLiteral("opens")});
}

TEST_CASE("removing a site removes its rooms and leaves its cohorts without a site", "[storage][sites]")
{
    TestDatabase t;
    seed(t.db());
    SiteRepository sites(t.db());
    {
        Transaction tx(t.db());
        REQUIRE(sites.remove(QStringLiteral("LIL")));
        auto again = sites.remove(QStringLiteral("LIL"));
        REQUIRE(!again);
        CHECK(again.error().code == ErrorCode::NotFound);
        REQUIRE(tx.commit());
    }
    CHECK(sites.all().value().isEmpty());
    CHECK(sites.rooms().value().isEmpty());
    auto cohort = CohortRepository(t.db()).find(QStringLiteral("MINI")).value().value();
    CHECK(cohort.siteRef.isEmpty());
}

TEST_CASE("a room can be removed on its own", "[storage][sites]")
{
    TestDatabase t;
    seed(t.db());
    SiteRepository sites(t.db());
    Transaction tx(t.db());
    REQUIRE(sites.removeRoom(QStringLiteral("LIL-1")));
    CHECK(sites.removeRoom(QStringLiteral("LIL-1")).error().code == ErrorCode::NotFound);
    REQUIRE(tx.commit());
    CHECK(sites.rooms().value().isEmpty());
    CHECK(sites.all().value().size() == 1);
}

TEST_CASE("next site and room refs follow the highest generated ones", "[storage][sites]")
{
    TestDatabase t;
    SiteRepository sites(t.db());
    CHECK(sites.nextRef().value() == QStringLiteral("S-000001"));
    CHECK(sites.nextRoomRef().value() == QStringLiteral("R-000001"));
    Transaction tx(t.db());
    REQUIRE(sites.save(fullSite(QStringLiteral("S-000007"))));
    REQUIRE(sites.save(fullSite(QStringLiteral("LIL"))));
    REQUIRE(sites.saveRoom(fullRoom(QStringLiteral("R-000030"), QStringLiteral("LIL"))));
    REQUIRE(tx.commit());
    CHECK(sites.nextRef().value() == QStringLiteral("S-000008"));
    CHECK(sites.nextRoomRef().value() == QStringLiteral("R-000031"));
}
