// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeRepository.h"

#include "RefResolver.h"
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
const QString kSelect = QStringLiteral(
    "SELECT o.id, p.ref, c.ref, o.milestone, o.situation, o.recorded_on, o.employer, o.sector, o.notes"
    " FROM outcome o JOIN participant p ON p.id = o.participant_id JOIN cohort c ON c.id = o.cohort_id");
// Milestones in time order (exit, m3, m6, m12), not in the alphabetical order of their codes;
// an outcome without a date before the dated ones of its milestone.
const QString kOrder = QStringLiteral(
    " ORDER BY p.ref, c.ref, CASE o.milestone WHEN 'exit' THEN 0 WHEN 'm3' THEN 1 WHEN 'm6' THEN 2 ELSE 3 END,"
    " coalesce(o.recorded_on, '')");

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

} // namespace

Result<QList<Outcome>> OutcomeRepository::all() const
{
    return selectList<Outcome>(m_db, kSelect + kOrder, {}, outcomeFrom);
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
