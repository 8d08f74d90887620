// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorTotals.h"

#include "MarkTotals.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours {

using namespace storage;

namespace {

// Each statement is whole and constant, bound to the period's two dates (ISO text, which sorts
// as dates): the cohorts whose end date falls in [from, to] (indicators.md, Periods). The
// rules are Indicators.cpp's; IndicatorTotalsTest compares both ways.

static_assert(IndicatorFigures::kModules == 5, "the week statement has one column per module");

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

// The planned and held sessions per cohort and ISO week, by module in the order of Module:
// first the planned-or-held seconds (the hours planned, the week's hours), then the held ones
// (the hours delivered); the week is its Monday's Julian day number (MarkTotals::weekSums).
// Migration 0011 keeps them in week_total: read there for the cohorts whose totals are whole,
// counted from the sessions for those still named stale (MarkTotals.md), and from the sessions
// for every cohort on a file without the table (opened read-only at an older version).
const QString kWeeksKept = QStringLiteral("SELECT ") + MarkTotals::weekTotalColumns()
    + QLatin1String(" FROM cohort c JOIN week_total w ON w.cohort_id = c.id WHERE c.end_date BETWEEN ? AND ?")
    + MarkTotals::notStale() + QLatin1String(" UNION ALL ") + MarkTotals::weekSums()
    + QLatin1String("cohort_id IN (SELECT st.cohort_id FROM mark_total_stale st JOIN cohort c ON c.id = st.cohort_id"
                    " WHERE c.end_date BETWEEN ? AND ?)")
    + MarkTotals::weekGroup();
const QString kWeeksCounted = MarkTotals::weekSums()
    + QLatin1String("cohort_id IN (SELECT id FROM cohort WHERE end_date BETWEEN ? AND ?)") + MarkTotals::weekGroup();

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

// Per cohort and milestone, the completed enrolments with an outcome at that milestone, classed
// by the latest one recorded for the participant, cohort and milestone (MarkTotals::exitSums);
// the unknown ones are those of the situation unknown here; the caller adds the completed
// enrolments with no outcome. Kept by migration 0011 in cohort_exit_total, read as the weeks are.
const QString kExitsKept = QStringLiteral(
    "SELECT x.cohort_id, x.milestone, x.outcomes, x.durable, x.transition, x.positive, x.other, x.unknown,"
    " x.permanent FROM cohort c JOIN cohort_exit_total x ON x.cohort_id = c.id WHERE c.end_date BETWEEN ? AND ?")
    + MarkTotals::notStale() + QLatin1String(" UNION ALL ") + MarkTotals::exitSums()
    + QLatin1String("SELECT st.cohort_id FROM mark_total_stale st JOIN cohort c ON c.id = st.cohort_id"
                    " WHERE c.end_date BETWEEN ? AND ?")
    + MarkTotals::exitGroup();
const QString kExitsCounted = MarkTotals::exitSums()
    + QLatin1String("SELECT id FROM cohort WHERE end_date BETWEEN ? AND ?") + MarkTotals::exitGroup();

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

    auto kept = MarkTotals::perCohortAvailable(m_db);
    if (!kept)
        return fail(kept.error());
    read = select(m_db, *kept ? kWeeksKept : kWeeksCounted, *kept ? period + period : period, [&](const QSqlQuery& q) {
        CohortTotals& t = out[q.value(0).toLongLong()];
        CohortWeekSeconds w;
        w.monday = QDate::fromJulianDay(q.value(1).toLongLong());
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

    read = select(m_db, *kept ? kExitsKept : kExitsCounted, *kept ? period + period : period, [&](const QSqlQuery& q) {
        const auto milestone = codeFrom(q.value(1), Milestone::Exit);
        IndicatorFigures::Exits& x = out[q.value(0).toLongLong()].exits[std::size_t(milestone)];
        x.completed = intAt(q, 2); // with an outcome, for now
        x.durable = intAt(q, 3);
        x.transition = intAt(q, 4);
        x.positive = intAt(q, 5);
        x.other = intAt(q, 6);
        x.unknown = intAt(q, 7);
        x.permanent = intAt(q, 8);
    });
    if (!read)
        return fail(read.error());
    // Every completed enrolment is in each milestone's denominator; those without an outcome
    // there are unknown.
    for (CohortTotals& t : out) {
        for (IndicatorFigures::Exits& x : t.exits) {
            x.unknown += t.completed - x.completed;
            x.completed = t.completed;
        }
    }
    return out;
}

} // namespace parcours
