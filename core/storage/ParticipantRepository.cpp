// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantRepository.h"

#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours {

using namespace storage;

namespace {

const QString kTable = QStringLiteral("participant");
const QStringList kColumns = {
    QStringLiteral("ref"),
    QStringLiteral("first_name"),
    QStringLiteral("last_name"),
    QStringLiteral("birth_date"),
    QStringLiteral("gender"),
    QStringLiteral("country_of_origin"),
    QStringLiteral("languages"),
    QStringLiteral("french_level_entry"),
    QStringLiteral("status"),
    QStringLiteral("arrival_date"),
    QStringLiteral("phone"),
    QStringLiteral("email"),
    QStringLiteral("professional_project"),
    QStringLiteral("sector"),
    QStringLiteral("referrer"),
    QStringLiteral("consent_date"),
    QStringLiteral("notes"),
};
const QString kSelect = QStringLiteral("SELECT id, ") + kColumns.join(QLatin1String(", ")) + QStringLiteral(" FROM participant");

Participant participantFrom(const QSqlQuery& q)
{
    Participant p;
    p.id = q.value(0).toLongLong();
    p.ref = q.value(1).toString();
    p.firstName = q.value(2).toString();
    p.lastName = q.value(3).toString();
    p.birthDate = dateFrom(q.value(4));
    p.gender = optionalCodeFrom<Gender>(q.value(5));
    p.countryOfOrigin = textFrom(q.value(6));
    p.languages = listFrom(q.value(7));
    p.frenchLevelEntry = optionalCodeFrom<CefrLevel>(q.value(8));
    p.status = optionalCodeFrom<ParticipantStatus>(q.value(9));
    p.arrivalDate = dateFrom(q.value(10));
    p.phone = textFrom(q.value(11));
    p.email = textFrom(q.value(12));
    p.professionalProject = textFrom(q.value(13));
    p.sector = textFrom(q.value(14));
    p.referrer = textFrom(q.value(15));
    p.consentDate = dateFrom(q.value(16));
    p.notes = textFrom(q.value(17));
    return p;
}

} // namespace

Result<QList<Participant>> ParticipantRepository::all() const
{
    return selectList<Participant>(m_db, kSelect + QLatin1String(" ORDER BY ref"), {}, participantFrom);
}

Result<void> ParticipantRepository::forEach(const std::function<void(const Participant&)>& onParticipant) const
{
    return select(m_db, kSelect + QLatin1String(" ORDER BY ref"), {},
                  [&](const QSqlQuery& q) { onParticipant(participantFrom(q)); });
}

Result<std::optional<Participant>> ParticipantRepository::find(const QString& ref) const
{
    return selectFirst<Participant>(m_db, kSelect + QLatin1String(" WHERE ref = ?"), {ref}, participantFrom);
}

Result<int> ParticipantRepository::count() const
{
    return countRows(m_db, kTable);
}

namespace {

Result<QHash<QString, CefrLevel>> entryLevels(const Database& db, const QString& cohortCondition,
                                              const QVariantList& values)
{
    QHash<QString, CefrLevel> out;
    auto r = select(db,
                    QStringLiteral("SELECT p.ref, p.french_level_entry FROM participant p"
                                   " WHERE p.french_level_entry IS NOT NULL AND p.id IN"
                                   " (SELECT e.participant_id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id"
                                   " WHERE ")
                        + cohortCondition + QLatin1Char(')'),
                    values, [&](const QSqlQuery& q) {
                        if (auto level = optionalCodeFrom<CefrLevel>(q.value(1)))
                            out.insert(q.value(0).toString(), *level);
                    });
    if (!r)
        return fail(r.error());
    return out;
}

} // namespace

Result<QHash<QString, CefrLevel>> ParticipantRepository::entryLevelsOfCohort(const QString& cohortRef) const
{
    return entryLevels(m_db, QStringLiteral("c.ref = ?"), {cohortRef});
}

Result<QHash<QString, CefrLevel>> ParticipantRepository::entryLevelsOfPeriod(const QDate& from, const QDate& to) const
{
    return entryLevels(m_db, QStringLiteral("c.end_date BETWEEN ? AND ?"), {dateOrNull(from), dateOrNull(to)});
}

Result<Participant> ParticipantRepository::save(Participant value)
{
    if (auto ok = checkBeforeSave(m_db, value, QStringLiteral("participant '%1'").arg(value.ref)); !ok)
        return fail(ok.error());
    auto existing = idOfRef(m_db, kTable, value.ref);
    if (!existing)
        return fail(existing.error());
    const QVariantList values = {
        value.ref,
        value.firstName,
        value.lastName,
        dateOrNull(value.birthDate),
        codeOrNull(value.gender),
        textOrNull(value.countryOfOrigin),
        listOrNull(value.languages),
        codeOrNull(value.frenchLevelEntry),
        codeOrNull(value.status),
        dateOrNull(value.arrivalDate),
        textOrNull(value.phone),
        textOrNull(value.email),
        textOrNull(value.professionalProject),
        textOrNull(value.sector),
        textOrNull(value.referrer),
        dateOrNull(value.consentDate),
        textOrNull(value.notes),
    };
    auto id = insertOrUpdate(m_db, kTable, kColumns, values, *existing);
    if (!id)
        return fail(id.error());
    value.id = *id;
    return value;
}

Result<void> ParticipantRepository::remove(const QString& ref)
{
    return removeRows(m_db, QStringLiteral("DELETE FROM participant WHERE ref = ?"), {ref},
                      QStringLiteral("There is no participant '%1'.").arg(ref));
}

Result<QString> ParticipantRepository::nextRef() const
{
    return storage::nextRef(m_db, kTable, QStringLiteral("P-"));
}

} // namespace parcours
