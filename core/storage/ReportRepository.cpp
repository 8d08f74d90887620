// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRepository.h"

#include "RowMappers.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours {

using namespace storage;

namespace {

// Every statement below ends with the scope's condition on the cohort `c`; the two forms are
// constants, their values bound. Free texts (titles, exit and end reasons, notes, employers)
// and contact details are never selected: reports must not carry them.
const QString kCohortScope = QStringLiteral(" WHERE c.ref = ?");
const QString kPeriodScope = QStringLiteral(" WHERE c.end_date BETWEEN ? AND ?");

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

} // namespace

Result<ReportRows> ReportRepository::read(const ReportScope& scope, bool withNames) const
{
    QString where;
    QVariantList values;
    if (scope.isCohort()) {
        where = kCohortScope;
        values = {scope.cohortRef};
    } else {
        if (!scope.from.isValid() || !scope.to.isValid() || scope.to < scope.from)
            return fail(ErrorCode::Usage, QStringLiteral("the period needs two dates, from before to"));
        where = kPeriodScope;
        values = {dateOrNull(scope.from), dateOrNull(scope.to)};
    }

    ReportRows rows;
    IndicatorInput& in = rows.input;
    auto cohorts = select(m_db, kCohorts + where + kCohortsOrder, values, [&](const QSqlQuery& q) {
        in.cohorts.append(cohortFrom(q));
        if (!q.value(12).isNull())
            rows.siteNames.insert(in.cohorts.last().ref, q.value(12).toString());
    });
    if (!cohorts)
        return fail(cohorts.error());
    if (in.cohorts.isEmpty()) {
        if (scope.isCohort())
            return fail(ErrorCode::NotFound, QStringLiteral("no cohort %1").arg(scope.cohortRef), {scope.cohortRef});
        return rows;
    }

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

    auto marks = selectList<Attendance>(m_db, kMarks + where, values, attendanceFrom);
    if (!marks)
        return fail(marks.error());
    in.attendance = std::move(*marks);

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
