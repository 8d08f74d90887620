// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRepository.h"

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

const QString kCohorts = QStringLiteral(
    "SELECT c.id, c.ref, c.name, c.programme, s.ref, c.start_date, c.end_date, c.capacity, c.fle_hours_min,"
    " c.fle_hours_max, c.english_hours, c.soft_skills_hours, s.name"
    " FROM cohort c LEFT JOIN site s ON s.id = c.site_id");
const QString kCohortsOrder = QStringLiteral(" ORDER BY c.start_date, c.ref");

const QString kEnrolments = QStringLiteral(
    "SELECT e.id, c.ref, p.ref, e.enrolled_on, e.status, e.exit_date, e.french_level_exit"
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

const QString kSessions = QStringLiteral(
    "SELECT s.id, s.ref, c.ref, s.module, s.date, s.start, s.\"end\", t.ref, s.status"
    " FROM session s JOIN cohort c ON c.id = s.cohort_id LEFT JOIN trainer t ON t.id = s.trainer_id");
const QString kSessionsOrder = QStringLiteral(" ORDER BY s.date, s.start, s.ref");

const QString kMarks = QStringLiteral(
    "SELECT a.id, s.ref, p.ref, a.status, a.minutes_late FROM attendance a"
    " JOIN session s ON s.id = a.session_id JOIN cohort c ON c.id = s.cohort_id"
    " JOIN participant p ON p.id = a.participant_id");

const QString kPairings = QStringLiteral(
    "SELECT k.id, k.ref, p.ref, v.ref, k.role, kc.ref, k.start_date, k.end_date, k.status FROM pairing k"
    " JOIN participant p ON p.id = k.participant_id JOIN volunteer v ON v.id = k.volunteer_id"
    " LEFT JOIN cohort kc ON kc.id = k.cohort_id WHERE k.participant_id IN (");
const QString kPairingsOrder = QStringLiteral(") ORDER BY k.ref");

const QString kTrainers = QStringLiteral(
    "SELECT DISTINCT t.ref, t.kind FROM trainer t JOIN session s ON s.trainer_id = t.id"
    " JOIN cohort c ON c.id = s.cohort_id");

const QString kOutcomes = QStringLiteral(
    "SELECT o.id, p.ref, c.ref, o.milestone, o.situation, o.recorded_on FROM outcome o"
    " JOIN cohort c ON c.id = o.cohort_id JOIN participant p ON p.id = o.participant_id");
const QString kOutcomesOrder = QStringLiteral(" ORDER BY o.id");

Cohort cohortFrom(const QSqlQuery& q)
{
    Cohort c;
    c.id = q.value(0).toLongLong();
    c.ref = q.value(1).toString();
    c.name = q.value(2).toString();
    c.programme = textFrom(q.value(3));
    c.siteRef = textFrom(q.value(4));
    c.startDate = dateFrom(q.value(5));
    c.endDate = dateFrom(q.value(6));
    c.capacity = q.value(7).toInt();
    c.fleHoursMin = q.value(8).toDouble();
    c.fleHoursMax = q.value(9).toDouble();
    c.englishHours = q.value(10).toDouble();
    c.softSkillsHours = q.value(11).toDouble();
    return c;
}

Enrolment enrolmentFrom(const QSqlQuery& q)
{
    Enrolment e;
    e.id = q.value(0).toLongLong();
    e.cohortRef = q.value(1).toString();
    e.participantRef = q.value(2).toString();
    e.enrolledOn = dateFrom(q.value(3));
    e.status = codeFrom(q.value(4), EnrolmentStatus::Enrolled);
    e.exitDate = dateFrom(q.value(5));
    e.frenchLevelExit = optionalCodeFrom<CefrLevel>(q.value(6));
    return e;
}

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

Session sessionFrom(const QSqlQuery& q)
{
    Session s;
    s.id = q.value(0).toLongLong();
    s.ref = q.value(1).toString();
    s.cohortRef = q.value(2).toString();
    s.module = codeFrom(q.value(3), Module::Other);
    s.date = dateFrom(q.value(4));
    s.start = timeFrom(q.value(5));
    s.end = timeFrom(q.value(6));
    s.trainerRef = textFrom(q.value(7));
    s.status = codeFrom(q.value(8), SessionStatus::Planned);
    return s;
}

Attendance markFrom(const QSqlQuery& q)
{
    Attendance a;
    a.id = q.value(0).toLongLong();
    a.sessionRef = q.value(1).toString();
    a.participantRef = q.value(2).toString();
    a.status = codeFrom(q.value(3), AttendanceStatus::Absent);
    a.minutesLate = q.value(4).toInt();
    return a;
}

Pairing pairingFrom(const QSqlQuery& q)
{
    Pairing k;
    k.id = q.value(0).toLongLong();
    k.ref = q.value(1).toString();
    k.participantRef = q.value(2).toString();
    k.volunteerRef = q.value(3).toString();
    k.role = codeFrom(q.value(4), PairingRole::Mentor);
    k.cohortRef = textFrom(q.value(5));
    k.startDate = dateFrom(q.value(6));
    k.endDate = dateFrom(q.value(7));
    k.status = codeFrom(q.value(8), PairingStatus::Proposed);
    return k;
}

Outcome outcomeFrom(const QSqlQuery& q)
{
    Outcome o;
    o.id = q.value(0).toLongLong();
    o.participantRef = q.value(1).toString();
    o.cohortRef = q.value(2).toString();
    o.milestone = codeFrom(q.value(3), Milestone::Exit);
    o.situation = codeFrom(q.value(4), Situation::Unknown);
    o.recordedOn = dateFrom(q.value(5));
    return o;
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

    auto marks = selectList<Attendance>(m_db, kMarks + where, values, markFrom);
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
