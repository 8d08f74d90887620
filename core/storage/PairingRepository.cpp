// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingRepository.h"

#include "RefResolver.h"
#include "RowMappers.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours {

using namespace storage;

namespace {

const QString kTable = QStringLiteral("pairing");
const QStringList kColumns = {
    QStringLiteral("ref"),       QStringLiteral("participant_id"), QStringLiteral("volunteer_id"),
    QStringLiteral("role"),      QStringLiteral("cohort_id"),      QStringLiteral("start_date"),
    QStringLiteral("end_date"),  QStringLiteral("status"),         QStringLiteral("end_reason"),
};
const QString kSelect = pairingColumns(Columns::All) + QLatin1String(
    " FROM pairing k JOIN participant p ON p.id = k.participant_id JOIN volunteer v ON v.id = k.volunteer_id"
    " LEFT JOIN cohort c ON c.id = k.cohort_id");

const QString kCheckInTable = QStringLiteral("checkin");
const QStringList kCheckInColumns = {
    QStringLiteral("pairing_id"), QStringLiteral("date"), QStringLiteral("duration_minutes"),
    QStringLiteral("kind"),       QStringLiteral("notes"),
};
const QString kCheckInSelect = QStringLiteral(
    "SELECT ci.id, k.ref, ci.date, ci.duration_minutes, ci.kind, ci.notes"
    " FROM checkin ci JOIN pairing k ON k.id = ci.pairing_id");

CheckIn checkInFrom(const QSqlQuery& q)
{
    CheckIn c;
    c.id = q.value(0).toLongLong();
    c.pairingRef = q.value(1).toString();
    c.date = dateFrom(q.value(2));
    c.durationMinutes = optionalIntFrom(q.value(3));
    c.kind = optionalCodeFrom<CheckInKind>(q.value(4));
    c.notes = textFrom(q.value(5));
    return c;
}

/// The rules of a pairing that need the database: the volunteer's role fits, and the
/// participant has no other active pairing of that role.
Result<QList<Problem>> pairingRules(const Database& db, const Pairing& value, const QVariant& volunteerId,
                                    const QVariant& participantId)
{
    QList<Problem> problems;
    auto role = selectValue(db, QStringLiteral("SELECT role FROM volunteer WHERE id = ?"), {volunteerId});
    if (!role)
        return fail(role.error());
    if (*role) {
        const VolunteerRole volunteerRole = codeFrom((*role)->toString(), VolunteerRole::Mentor);
        if (!canServeAs(volunteerRole, value.role))
            problems.append({{}, 0, QStringLiteral("volunteer_ref"),
                             QStringLiteral("volunteer '%1' is a %2 and cannot be a %3")
                                 .arg(value.volunteerRef, codeOf(volunteerRole), codeOf(value.role))});
    }
    if (value.status == PairingStatus::Active) {
        auto other = selectValue(db,
                                 QStringLiteral("SELECT ref FROM pairing WHERE participant_id = ? AND role = ?"
                                                " AND status = 'active' AND ref <> ? ORDER BY ref"),
                                 {participantId, codeOf(value.role), value.ref});
        if (!other)
            return fail(other.error());
        if (*other)
            problems.append({{}, 0, QStringLiteral("status"),
                             QStringLiteral("participant '%1' already has an active %2 pairing '%3'")
                                 .arg(value.participantRef, codeOf(value.role), (*other)->toString())});
    }
    return problems;
}

} // namespace

Result<QList<Pairing>> PairingRepository::all() const
{
    return selectList<Pairing>(m_db, kSelect + QLatin1String(" ORDER BY k.ref"), {}, pairingFrom);
}

Result<void> PairingRepository::forEach(const std::function<void(const Pairing&)>& onPairing) const
{
    return select(m_db, kSelect + QLatin1String(" ORDER BY k.ref"), {},
                  [&](const QSqlQuery& q) { onPairing(pairingFrom(q)); });
}

Result<QList<Pairing>> PairingRepository::ofCohort(const QString& cohortRef) const
{
    return selectList<Pairing>(m_db, kSelect + QLatin1String(" WHERE c.ref = ? ORDER BY k.ref"), {cohortRef}, pairingFrom);
}

Result<QList<Pairing>> PairingRepository::ofParticipant(const QString& participantRef) const
{
    return selectList<Pairing>(m_db, kSelect + QLatin1String(" WHERE p.ref = ? ORDER BY k.ref"), {participantRef}, pairingFrom);
}

Result<QList<Pairing>> PairingRepository::ofParticipantsOfCohort(const QString& cohortRef) const
{
    return selectList<Pairing>(m_db,
                               kSelect + QLatin1String(" WHERE k.participant_id IN (SELECT e.participant_id FROM enrolment e"
                                                       " JOIN cohort ec ON ec.id = e.cohort_id WHERE ec.ref = ?)"
                                                       " ORDER BY k.ref"),
                               {cohortRef}, pairingFrom);
}

Result<QList<Pairing>> PairingRepository::ofVolunteer(const QString& volunteerRef) const
{
    return selectList<Pairing>(m_db, kSelect + QLatin1String(" WHERE v.ref = ? ORDER BY k.ref"), {volunteerRef}, pairingFrom);
}

Result<std::optional<Pairing>> PairingRepository::find(const QString& ref) const
{
    return selectFirst<Pairing>(m_db, kSelect + QLatin1String(" WHERE k.ref = ?"), {ref}, pairingFrom);
}

Result<QList<Pairing>> PairingRepository::withStatus(PairingStatus status) const
{
    return selectList<Pairing>(m_db, kSelect + QLatin1String(" WHERE k.status = ? ORDER BY k.ref"), {codeOf(status)},
                               pairingFrom);
}

Result<QHash<QString, PairingCounts>> PairingRepository::countsByVolunteer() const
{
    QHash<QString, PairingCounts> out;
    auto r = select(m_db,
                    QStringLiteral("SELECT v.ref, k.status, count(*) FROM pairing k JOIN volunteer v ON v.id = k.volunteer_id"
                                   " WHERE k.status IN ('active', 'proposed') GROUP BY v.ref, k.status"),
                    {}, [&](const QSqlQuery& q) {
                        PairingCounts& c = out[q.value(0).toString()];
                        if (q.value(1).toString() == QLatin1String("active"))
                            c.active = q.value(2).toInt();
                        else
                            c.proposed = q.value(2).toInt();
                    });
    if (!r)
        return fail(r.error());
    return out;
}

Result<QList<std::pair<QString, QString>>> PairingRepository::volunteerSites() const
{
    return selectList<std::pair<QString, QString>>(
        m_db,
        QStringLiteral("SELECT DISTINCT v.ref, s.ref FROM pairing k JOIN volunteer v ON v.id = k.volunteer_id"
                       " JOIN cohort c ON c.id = k.cohort_id JOIN site s ON s.id = c.site_id ORDER BY v.ref, s.ref"),
        {}, [](const QSqlQuery& q) { return std::make_pair(q.value(0).toString(), q.value(1).toString()); });
}

Result<Pairing> PairingRepository::save(Pairing value)
{
    const QString what = QStringLiteral("pairing '%1'").arg(value.ref);
    if (auto ok = checkBeforeSave(m_db, value, what); !ok)
        return fail(ok.error());
    RefResolver refs(m_db);
    const QVariant participantId = refs.id(QStringLiteral("participant_ref"), QStringLiteral("participant"),
                                           QStringLiteral("participant"), value.participantRef);
    const QVariant volunteerId = refs.id(QStringLiteral("volunteer_ref"), QStringLiteral("volunteer"),
                                         QStringLiteral("volunteer"), value.volunteerRef);
    const QVariant cohortId = refs.id(QStringLiteral("cohort_ref"), QStringLiteral("cohort"), QStringLiteral("cohort"), value.cohortRef);
    if (auto e = refs.error())
        return fail(*e);
    auto problems = pairingRules(m_db, value, volunteerId, participantId);
    if (!problems)
        return fail(problems.error());
    if (!problems->isEmpty())
        return fail(invalid(*problems, QStringLiteral("The %1 is not valid.").arg(what)));

    auto existing = idOfRef(m_db, kTable, value.ref);
    if (!existing)
        return fail(existing.error());
    const QVariantList values = {
        value.ref,
        participantId,
        volunteerId,
        codeOf(value.role),
        cohortId,
        dateOrNull(value.startDate),
        dateOrNull(value.endDate),
        codeOf(value.status),
        textOrNull(value.endReason),
    };
    auto id = insertOrUpdate(m_db, kTable, kColumns, values, *existing);
    if (!id)
        return fail(id.error());
    value.id = *id;
    return value;
}

Result<void> PairingRepository::remove(const QString& ref)
{
    return removeRows(m_db, QStringLiteral("DELETE FROM pairing WHERE ref = ?"), {ref},
                      QStringLiteral("There is no pairing '%1'.").arg(ref));
}

Result<QString> PairingRepository::nextRef() const
{
    return storage::nextRef(m_db, kTable, QStringLiteral("K-"));
}

Result<QList<CheckIn>> PairingRepository::checkIns() const
{
    return selectList<CheckIn>(m_db, kCheckInSelect + QLatin1String(" ORDER BY k.ref, ci.date"), {}, checkInFrom);
}

Result<void> PairingRepository::forEachCheckIn(const std::function<void(const CheckIn&)>& onCheckIn) const
{
    return select(m_db, kCheckInSelect + QLatin1String(" ORDER BY k.ref, ci.date"), {},
                  [&](const QSqlQuery& q) { onCheckIn(checkInFrom(q)); });
}

Result<QList<CheckIn>> PairingRepository::checkInsOf(const QString& pairingRef) const
{
    return selectList<CheckIn>(m_db, kCheckInSelect + QLatin1String(" WHERE k.ref = ? ORDER BY ci.date"), {pairingRef},
                               checkInFrom);
}

Result<std::optional<CheckIn>> PairingRepository::findCheckIn(const QString& pairingRef, const QDate& date) const
{
    return selectFirst<CheckIn>(m_db, kCheckInSelect + QLatin1String(" WHERE k.ref = ? AND ci.date = ?"),
                                {pairingRef, dateOrNull(date)}, checkInFrom);
}

Result<QList<CheckIn>> PairingRepository::checkInsOfParticipant(const QString& participantRef) const
{
    return selectList<CheckIn>(
        m_db,
        kCheckInSelect + QLatin1String(" WHERE k.participant_id = (SELECT id FROM participant WHERE ref = ?)"
                                       " ORDER BY k.ref, ci.date"),
        {participantRef}, checkInFrom);
}

Result<QList<CheckIn>> PairingRepository::checkInsOfVolunteer(const QString& volunteerRef) const
{
    return selectList<CheckIn>(
        m_db,
        kCheckInSelect + QLatin1String(" WHERE k.volunteer_id = (SELECT id FROM volunteer WHERE ref = ?)"
                                       " ORDER BY k.ref, ci.date"),
        {volunteerRef}, checkInFrom);
}

Result<CheckIn> PairingRepository::saveCheckIn(CheckIn value)
{
    if (auto ok = checkBeforeSave(m_db, value, QStringLiteral("check-in of pairing '%1'").arg(value.pairingRef)); !ok)
        return fail(ok.error());
    RefResolver refs(m_db);
    const QVariant pairingId = refs.id(QStringLiteral("pairing_ref"), kTable, QStringLiteral("pairing"), value.pairingRef);
    if (auto e = refs.error())
        return fail(*e);
    auto existing = selectId(m_db, QStringLiteral("SELECT id FROM checkin WHERE pairing_id = ? AND date = ?"),
                             {pairingId, dateOrNull(value.date)});
    if (!existing)
        return fail(existing.error());
    const QVariantList values = {pairingId, dateOrNull(value.date), intOrNull(value.durationMinutes),
                                 codeOrNull(value.kind), textOrNull(value.notes)};
    auto id = insertOrUpdate(m_db, kCheckInTable, kCheckInColumns, values, *existing);
    if (!id)
        return fail(id.error());
    value.id = *id;
    return value;
}

Result<void> PairingRepository::removeCheckIn(const QString& pairingRef, const QDate& date)
{
    return removeRows(m_db,
                      QStringLiteral("DELETE FROM checkin WHERE pairing_id = (SELECT id FROM pairing WHERE ref = ?)"
                                     " AND date = ?"),
                      {pairingRef, dateOrNull(date)},
                      QStringLiteral("Pairing '%1' has no check-in on %2.").arg(pairingRef, date.toString(Qt::ISODate)));
}

Result<void> PairingRepository::setSetting(const QString& key, const QString& value)
{
    if (auto ok = requireWritable(m_db); !ok)
        return ok;
    auto written = write(m_db,
                         QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"
                                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                         {key, textOrNull(value)});
    if (!written)
        return fail(written.error());
    return {};
}

} // namespace parcours
