// SPDX-License-Identifier: GPL-3.0-or-later
// The attendance totals of migration 0008 (core/storage/MarkTotals): after every kind of write
// (marks inserted, changed, deleted; sessions moved, cancelled, deleted; enrolments changed and
// deleted; an import; a bulk load; the migration of an existing file) the stored totals equal
// the figures worked out by hand from indicators.md, and the engine's own count of the marks.
// Likewise migration 0011's totals per cohort (week_total, cohort_mark_total): by hand, and
// against the sessions read one by one and the per-enrolment totals.
#include "CatchQt.h"
#include "TestDatabase.h"

#include "core/exchange/ExchangeImporter.h"
#include "core/indicators/Indicators.h"
#include "core/services/IndicatorService.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/Transaction.h"

#include "core/domain/Cohort.h"
#include "core/domain/Participant.h"
#include "core/domain/Site.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace parcours;
using namespace parcours::test;

namespace {

template<class T>
T take(Result<T> r)
{
    REQUIRE(r.has_value());
    return std::move(*r);
}

/// One stored row: present, late, excused, absent, unmarked, attended seconds.
struct Row
{
    int present = 0;
    int late = 0;
    int excused = 0;
    int absent = 0;
    int unmarked = 0;
    qint64 secs = 0;

    bool operator==(const Row& o) const
    {
        return present == o.present && late == o.late && excused == o.excused && absent == o.absent
            && unmarked == o.unmarked && secs == o.secs;
    }
};

std::ostream& operator<<(std::ostream& os, const Row& r)
{
    return os << "{present " << r.present << ", late " << r.late << ", excused " << r.excused << ", absent "
              << r.absent << ", unmarked " << r.unmarked << ", secs " << r.secs << "}";
}

QSqlQuery query(Database& db, const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName(), false));
    REQUIRE(q.exec(sql));
    return q;
}

int count(Database& db, const QString& sql)
{
    QSqlQuery q = query(db, sql);
    REQUIRE(q.next());
    return q.value(0).toInt();
}

/// The stored totals by "cohort/participant/module".
QMap<QString, Row> stored(Database& db)
{
    // Every row belongs to an enrolment that exists.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM mark_total WHERE enrolment_id NOT IN (SELECT id FROM enrolment)")) == 0);
    QSqlQuery q = query(db, QStringLiteral(
        "SELECT c.ref, p.ref, t.module, t.present, t.late, t.excused, t.absent, t.unmarked, t.attended_secs"
        " FROM mark_total t JOIN enrolment e ON e.id = t.enrolment_id JOIN cohort c ON c.id = e.cohort_id"
        " JOIN participant p ON p.id = e.participant_id"));
    QMap<QString, Row> out;
    while (q.next())
        out.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString() + QLatin1Char('/')
                       + q.value(2).toString(),
                   {q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt(), q.value(7).toInt(),
                    q.value(8).toLongLong()});
    return out;
}

/// The seconds of a cohort's week: planned-or-held per module, then held per module, in the
/// order of Module.
using WeekSecs = std::array<qint64, 10>;

/// week_total by "cohort/Monday".
QMap<QString, WeekSecs> storedWeeks(Database& db)
{
    QSqlQuery q = query(db, QStringLiteral(
        "SELECT c.ref, w.monday, w.planned_fle, w.planned_english, w.planned_soft_skills, w.planned_professional,"
        " w.planned_other, w.held_fle, w.held_english, w.held_soft_skills, w.held_professional, w.held_other"
        " FROM week_total w JOIN cohort c ON c.id = w.cohort_id"));
    QMap<QString, WeekSecs> out;
    while (q.next()) {
        WeekSecs w{};
        for (int i = 0; i < 10; ++i)
            w[std::size_t(i)] = q.value(2 + i).toLongLong();
        out.insert(q.value(0).toString() + QLatin1Char('/') + QDate::fromJulianDay(q.value(1).toLongLong()).toString(Qt::ISODate), w);
    }
    return out;
}

/// cohort_mark_total by "cohort/module".
QMap<QString, Row> storedPerCohort(Database& db)
{
    QSqlQuery q = query(db, QStringLiteral(
        "SELECT c.ref, t.module, t.present, t.late, t.excused, t.absent, t.unmarked, t.attended_secs"
        " FROM cohort_mark_total t JOIN cohort c ON c.id = t.cohort_id"));
    QMap<QString, Row> out;
    while (q.next())
        out.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(),
                   {q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt(),
                    q.value(7).toLongLong()});
    return out;
}

/// One cohort_exit_total row: outcomes, durable, transition, positive, other, unknown, permanent.
using ExitRow = std::array<int, 7>;

/// cohort_exit_total by "cohort/milestone".
QMap<QString, ExitRow> storedExits(Database& db)
{
    QSqlQuery q = query(db, QStringLiteral(
        "SELECT c.ref, x.milestone, x.outcomes, x.durable, x.transition, x.positive, x.other, x.unknown, x.permanent"
        " FROM cohort_exit_total x JOIN cohort c ON c.id = x.cohort_id"));
    QMap<QString, ExitRow> out;
    while (q.next()) {
        ExitRow r{};
        for (int i = 0; i < 7; ++i)
            r[std::size_t(i)] = q.value(2 + i).toInt();
        out.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(), r);
    }
    return out;
}

/// Checks migration 0011's totals against the base tables: week_total against the sessions read
/// one by one (their Monday from QDate, their length from QTime), cohort_mark_total against
/// mark_total summed per cohort (which checkAgainstEngine checks against the engine); no row
/// of a cohort that is gone.
void checkPerCohort(Database& db)
{
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM week_total WHERE cohort_id NOT IN (SELECT id FROM cohort)")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cohort_mark_total WHERE cohort_id NOT IN (SELECT id FROM cohort)")) == 0);
    QMap<QString, WeekSecs> weeks;
    const auto sessions = SessionRepository(db).all();
    REQUIRE(sessions.has_value());
    for (const Session& s : *sessions) {
        if (s.status == SessionStatus::Cancelled)
            continue;
        const QString key = s.cohortRef + QLatin1Char('/') + s.date.addDays(1 - s.date.dayOfWeek()).toString(Qt::ISODate);
        WeekSecs& w = weeks[key];
        const std::size_t m = std::size_t(s.module);
        w[m] += s.start.secsTo(s.end);
        if (s.status == SessionStatus::Held)
            w[5 + m] += s.start.secsTo(s.end);
    }
    CHECK(storedWeeks(db) == weeks);
    QMap<QString, Row> perCohort;
    const QMap<QString, Row> rows = stored(db);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        Row& r = perCohort[it.key().section(QLatin1Char('/'), 0, 0) + QLatin1Char('/') + it.key().section(QLatin1Char('/'), 2, 2)];
        r.present += it->present;
        r.late += it->late;
        r.excused += it->excused;
        r.absent += it->absent;
        r.unmarked += it->unmarked;
        r.secs += it->secs;
    }
    CHECK(storedPerCohort(db) == perCohort);

    // The exits against the engine's figures of each cohort: the same classes, and its unknown
    // (no outcome, or the situation unknown) = completed - stored outcomes + stored unknown.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM cohort_exit_total WHERE cohort_id NOT IN (SELECT id FROM cohort)")) == 0);
    const QMap<QString, ExitRow> exits = storedExits(db);
    const auto cohorts = CohortRepository(db).all();
    REQUIRE(cohorts.has_value());
    for (const Cohort& c : *cohorts) {
        const auto input = IndicatorService(db).inputForCohort(c.ref);
        REQUIRE(input.has_value());
        const IndicatorFigures f = take(Indicators::ofCohort(*input, c.ref));
        for (Milestone m : allValues<Milestone>()) {
            const QString key = c.ref + QLatin1Char('/') + codeOf(m);
            INFO(key.toStdString());
            const ExitRow r = exits.value(key, ExitRow{});
            const IndicatorFigures::Exits& x = f.exits[std::size_t(m)];
            CHECK(r[1] == x.durable);
            CHECK(r[2] == x.transition);
            CHECK(r[3] == x.positive);
            CHECK(r[4] == x.other);
            CHECK(r[6] == x.permanent);
            CHECK(x.completed - r[0] + r[5] == x.unknown);
            if (exits.contains(key))
                CHECK(r[0] > 0);
        }
    }
}

/// Checks that nothing is left stale and that the stored totals equal the engine's count of
/// the marks read one by one, cohort by cohort: marks per enrolment and module, attended time
/// per enrolment (the engine sums it over the modules).
void checkAgainstEngine(Database& db)
{
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM mark_total_stale")) == 0);
    const QMap<QString, Row> rows = stored(db);
    QMap<QString, Row> expected;
    QMap<QString, qint64> expectedSecs;
    const auto cohorts = CohortRepository(db).all();
    REQUIRE(cohorts.has_value());
    for (const Cohort& c : *cohorts) {
        const auto input = IndicatorService(db).inputForCohort(c.ref);
        REQUIRE(input.has_value());
        const QList<IndicatorFigures> each = Indicators::ofEachEnrolment(*input);
        for (qsizetype i = 0; i < each.size(); ++i) {
            const QString key = c.ref + QLatin1Char('/') + input->enrolments[i].participantRef;
            for (Module m : allValues<Module>()) {
                const IndicatorFigures::Marks& k = each[i].attendanceOf(m);
                if (k.present + k.late + k.excused + k.absent + k.unmarked > 0)
                    expected.insert(key + QLatin1Char('/') + codeOf(m), {k.present, k.late, k.excused, k.absent, k.unmarked, 0});
            }
            expectedSecs.insert(key, qRound64(each[i].attendedHours * 3600));
        }
    }
    QMap<QString, Row> countsOnly = rows;
    QMap<QString, qint64> secs;
    for (auto it = countsOnly.begin(); it != countsOnly.end(); ++it) {
        secs[it.key().section(QLatin1Char('/'), 0, 1)] += it->secs;
        it->secs = 0;
    }
    CHECK(countsOnly.keys() == expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(countsOnly.value(it.key()) == *it);
    }
    for (auto it = expectedSecs.cbegin(); it != expectedSecs.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(secs.value(it.key()) == *it);
    }
    checkPerCohort(db);
}

void importMini(Database& db)
{
    auto report = ExchangeImporter(db).importDir(testDataPath(QStringLiteral("exchange-mini")));
    REQUIRE(report.has_value());
    REQUIRE(report->ok());
    REQUIRE(report->written);
}

/// Runs `change` in a transaction and commits it.
template<class F>
void inTransaction(Database& db, F change)
{
    Transaction tx(db);
    REQUIRE(tx.begun().has_value());
    change();
    REQUIRE(tx.commit().has_value());
}

Attendance mark(const char* session, const char* participant, AttendanceStatus status, int minutesLate = 0)
{
    Attendance a;
    a.sessionRef = QString::fromLatin1(session);
    a.participantRef = QString::fromLatin1(participant);
    a.status = status;
    a.minutesLate = minutesLate;
    return a;
}

// Migration 0011's triggers.
const QStringList kTriggers0011 = {QStringLiteral("mark_total_outcome_insert"), QStringLiteral("mark_total_outcome_update"),
                                   QStringLiteral("mark_total_outcome_delete"), QStringLiteral("mark_total_enrolment_status")};

const QString kM1Fle = QStringLiteral("MINI/M1/fle");
const QString kM1English = QStringLiteral("MINI/M1/english");
const QString kM1Soft = QStringLiteral("MINI/M1/soft_skills");
const QString kM2Fle = QStringLiteral("MINI/M2/fle");
const QString kM2English = QStringLiteral("MINI/M2/english");
const QString kM2Soft = QStringLiteral("MINI/M2/soft_skills");
const QString kM3Fle = QStringLiteral("MINI/M3/fle");

/// exchange-mini after its import, worked out by hand: held sessions W1-1..W1-4 (fle, 3 h,
/// 3 to 6 March), W1-5 (english, 2 h, 6 March), W1-6 (soft skills, 2 h, 7 March); M1 and M2
/// expected at all six, M3 (exit 5 March) at W1-1..W1-3 only (its W1-4 mark is not counted).
QMap<QString, Row> miniByHand()
{
    return {
        {kM1Fle, {3, 1, 0, 0, 0, 3 * 3 * 3600 + 3 * 3600 - 20 * 60}}, // late 20 min at W1-3
        {kM1English, {1, 0, 0, 0, 0, 2 * 3600}},
        {kM1Soft, {0, 0, 0, 1, 0, 0}},
        {kM2Fle, {3, 0, 1, 0, 0, 3 * 3 * 3600}},
        {kM2English, {0, 1, 0, 0, 0, 2 * 3600 - 60 * 60}}, // late 60 min
        {kM2Soft, {0, 0, 0, 0, 1, 0}},                      // no mark
        {kM3Fle, {2, 0, 0, 1, 0, 2 * 3 * 3600}},
    };
}

/// exchange-mini's weeks by hand: the week of Monday 3 March 2025 holds W1-1..W1-4 (fle, 4 x 3 h),
/// W1-5 (english, 2 h), W1-6 (soft skills, 2 h), all held; the week of 10 March W2-1..W2-3 (fle,
/// 3 x 3 h), W2-4 (english, 2 h), W2-5 (soft skills, 2 h), all planned.
QMap<QString, WeekSecs> miniWeeksByHand()
{
    const qint64 h = 3600;
    return {
        {QStringLiteral("MINI/2025-03-03"), {12 * h, 2 * h, 2 * h, 0, 0, 12 * h, 2 * h, 2 * h, 0, 0}},
        {QStringLiteral("MINI/2025-03-10"), {9 * h, 2 * h, 2 * h, 0, 0, 0, 0, 0, 0, 0}},
    };
}

/// exchange-mini's exits by hand: M1 and M2 completed, M3 withdrawn (its cdi not counted); at m6
/// M1 cdi (durable, permanent), M2 other_training.
QMap<QString, ExitRow> miniExitsByHand()
{
    return {{QStringLiteral("MINI/m6"), {2, 1, 0, 0, 1, 0, 1}}};
}

/// miniByHand summed per module.
QMap<QString, Row> miniPerCohortByHand()
{
    return {
        {QStringLiteral("MINI/fle"), {8, 1, 1, 1, 0, (9 + 3 + 9 + 6) * 3600 - 20 * 60}},
        {QStringLiteral("MINI/english"), {1, 1, 0, 0, 0, 3 * 3600}},
        {QStringLiteral("MINI/soft_skills"), {0, 0, 0, 1, 1, 0}},
    };
}

} // namespace

TEST_CASE("an import leaves the attendance totals of the hand count", "[indicators][totals]")
{
    TestDatabase db;
    importMini(db.db());
    CHECK(stored(db.db()) == miniByHand());
    CHECK(storedWeeks(db.db()) == miniWeeksByHand());
    CHECK(storedPerCohort(db.db()) == miniPerCohortByHand());
    CHECK(storedExits(db.db()) == miniExitsByHand());
    checkAgainstEngine(db.db());
}

TEST_CASE("the attendance totals follow every write, each committed", "[indicators][totals]")
{
    TestDatabase db;
    importMini(db.db());
    Database& d = db.db();
    SessionRepository sessions(d);
    QMap<QString, Row> expected = miniByHand();

    SECTION("marks changed, deleted and added")
    {
        inTransaction(d, [&] { REQUIRE(sessions.saveAttendance(mark("W1-2", "M2", AttendanceStatus::Present))); });
        expected[kM2Fle] = {4, 0, 0, 0, 0, 4 * 3 * 3600};
        CHECK(stored(d) == expected);
        inTransaction(d, [&] { REQUIRE(sessions.removeAttendance(QStringLiteral("W1-6"), QStringLiteral("M1"))); });
        expected[kM1Soft] = {0, 0, 0, 0, 1, 0};
        CHECK(stored(d) == expected);
        inTransaction(d, [&] { REQUIRE(sessions.saveAttendance(mark("W1-6", "M2", AttendanceStatus::Late, 15))); });
        expected[kM2Soft] = {0, 1, 0, 0, 0, 2 * 3600 - 15 * 60};
        CHECK(stored(d) == expected);
        checkAgainstEngine(d);
    }
    SECTION("a session cancelled, moved, then deleted")
    {
        auto english = take(sessions.find(QStringLiteral("W1-5")));
        REQUIRE(english);
        english->status = SessionStatus::Cancelled;
        inTransaction(d, [&] { REQUIRE(sessions.save(*english)); });
        expected.remove(kM1English);
        expected.remove(kM2English);
        CHECK(stored(d) == expected);
        QMap<QString, WeekSecs> weeks = miniWeeksByHand();
        weeks[QStringLiteral("MINI/2025-03-03")] = {12 * 3600, 0, 2 * 3600, 0, 0, 12 * 3600, 0, 2 * 3600, 0, 0};
        CHECK(storedWeeks(d) == weeks);
        checkAgainstEngine(d);

        // Held again (as an undo of the cancel writes it back): the hand counts again.
        english->status = SessionStatus::Held;
        inTransaction(d, [&] { REQUIRE(sessions.save(*english)); });
        CHECK(stored(d) == miniByHand());
        CHECK(storedWeeks(d) == miniWeeksByHand());
        CHECK(storedPerCohort(d) == miniPerCohortByHand());
        english->status = SessionStatus::Cancelled;
        inTransaction(d, [&] { REQUIRE(sessions.save(*english)); });

        // W1-3 (M3 absent) moved past M3's exit: no longer expected of M3.
        auto third = take(sessions.find(QStringLiteral("W1-3")));
        REQUIRE(third);
        third->date = QDate(2025, 3, 6);
        inTransaction(d, [&] { REQUIRE(sessions.save(*third)); });
        expected[kM3Fle] = {2, 0, 0, 0, 0, 2 * 3 * 3600};
        CHECK(stored(d) == expected);
        checkAgainstEngine(d);

        // W1-1 deleted: its marks go with it (all present).
        inTransaction(d, [&] { REQUIRE(sessions.remove(QStringLiteral("W1-1"))); });
        expected[kM1Fle] = {2, 1, 0, 0, 0, 2 * 3 * 3600 + 3 * 3600 - 20 * 60};
        expected[kM2Fle] = {2, 0, 1, 0, 0, 2 * 3 * 3600};
        expected[kM3Fle] = {1, 0, 0, 0, 0, 3 * 3600};
        CHECK(stored(d) == expected);
        weeks[QStringLiteral("MINI/2025-03-03")] = {9 * 3600, 0, 2 * 3600, 0, 0, 9 * 3600, 0, 2 * 3600, 0, 0};
        CHECK(storedWeeks(d) == weeks);
        CHECK(storedPerCohort(d) == QMap<QString, Row>{
                                        {QStringLiteral("MINI/fle"), {5, 1, 1, 0, 0, (6 + 3 + 6 + 3) * 3600 - 20 * 60}},
                                        {QStringLiteral("MINI/soft_skills"), {0, 0, 0, 1, 1, 0}},
                                    });
        checkAgainstEngine(d);
    }
    SECTION("outcomes added, deleted, and an enrolment's status changed")
    {
        OutcomeRepository outcomes(d);
        Outcome later;
        later.participantRef = QStringLiteral("M2");
        later.cohortRef = QStringLiteral("MINI");
        later.milestone = Milestone::M6;
        later.situation = Situation::CddUnder6m;
        later.recordedOn = QDate(2025, 10, 1); // after its other_training of 15 September
        inTransaction(d, [&] { later = take(outcomes.save(later)); });
        CHECK(storedExits(d) == QMap<QString, ExitRow>{{QStringLiteral("MINI/m6"), {2, 1, 1, 0, 0, 0, 1}}});
        checkAgainstEngine(d);

        // M1 no longer completed: out of the exits.
        CohortRepository cohorts(d);
        Enrolment m1;
        for (const Enrolment& e : take(cohorts.enrolmentsOf(QStringLiteral("MINI"))))
            if (e.participantRef == QLatin1String("M1"))
                m1 = e;
        REQUIRE(m1.participantRef == QLatin1String("M1"));
        m1.status = EnrolmentStatus::Withdrawn;
        inTransaction(d, [&] { REQUIRE(cohorts.saveEnrolment(m1)); });
        CHECK(storedExits(d) == QMap<QString, ExitRow>{{QStringLiteral("MINI/m6"), {1, 0, 1, 0, 0, 0, 0}}});
        checkAgainstEngine(d);

        // M2's later outcome deleted: its other_training again; an undated unknown at exit.
        inTransaction(d, [&] { REQUIRE(outcomes.remove(later.id)); });
        Outcome atExit;
        atExit.participantRef = QStringLiteral("M2");
        atExit.cohortRef = QStringLiteral("MINI");
        atExit.milestone = Milestone::Exit;
        atExit.situation = Situation::Unknown;
        inTransaction(d, [&] { REQUIRE(outcomes.save(atExit)); });
        CHECK(storedExits(d) == QMap<QString, ExitRow>{{QStringLiteral("MINI/m6"), {1, 0, 0, 0, 1, 0, 0}},
                                                       {QStringLiteral("MINI/exit"), {1, 0, 0, 0, 0, 1, 0}}});
        checkAgainstEngine(d);
    }
    SECTION("a session added, moved to another week, to another cohort, then that cohort deleted")
    {
        Session extra;
        extra.ref = QStringLiteral("X-1");
        extra.cohortRef = QStringLiteral("MINI");
        extra.module = Module::Other;
        extra.date = QDate(2025, 3, 17); // a Monday, after the cohort's last week
        extra.start = QTime(10, 0);
        extra.end = QTime(11, 30);
        extra.status = SessionStatus::Planned;
        inTransaction(d, [&] { extra = take(sessions.save(extra)); });
        QMap<QString, WeekSecs> weeks = miniWeeksByHand();
        weeks[QStringLiteral("MINI/2025-03-17")] = {0, 0, 0, 0, 5400, 0, 0, 0, 0, 0};
        CHECK(storedWeeks(d) == weeks);
        checkAgainstEngine(d);

        // Held, and moved to the Sunday before: the week of 10 March.
        extra.status = SessionStatus::Held;
        extra.date = QDate(2025, 3, 16);
        inTransaction(d, [&] { extra = take(sessions.save(extra)); });
        weeks.remove(QStringLiteral("MINI/2025-03-17"));
        weeks[QStringLiteral("MINI/2025-03-10")][4] = 5400;
        weeks[QStringLiteral("MINI/2025-03-10")][9] = 5400;
        CHECK(storedWeeks(d) == weeks);
        checkAgainstEngine(d);

        // Given to a second cohort, which is then deleted with its session.
        CohortRepository cohorts(d);
        Cohort other;
        other.ref = QStringLiteral("OTHER");
        other.name = QStringLiteral("Other");
        other.programme = QStringLiteral("Tremplin");
        other.siteRef = QStringLiteral("LIL");
        other.startDate = QDate(2025, 3, 10);
        other.endDate = QDate(2025, 3, 21);
        inTransaction(d, [&] { REQUIRE(cohorts.save(other)); });
        extra.cohortRef = other.ref;
        inTransaction(d, [&] { extra = take(sessions.save(extra)); });
        weeks = miniWeeksByHand();
        weeks[QStringLiteral("OTHER/2025-03-10")] = {0, 0, 0, 0, 5400, 0, 0, 0, 0, 5400};
        CHECK(storedWeeks(d) == weeks);
        checkAgainstEngine(d);
        inTransaction(d, [&] { REQUIRE(cohorts.remove(other.ref)); });
        CHECK(storedWeeks(d) == miniWeeksByHand());
        CHECK(storedPerCohort(d) == miniPerCohortByHand());
        checkAgainstEngine(d);
    }
    SECTION("an enrolment's exit moved, then the enrolment deleted")
    {
        CohortRepository cohorts(d);
        auto enrolments = take(cohorts.enrolmentsOf(QStringLiteral("MINI")));
        Enrolment m3;
        for (const Enrolment& e : enrolments)
            if (e.participantRef == QLatin1String("M3"))
                m3 = e;
        REQUIRE(m3.participantRef == QLatin1String("M3"));
        m3.exitDate = QDate(2025, 3, 6); // now expected at W1-4 (present) and W1-5 (no mark)
        inTransaction(d, [&] { REQUIRE(cohorts.saveEnrolment(m3)); });
        expected[kM3Fle] = {3, 0, 0, 1, 0, 3 * 3 * 3600};
        expected[QStringLiteral("MINI/M3/english")] = {0, 0, 0, 0, 1, 0};
        CHECK(stored(d) == expected);
        checkAgainstEngine(d);

        inTransaction(d, [&] { REQUIRE(cohorts.removeEnrolment(QStringLiteral("MINI"), QStringLiteral("M3"))); });
        expected.remove(kM3Fle);
        expected.remove(QStringLiteral("MINI/M3/english"));
        CHECK(stored(d) == expected);
        checkAgainstEngine(d);
    }
    SECTION("a write outside a transaction's commit is counted from the marks until then")
    {
        // A mark written and not yet committed leaves MINI stale: the period's figures read in
        // the same transaction count MINI from its marks, not from the old totals.
        Transaction tx(d);
        REQUIRE(tx.begun().has_value());
        REQUIRE(sessions.saveAttendance(mark("W1-6", "M2", AttendanceStatus::Present)));
        CHECK(count(d, QStringLiteral("SELECT count(*) FROM mark_total_stale")) == 1);
        const auto f = IndicatorService(d).period(QDate(2025, 3, 1), QDate(2025, 3, 31));
        REQUIRE(f.has_value());
        CHECK(f->attendanceOf(Module::SoftSkills).present == 1);
        CHECK(f->attendanceOf(Module::SoftSkills).absent == 1);
        CHECK(f->attendanceOf(Module::SoftSkills).unmarked == 0);
        // 29 h 40 min by hand (IndicatorServiceTest), plus the 2 h of this mark.
        CHECK(f->attendedHours == Approx(29.0 + 2.0 / 3.0 + 2.0));
        REQUIRE(tx.commit().has_value());
        checkAgainstEngine(d);
    }
}

TEST_CASE("a bulk load counts the attendance totals once and puts their triggers back", "[indicators][totals]")
{
    TestDatabase db;
    Database& d = db.db();
    const int triggers = count(d, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'mark_total_%'"));
    CHECK(triggers == 14); // 10 of migration 0008, 4 of 0011
    {
        auto loader = BulkLoader::begin(d);
        REQUIRE(loader.has_value());
        BulkLoader& l = **loader;
        Cohort c;
        c.ref = QStringLiteral("B1");
        c.name = QStringLiteral("Bulk");
        c.startDate = QDate(2025, 1, 6);
        c.endDate = QDate(2025, 1, 10);
        REQUIRE(l.cohort(1, std::nullopt, c));
        for (qint64 p = 1; p <= 2; ++p) {
            Participant person;
            person.ref = QStringLiteral("P%1").arg(p);
            person.firstName = QStringLiteral("A");
            person.lastName = QStringLiteral("B");
            REQUIRE(l.participant(p, person));
            Enrolment e;
            e.cohortRef = c.ref;
            e.participantRef = person.ref;
            e.status = EnrolmentStatus::Enrolled;
            if (p == 2)
                e.exitDate = QDate(2025, 1, 6); // expected at the first session only
            REQUIRE(l.enrolment(1, p, e));
        }
        for (qint64 s = 1; s <= 3; ++s) {
            Session session;
            session.ref = QStringLiteral("S%1").arg(s);
            session.cohortRef = c.ref;
            session.module = Module::Fle;
            session.date = QDate(2025, 1, 5 + int(s)); // 6, 7, 8 January
            session.start = QTime(9, 0);
            session.end = QTime(11, 0);
            session.status = s == 3 ? SessionStatus::Planned : SessionStatus::Held;
            REQUIRE(l.session(s, 1, std::nullopt, std::nullopt, session));
        }
        REQUIRE(l.attendance(1, 1, AttendanceStatus::Present, 0));
        REQUIRE(l.attendance(2, 1, AttendanceStatus::Late, 90));
        REQUIRE(l.attendance(3, 1, AttendanceStatus::Present, 0)); // planned: not counted
        REQUIRE(l.attendance(1, 2, AttendanceStatus::Absent, 0));
        REQUIRE(l.attendance(2, 2, AttendanceStatus::Present, 0)); // after P2's exit: not counted
        REQUIRE(l.finish());
    }
    CHECK(count(d, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'mark_total_%'")) == triggers);
    const QMap<QString, Row> byHand = {
        {QStringLiteral("B1/P1/fle"), {1, 1, 0, 0, 0, 2 * 3600 + 30 * 60}},
        {QStringLiteral("B1/P2/fle"), {0, 0, 0, 1, 0, 0}},
    };
    CHECK(stored(d) == byHand);
    // Week of Monday 6 January: S1, S2 held, S3 planned, 2 h each.
    CHECK(storedWeeks(d) == QMap<QString, WeekSecs>{{QStringLiteral("B1/2025-01-06"), {6 * 3600, 0, 0, 0, 0, 4 * 3600, 0, 0, 0, 0}}});
    CHECK(storedPerCohort(d) == QMap<QString, Row>{{QStringLiteral("B1/fle"), {1, 1, 0, 1, 0, 2 * 3600 + 30 * 60}}});
    checkAgainstEngine(d);

    // The triggers work again: a mark written afterwards is counted.
    inTransaction(d, [&] {
        REQUIRE(SessionRepository(d).removeAttendance(QStringLiteral("S2"), QStringLiteral("P1")));
    });
    CHECK(stored(d).value(QStringLiteral("B1/P1/fle")) == Row{1, 0, 0, 0, 1, 2 * 3600});
    checkAgainstEngine(d);
}

TEST_CASE("migration 0008 counts the totals of an existing file", "[indicators][totals][storage]")
{
    TestDatabase db;
    importMini(db.db());
    const QString path = db.path();
    // The file as a version before 0008 left it: no totals, no triggers.
    {
        Database& d = db.db();
        const QStringList drop = {
            QStringLiteral("mark_total_attendance_insert"), QStringLiteral("mark_total_attendance_update"),
            QStringLiteral("mark_total_attendance_delete"), QStringLiteral("mark_total_session_insert"),
            QStringLiteral("mark_total_session_update"),    QStringLiteral("mark_total_session_delete"),
            QStringLiteral("mark_total_enrolment_insert"),  QStringLiteral("mark_total_enrolment_update"),
            QStringLiteral("mark_total_enrolment_delete"),  QStringLiteral("mark_total_cohort_update")};
        for (const QString& t : drop)
            query(d, QStringLiteral("DROP TRIGGER ") + t);
        query(d, QStringLiteral("DROP TABLE mark_total"));
        query(d, QStringLiteral("DROP TABLE mark_total_stale"));
        for (const QString& t : kTriggers0011)
            query(d, QStringLiteral("DROP TRIGGER ") + t);
        query(d, QStringLiteral("DROP TABLE week_total"));
        query(d, QStringLiteral("DROP TABLE cohort_mark_total"));
        query(d, QStringLiteral("DROP TABLE cohort_exit_total"));
        query(d, QStringLiteral("DROP INDEX session_held_trainer"));
        query(d, QStringLiteral("PRAGMA user_version = 7"));
        // Read-only readers of such a file count the marks themselves.
        const auto f = IndicatorService(d).period(QDate(2025, 3, 1), QDate(2025, 3, 31));
        REQUIRE(f.has_value());
        CHECK(f->attendanceAll.present == 9);
        CHECK(f->attendanceAll.unmarked == 1);
        db.close();
    }
    auto opened = Database::open(path);
    REQUIRE(opened.has_value());
    Database& d = **opened;
    CHECK(take(d.schemaVersion()) == Database::latestSchemaVersion());
    CHECK(stored(d) == miniByHand());
    CHECK(storedWeeks(d) == miniWeeksByHand());
    CHECK(storedPerCohort(d) == miniPerCohortByHand());
    CHECK(storedExits(d) == miniExitsByHand());
    checkAgainstEngine(d);
}

TEST_CASE("migration 0011 counts the totals per cohort of an existing file", "[indicators][totals][storage]")
{
    TestDatabase db;
    importMini(db.db());
    const QString path = db.path();
    // The file as version 0008 left it: totals per enrolment, none per cohort.
    {
        Database& d = db.db();
        for (const QString& t : kTriggers0011)
            query(d, QStringLiteral("DROP TRIGGER ") + t);
        query(d, QStringLiteral("DROP TABLE week_total"));
        query(d, QStringLiteral("DROP TABLE cohort_mark_total"));
        query(d, QStringLiteral("DROP TABLE cohort_exit_total"));
        query(d, QStringLiteral("DROP INDEX session_held_trainer"));
        query(d, QStringLiteral("PRAGMA user_version = 8"));
        // Its readers (a file opened read-only at that version) count the weeks from the
        // sessions and the marks from the totals per enrolment: the figures by hand (fle 7 x 3 h
        // planned or held, 4 x 3 h held; miniByHand: 9 present, 1 unmarked).
        const auto f = IndicatorService(d).period(QDate(2025, 3, 1), QDate(2025, 3, 31));
        REQUIRE(f.has_value());
        CHECK(f->hoursOf(Module::Fle).planned == Approx(21.0));
        CHECK(f->hoursOf(Module::Fle).delivered == Approx(12.0));
        CHECK(f->attendanceAll.present == 9);
        CHECK(f->attendanceAll.unmarked == 1);
        db.close();
    }
    auto opened = Database::open(path);
    REQUIRE(opened.has_value());
    Database& d = **opened;
    CHECK(take(d.schemaVersion()) == Database::latestSchemaVersion());
    CHECK(storedWeeks(d) == miniWeeksByHand());
    CHECK(storedPerCohort(d) == miniPerCohortByHand());
    CHECK(storedExits(d) == miniExitsByHand());
    checkAgainstEngine(d);
}

TEST_CASE("the review pack's counted input gives the figures of the marks read one by one", "[indicators][totals]")
{
    TestDatabase db;
    importMini(db.db());
    const IndicatorService service(db.db());
    const QDate from(2025, 1, 1);
    const QDate to(2025, 12, 31);
    const auto listed = service.inputForPeriod(from, to);
    REQUIRE(listed.has_value());
    const auto counted = service.countedInputForPeriod(from, to);
    REQUIRE(counted.has_value());
    CHECK(counted->marksCounted);
    CHECK(counted->attendance.isEmpty());
    const QList<IndicatorFigures> a = Indicators::ofEachEnrolment(*listed);
    const QList<IndicatorFigures> b = Indicators::ofEachEnrolment(*counted);
    REQUIRE(a.size() == 3);
    REQUIRE(b.size() == 3);
    QMap<QString, double> hoursA;
    QMap<QString, double> hoursB;
    for (qsizetype i = 0; i < 3; ++i) {
        hoursA.insert(listed->enrolments[i].participantRef, a[i].attendedHours);
        hoursB.insert(counted->enrolments[i].participantRef, b[i].attendedHours);
    }
    // By hand (miniByHand): M1 11 h 40 + 2 h, M2 9 h + 1 h, M3 6 h.
    CHECK(hoursB.value(QStringLiteral("M1")) == Approx(13.0 + 40.0 / 60.0));
    CHECK(hoursB.value(QStringLiteral("M2")) == Approx(10.0));
    CHECK(hoursB.value(QStringLiteral("M3")) == Approx(6.0));
    CHECK(hoursA == hoursB);
    const auto sumA = Indicators::ofPeriod(*listed, from, to);
    const auto sumB = Indicators::ofPeriod(*counted, from, to);
    REQUIRE(sumA.has_value());
    REQUIRE(sumB.has_value());
    for (std::size_t m = 0; m < IndicatorFigures::kModules; ++m) {
        CHECK(sumA->attendance[m].present == sumB->attendance[m].present);
        CHECK(sumA->attendance[m].late == sumB->attendance[m].late);
        CHECK(sumA->attendance[m].excused == sumB->attendance[m].excused);
        CHECK(sumA->attendance[m].absent == sumB->attendance[m].absent);
        CHECK(sumA->attendance[m].unmarked == sumB->attendance[m].unmarked);
    }
    CHECK(sumB->attendanceAll.present == 9);
    CHECK(sumB->attendedHours == Approx(sumA->attendedHours));
}
