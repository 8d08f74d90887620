// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionRepository.h"

#include "MarkTotals.h"
#include "RefResolver.h"
#include "RowMappers.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours {

using namespace storage;

namespace {

const QString kTable = QStringLiteral("session");
const QStringList kColumns = {
    QStringLiteral("ref"),        QStringLiteral("cohort_id"), QStringLiteral("module"),
    QStringLiteral("date"),       QStringLiteral("start"),     QStringLiteral("\"end\""),
    QStringLiteral("trainer_id"), QStringLiteral("room_id"),   QStringLiteral("status"),
    QStringLiteral("title"),      QStringLiteral("series_id"),
};
const QString kSelect = sessionColumns(Columns::All) + QLatin1String(
    " FROM session s JOIN cohort c ON c.id = s.cohort_id LEFT JOIN trainer t ON t.id = s.trainer_id"
    " LEFT JOIN room r ON r.id = s.room_id LEFT JOIN series sr ON sr.id = s.series_id");

const QString kAttendanceTable = QStringLiteral("attendance");
const QStringList kAttendanceColumns = {
    QStringLiteral("session_id"), QStringLiteral("participant_id"), QStringLiteral("status"),
    QStringLiteral("minutes_late")};
const QString kAttendanceSelect = attendanceColumns() + QLatin1String(
    " FROM attendance a JOIN session s ON s.id = a.session_id JOIN participant p ON p.id = a.participant_id");

// The totals of migration 0008 per module, of the period's cohorts `c`.
const QString kSumByModule = QStringLiteral("WITH u (module, v1, v2, v3, v4, v5, v6) AS (");
const QString kFreshTotals = QStringLiteral("SELECT t.module AS module, ") + MarkTotals::totalColumns()
    + QLatin1String(" FROM cohort c JOIN enrolment e ON e.cohort_id = c.id JOIN mark_total t ON t.enrolment_id = e.id"
                    " WHERE c.end_date BETWEEN ? AND ?") + MarkTotals::notStale();
// The same summed per cohort and module (migration 0011's cohort_mark_total).
const QString kFreshCohortTotals = QStringLiteral("SELECT t.module AS module, ") + MarkTotals::totalColumns()
    + QLatin1String(" FROM cohort c JOIN cohort_mark_total t ON t.cohort_id = c.id WHERE c.end_date BETWEEN ? AND ?")
    + MarkTotals::notStale();
const QString kCounted = QStringLiteral("SELECT s.module, ") + MarkTotals::countedColumns() + MarkTotals::countedFrom()
    + QLatin1String("c.end_date BETWEEN ? AND ?");
const QString kSumEnd = QStringLiteral(
    ") SELECT module, sum(v1), sum(v2), sum(v3), sum(v4), sum(v5), sum(v6) FROM u GROUP BY module");

} // namespace

Result<QList<Session>> SessionRepository::all() const
{
    return selectList<Session>(m_db, kSelect + QLatin1String(" ORDER BY s.ref"), {}, sessionFrom);
}

Result<void> SessionRepository::forEach(const std::function<void(const Session&)>& onSession) const
{
    return select(m_db, kSelect + QLatin1String(" ORDER BY s.ref"), {},
                  [&](const QSqlQuery& q) { onSession(sessionFrom(q)); });
}

Result<QList<Session>> SessionRepository::ofCohort(const QString& cohortRef) const
{
    return selectList<Session>(m_db, kSelect + QLatin1String(" WHERE c.ref = ? ORDER BY s.date, s.start, s.ref"),
                               {cohortRef}, sessionFrom);
}

Result<QList<Session>> SessionRepository::ofTrainer(const QString& trainerRef) const
{
    return selectList<Session>(m_db, kSelect + QLatin1String(" WHERE t.ref = ? ORDER BY s.ref"), {trainerRef}, sessionFrom);
}

Result<QList<Session>> SessionRepository::ofRoom(const QString& roomRef) const
{
    return selectList<Session>(m_db, kSelect + QLatin1String(" WHERE r.ref = ? ORDER BY s.ref"), {roomRef}, sessionFrom);
}

Result<QList<Session>> SessionRepository::ofSite(const QString& siteRef) const
{
    return selectList<Session>(
        m_db, kSelect + QLatin1String(" WHERE r.site_id = (SELECT id FROM site WHERE ref = ?) ORDER BY s.ref"),
        {siteRef}, sessionFrom);
}

Result<QList<Session>> SessionRepository::between(const QDate& from, const QDate& to) const
{
    return selectList<Session>(m_db, kSelect + QLatin1String(" WHERE s.date BETWEEN ? AND ? ORDER BY s.date, s.start, s.ref"),
                               {dateOrNull(from), dateOrNull(to)}, sessionFrom);
}

Result<QList<Session>> SessionRepository::ofSeries(const QString& seriesRef) const
{
    return selectList<Session>(m_db, kSelect + QLatin1String(" WHERE sr.ref = ? ORDER BY s.date, s.start, s.ref"),
                               {seriesRef}, sessionFrom);
}

Result<std::optional<Session>> SessionRepository::find(const QString& ref) const
{
    return selectFirst<Session>(m_db, kSelect + QLatin1String(" WHERE s.ref = ?"), {ref}, sessionFrom);
}

Result<Session> SessionRepository::save(Session value)
{
    if (auto ok = checkBeforeSave(m_db, value, QStringLiteral("session '%1'").arg(value.ref)); !ok)
        return fail(ok.error());
    RefResolver refs(m_db);
    const QVariant cohortId = refs.id(QStringLiteral("cohort_ref"), QStringLiteral("cohort"), QStringLiteral("cohort"), value.cohortRef);
    const QVariant trainerId = refs.id(QStringLiteral("trainer_ref"), QStringLiteral("trainer"), QStringLiteral("trainer"), value.trainerRef);
    const QVariant roomId = refs.id(QStringLiteral("room_ref"), QStringLiteral("room"), QStringLiteral("room"), value.roomRef);
    const QVariant seriesId = refs.id(QStringLiteral("series_ref"), QStringLiteral("series"), QStringLiteral("series"), value.seriesRef);
    if (auto e = refs.error())
        return fail(*e);
    auto existing = idOfRef(m_db, kTable, value.ref);
    if (!existing)
        return fail(existing.error());
    const QVariantList values = {
        value.ref,
        cohortId,
        codeOf(value.module),
        dateOrNull(value.date),
        timeOrNull(value.start),
        timeOrNull(value.end),
        trainerId,
        roomId,
        codeOf(value.status),
        textOrNull(value.title),
        seriesId,
    };
    auto id = insertOrUpdate(m_db, kTable, kColumns, values, *existing);
    if (!id)
        return fail(id.error());
    value.id = *id;
    return value;
}

Result<void> SessionRepository::remove(const QString& ref)
{
    return removeRows(m_db, QStringLiteral("DELETE FROM session WHERE ref = ?"), {ref},
                      QStringLiteral("There is no session '%1'.").arg(ref));
}

Result<QString> SessionRepository::nextRef() const
{
    return storage::nextRef(m_db, kTable, QStringLiteral("SE-"));
}

Result<QList<Attendance>> SessionRepository::attendance() const
{
    return selectList<Attendance>(m_db, kAttendanceSelect + QLatin1String(" ORDER BY s.ref, p.ref"), {}, attendanceFrom);
}

Result<void> SessionRepository::forEachAttendance(const std::function<void(const Attendance&)>& onMark) const
{
    return select(m_db, kAttendanceSelect + QLatin1String(" ORDER BY s.ref, p.ref"), {},
                  [&](const QSqlQuery& q) { onMark(attendanceFrom(q)); });
}

Result<QList<Attendance>> SessionRepository::attendanceOfCohort(const QString& cohortRef) const
{
    return selectList<Attendance>(
        m_db,
        kAttendanceSelect + QLatin1String(" JOIN cohort c ON c.id = s.cohort_id WHERE c.ref = ? ORDER BY s.ref, p.ref"),
        {cohortRef}, attendanceFrom);
}

Result<QList<MarkCount>> SessionRepository::markCountsOfPeriod(const QDate& from, const QDate& to) const
{
    auto totals = MarkTotals::available(m_db);
    if (!totals)
        return fail(totals.error());
    auto perCohort = MarkTotals::perCohortAvailable(m_db);
    if (!perCohort)
        return fail(perCohort.error());
    // The totals of migration 0011 (one row per cohort and module), else of migration 0008 (one
    // row per enrolment and module), for the cohorts whose totals are whole, the marks
    // themselves for any cohort still named stale (MarkTotals.md); a file without the totals
    // (opened read-only at an older version) counts every mark.
    const QVariantList period = {dateOrNull(from), dateOrNull(to)};
    static const QString kept = kSumByModule + kFreshCohortTotals + QLatin1String(" UNION ALL ") + kCounted
        + MarkTotals::staleOnly() + MarkTotals::countedGroup() + kSumEnd;
    static const QString keptPerEnrolment = kSumByModule + kFreshTotals + QLatin1String(" UNION ALL ") + kCounted
        + MarkTotals::staleOnly() + MarkTotals::countedGroup() + kSumEnd;
    static const QString counted = kSumByModule + kCounted + MarkTotals::countedGroup() + kSumEnd;
    const QString& sql = !*totals ? counted : *perCohort ? kept : keptPerEnrolment;
    QList<MarkCount> out;
    auto read = select(m_db, sql, *totals ? period + period : period, [&](const QSqlQuery& q) {
        const Module module = codeFrom(q.value(0), Module::Other);
        const qint64 secs = q.value(6).toLongLong();
        const std::optional<AttendanceStatus> statuses[] = {AttendanceStatus::Present, AttendanceStatus::Late,
                                                            AttendanceStatus::Excused, AttendanceStatus::Absent,
                                                            std::nullopt};
        for (int i = 0; i < 5; ++i) {
            MarkCount m;
            m.module = module;
            m.status = statuses[i];
            m.pairs = q.value(1 + i).toLongLong();
            // The time attended is the present and late pairs'; counted once, on the present line.
            m.attendedSecs = i == 0 ? secs : 0;
            out << m;
        }
    });
    if (!read)
        return fail(read.error());
    return out;
}

Result<QList<Attendance>> SessionRepository::attendanceOfParticipant(const QString& participantRef) const
{
    return selectList<Attendance>(m_db, kAttendanceSelect + QLatin1String(" WHERE p.ref = ? ORDER BY s.ref"),
                                  {participantRef}, attendanceFrom);
}

Result<Attendance> SessionRepository::saveAttendance(Attendance value)
{
    if (auto ok = checkBeforeSave(m_db, value, QStringLiteral("mark of '%1' for session '%2'").arg(value.participantRef, value.sessionRef)); !ok)
        return fail(ok.error());
    RefResolver refs(m_db);
    const QVariant sessionId = refs.id(QStringLiteral("session_ref"), kTable, QStringLiteral("session"), value.sessionRef);
    const QVariant participantId = refs.id(QStringLiteral("participant_ref"), QStringLiteral("participant"),
                                           QStringLiteral("participant"), value.participantRef);
    if (auto e = refs.error())
        return fail(*e);
    auto existing = selectId(m_db, QStringLiteral("SELECT id FROM attendance WHERE session_id = ? AND participant_id = ?"),
                             {sessionId, participantId});
    if (!existing)
        return fail(existing.error());
    const QVariantList values = {sessionId, participantId, codeOf(value.status), value.minutesLate};
    auto id = insertOrUpdate(m_db, kAttendanceTable, kAttendanceColumns, values, *existing);
    if (!id)
        return fail(id.error());
    value.id = *id;
    return value;
}

Result<void> SessionRepository::removeAttendance(const QString& sessionRef, const QString& participantRef)
{
    return removeRows(m_db,
                      QStringLiteral("DELETE FROM attendance WHERE session_id = (SELECT id FROM session WHERE ref = ?)"
                                     " AND participant_id = (SELECT id FROM participant WHERE ref = ?)"),
                      {sessionRef, participantRef},
                      QStringLiteral("There is no mark of '%1' for session '%2'.").arg(participantRef, sessionRef));
}

} // namespace parcours
