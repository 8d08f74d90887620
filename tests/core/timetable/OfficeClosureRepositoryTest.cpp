// SPDX-License-Identifier: GPL-3.0-or-later
// OfficeClosureRepository on a real file: the closures a series skips.
#include "CatchQt.h"
#include "TestDatabase.h"
#include "TimetableFixture.h"

#include "core/storage/OfficeClosureRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/Transaction.h"

using namespace parcours;
using namespace parcours::test;

namespace {

QStringList labelsOf(const QList<OfficeClosure>& closures)
{
    QStringList out;
    for (const OfficeClosure& c : closures)
        out << c.label;
    return out;
}

} // namespace

TEST_CASE("office closures come back in date order, for a site with those of every site", "[timetable][storage]")
{
    TestDatabase t;
    seedOffice(t.db()); // LIL 12-13 May "Déménagement", RBX 14 May "Roubaix", every site 2 June ""
    OfficeClosureRepository repo(t.db());
    const QList<OfficeClosure> all = take(repo.all());
    CHECK(labelsOf(all) == QStringList{QStringLiteral("Déménagement"), QStringLiteral("Roubaix"), QString()});
    REQUIRE(all.size() == 3);
    CHECK(all[0].siteRef == QStringLiteral("LIL"));
    CHECK(all[0].fromDate == QDate(2025, 5, 12));
    CHECK(all[0].toDate == QDate(2025, 5, 13));
    CHECK(all[2].siteRef.isEmpty());

    CHECK(labelsOf(take(repo.overlapping(QDate(2025, 4, 14), QDate(2025, 6, 13), QStringLiteral("LIL"))))
          == QStringList{QStringLiteral("Déménagement"), QString()});
    // Overlapping only by the last day of the closure, and not at all.
    CHECK(labelsOf(take(repo.overlapping(QDate(2025, 5, 13), QDate(2025, 5, 20), QStringLiteral("LIL"))))
          == QStringList{QStringLiteral("Déménagement")});
    CHECK(take(repo.overlapping(QDate(2025, 5, 15), QDate(2025, 6, 1), QStringLiteral("LIL"))).isEmpty());
    // A cohort with no site: only closures of every site.
    CHECK(labelsOf(take(repo.overlapping(QDate(2025, 1, 1), QDate(2025, 12, 31), {}))) == QStringList{QString()});
}

TEST_CASE("a closure is updated by its id, removed, and refused when it makes no sense", "[timetable][storage]")
{
    TestDatabase t;
    seedOffice(t.db());
    OfficeClosureRepository repo(t.db());
    Transaction tx(t.db());
    OfficeClosure summer;
    summer.fromDate = QDate(2025, 8, 1);
    summer.toDate = QDate(2025, 8, 22);
    summer.label = QStringLiteral("Été");
    summer = take(repo.save(summer));
    CHECK(summer.id > 0);
    summer.toDate = QDate(2025, 8, 29);
    REQUIRE(repo.save(summer));
    const QList<OfficeClosure> all = take(repo.all());
    REQUIRE(all.size() == 4);
    CHECK(all.last().toDate == QDate(2025, 8, 29));

    OfficeClosure reversed = summer;
    reversed.id = 0;
    reversed.toDate = QDate(2025, 7, 1);
    CHECK(repo.save(reversed).error().code == ErrorCode::Invalid);
    OfficeClosure nowhere = summer;
    nowhere.id = 0;
    nowhere.siteRef = QStringLiteral("XXX");
    CHECK(repo.save(nowhere).error().code == ErrorCode::NotFound);
    OfficeClosure ghost = summer;
    ghost.id = 999;
    CHECK(repo.save(ghost).error().code == ErrorCode::NotFound);

    REQUIRE(repo.remove(summer.id));
    CHECK(repo.remove(summer.id).error().code == ErrorCode::NotFound);
    // A site's closures go with the site.
    REQUIRE(SiteRepository(t.db()).remove(QStringLiteral("RBX")));
    CHECK(labelsOf(take(repo.all())) == QStringList{QStringLiteral("Déménagement"), QString()});
    REQUIRE(tx.commit());
}
