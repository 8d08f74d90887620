// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRepository.h"

#include "MarkTotals.h"
#include "RowMappers.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours {

using namespace storage;

namespace {

// Every statement below ends with the scope's condition on the cohort `c`; the two forms are
// constants, their values bound. Free texts (titles, exit and end reasons, notes, employers)
// and contact details are never selected: reports must not carry them.
const QString kCohortCondition = QStringLiteral("c.ref = ?");
const QString kPeriodCondition = QStringLiteral("c.end_date BETWEEN ? AND ?");
const QString kCohortScope = QStringLiteral(" WHERE ") + kCohortCondition;
const QString kPeriodScope = QStringLiteral(" WHERE ") + kPeriodCondition;

// The marks of each enrolment counted (MarkTotals): the totals of the cohorts whose totals are
// whole, then (after the scope's condition and UNION ALL) the count from the marks of those
// still named stale.
const QString kCountedFresh = QStringLiteral("SELECT c.ref, p.ref, t.module, ") + MarkTotals::totalColumns()
    + QLatin1String(" FROM cohort c JOIN enrolment e ON e.cohort_id = c.id JOIN participant p ON p.id = e.participant_id"
                    " JOIN mark_total t ON t.enrolment_id = e.id");
const QString kCountedStale = QStringLiteral(
    " UNION ALL SELECT c.ref, (SELECT ref FROM participant WHERE id = e.participant_id), s.module, ")
    + MarkTotals::countedColumns() + MarkTotals::countedFrom();

const QString kCohorts = cohortColumns() + QLatin1String(
    ", s.name FROM cohort c LEFT JOIN site s ON s.id = c.site_id");
const QString kCohortsOrder = QStringLiteral(" ORDER BY c.start_date, c.ref");

const QString kEnrolments = enrolmentColumns(Columns::WithoutFreeText) + QLatin1String(
    " FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN participant p ON p.id = e.participant_id");
const QString kEnrolmentsOrder = QStringLiteral(" ORDER BY c.start_date, c.ref, p.ref");

const QString kEnrolledIds = QStringLiteral(
    "SELECT e.participant_id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id");

const QString kParticipantsNamed = QStringLiteral(
    "SELECT p.ref, p.first_name, p.last_name, p.birth_date, p.gender, p.country_of_origin, p.status,"
    " p.french_level_entry, p.consent_date FROM participant p WHERE p.id IN (");
const QString kParticipantsUnnamed = QStringLiteral(
    "SELECT p.ref, NULL, NULL, p.birth_date, p.gender, p.country_of_origin, p.status,"
    " p.french_level_entry, p.consent_date FROM participant p WHERE p.id IN (");
const QString kParticipantsOrder = QStringLiteral(") ORDER BY p.ref");

const QString kSessions = sessionColumns(Columns::WithoutFreeText) + QLatin1String(
    " FROM session s JOIN cohort c ON c.id = s.cohort_id LEFT JOIN trainer t ON t.id = s.trainer_id");
const QString kSessionsOrder = QStringLiteral(" ORDER BY s.date, s.start, s.ref");

const QString kMarks = attendanceColumns() + QLatin1String(
    " FROM attendance a JOIN session s ON s.id = a.session_id JOIN cohort c ON c.id = s.cohort_id"
    " JOIN participant p ON p.id = a.participant_id");

// The subquery that follows (kEnrolledIds + scope) names its own cohort c, which its condition reads.
const QString kPairings = pairingColumns(Columns::WithoutFreeText) + QLatin1String(
    " FROM pairing k JOIN participant p ON p.id = k.participant_id JOIN volunteer v ON v.id = k.volunteer_id"
    " LEFT JOIN cohort c ON c.id = k.cohort_id WHERE k.participant_id IN (");
const QString kPairingsOrder = QStringLiteral(") ORDER BY k.ref");

const QString kTrainers = QStringLiteral(
    "SELECT DISTINCT t.ref, t.kind FROM trainer t JOIN session s ON s.trainer_id = t.id"
    " JOIN cohort c ON c.id = s.cohort_id");

const QString kOutcomes = outcomeColumns(Columns::WithoutFreeText) + QLatin1String(
    " FROM outcome o JOIN cohort c ON c.id = o.cohort_id JOIN participant p ON p.id = o.participant_id");
const QString kOutcomesOrder = QStringLiteral(" ORDER BY o.id");

ReportParticipant participantFrom(const QSqlQuery& q)
{
    ReportParticipant p;
    p.ref = q.value(0).toString();
    p.firstName = textFrom(q.value(1));
    p.lastName = textFrom(q.value(2));
    p.birthDate = dateFrom(q.value(3));
    p.gender = optionalCodeFrom<Gender>(q.value(4));
    p.countryOfOrigin = textFrom(q.value(5));
    p.status = optionalCodeFrom<ParticipantStatus>(q.value(6));
    p.frenchLevelEntry = optionalCodeFrom<CefrLevel>(q.value(7));
    p.consentDate = dateFrom(q.value(8));
    return p;
}

// The marks of each held session counted as Indicators::marksOfEachSession counts them (the
// expected pairs of the cohort's enrolments covering the date), then the scope's condition.
const QString kSessionMarks = QStringLiteral("SELECT s.date, ") + MarkTotals::countedColumns() + MarkTotals::countedFrom();
const QString kSessionMarksGroup = QStringLiteral(" GROUP BY s.id");
const QString kHeldSpan = QStringLiteral(
    "SELECT min(s.date), max(s.date) FROM session s JOIN cohort c ON c.id = s.cohort_id");
const QString kHeldOnly = QStringLiteral(" AND s.status = 'held'");

/// A scope as SQL on the cohort `c`: " WHERE condition", the condition alone, its values.
struct ScopeSql
{
    QString where;
    QString condition;
    QVariantList values;
};

Result<ScopeSql> scopeSql(const ReportScope& scope)
{
    if (scope.isCohort())
        return ScopeSql{kCohortScope, kCohortCondition, {scope.cohortRef}};
    if (!scope.from.isValid() || !scope.to.isValid() || scope.to < scope.from)
        return fail(ErrorCode::Usage, QStringLiteral("the period needs two dates, from before to"));
    return ScopeSql{kPeriodScope, kPeriodCondition, {dateOrNull(scope.from), dateOrNull(scope.to)}};
}

/// The cohorts of `scope`, in report order, each row given to `onRow`: whether there was any.
/// A cohort scope naming no cohort is an error (NotFound); an empty period is not.
Result<bool> selectCohorts(const Database& db, const ReportScope& scope, const ScopeSql& sql,
                           const std::function<void(const QSqlQuery&)>& onRow)
{
    bool any = false;
    auto r = select(db, kCohorts + sql.where + kCohortsOrder, sql.values, [&](const QSqlQuery& q) {
        any = true;
        onRow(q);
    });
    if (!r)
        return fail(r.error());
    if (!any && scope.isCohort())
        return fail(ErrorCode::NotFound, QStringLiteral("no cohort %1").arg(scope.cohortRef), {scope.cohortRef});
    return any;
}

} // namespace

Result<ReportRepository::SessionMarkCounts> ReportRepository::sessionMarkCounts(const ReportScope& scope) const
{
    auto sql = scopeSql(scope);
    if (!sql)
        return fail(sql.error());
    SessionMarkCounts out;
    auto cohorts = selectCohorts(m_db, scope, *sql, [&](const QSqlQuery& q) { out.cohorts.append(cohortFrom(q)); });
    if (!cohorts)
        return fail(cohorts.error());
    if (!*cohorts)
        return out;
    auto span = select(m_db, kHeldSpan + sql->where + kHeldOnly, sql->values, [&](const QSqlQuery& q) {
        out.firstHeld = dateFrom(q.value(0));
        out.lastHeld = dateFrom(q.value(1));
    });
    if (!span)
        return fail(span.error());
    auto counted = select(m_db, kSessionMarks + sql->condition + kSessionMarksGroup, sql->values, [&](const QSqlQuery& q) {
        IndicatorFigures::Marks m;
        m.present = q.value(1).toInt();
        m.late = q.value(2).toInt();
        m.excused = q.value(3).toInt();
        m.absent = q.value(4).toInt();
        m.unmarked = q.value(5).toInt();
        out.sessions.append({dateFrom(q.value(0)), m});
    });
    if (!counted)
        return fail(counted.error());
    return out;
}

Result<ReportRows> ReportRepository::read(const ReportScope& scope, bool withNames, Marks marks) const
{
    auto sql = scopeSql(scope);
    if (!sql)
        return fail(sql.error());
    const QString& where = sql->where;
    const QString& condition = sql->condition;
    const QVariantList& values = sql->values;
    if (marks == Marks::Counted) {
        // A file opened read-only at a schema older than 0008 has no totals: its marks are read.
        auto totals = MarkTotals::available(m_db);
        if (!totals)
            return fail(totals.error());
        if (!*totals)
            marks = Marks::Listed;
    }

    ReportRows rows;
    IndicatorInput& in = rows.input;
    auto cohorts = selectCohorts(m_db, scope, *sql, [&](const QSqlQuery& q) {
        in.cohorts.append(cohortFrom(q));
        if (!q.value(12).isNull())
            rows.siteNames.insert(in.cohorts.last().ref, q.value(12).toString());
    });
    if (!cohorts)
        return fail(cohorts.error());
    if (!*cohorts)
        return rows;

    auto enrolments = selectList<Enrolment>(m_db, kEnrolments + where + kEnrolmentsOrder, values, enrolmentFrom);
    if (!enrolments)
        return fail(enrolments.error());
    in.enrolments = std::move(*enrolments);

    const QString enrolled = kEnrolledIds + where;
    auto people = selectList<ReportParticipant>(
        m_db, (withNames ? kParticipantsNamed : kParticipantsUnnamed) + enrolled + kParticipantsOrder, values,
        participantFrom);
    if (!people)
        return fail(people.error());
    rows.participants = std::move(*people);
    for (const ReportParticipant& p : rows.participants)
        if (p.frenchLevelEntry)
            in.entryLevels.insert(p.ref, *p.frenchLevelEntry);

    auto sessions = selectList<Session>(m_db, kSessions + where + kSessionsOrder, values, sessionFrom);
    if (!sessions)
        return fail(sessions.error());
    in.sessions = std::move(*sessions);

    if (marks == Marks::Listed) {
        auto listed = selectList<Attendance>(m_db, kMarks + where, values, attendanceFrom);
        if (!listed)
            return fail(listed.error());
        in.attendance = std::move(*listed);
    } else {
        in.marksCounted = true;
        auto counted = select(m_db,
                              kCountedFresh + where + MarkTotals::notStale() + kCountedStale + condition
                                  + MarkTotals::staleOnly() + MarkTotals::countedGroup(),
                              values + values, [&](const QSqlQuery& q) {
                                  IndicatorInput::CountedMarks& c =
                                      in.countedMarks[q.value(0).toString()][q.value(1).toString()];
                                  IndicatorFigures::Marks& m =
                                      c.byModule[std::size_t(codeFrom(q.value(2), Module::Other))];
                                  m.present += q.value(3).toInt();
                                  m.late += q.value(4).toInt();
                                  m.excused += q.value(5).toInt();
                                  m.absent += q.value(6).toInt();
                                  m.unmarked += q.value(7).toInt();
                                  c.attendedSecs += q.value(8).toLongLong();
                              });
        if (!counted)
            return fail(counted.error());
    }

    // Every pairing of the enrolled participants, whatever its cohort (indicators.md, Pairings).
    auto pairings = selectList<Pairing>(m_db, kPairings + enrolled + kPairingsOrder, values, pairingFrom);
    if (!pairings)
        return fail(pairings.error());
    in.pairings = std::move(*pairings);

    auto trainers = select(m_db, kTrainers + where, values, [&](const QSqlQuery& q) {
        in.trainerKinds.insert(q.value(0).toString(), codeFrom(q.value(1), TrainerKind::Staff));
    });
    if (!trainers)
        return fail(trainers.error());

    auto outcomes = selectList<Outcome>(m_db, kOutcomes + where + kOutcomesOrder, values, outcomeFrom);
    if (!outcomes)
        return fail(outcomes.error());
    in.outcomes = std::move(*outcomes);
    return rows;
}

} // namespace parcours
