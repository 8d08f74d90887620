// SPDX-License-Identifier: GPL-3.0-or-later
// The large demo at 1/500 of its size: what the full run (timed in BENCHMARKS.md) must also hold.
#include "CatchQt.h"
#include "TestDatabase.h"
#include "core/services/DataCheck.h"
#include "core/services/IndicatorService.h"
#include "core/services/LargeDemoGenerator.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::test;

namespace {

constexpr double kFactor = 1.0 / 500;
const QDate kToday(2026, 2, 16);

/// A connection of the test's own to a file, to look at it with plain SQL.
class Look
{
public:
    explicit Look(const QString& path) : m_name(QStringLiteral("look-%1").arg(++s_counter))
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        c.setDatabaseName(path);
        REQUIRE(c.open());
    }
    ~Look() { QSqlDatabase::removeDatabase(m_name); }

    QList<QVariantList> rows(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        REQUIRE(q.exec(sql));
        QList<QVariantList> out;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            out << row;
        }
        return out;
    }
    qint64 number(const QString& sql) const
    {
        const auto r = rows(sql);
        REQUIRE(r.size() == 1);
        return r.first().first().toLongLong();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

LargeDemoCounts fillDemo(TestDatabase& t, quint32 seed)
{
    const FixedClock clock(QDateTime(kToday, QTime(10, 0)));
    QStringList phases;
    const auto counts = LargeDemoGenerator(clock, seed, kFactor)
                            .fill(t.db(), [&](const QString& phase, const LargeDemoCounts&) { phases << phase; });
    REQUIRE(counts);
    CHECK(phases.first() == QStringLiteral("sites, rooms, trainers and cohorts"));
    CHECK(phases.last() == QStringLiteral("indexes and commit"));
    return *counts;
}

// Every row of every table the demo writes, in id order, as text: two files with the same dump
// hold the same data.
QString dump(const Look& look)
{
    QString out;
    for (const char* table : {"site", "room", "trainer", "trainer_module", "trainer_unavailability", "cohort",
                              "participant", "volunteer", "enrolment", "session", "attendance", "pairing", "checkin",
                              "outcome"}) {
        for (const QVariantList& row : look.rows(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table)))) {
            for (const QVariant& v : row)
                out += v.toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace

TEST_CASE("large demo at 1/500 writes its counts in proportion, and a file that passes every check",
          "[demo][large]")
{
    TestDatabase t;
    const LargeDemoCounts n = fillDemo(t, 7);
    // 5,000 cohorts, 20,000 volunteers at full size; 20 to 22 participants a cohort.
    CHECK(n.cohorts == 10);
    CHECK(n.volunteers == 40);
    CHECK(n.sites == 1);
    CHECK(n.participants >= 200);
    CHECK(n.participants <= 220);
    CHECK(n.enrolments == n.participants);
    // Twelve weeks of the small demo's timetable: 7 sessions a week, two more in the weeks of a
    // professional day, fewer around holidays.
    CHECK(n.sessions >= 10 * 80);
    CHECK(n.sessions <= 10 * 95);
    // Every participant is marked at nearly every session held: more than 5,000,000 at full size.
    CHECK(n.attendance >= 10000);
    CHECK(n.attendance <= n.sessions * 22);
    CHECK(n.pairings >= n.participants);
    CHECK(n.outcomes >= n.participants);

    CHECK(t->check().value() == QStringList());
    const auto problems = DataCheck::run(t.db());
    REQUIRE(problems);
    CHECK(problems->isEmpty());

    Look look(t.path());
    CHECK(look.number(QStringLiteral("SELECT count(*) FROM cohort")) == n.cohorts);
    CHECK(look.number(QStringLiteral("SELECT count(*) FROM participant")) == n.participants);
    CHECK(look.number(QStringLiteral("SELECT count(*) FROM volunteer")) == n.volunteers);
    CHECK(look.number(QStringLiteral("SELECT count(*) FROM session")) == n.sessions);
    CHECK(look.number(QStringLiteral("SELECT count(*) FROM attendance")) == n.attendance);
    CHECK(look.number(QStringLiteral("SELECT count(*) FROM pairing")) == n.pairings);
    CHECK(look.number(QStringLiteral("SELECT count(*) FROM checkin")) == n.checkIns);
    CHECK(look.number(QStringLiteral("SELECT count(*) FROM outcome")) == n.outcomes);
    // Ten years: the first cohort began about ten years before today, the last in the last year
    // (at full size, some run now and some start soon; here one a year).
    CHECK(look.number(QStringLiteral("SELECT min(start_date) < '2016-04-01' AND min(start_date) > '2016-01-01' FROM cohort")) == 1);
    CHECK(look.number(QStringLiteral("SELECT max(start_date) > '2025-02-16' FROM cohort")) == 1);

    // The connection is back to its normal settings.
    CHECK(t->schemaVersion().value() == Database::latestSchemaVersion());
    t.close();
    Look after(t.path());
    CHECK(after.rows(QStringLiteral("PRAGMA journal_mode")).first().first().toString() == QStringLiteral("wal"));
}

TEST_CASE("large demo leaves the schema of a new file, indexes included", "[demo][large]")
{
    TestDatabase fresh;
    TestDatabase filled;
    fillDemo(filled, 3);
    const QString schema = QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");
    Look a(fresh.path());
    Look b(filled.path());
    const auto expected = a.rows(schema);
    CHECK(expected.size() > 20);
    CHECK(b.rows(schema) == expected);
    CHECK(b.number(QStringLiteral("PRAGMA user_version")) == a.number(QStringLiteral("PRAGMA user_version")));
    CHECK(b.number(QStringLiteral("PRAGMA application_id")) == Database::kApplicationId);
    CHECK(b.number(QStringLiteral("PRAGMA page_size")) == a.number(QStringLiteral("PRAGMA page_size")));
}

TEST_CASE("large demo rows are consistent with one another", "[demo][large]")
{
    TestDatabase t;
    fillDemo(t, 11);
    Look look(t.path());
    auto none = [&](const char* sql) {
        INFO(sql);
        CHECK(look.number(QString::fromLatin1(sql)) == 0);
    };
    // Marks only on held sessions of the participant's own cohort, while enrolled.
    none("SELECT count(*) FROM attendance a JOIN session s ON s.id = a.session_id"
         " LEFT JOIN enrolment e ON e.cohort_id = s.cohort_id AND e.participant_id = a.participant_id"
         " WHERE e.id IS NULL OR s.status <> 'held' OR s.date < e.enrolled_on OR s.date > coalesce(e.exit_date, s.date)");
    // Outcomes: milestones after the exit for completed enrolments; an early leaver only at exit.
    none("SELECT count(*) FROM outcome o JOIN enrolment e ON e.cohort_id = o.cohort_id AND e.participant_id = o.participant_id"
         " WHERE e.status = 'enrolled' OR (e.status = 'withdrawn' AND o.milestone <> 'exit')"
         " OR o.recorded_on < e.exit_date OR o.recorded_on > '2026-02-16'");
    none("SELECT count(*) FROM outcome o JOIN cohort c ON c.id = o.cohort_id JOIN enrolment e"
         " ON e.cohort_id = o.cohort_id AND e.participant_id = o.participant_id"
         " WHERE e.status = 'completed' AND o.recorded_on < CASE o.milestone WHEN 'exit' THEN c.end_date"
         " WHEN 'm3' THEN date(c.end_date, '+3 months') WHEN 'm6' THEN date(c.end_date, '+6 months')"
         " ELSE date(c.end_date, '+12 months') END");
    none("SELECT count(*) FROM outcome o JOIN cohort c ON c.id = o.cohort_id WHERE c.end_date >= '2026-02-16'");
    // Pairings: in the participant's cohort, with a volunteer of the cohort's city who can take
    // the role and is available when the pairing begins.
    none("SELECT count(*) FROM pairing k JOIN enrolment e ON e.participant_id = k.participant_id"
         " JOIN volunteer v ON v.id = k.volunteer_id"
         " WHERE e.cohort_id <> k.cohort_id OR (v.role <> 'both' AND v.role <> k.role)"
         " OR k.start_date < v.available_from OR k.start_date > v.available_to");
    none("SELECT count(*) FROM (SELECT participant_id, role FROM pairing WHERE status = 'active'"
         " GROUP BY participant_id, role HAVING count(*) > 1)");
    none("SELECT count(*) FROM checkin ci JOIN pairing k ON k.id = ci.pairing_id"
         " WHERE ci.date < k.start_date OR ci.date > coalesce(k.end_date, '2026-02-16')");
    // A room or a trainer never has two sessions at once.
    none("SELECT count(*) FROM session a JOIN session b ON a.id < b.id AND a.date = b.date"
         " AND a.start < b.\"end\" AND b.start < a.\"end\""
         " WHERE a.room_id = b.room_id OR a.trainer_id = b.trainer_id");
    // Sessions within their cohort, held only before today.
    none("SELECT count(*) FROM session s JOIN cohort c ON c.id = s.cohort_id"
         " WHERE s.date < c.start_date OR s.date > c.end_date OR (s.status = 'held' AND s.date >= '2026-02-16')"
         " OR (s.status = 'planned' AND s.date < '2026-02-16')");

    // The indicators of a finished cohort look like a real one's.
    const QString ref = look.rows(QStringLiteral("SELECT ref FROM cohort WHERE end_date < '2025-01-01' ORDER BY start_date DESC"))
                            .first().first().toString();
    const auto figures = IndicatorService(t.db()).cohort(ref);
    REQUIRE(figures);
    const auto rate = figures->attendanceAll.rate();
    REQUIRE(rate);
    CHECK(*rate > 0.8);
    CHECK(*rate < 0.99);
    CHECK(figures->attendanceAll.unmarked <= 2);
    const auto& m6 = figures->exitsAt(Milestone::M6);
    CHECK(m6.completed >= 15);
    REQUIRE(m6.dynamicExitRate());
    CHECK(*m6.dynamicExitRate() > 0.2);
    CHECK(*m6.dynamicExitRate() < 0.95);
}

TEST_CASE("large demo: the same seed gives the same rows, another seed other ones", "[demo][large]")
{
    TestDatabase a, b, c;
    const LargeDemoCounts na = fillDemo(a, 5);
    const LargeDemoCounts nb = fillDemo(b, 5);
    const LargeDemoCounts nc = fillDemo(c, 6);
    CHECK(na.participants == nb.participants);
    CHECK(na.attendance == nb.attendance);
    CHECK(na.pairings == nb.pairings);
    CHECK(na.cohorts == nc.cohorts); // the frame does not depend on chance
    a.close();
    b.close();
    c.close();
    const QString da = dump(Look(a.path()));
    CHECK(da.size() > 100000);
    CHECK(da == dump(Look(b.path())));
    CHECK(da != dump(Look(c.path())));
}

TEST_CASE("large demo refuses a database that holds data and leaves it as it was", "[demo][large]")
{
    TestDatabase t;
    fillDemo(t, 1);
    const FixedClock clock(QDateTime(kToday, QTime(10, 0)));
    const auto again = LargeDemoGenerator(clock, 2, kFactor).fill(t.db());
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Exists);
    t.close();
    Look look(t.path());
    CHECK(look.number(QStringLiteral("SELECT count(*) FROM cohort")) == 10);
    CHECK(look.rows(QStringLiteral("PRAGMA journal_mode")).first().first().toString() == QStringLiteral("wal"));
    CHECK(look.rows(QStringLiteral("PRAGMA integrity_check")).first().first().toString() == QStringLiteral("ok"));
}
