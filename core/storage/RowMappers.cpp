// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowMappers.h"

#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours::storage {

namespace {

bool all(Columns columns)
{
    return columns == Columns::All;
}

} // namespace

QString cohortColumns()
{
    return QStringLiteral("SELECT c.id, c.ref, c.name, c.programme, s.ref, c.start_date, c.end_date, c.capacity,"
                          " c.fle_hours_min, c.fle_hours_max, c.english_hours, c.soft_skills_hours");
}

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

QString enrolmentColumns(Columns columns)
{
    // Two whole constant statements: nothing is put together at run time.
    return all(columns)
        ? QStringLiteral("SELECT e.id, c.ref, p.ref, e.enrolled_on, e.status, e.exit_date, e.exit_reason, e.french_level_exit")
        : QStringLiteral("SELECT e.id, c.ref, p.ref, e.enrolled_on, e.status, e.exit_date, NULL, e.french_level_exit");
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
    e.exitReason = textFrom(q.value(6));
    e.frenchLevelExit = optionalCodeFrom<CefrLevel>(q.value(7));
    return e;
}

QString sessionColumns(Columns columns)
{
    return all(columns)
        ? QStringLiteral("SELECT s.id, s.ref, c.ref, s.module, s.date, s.start, s.\"end\", t.ref, r.ref, s.status, s.title, sr.ref")
        : QStringLiteral("SELECT s.id, s.ref, c.ref, s.module, s.date, s.start, s.\"end\", t.ref, NULL, s.status, NULL, NULL");
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
    s.roomRef = textFrom(q.value(8));
    s.status = codeFrom(q.value(9), SessionStatus::Planned);
    s.title = textFrom(q.value(10));
    s.seriesRef = textFrom(q.value(11));
    return s;
}

QString attendanceColumns()
{
    return QStringLiteral("SELECT a.id, s.ref, p.ref, a.status, a.minutes_late");
}

Attendance attendanceFrom(const QSqlQuery& q)
{
    Attendance a;
    a.id = q.value(0).toLongLong();
    a.sessionRef = q.value(1).toString();
    a.participantRef = q.value(2).toString();
    a.status = codeFrom(q.value(3), AttendanceStatus::Present);
    a.minutesLate = q.value(4).toInt();
    return a;
}

QString pairingColumns(Columns columns)
{
    return all(columns)
        ? QStringLiteral("SELECT k.id, k.ref, p.ref, v.ref, k.role, c.ref, k.start_date, k.end_date, k.status, k.end_reason")
        : QStringLiteral("SELECT k.id, k.ref, p.ref, v.ref, k.role, c.ref, k.start_date, k.end_date, k.status, NULL");
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
    k.status = codeFrom(q.value(8), PairingStatus::Active);
    k.endReason = textFrom(q.value(9));
    return k;
}

QString outcomeColumns(Columns columns)
{
    return all(columns)
        ? QStringLiteral("SELECT o.id, p.ref, c.ref, o.milestone, o.situation, o.recorded_on, o.employer, o.sector, o.notes")
        : QStringLiteral("SELECT o.id, p.ref, c.ref, o.milestone, o.situation, o.recorded_on, NULL, NULL, NULL");
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
    o.employer = textFrom(q.value(6));
    o.sector = textFrom(q.value(7));
    o.notes = textFrom(q.value(8));
    return o;
}

} // namespace parcours::storage
