// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorTotals.h"

#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours {

using namespace storage;

namespace {

// Each statement is whole and constant, bound to the period's two dates (ISO text, which sorts
// as dates): the cohorts whose end date falls in [from, to] (indicators.md, Periods). The
// rules are Indicators.cpp's; IndicatorTotalsTest compares both ways.

static_assert(IndicatorFigures::kModules == 5, "the week statement has one column per module");
static_assert(IndicatorFigures::kMilestones == 4, "the exits statement names every milestone");

// Populations and French progression, per cohort. The gain counts CEFR steps: each code is two
// characters of the scale, so the distance of their positions halved.
const QString kPopulations = QStringLiteral(
    "SELECT cohort_id, count(*), sum(status = 'completed'), sum(status = 'withdrawn'),"
    " count(gain), sum(gain), sum(gain >= 1)"
    " FROM (SELECT e.cohort_id, e.status,"
    "        CASE WHEN e.french_level_exit IS NOT NULL AND p.french_level_entry IS NOT NULL"
    "             THEN (instr('A0A1A2B1B2C1C2', e.french_level_exit)"
    "                   - instr('A0A1A2B1B2C1C2', p.french_level_entry)) / 2 END AS gain"
    "       FROM cohort c JOIN enrolment e ON e.cohort_id = c.id"
    "       LEFT JOIN participant p ON p.id = e.participant_id"
    "       WHERE c.end_date BETWEEN ? AND ?)"
    " GROUP BY cohort_id");

// The planned and held sessions per cohort and ISO week (its Monday), by module in the order
// of Module: first the planned-or-held seconds (the hours planned, the week's hours), then the
// held ones (the hours delivered). A session lasts from its start to its end, both HH:MM.
const QString kWeeks = QStringLiteral(
    "SELECT s.cohort_id, date(s.date, 'weekday 0', '-6 days') AS monday,"
    " sum(CASE WHEN s.module = 'fle' THEN s.secs ELSE 0 END),"
    " sum(CASE WHEN s.module = 'english' THEN s.secs ELSE 0 END),"
    " sum(CASE WHEN s.module = 'soft_skills' THEN s.secs ELSE 0 END),"
    " sum(CASE WHEN s.module = 'professional_day' THEN s.secs ELSE 0 END),"
    " sum(CASE WHEN s.module = 'other' THEN s.secs ELSE 0 END),"
    " sum(CASE WHEN s.module = 'fle' AND s.status = 'held' THEN s.secs ELSE 0 END),"
    " sum(CASE WHEN s.module = 'english' AND s.status = 'held' THEN s.secs ELSE 0 END),"
    " sum(CASE WHEN s.module = 'soft_skills' AND s.status = 'held' THEN s.secs ELSE 0 END),"
    " sum(CASE WHEN s.module = 'professional_day' AND s.status = 'held' THEN s.secs ELSE 0 END),"
    " sum(CASE WHEN s.module = 'other' AND s.status = 'held' THEN s.secs ELSE 0 END)"
    " FROM (SELECT cohort_id, date, module, status,"
    "        max(0, strftime('%s', \"end\") - strftime('%s', start)) AS secs"
    "       FROM session WHERE status IN ('planned', 'held')) s"
    " JOIN cohort c ON c.id = s.cohort_id"
    " WHERE c.end_date BETWEEN ? AND ?"
    " GROUP BY s.cohort_id, monday"
    " ORDER BY s.cohort_id, monday");

// Per enrolment, whether a counting pairing of each role is there (active or ended, its period
// overlapping the cohort's), summed per cohort.
const QString kPairings = QStringLiteral(
    "SELECT cohort_id, sum(mentor), sum(coach), sum(mentor AND coach)"
    " FROM (SELECT e.cohort_id, max(p.role = 'mentor') AS mentor, max(p.role = 'coach') AS coach"
    "       FROM cohort c JOIN enrolment e ON e.cohort_id = c.id"
    "       JOIN pairing p ON p.participant_id = e.participant_id AND p.status <> 'proposed'"
    "            AND (p.start_date IS NULL OR p.start_date <= c.end_date)"
    "            AND (p.end_date IS NULL OR p.end_date >= c.start_date)"
    "       WHERE c.end_date BETWEEN ? AND ?"
    "       GROUP BY e.id)"
    " GROUP BY cohort_id");

// The distinct volunteers of the counting pairings of a cohort's enrolled participants, then
// the distinct trainers of kind volunteer who led a held session of it: two tables, two counts
// that add up.
const QString kVolunteers = QStringLiteral(
    "SELECT e.cohort_id, count(DISTINCT p.volunteer_id)"
    " FROM cohort c JOIN enrolment e ON e.cohort_id = c.id"
    " JOIN pairing p ON p.participant_id = e.participant_id AND p.status <> 'proposed'"
    "      AND (p.start_date IS NULL OR p.start_date <= c.end_date)"
    "      AND (p.end_date IS NULL OR p.end_date >= c.start_date)"
    " WHERE c.end_date BETWEEN ? AND ?"
    " GROUP BY e.cohort_id"
    " UNION ALL"
    " SELECT s.cohort_id, count(DISTINCT s.trainer_id)"
    " FROM cohort c JOIN session s ON s.cohort_id = c.id AND s.status = 'held'"
    " JOIN trainer t ON t.id = s.trainer_id AND t.kind = 'volunteer'"
    " WHERE c.end_date BETWEEN ? AND ?"
    " GROUP BY s.cohort_id");

// Each completed enrolment at each milestone, classed by the latest outcome recorded for its
// participant, cohort and milestone: the greatest recorded_on, an undated one only when none is
// dated (outcome_key makes it unique; SQLite takes the bare columns from the row of the max()).
// No outcome, or the situation unknown: unknown. The milestones in the order of Milestone.
const QString kExits = QStringLiteral(
    "WITH latest AS ("
    "  SELECT o.participant_id, o.cohort_id, o.milestone, o.situation, max(coalesce(o.recorded_on, ''))"
    "  FROM cohort c JOIN outcome o ON o.cohort_id = c.id"
    "  WHERE c.end_date BETWEEN ? AND ?"
    "  GROUP BY o.participant_id, o.cohort_id, o.milestone),"
    " milestones (n, milestone) AS (VALUES (0, 'exit'), (1, 'm3'), (2, 'm6'), (3, 'm12'))"
    " SELECT e.cohort_id, m.n, count(*),"
    " sum(l.situation IN ('cdi', 'cdd_6m_plus', 'interim_6m_plus', 'self_employed')),"
    " sum(l.situation IN ('cdd_under_6m', 'interim_under_6m', 'subsidised_contract')),"
    " sum(l.situation = 'qualifying_training'),"
    " sum(l.situation IN ('other_training', 'job_seeking', 'inactive')),"
    " sum(l.situation IS NULL OR l.situation = 'unknown'),"
    " sum(l.situation = 'cdi')"
    " FROM cohort c JOIN enrolment e ON e.cohort_id = c.id AND e.status = 'completed'"
    " CROSS JOIN milestones m"
    " LEFT JOIN latest l ON l.participant_id = e.participant_id AND l.cohort_id = e.cohort_id"
    "      AND l.milestone = m.milestone"
    " WHERE c.end_date BETWEEN ? AND ?"
    " GROUP BY e.cohort_id, m.n");

int intAt(const QSqlQuery& q, int column)
{
    return q.value(column).toInt(); // a sum over no row is NULL: 0
}

} // namespace

Result<QHash<qint64, CohortTotals>> IndicatorTotals::ofPeriod(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(ErrorCode::Usage, QStringLiteral("the period needs two dates, from before to"));
    const QVariantList period = {dateOrNull(from), dateOrNull(to)};
    QHash<qint64, CohortTotals> out;

    auto read = select(m_db, kPopulations, period, [&](const QSqlQuery& q) {
        CohortTotals& t = out[q.value(0).toLongLong()];
        t.enrolled = intAt(q, 1);
        t.completed = intAt(q, 2);
        t.withdrawn = intAt(q, 3);
        t.french.assessed = intAt(q, 4);
        t.french.levelsGained = intAt(q, 5);
        t.french.gainedOneLevelOrMore = intAt(q, 6);
    });
    if (!read)
        return fail(read.error());

    read = select(m_db, kWeeks, period, [&](const QSqlQuery& q) {
        CohortTotals& t = out[q.value(0).toLongLong()];
        CohortWeekSeconds w;
        w.monday = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        for (std::size_t m = 0; m < IndicatorFigures::kModules; ++m) {
            const qint64 planned = q.value(2 + int(m)).toLongLong();
            w.seconds[m] = planned;
            t.plannedSecs[m] += planned;
            t.deliveredSecs[m] += q.value(2 + int(IndicatorFigures::kModules + m)).toLongLong();
        }
        t.weeks << w;
    });
    if (!read)
        return fail(read.error());

    read = select(m_db, kPairings, period, [&](const QSqlQuery& q) {
        IndicatorFigures::Pairings& p = out[q.value(0).toLongLong()].pairings;
        p.withMentor = intAt(q, 1);
        p.withCoach = intAt(q, 2);
        p.withBoth = intAt(q, 3);
    });
    if (!read)
        return fail(read.error());

    read = select(m_db, kVolunteers, period + period, [&](const QSqlQuery& q) {
        out[q.value(0).toLongLong()].pairings.volunteersInvolved += intAt(q, 1);
    });
    if (!read)
        return fail(read.error());

    read = select(m_db, kExits, period + period, [&](const QSqlQuery& q) {
        const int n = q.value(1).toInt();
        if (n < 0 || n >= int(IndicatorFigures::kMilestones))
            return;
        IndicatorFigures::Exits& x = out[q.value(0).toLongLong()].exits[std::size_t(n)];
        x.completed = intAt(q, 2);
        x.durable = intAt(q, 3);
        x.transition = intAt(q, 4);
        x.positive = intAt(q, 5);
        x.other = intAt(q, 6);
        x.unknown = intAt(q, 7);
        x.permanent = intAt(q, 8);
    });
    if (!read)
        return fail(read.error());
    return out;
}

} // namespace parcours
