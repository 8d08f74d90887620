// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkTotals.h"

#include "Database.h"
#include "SqlSupport.h"

namespace parcours {

using namespace storage;

namespace {

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
    "DELETE FROM mark_total_stale",
};

} // namespace

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

const QList<QByteArray>& MarkTotals::refreshStatements()
{
    static const QList<QByteArray> list = [] {
        QList<QByteArray> out;
        for (const char* sql : kRefresh)
            out << QByteArray(sql);
        return out;
    }();
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
    for (const QByteArray& sql : refreshStatements())
        if (auto w = write(db, QString::fromLatin1(sql), {}); !w)
            return fail(w.error());
    return {};
}

} // namespace parcours
