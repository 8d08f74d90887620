// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk, simulated with PRAGMA max_page_count on the connection: SQLite then fails every
// write that needs one more page with SQLITE_FULL, as it does when the disk has no space left.
#include "CatchQt.h"
#include "Fixtures.h"
#include "RawSqlite.h"
#include "TestDatabase.h"

#include "core/storage/Database.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace parcours;
using namespace parcours::test;

namespace {

qint64 onConnection(const Database& db, const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName(), false));
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

TEST_CASE("a write on a full disk fails as DiskFull and leaves the committed data whole", "[storage][diskfull]")
{
    TestDatabase t;
    seed(t.db());
    const qint64 pages = onConnection(t.db(), QStringLiteral("PRAGMA page_count"));
    REQUIRE(pages > 0);
    // No page more than the file has now.
    REQUIRE(onConnection(t.db(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages)) == pages);

    Participant big = fullParticipant(QStringLiteral("M3"));
    big.notes = QString(200000, QLatin1Char('n')); // needs many new pages
    Result<void> saved;
    {
        Transaction tx(t.db());
        auto written = ParticipantRepository(t.db()).save(big);
        saved = written ? tx.commit() : Result<void>(fail(written.error()));
    }
    REQUIRE(!saved);
    CHECK(saved.error().code == ErrorCode::DiskFull);
    CHECK(saved.error().detail.contains(QStringLiteral("disk is full")));

    // The connection still works and the file holds what was committed before, nothing more.
    CHECK(onConnection(t.db(), QStringLiteral("SELECT count(*) FROM participant")) == 2);
    CHECK(t->check().value().isEmpty());
    const QString path = t.path();
    t.close();
    RawSqlite raw(path, true);
    CHECK(raw.text(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    CHECK(raw.integer(QStringLiteral("SELECT count(*) FROM participant")) == 2);
}

