// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyRepository.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours {

using namespace storage;

Result<std::optional<QString>> PrivacyRepository::consentOverride(const QString& cohortRef,
                                                                  const QString& participantRef) const
{
    auto value = selectValue(m_db,
                             QStringLiteral("SELECT o.reason FROM enrolment_consent_override o "
                                            "JOIN enrolment e ON e.id = o.enrolment_id "
                                            "JOIN cohort c ON c.id = e.cohort_id "
                                            "JOIN participant p ON p.id = e.participant_id "
                                            "WHERE c.ref = ? AND p.ref = ?"),
                             {cohortRef, participantRef});
    if (!value)
        return fail(value.error());
    if (!*value)
        return std::optional<QString>();
    return std::optional<QString>((*value)->toString());
}

Result<void> PrivacyRepository::setConsentOverride(qint64 enrolmentId, const QString& reason, const QDate& on)
{
    if (auto ok = requireWritable(m_db); !ok)
        return ok;
    if (reason.trimmed().isEmpty())
        return fail(invalid({Problem{{}, 0, QStringLiteral("consent_override"),
                                     QStringLiteral("a reason is required to enrol without a consent date")}}));
    auto written = write(m_db,
                         QStringLiteral("INSERT INTO enrolment_consent_override (enrolment_id, reason, recorded_on) "
                                        "VALUES (?, ?, ?) ON CONFLICT (enrolment_id) DO UPDATE SET "
                                        "reason = excluded.reason, recorded_on = excluded.recorded_on"),
                         {enrolmentId, reason, dateOrNull(on)});
    if (!written)
        return fail(written.error());
    return {};
}

Result<QList<ExpiredPerson>> PrivacyRepository::expired(const QDate& before) const
{
    const QString cutoff = before.toString(Qt::ISODate);
    // Dates are ISO text: they compare as text.
    auto participants = selectList<ExpiredPerson>(
        m_db,
        QStringLiteral("SELECT p.ref, p.first_name, p.last_name, max(coalesce(e.exit_date, c.end_date)) AS last_end "
                       "FROM participant p JOIN enrolment e ON e.participant_id = p.id "
                       "JOIN cohort c ON c.id = e.cohort_id "
                       "GROUP BY p.id HAVING last_end < ? "
                       "ORDER BY last_end, p.last_name, p.first_name, p.ref"),
        {cutoff}, [](const QSqlQuery& q) {
            return ExpiredPerson{ExpiredPerson::Kind::Participant, q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString(), dateFrom(q.value(3))};
        });
    if (!participants)
        return fail(participants.error());
    auto volunteers = selectList<ExpiredPerson>(
        m_db,
        QStringLiteral("SELECT ref, first_name, last_name, last_end FROM ("
                       " SELECT v.ref, v.first_name, v.last_name, max(v.available_to, coalesce(("
                       "  SELECT max(coalesce(pa.end_date, c.end_date, '')) FROM pairing pa"
                       "  LEFT JOIN cohort c ON c.id = pa.cohort_id WHERE pa.volunteer_id = v.id), '')) AS last_end"
                       " FROM volunteer v WHERE v.available_to IS NOT NULL"
                       " AND NOT EXISTS (SELECT 1 FROM pairing pa WHERE pa.volunteer_id = v.id"
                       "  AND pa.status <> 'ended')) "
                       "WHERE last_end < ? ORDER BY last_end, last_name, first_name, ref"),
        {cutoff}, [](const QSqlQuery& q) {
            return ExpiredPerson{ExpiredPerson::Kind::Volunteer, q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString(), dateFrom(q.value(3))};
        });
    if (!volunteers)
        return fail(volunteers.error());
    QList<ExpiredPerson> out = *participants;
    out << *volunteers;
    std::stable_sort(out.begin(), out.end(),
                     [](const ExpiredPerson& a, const ExpiredPerson& b) { return a.lastEnd < b.lastEnd; });
    return out;
}

Result<void> PrivacyRepository::checkpoint()
{
    if (m_db.inTransaction())
        return fail(ErrorCode::Usage, QStringLiteral("The log cannot be checkpointed inside a transaction."));
    if (m_db.isReadOnly())
        return fail(ErrorCode::ReadOnly, QStringLiteral("'%1' is open read-only.").arg(m_db.path()));
    auto rows = execDirect(m_db.connectionName(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!rows)
        return fail(rows.error());
    // One row: busy (1 when the checkpoint could not finish), frames in the log, frames copied.
    if (rows->isEmpty() || rows->first().value(0).toInt() != 0)
        return fail(ErrorCode::Busy,
                    QStringLiteral("'%1' is in use by another program: its log could not be emptied.").arg(m_db.path()));
    return {};
}

} // namespace parcours
