// SPDX-License-Identifier: GPL-3.0-or-later
// SeriesRepository and the series link of sessions, on real files; migration 0003 on a file of
// schema 2 that already holds sessions.
#include "CatchQt.h"
#include "TestDatabase.h"
#include "TimetableFixture.h"
#include "tests/core/storage/RawSqlite.h"

#include "core/storage/CohortRepository.h"
#include "core/storage/Migrator.h"
#include "core/storage/SeriesRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>

using namespace parcours;
using namespace parcours::test;

namespace {

Series everyField()
{
    Series r = frenchSeries();
    r.ref = QStringLiteral("SR-000001");
    r.weekdays = {1, 3, 5};
    r.module = Module::SoftSkills;
    r.trainerRef = QStringLiteral("F3");
    r.roomRef = QStringLiteral("LIL-2");
    r.title = QStringLiteral("Atelier « CV »");
    return r;
}

Session linked(const QString& ref, const QString& series)
{
    Session s;
    s.ref = ref;
    s.cohortRef = QStringLiteral("C1");
    s.date = QDate(2025, 4, 14);
    s.start = QTime(9, 0);
    s.end = QTime(12, 0);
    s.seriesRef = series;
    return s;
}

} // namespace

TEST_CASE("a series comes back with every field and the next ref follows it", "[timetable][storage]")
{
    TestDatabase t;
    seedOffice(t.db());
    SeriesRepository repo(t.db());
    {
        Transaction tx(t.db());
        const Series saved = take(repo.save(everyField()));
        CHECK(saved.id > 0);
        REQUIRE(tx.commit());
    }
    const auto found = take(repo.find(QStringLiteral("SR-000001")));
    REQUIRE(found);
    CHECK(found->cohortRef == QStringLiteral("C1"));
    CHECK(found->module == Module::SoftSkills);
    CHECK(found->weekdays == QList<int>{1, 3, 5});
    CHECK(found->start == QTime(9, 0));
    CHECK(found->end == QTime(12, 30));
    CHECK(found->trainerRef == QStringLiteral("F3"));
    CHECK(found->roomRef == QStringLiteral("LIL-2"));
    CHECK(found->title == QStringLiteral("Atelier « CV »"));
    CHECK(found->firstDate == QDate(2025, 4, 14));
    CHECK(found->lastDate == QDate(2025, 6, 12));
    CHECK(take(repo.nextRef()) == QStringLiteral("SR-000002"));
    CHECK_FALSE(take(repo.find(QStringLiteral("SR-000009"))));
}

TEST_CASE("weekdays are stored as bits, Monday 1 to Sunday 64", "[timetable][storage]")
{
    CHECK(SeriesRepository::maskOf({1, 3, 5}) == 1 + 4 + 16);
    CHECK(SeriesRepository::maskOf({7}) == 64);
    CHECK(SeriesRepository::weekdaysOf(127) == QList<int>{1, 2, 3, 4, 5, 6, 7});
    CHECK(SeriesRepository::weekdaysOf(2 + 8) == QList<int>{2, 4});
}

TEST_CASE("a series that breaks a rule, or points at nothing, is refused", "[timetable][storage]")
{
    TestDatabase t;
    seedOffice(t.db());
    SeriesRepository repo(t.db());
    CHECK(repo.save(everyField()).error().code == ErrorCode::Usage); // outside a transaction
    Transaction tx(t.db());
    Series noDay = everyField();
    noDay.weekdays.clear();
    noDay.lastDate = QDate(2025, 4, 1);
    auto refused = repo.save(noDay);
    REQUIRE(!refused);
    CHECK(refused.error().code == ErrorCode::Invalid);
    QStringList fields;
    for (const Problem& p : refused.error().problems)
        fields << p.field;
    CHECK(fields == QStringList{QStringLiteral("weekdays"), QStringLiteral("last_date")});
    Series twice = everyField();
    twice.weekdays = {3, 1};
    CHECK(repo.save(twice).error().code == ErrorCode::Invalid);
    Series stranger = everyField();
    stranger.trainerRef = QStringLiteral("F9");
    CHECK(repo.save(stranger).error().code == ErrorCode::NotFound);
}

TEST_CASE("a session keeps its series; a removed series leaves its sessions on their own", "[timetable][storage]")
{
    TestDatabase t;
    seedOffice(t.db());
    SeriesRepository series(t.db());
    SessionRepository sessions(t.db());
    {
        Transaction tx(t.db());
        REQUIRE(series.save(everyField()));
        REQUIRE(sessions.save(linked(QStringLiteral("A"), QStringLiteral("SR-000001"))));
        REQUIRE(sessions.save(linked(QStringLiteral("B"), {})));
        auto unknown = sessions.save(linked(QStringLiteral("C"), QStringLiteral("SR-000404")));
        REQUIRE(!unknown);
        CHECK(unknown.error().code == ErrorCode::NotFound);
        REQUIRE(tx.commit());
    }
    CHECK(take(sessions.find(QStringLiteral("A")))->seriesRef == QStringLiteral("SR-000001"));
    CHECK(take(sessions.find(QStringLiteral("B")))->seriesRef.isEmpty());
    CHECK(take(sessions.ofSeries(QStringLiteral("SR-000001"))).size() == 1);
    {
        Transaction tx(t.db());
        REQUIRE(series.remove(QStringLiteral("SR-000001")));
        CHECK(series.remove(QStringLiteral("SR-000001")).error().code == ErrorCode::NotFound);
        REQUIRE(tx.commit());
    }
    const auto a = take(sessions.find(QStringLiteral("A")));
    REQUIRE(a);
    CHECK(a->seriesRef.isEmpty());
}

TEST_CASE("a cohort's series come by first date, and go with the cohort", "[timetable][storage]")
{
    TestDatabase t;
    seedOffice(t.db());
    SeriesRepository repo(t.db());
    {
        Transaction tx(t.db());
        Series later = everyField();
        later.firstDate = QDate(2025, 5, 1);
        REQUIRE(repo.save(later));
        Series earlier = everyField();
        earlier.ref = QStringLiteral("SR-000002");
        REQUIRE(repo.save(earlier));
        Series other = everyField();
        other.ref = QStringLiteral("SR-000003");
        other.cohortRef = QStringLiteral("C2");
        REQUIRE(repo.save(other));
        REQUIRE(tx.commit());
    }
    QStringList refs;
    for (const Series& s : take(repo.ofCohort(QStringLiteral("C1"))))
        refs << s.ref;
    CHECK(refs == QStringList{QStringLiteral("SR-000002"), QStringLiteral("SR-000001")});
    {
        Transaction tx(t.db());
        REQUIRE(CohortRepository(t.db()).remove(QStringLiteral("C1")));
        REQUIRE(tx.commit());
    }
    refs.clear();
    for (const Series& s : take(repo.all()))
        refs << s.ref;
    CHECK(refs == QStringList{QStringLiteral("SR-000003")});
}

TEST_CASE("a file of schema 2 with sessions moves to schema 3 with its sessions on their own",
          "[timetable][storage]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("v2.parcours"));
    {
        Migrator::latestVersion(); // registers the embedded migrations
        RawSqlite raw(path, false, true);
        REQUIRE(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)) == 0);
        for (const char* name : {"0001_initial.sql", "0002_settings_and_closures.sql"}) {
            QFile f(QStringLiteral(":/parcours/migrations/") + QLatin1String(name));
            REQUIRE(f.open(QIODevice::ReadOnly));
            REQUIRE(raw.exec(QString::fromUtf8(f.readAll())) == 0);
        }
        REQUIRE(raw.exec(QStringLiteral(
                    "PRAGMA user_version = 2;"
                    " INSERT INTO cohort (ref, name, start_date, end_date) VALUES ('C1', 'Une', '2025-04-14', '2025-06-13');"
                    " INSERT INTO session (ref, cohort_id, module, date, start, \"end\")"
                    " VALUES ('S1', 1, 'fle', '2025-04-14', '09:00', '12:00');"))
                == 0);
    }
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(take((*db)->schemaVersion()) == Database::latestSchemaVersion());
    const auto s1 = take(SessionRepository(**db).find(QStringLiteral("S1")));
    REQUIRE(s1);
    CHECK(s1->seriesRef.isEmpty());
    CHECK(s1->end == QTime(12, 0));
    CHECK(take(SeriesRepository(**db).all()).isEmpty());
}
