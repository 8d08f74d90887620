// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "Fixtures.h"
#include "RawSqlite.h"
#include "TestDatabase.h"

#include "core/storage/BackupRotation.h"
#include "core/storage/Database.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SettingRepository.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace parcours;
using namespace parcours::test;

namespace {

void setKeep(Database& db, const QString& value)
{
    Transaction tx(db);
    REQUIRE(SettingRepository(db).setValue(BackupRotation::keepKey(), value));
    REQUIRE(tx.commit());
}

QStringList namesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

qint64 participantsIn(const QString& path)
{
    RawSqlite raw(path, true);
    return raw.integer(QStringLiteral("SELECT count(*) FROM participant"));
}

} // namespace

TEST_CASE("the daily backup is made once a day beside the file, checked and whole", "[storage][rotation]")
{
    TestDatabase t;
    seed(t.db());
    const QDate day(2026, 3, 2);
    auto made = BackupRotation::daily(t.db(), day);
    REQUIRE(made);
    const QString expected = QDir(t.dir()).filePath(QFileInfo(t.path()).fileName() + QStringLiteral(".backups/")
                                                    + QFileInfo(t.path()).completeBaseName()
                                                    + QStringLiteral("-2026-03-02.parcours"));
    CHECK(*made == expected);
    {
        RawSqlite copy(expected, true);
        CHECK(copy.text(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
        CHECK(copy.integer(QStringLiteral("SELECT count(*) FROM participant")) == 2);
    }

    // The same day again: nothing new.
    auto again = BackupRotation::daily(t.db(), day);
    REQUIRE(again);
    CHECK(again->isEmpty());
    CHECK(namesIn(BackupRotation::folderFor(t.path())).size() == 1);
}

TEST_CASE("only the newest backup_keep daily backups are kept; copies kept before a restore stay",
          "[storage][rotation]")
{
    TestDatabase t;
    setKeep(t.db(), QStringLiteral("3"));
    const QString folder = BackupRotation::folderFor(t.path());
    REQUIRE(QDir().mkpath(folder));
    const QString base = QFileInfo(t.path()).completeBaseName();
    const QString beforeRestore = base + QStringLiteral("-2026-02-01-101500-before-restore.parcours");
    REQUIRE(t->backupTo(QDir(folder).filePath(beforeRestore)));
    for (int d = 1; d <= 6; ++d)
        REQUIRE(BackupRotation::daily(t.db(), QDate(2026, 3, d)));
    CHECK(namesIn(folder)
          == QStringList({beforeRestore, base + QStringLiteral("-2026-03-04.parcours"),
                          base + QStringLiteral("-2026-03-05.parcours"), base + QStringLiteral("-2026-03-06.parcours")}));

    const QList<BackupEntry> listed = BackupRotation::list(t.path());
    REQUIRE(listed.size() == 4);
    CHECK(listed.at(0).made == QDateTime(QDate(2026, 3, 6), QTime(0, 0)));
    CHECK(listed.at(3).made == QDateTime(QDate(2026, 2, 1), QTime(10, 15)));
    CHECK(listed.at(3).beforeRestore);
    CHECK(listed.at(0).size == QFileInfo(listed.at(0).path).size());
    CHECK(listed.at(0).size > 0);
}

TEST_CASE("backup_keep 0 turns the daily backups off; a bad value means the default 7", "[storage][rotation]")
{
    TestDatabase t;
    setKeep(t.db(), QStringLiteral("0"));
    auto none = BackupRotation::daily(t.db(), QDate(2026, 3, 2));
    REQUIRE(none);
    CHECK(none->isEmpty());
    CHECK_FALSE(QFileInfo::exists(BackupRotation::folderFor(t.path())));

    setKeep(t.db(), QStringLiteral("many"));
    CHECK(BackupRotation::keep(t.db()).value() == 7);
    for (int d = 1; d <= 9; ++d)
        REQUIRE(BackupRotation::daily(t.db(), QDate(2026, 3, d)));
    CHECK(BackupRotation::list(t.path()).size() == 7);
}

TEST_CASE("a daily backup that cannot be made is reported and the file stays usable", "[storage][rotation]")
{
    TestDatabase t;
    // A file where the folder should be.
    writeBytes(BackupRotation::folderFor(t.path()), QByteArrayLiteral("in the way"));
    auto r = BackupRotation::daily(t.db(), QDate(2026, 3, 2));
    REQUIRE(!r);
    CHECK(r.error().code == ErrorCode::Io);
    CHECK(r.error().detail.contains(BackupRotation::folderFor(t.path())));
    seed(t.db());
    CHECK(participantsIn(t.path()) == 2);
}

TEST_CASE("restore puts the backup in place and keeps the file as it was first", "[storage][rotation]")
{
    TestDatabase t;
    seed(t.db());
    auto daily = BackupRotation::daily(t.db(), QDate(2026, 3, 2));
    REQUIRE(daily);
    {
        Transaction tx(t.db());
        REQUIRE(ParticipantRepository(t.db()).save(fullParticipant(QStringLiteral("M3"))));
        REQUIRE(tx.commit());
    }
    const QString path = t.path();
    t.close();
    REQUIRE(participantsIn(path) == 3);
    const QByteArray backupBytes = readBytes(*daily);

    auto kept = BackupRotation::restore(path, *daily, QDateTime(QDate(2026, 3, 2), QTime(14, 5, 9)));
    REQUIRE(kept);
    CHECK(QFileInfo(*kept).fileName()
          == QFileInfo(path).completeBaseName() + QStringLiteral("-2026-03-02-140509-before-restore.parcours"));
    CHECK(participantsIn(path) == 2);
    CHECK(participantsIn(*kept) == 3);
    CHECK(readBytes(*daily) == backupBytes); // the backup itself is untouched
    CHECK(namesIn(t.dir()).filter(QStringLiteral(".restoring")).isEmpty());
    auto reopened = Database::open(path);
    REQUIRE(reopened);
    CHECK((*reopened)->check().value().isEmpty());

    // The restore is in the list, and can itself be undone by restoring the copy kept.
    const QList<BackupEntry> listed = BackupRotation::list(path);
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).beforeRestore);
    reopened->reset();
    REQUIRE(BackupRotation::restore(path, *kept, QDateTime(QDate(2026, 3, 2), QTime(14, 6, 0))));
    CHECK(participantsIn(path) == 3);
}

TEST_CASE("restoring from a file that is not a Parcours backup changes nothing", "[storage][rotation]")
{
    TestDatabase t;
    seed(t.db());
    const QString path = t.path();
    t.close();
    const QByteArray before = readBytes(path);
    const QString bogus = QDir(t.dir()).filePath(QStringLiteral("bogus.parcours"));
    writeBytes(bogus, QByteArray(8192, 'x'));
    auto r = BackupRotation::restore(path, bogus, QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    REQUIRE(!r);
    CHECK(r.error().code == ErrorCode::NotADatabase);
    CHECK(readBytes(path) == before);
    CHECK_FALSE(QFileInfo::exists(BackupRotation::folderFor(path)));
}

TEST_CASE("a daily backup made in steps is the file as it was when it began, and a stopped one leaves nothing",
          "[storage][rotation]")
{
    TestDatabase t;
    seed(t.db());
    // About 30 MB of pages: more than one step of the stepped copy (4,096 pages).
    {
        RawSqlite raw(t.path());
        REQUIRE(raw.exec(QStringLiteral("CREATE TABLE ballast(b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                        "SELECT i + 1 FROM n WHERE i < 300) INSERT INTO ballast "
                                        "SELECT randomblob(100000) FROM n"))
                == 0);
        REQUIRE(raw.integer(QStringLiteral("PRAGMA page_count")) > 4096);
    }
    const QDate day(2026, 3, 2);
    const QString folder = BackupRotation::folderFor(t.path());

    SECTION("the program writes between the steps: the copy is the file as it was at the first step")
    {
        QList<QPair<int, int>> reports;
        auto made = BackupRotation::daily(t.db(), day, [&](int done, int total) {
            if (reports.isEmpty()) {
                RawSqlite writer(t.path());
                CHECK(writer.exec(QStringLiteral("DELETE FROM ballast WHERE rowid <= 100")) == 0);
                CHECK(writer.exec(QStringLiteral("DELETE FROM participant")) == 0);
            }
            reports << qMakePair(done, total);
            return true;
        });
        REQUIRE(made);
        REQUIRE(reports.size() >= 2);
        CHECK(reports.constFirst().first < reports.constFirst().second);
        CHECK(reports.constLast().first == reports.constLast().second);
        QSet<int> steps;
        for (int i = 1; i < reports.size(); ++i) {
            CHECK(reports.at(i).first >= reports.at(i - 1).first);
            CHECK(reports.at(i).second == reports.constFirst().second);
        }
        for (const auto& report : reports)
            steps.insert(report.first);
        CHECK(steps.size() >= 2);
        RawSqlite copy(*made, true);
        CHECK(copy.text(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
        CHECK(copy.integer(QStringLiteral("SELECT count(*) FROM ballast")) == 300);
        CHECK(copy.integer(QStringLiteral("SELECT count(*) FROM participant")) == 2);
        CHECK(participantsIn(t.path()) == 0);
        CHECK(namesIn(folder) == QStringList{QFileInfo(*made).fileName()});
    }
    SECTION("stopped after the first step: an error, and no copy, whole or partial, in the folder")
    {
        int calls = 0;
        auto made = BackupRotation::daily(t.db(), day, [&](int, int) { return ++calls < 1; });
        REQUIRE(!made);
        CHECK(calls == 1);
        CHECK(namesIn(folder).isEmpty());
        // The next open of the day makes it.
        SECTION("stopped after the check of the copy, at the last report: no copy either")
        {
            int whole = 0;
            auto checked = BackupRotation::daily(t.db(), day, [&](int done, int total) {
                return done < total || ++whole < 2;
            });
            REQUIRE(!checked);
            CHECK(whole == 2);
            CHECK(namesIn(folder).isEmpty());
        }
        auto again = BackupRotation::daily(t.db(), day, [](int, int) { return true; });
        REQUIRE(again);
        CHECK(!again->isEmpty());
        CHECK(namesIn(folder).size() == 1);
    }
}
