// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkTotals.h"

#include "Database.h"
#include "SqlSupport.h"

#include <iterator>

namespace parcours {

using namespace storage;

namespace {

// The SQL shared by the refresh below and by the readers (weekSums(), exitSums()): string
// literals joined by the compiler, so every statement is one constant text.

// The planned and held sessions per cohort and ISO week, by module in the order of Module:
// first the planned-or-held seconds, then the held ones. The week is its Monday's Julian day
// number (the day's number less its remainder by 7: day numbers divisible by 7 are Mondays); a
// session lasts from its start to its end, both HH:MM (the table's CHECKs), counted in integers
// rather than parsed as times.
#define PARCOURS_WEEK_SUMS \
    "SELECT s.cohort_id, s.day - s.day % 7 AS monday," \
    " sum(CASE WHEN s.module = 'fle' THEN s.secs ELSE 0 END)," \
    " sum(CASE WHEN s.module = 'english' THEN s.secs ELSE 0 END)," \
    " sum(CASE WHEN s.module = 'soft_skills' THEN s.secs ELSE 0 END)," \
    " sum(CASE WHEN s.module = 'professional_day' THEN s.secs ELSE 0 END)," \
    " sum(CASE WHEN s.module = 'other' THEN s.secs ELSE 0 END)," \
    " sum(CASE WHEN s.module = 'fle' AND s.status = 'held' THEN s.secs ELSE 0 END)," \
    " sum(CASE WHEN s.module = 'english' AND s.status = 'held' THEN s.secs ELSE 0 END)," \
    " sum(CASE WHEN s.module = 'soft_skills' AND s.status = 'held' THEN s.secs ELSE 0 END)," \
    " sum(CASE WHEN s.module = 'professional_day' AND s.status = 'held' THEN s.secs ELSE 0 END)," \
    " sum(CASE WHEN s.module = 'other' AND s.status = 'held' THEN s.secs ELSE 0 END)" \
    " FROM (SELECT cohort_id, module, status, CAST(julianday(date) + 0.5 AS INTEGER) AS day," \
    "        max(0, (substr(\"end\", 1, 2) * 60 + substr(\"end\", 4, 2)" \
    "                - substr(start, 1, 2) * 60 - substr(start, 4, 2)) * 60) AS secs" \
    "       FROM session WHERE status IN ('planned', 'held') AND "
#define PARCOURS_WEEK_GROUP ") s GROUP BY s.cohort_id, monday"

// Per cohort and milestone, the completed enrolments with an outcome at that milestone, classed
// by the latest one recorded for the participant, cohort and milestone: the one no other
// outcome of theirs follows (a greater recorded_on; an undated one follows none and precedes
// every dated one; outcome_key makes each date unique). Read in the order of the indexes
// (outcome_cohort, outcome_key), so nothing is sorted.
#define PARCOURS_EXIT_SUMS \
    "SELECT o.cohort_id, o.milestone, count(*)," \
    " sum(o.situation IN ('cdi', 'cdd_6m_plus', 'interim_6m_plus', 'self_employed'))," \
    " sum(o.situation IN ('cdd_under_6m', 'interim_under_6m', 'subsidised_contract'))," \
    " sum(o.situation = 'qualifying_training')," \
    " sum(o.situation IN ('other_training', 'job_seeking', 'inactive'))," \
    " sum(o.situation = 'unknown')," \
    " sum(o.situation = 'cdi')" \
    " FROM outcome o CROSS JOIN enrolment e" \
    " WHERE e.cohort_id = o.cohort_id AND e.participant_id = o.participant_id AND e.status = 'completed'" \
    "   AND NOT EXISTS (SELECT 1 FROM outcome n WHERE n.participant_id = o.participant_id" \
    "       AND n.cohort_id = o.cohort_id AND n.milestone = o.milestone" \
    "       AND coalesce(n.recorded_on, '') > coalesce(o.recorded_on, ''))" \
    "   AND o.cohort_id IN ("
#define PARCOURS_EXIT_GROUP ") GROUP BY o.cohort_id, o.milestone"

const char* const kWeekSums = PARCOURS_WEEK_SUMS;
const char* const kWeekGroup = PARCOURS_WEEK_GROUP;
const char* const kExitSums = PARCOURS_EXIT_SUMS;
const char* const kExitGroup = PARCOURS_EXIT_GROUP;

// The expected pairs of the held sessions of the cohorts named in mark_total_stale, with their
// marks, counted per enrolment and module as Indicators counts them: expected from the
// enrolment's enrolled_on (else the cohort's start) to its exit_date; a late mark attends the
// session's length less the minutes late, never below 0.
const char* const kRefresh[] = {
    "DELETE FROM mark_total WHERE enrolment_id IN"
    " (SELECT e.id FROM mark_total_stale st JOIN enrolment e ON e.cohort_id = st.cohort_id)",
    "INSERT INTO mark_total (enrolment_id, module, present, late, excused, absent, unmarked, attended_secs)"
    " SELECT e.id, s.module, count(CASE a.status WHEN 'present' THEN 1 END), count(CASE a.status WHEN 'late' THEN 1 END),"
    "  count(CASE a.status WHEN 'excused' THEN 1 END), count(CASE a.status WHEN 'absent' THEN 1 END),"
    "  count(*) - count(a.status),"
    "  sum(CASE a.status WHEN 'present' THEN max(0, strftime('%s', s.\"end\") - strftime('%s', s.start))"
    "   WHEN 'late' THEN max(0, strftime('%s', s.\"end\") - strftime('%s', s.start) - a.minutes_late * 60) ELSE 0 END)"
    " FROM mark_total_stale st CROSS JOIN cohort c CROSS JOIN session s CROSS JOIN enrolment e"
    " LEFT JOIN attendance a ON a.session_id = s.id AND a.participant_id = e.participant_id"
    " WHERE c.id = st.cohort_id AND s.cohort_id = st.cohort_id AND s.status = 'held' AND e.cohort_id = st.cohort_id"
    "  AND coalesce(e.enrolled_on, c.start_date) <= s.date AND (e.exit_date IS NULL OR s.date <= e.exit_date)"
    " GROUP BY e.id, s.module",
    // Migration 0011's totals per cohort: the marks summed from the rows just counted, the
    // weeks from the sessions (weekSums).
    "DELETE FROM cohort_mark_total WHERE cohort_id IN (SELECT cohort_id FROM mark_total_stale)",
    "INSERT INTO cohort_mark_total (cohort_id, module, present, late, excused, absent, unmarked, attended_secs)"
    " SELECT e.cohort_id, t.module, sum(t.present), sum(t.late), sum(t.excused), sum(t.absent), sum(t.unmarked),"
    "  sum(t.attended_secs)"
    " FROM mark_total_stale st JOIN enrolment e ON e.cohort_id = st.cohort_id JOIN mark_total t ON t.enrolment_id = e.id"
    " GROUP BY e.cohort_id, t.module",
    "DELETE FROM week_total WHERE cohort_id IN (SELECT cohort_id FROM mark_total_stale)",
    "INSERT INTO week_total (cohort_id, monday, planned_fle, planned_english, planned_soft_skills,"
    " planned_professional, planned_other, held_fle, held_english, held_soft_skills, held_professional,"
    " held_other) " PARCOURS_WEEK_SUMS "cohort_id IN (SELECT cohort_id FROM mark_total_stale)" PARCOURS_WEEK_GROUP,
    "DELETE FROM cohort_exit_total WHERE cohort_id IN (SELECT cohort_id FROM mark_total_stale)",
    "INSERT INTO cohort_exit_total (cohort_id, milestone, outcomes, durable, transition, positive, other,"
    " unknown, permanent) " PARCOURS_EXIT_SUMS "SELECT cohort_id FROM mark_total_stale" PARCOURS_EXIT_GROUP,
    "DELETE FROM mark_total_stale",
};

// kRefresh's statements that need migration 0011's tables.
constexpr int kFirstPerCohort = 2;
constexpr int kEndPerCohort = 8;


} // namespace

const QString& MarkTotals::weekSums()
{
    static const QString sql = QString::fromLatin1(kWeekSums);
    return sql;
}

const QString& MarkTotals::weekGroup()
{
    static const QString sql = QString::fromLatin1(kWeekGroup);
    return sql;
}

const QString& MarkTotals::exitSums()
{
    static const QString sql = QString::fromLatin1(kExitSums);
    return sql;
}

const QString& MarkTotals::exitGroup()
{
    static const QString sql = QString::fromLatin1(kExitGroup);
    return sql;
}

const QString& MarkTotals::weekTotalColumns()
{
    static const QString sql = QStringLiteral(
        "w.cohort_id, w.monday, w.planned_fle, w.planned_english, w.planned_soft_skills, w.planned_professional,"
        " w.planned_other, w.held_fle, w.held_english, w.held_soft_skills, w.held_professional, w.held_other");
    return sql;
}

const QString& MarkTotals::totalColumns()
{
    static const QString sql = QStringLiteral("t.present, t.late, t.excused, t.absent, t.unmarked, t.attended_secs");
    return sql;
}

const QString& MarkTotals::countedColumns()
{
    static const QString sql = QStringLiteral(
        "count(CASE a.status WHEN 'present' THEN 1 END), count(CASE a.status WHEN 'late' THEN 1 END),"
        " count(CASE a.status WHEN 'excused' THEN 1 END), count(CASE a.status WHEN 'absent' THEN 1 END),"
        " count(*) - count(a.status),"
        " sum(CASE a.status WHEN 'present' THEN max(0, strftime('%s', s.\"end\") - strftime('%s', s.start))"
        "  WHEN 'late' THEN max(0, strftime('%s', s.\"end\") - strftime('%s', s.start) - a.minutes_late * 60) ELSE 0 END)");
    return sql;
}

const QString& MarkTotals::countedFrom()
{
    static const QString sql = QStringLiteral(
        " FROM cohort c CROSS JOIN session s CROSS JOIN enrolment e"
        " LEFT JOIN attendance a ON a.session_id = s.id AND a.participant_id = e.participant_id"
        " WHERE s.cohort_id = c.id AND s.status = 'held' AND e.cohort_id = c.id"
        "  AND coalesce(e.enrolled_on, c.start_date) <= s.date AND (e.exit_date IS NULL OR s.date <= e.exit_date) AND ");
    return sql;
}

const QString& MarkTotals::countedGroup()
{
    static const QString sql = QStringLiteral(" GROUP BY e.id, s.module");
    return sql;
}

const QString& MarkTotals::staleOnly()
{
    static const QString sql = QStringLiteral(" AND c.id IN (SELECT cohort_id FROM mark_total_stale)");
    return sql;
}

const QString& MarkTotals::notStale()
{
    static const QString sql = QStringLiteral(" AND c.id NOT IN (SELECT cohort_id FROM mark_total_stale)");
    return sql;
}

Result<bool> MarkTotals::available(const Database& db)
{
    auto found = selectValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'mark_total_stale'"));
    if (!found)
        return fail(found.error());
    return *found && (*found)->toInt() > 0;
}

Result<bool> MarkTotals::perCohortAvailable(const Database& db)
{
    auto found = selectValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                                " AND name IN ('mark_total_stale', 'week_total', 'cohort_mark_total',"
                                                " 'cohort_exit_total')"));
    if (!found)
        return fail(found.error());
    return *found && (*found)->toInt() == 4;
}

namespace {

/// kRefresh as statements; without the totals per cohort when `perCohort` is false.
QList<QByteArray> refreshList(bool perCohort)
{
    QList<QByteArray> out;
    for (int i = 0; i < int(std::size(kRefresh)); ++i) {
        if (!perCohort && i >= kFirstPerCohort && i < kEndPerCohort)
            continue;
        out << QByteArray(kRefresh[i]);
    }
    return out;
}

} // namespace

const QList<QByteArray>& MarkTotals::refreshStatements()
{
    static const QList<QByteArray> list = refreshList(true);
    return list;
}

Result<void> MarkTotals::refreshStale(Database& db)
{
    auto has = available(db);
    if (!has)
        return fail(has.error());
    if (!*has)
        return {};
    auto any = selectValue(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM mark_total_stale)"));
    if (!any)
        return fail(any.error());
    if (!*any || !(*any)->toBool())
        return {};
    // A file between migrations 0008 and 0011 (the Migrator commits each step) has no totals
    // per cohort yet.
    auto perCohort = perCohortAvailable(db);
    if (!perCohort)
        return fail(perCohort.error());
    static const QList<QByteArray> marksOnly = refreshList(false);
    for (const QByteArray& sql : *perCohort ? refreshStatements() : marksOnly)
        if (auto w = write(db, QString::fromLatin1(sql), {}); !w)
            return fail(w.error());
    return {};
}

} // namespace parcours
