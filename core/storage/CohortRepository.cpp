// SPDX-License-Identifier: GPL-3.0-or-later
#include "CohortRepository.h"

#include "RefResolver.h"
#include "RowMappers.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours {

using namespace storage;

namespace {

const QString kTable = QStringLiteral("cohort");
const QStringList kColumns = {
    QStringLiteral("ref"),           QStringLiteral("name"),          QStringLiteral("programme"),
    QStringLiteral("site_id"),       QStringLiteral("start_date"),    QStringLiteral("end_date"),
    QStringLiteral("capacity"),      QStringLiteral("fle_hours_min"), QStringLiteral("fle_hours_max"),
    QStringLiteral("english_hours"), QStringLiteral("soft_skills_hours"),
};
const QString kSelect = cohortColumns() + QLatin1String(" FROM cohort c LEFT JOIN site s ON s.id = c.site_id");

const QString kEnrolmentTable = QStringLiteral("enrolment");
const QStringList kEnrolmentColumns = {
    QStringLiteral("cohort_id"), QStringLiteral("participant_id"), QStringLiteral("enrolled_on"),
    QStringLiteral("status"),    QStringLiteral("exit_date"),      QStringLiteral("exit_reason"),
    QStringLiteral("french_level_exit"),
};
const QString kEnrolmentSelect = enrolmentColumns(Columns::All) + QLatin1String(
    " FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN participant p ON p.id = e.participant_id");

} // namespace

Result<QList<Cohort>> CohortRepository::all() const
{
    return selectList<Cohort>(m_db, kSelect + QLatin1String(" ORDER BY c.ref"), {}, cohortFrom);
}

Result<QList<Cohort>> CohortRepository::ofSite(const QString& siteRef) const
{
    return selectList<Cohort>(m_db, kSelect + QLatin1String(" WHERE s.ref = ? ORDER BY c.ref"), {siteRef}, cohortFrom);
}

Result<std::optional<Cohort>> CohortRepository::find(const QString& ref) const
{
    return selectFirst<Cohort>(m_db, kSelect + QLatin1String(" WHERE c.ref = ?"), {ref}, cohortFrom);
}

Result<int> CohortRepository::count() const
{
    return countRows(m_db, kTable);
}

Result<Cohort> CohortRepository::save(Cohort value)
{
    if (auto ok = checkBeforeSave(m_db, value, QStringLiteral("cohort '%1'").arg(value.ref)); !ok)
        return fail(ok.error());
    RefResolver refs(m_db);
    const QVariant siteId = refs.id(QStringLiteral("site_ref"), QStringLiteral("site"), QStringLiteral("site"), value.siteRef);
    if (auto e = refs.error())
        return fail(*e);
    auto existing = idOfRef(m_db, kTable, value.ref);
    if (!existing)
        return fail(existing.error());
    const QVariantList values = {
        value.ref,
        value.name,
        textOrNull(value.programme),
        siteId,
        dateOrNull(value.startDate),
        dateOrNull(value.endDate),
        value.capacity,
        value.fleHoursMin,
        value.fleHoursMax,
        value.englishHours,
        value.softSkillsHours,
    };
    auto id = insertOrUpdate(m_db, kTable, kColumns, values, *existing);
    if (!id)
        return fail(id.error());
    value.id = *id;
    return value;
}

Result<void> CohortRepository::remove(const QString& ref)
{
    return removeRows(m_db, QStringLiteral("DELETE FROM cohort WHERE ref = ?"), {ref},
                      QStringLiteral("There is no cohort '%1'.").arg(ref));
}

Result<QString> CohortRepository::nextRef() const
{
    return storage::nextRef(m_db, kTable, QStringLiteral("C-"));
}

Result<QList<Enrolment>> CohortRepository::enrolments() const
{
    return selectList<Enrolment>(m_db, kEnrolmentSelect + QLatin1String(" ORDER BY c.ref, p.ref"), {}, enrolmentFrom);
}

Result<void> CohortRepository::forEachEnrolment(const std::function<void(const Enrolment&)>& onEnrolment) const
{
    return select(m_db, kEnrolmentSelect + QLatin1String(" ORDER BY c.ref, p.ref"), {},
                  [&](const QSqlQuery& q) { onEnrolment(enrolmentFrom(q)); });
}

Result<QList<Enrolment>> CohortRepository::enrolmentsOf(const QString& cohortRef) const
{
    return selectList<Enrolment>(m_db, kEnrolmentSelect + QLatin1String(" WHERE c.ref = ? ORDER BY p.ref"),
                                 {cohortRef}, enrolmentFrom);
}

Result<QList<Enrolment>> CohortRepository::enrolmentsOfParticipant(const QString& participantRef) const
{
    return selectList<Enrolment>(m_db, kEnrolmentSelect + QLatin1String(" WHERE p.ref = ? ORDER BY c.ref"),
                                 {participantRef}, enrolmentFrom);
}

Result<Enrolment> CohortRepository::saveEnrolment(Enrolment value)
{
    if (auto ok = checkBeforeSave(m_db, value, QStringLiteral("enrolment of '%1' in '%2'").arg(value.participantRef, value.cohortRef)); !ok)
        return fail(ok.error());
    RefResolver refs(m_db);
    const QVariant cohortId = refs.id(QStringLiteral("cohort_ref"), kTable, QStringLiteral("cohort"), value.cohortRef);
    const QVariant participantId = refs.id(QStringLiteral("participant_ref"), QStringLiteral("participant"),
                                           QStringLiteral("participant"), value.participantRef);
    if (auto e = refs.error())
        return fail(*e);
    auto existing = selectId(m_db, QStringLiteral("SELECT id FROM enrolment WHERE cohort_id = ? AND participant_id = ?"),
                             {cohortId, participantId});
    if (!existing)
        return fail(existing.error());
    const QVariantList values = {
        cohortId,
        participantId,
        dateOrNull(value.enrolledOn),
        codeOf(value.status),
        dateOrNull(value.exitDate),
        textOrNull(value.exitReason),
        codeOrNull(value.frenchLevelExit),
    };
    auto id = insertOrUpdate(m_db, kEnrolmentTable, kEnrolmentColumns, values, *existing);
    if (!id)
        return fail(id.error());
    value.id = *id;
    return value;
}

Result<void> CohortRepository::removeEnrolment(const QString& cohortRef, const QString& participantRef)
{
    return removeRows(m_db,
                      QStringLiteral("DELETE FROM enrolment WHERE cohort_id = (SELECT id FROM cohort WHERE ref = ?)"
                                     " AND participant_id = (SELECT id FROM participant WHERE ref = ?)"),
                      {cohortRef, participantRef},
                      QStringLiteral("'%1' is not enrolled in '%2'.").arg(participantRef, cohortRef));
}

} // namespace parcours
