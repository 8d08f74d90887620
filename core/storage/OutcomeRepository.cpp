// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeRepository.h"

#include "RefResolver.h"
#include "RowMappers.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours {

using namespace storage;

namespace {

const QString kTable = QStringLiteral("outcome");
const QStringList kColumns = {
    QStringLiteral("participant_id"), QStringLiteral("cohort_id"), QStringLiteral("milestone"),
    QStringLiteral("situation"),      QStringLiteral("recorded_on"), QStringLiteral("employer"),
    QStringLiteral("sector"),         QStringLiteral("notes"),
};
const QString kSelect = outcomeColumns(Columns::All) + QLatin1String(
    " FROM outcome o JOIN participant p ON p.id = o.participant_id JOIN cohort c ON c.id = o.cohort_id");
// Milestones in time order (exit, m3, m6, m12), not in the alphabetical order of their codes;
// an outcome without a date before the dated ones of its milestone.
const QString kOrder = QStringLiteral(
    " ORDER BY p.ref, c.ref, CASE o.milestone WHEN 'exit' THEN 0 WHEN 'm3' THEN 1 WHEN 'm6' THEN 2 ELSE 3 END,"
    " coalesce(o.recorded_on, '')");

// The latest outcome of each milestone: the highest recorded_on, an undated one below the dated
// ones (as kOrder sorts them), found through the outcome_key index.
const QString kOverview = QStringLiteral(
    "SELECT p.ref, p.first_name, p.last_name, p.phone, c.ref, c.name, c.end_date, e.status,"
    " p.french_level_entry, e.french_level_exit, m.code,"
    " o.id, o.situation, o.recorded_on, o.employer, o.sector, o.notes"
    " FROM enrolment e JOIN participant p ON p.id = e.participant_id JOIN cohort c ON c.id = e.cohort_id"
    " CROSS JOIN (SELECT 'exit' AS code, 0 AS rank UNION ALL SELECT 'm3', 1 UNION ALL SELECT 'm6', 2"
    " UNION ALL SELECT 'm12', 3) m"
    " LEFT JOIN outcome o ON o.participant_id = e.participant_id AND o.cohort_id = e.cohort_id"
    " AND o.milestone = m.code AND coalesce(o.recorded_on, '') = (SELECT max(coalesce(o2.recorded_on, ''))"
    " FROM outcome o2 WHERE o2.participant_id = e.participant_id AND o2.cohort_id = e.cohort_id"
    " AND o2.milestone = m.code)");

OutcomeRow rowFrom(const QSqlQuery& q)
{
    OutcomeRow r;
    r.participantRef = q.value(0).toString();
    r.firstName = textFrom(q.value(1));
    r.lastName = textFrom(q.value(2));
    r.phone = textFrom(q.value(3));
    r.cohortRef = q.value(4).toString();
    r.cohortName = textFrom(q.value(5));
    r.cohortEnd = dateFrom(q.value(6));
    r.enrolmentStatus = codeFrom(q.value(7), EnrolmentStatus::Enrolled);
    r.entryLevel = optionalCodeFrom<CefrLevel>(q.value(8));
    r.exitLevel = optionalCodeFrom<CefrLevel>(q.value(9));
    r.milestone = codeFrom(q.value(10), Milestone::Exit);
    if (!q.value(11).isNull()) {
        Outcome o;
        o.id = q.value(11).toLongLong();
        o.participantRef = r.participantRef;
        o.cohortRef = r.cohortRef;
        o.milestone = r.milestone;
        o.situation = codeFrom(q.value(12), Situation::Unknown);
        o.recordedOn = dateFrom(q.value(13));
        o.employer = textFrom(q.value(14));
        o.sector = textFrom(q.value(15));
        o.notes = textFrom(q.value(16));
        r.latest = o;
    }
    return r;
}

} // namespace

Result<QList<OutcomeRow>> OutcomeRepository::overview(const QString& cohortRef, const QDate& endFrom,
                                                      const QDate& endTo) const
{
    QString sql = kOverview + QLatin1String(" WHERE 1 = 1");
    QVariantList values;
    if (!cohortRef.isEmpty()) {
        sql += QLatin1String(" AND c.ref = ?");
        values << cohortRef;
    }
    if (endFrom.isValid()) {
        sql += QLatin1String(" AND c.end_date >= ?");
        values << dateOrNull(endFrom);
    }
    if (endTo.isValid()) {
        sql += QLatin1String(" AND c.end_date <= ?");
        values << dateOrNull(endTo);
    }
    sql += QLatin1String(" ORDER BY c.end_date DESC, c.ref, p.last_name, p.first_name, p.ref, m.rank");
    return selectList<OutcomeRow>(m_db, sql, values, rowFrom);
}

Result<QList<Outcome>> OutcomeRepository::all() const
{
    return selectList<Outcome>(m_db, kSelect + kOrder, {}, outcomeFrom);
}

Result<void> OutcomeRepository::forEach(const std::function<void(const Outcome&)>& onOutcome) const
{
    return select(m_db, kSelect + kOrder, {}, [&](const QSqlQuery& q) { onOutcome(outcomeFrom(q)); });
}

Result<QList<Outcome>> OutcomeRepository::ofCohort(const QString& cohortRef) const
{
    return selectList<Outcome>(m_db, kSelect + QLatin1String(" WHERE c.ref = ?") + kOrder, {cohortRef}, outcomeFrom);
}

Result<QList<Outcome>> OutcomeRepository::ofParticipant(const QString& participantRef) const
{
    return selectList<Outcome>(m_db, kSelect + QLatin1String(" WHERE p.ref = ?") + kOrder, {participantRef}, outcomeFrom);
}

Result<int> OutcomeRepository::count() const
{
    return countRows(m_db, kTable);
}

Result<Outcome> OutcomeRepository::save(Outcome value)
{
    if (auto ok = checkBeforeSave(m_db, value, QStringLiteral("outcome of '%1' in '%2'").arg(value.participantRef, value.cohortRef)); !ok)
        return fail(ok.error());
    RefResolver refs(m_db);
    const QVariant participantId = refs.id(QStringLiteral("participant_ref"), QStringLiteral("participant"),
                                           QStringLiteral("participant"), value.participantRef);
    const QVariant cohortId = refs.id(QStringLiteral("cohort_ref"), QStringLiteral("cohort"), QStringLiteral("cohort"), value.cohortRef);
    if (auto e = refs.error())
        return fail(*e);
    auto existing = selectId(m_db,
                             QStringLiteral("SELECT id FROM outcome WHERE participant_id = ? AND cohort_id = ? AND milestone = ?"
                                            " AND coalesce(recorded_on, '') = coalesce(?, '')"),
                             {participantId, cohortId, codeOf(value.milestone), dateOrNull(value.recordedOn)});
    if (!existing)
        return fail(existing.error());
    const QVariantList values = {
        participantId,
        cohortId,
        codeOf(value.milestone),
        codeOf(value.situation),
        dateOrNull(value.recordedOn),
        textOrNull(value.employer),
        textOrNull(value.sector),
        textOrNull(value.notes),
    };
    auto id = insertOrUpdate(m_db, kTable, kColumns, values, *existing);
    if (!id)
        return fail(id.error());
    value.id = *id;
    return value;
}

Result<void> OutcomeRepository::remove(qint64 id)
{
    return removeRows(m_db, QStringLiteral("DELETE FROM outcome WHERE id = ?"), {id},
                      QStringLiteral("There is no outcome %1.").arg(id));
}

} // namespace parcours
