// SPDX-License-Identifier: GPL-3.0-or-later
#include "VolunteerRepository.h"

#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours {

using namespace storage;

namespace {

const QString kTable = QStringLiteral("volunteer");
const QStringList kColumns = {
    QStringLiteral("ref"),       QStringLiteral("first_name"),     QStringLiteral("last_name"),
    QStringLiteral("role"),      QStringLiteral("email"),          QStringLiteral("phone"),
    QStringLiteral("profession"), QStringLiteral("employer"),      QStringLiteral("sector"),
    QStringLiteral("school"),    QStringLiteral("languages"),      QStringLiteral("max_pairings"),
    QStringLiteral("available_from"), QStringLiteral("available_to"), QStringLiteral("notes"),
    QStringLiteral("charter_signed_on"), QStringLiteral("training_on"),
};
const QString kSelect = QStringLiteral("SELECT id, ") + kColumns.join(QLatin1String(", ")) + QStringLiteral(" FROM volunteer");

Volunteer volunteerFrom(const QSqlQuery& q)
{
    Volunteer v;
    v.id = q.value(0).toLongLong();
    v.ref = q.value(1).toString();
    v.firstName = q.value(2).toString();
    v.lastName = q.value(3).toString();
    v.role = codeFrom(q.value(4), VolunteerRole::Mentor);
    v.email = textFrom(q.value(5));
    v.phone = textFrom(q.value(6));
    v.profession = textFrom(q.value(7));
    v.employer = textFrom(q.value(8));
    v.sector = textFrom(q.value(9));
    v.school = textFrom(q.value(10));
    v.languages = listFrom(q.value(11));
    v.maxPairings = q.value(12).toInt();
    v.availableFrom = dateFrom(q.value(13));
    v.availableTo = dateFrom(q.value(14));
    v.notes = textFrom(q.value(15));
    v.charterSignedOn = dateFrom(q.value(16));
    v.trainingOn = dateFrom(q.value(17));
    return v;
}

} // namespace

Result<QList<Volunteer>> VolunteerRepository::all() const
{
    return selectList<Volunteer>(m_db, kSelect + QLatin1String(" ORDER BY ref"), {}, volunteerFrom);
}

Result<void> VolunteerRepository::forEach(const std::function<void(const Volunteer&)>& onVolunteer) const
{
    return select(m_db, kSelect + QLatin1String(" ORDER BY ref"), {},
                  [&](const QSqlQuery& q) { onVolunteer(volunteerFrom(q)); });
}

Result<std::optional<Volunteer>> VolunteerRepository::find(const QString& ref) const
{
    return selectFirst<Volunteer>(m_db, kSelect + QLatin1String(" WHERE ref = ?"), {ref}, volunteerFrom);
}

Result<int> VolunteerRepository::count() const
{
    return countRows(m_db, kTable);
}

Result<Volunteer> VolunteerRepository::save(Volunteer value)
{
    if (auto ok = checkBeforeSave(m_db, value, QStringLiteral("volunteer '%1'").arg(value.ref)); !ok)
        return fail(ok.error());
    auto existing = idOfRef(m_db, kTable, value.ref);
    if (!existing)
        return fail(existing.error());
    const QVariantList values = {
        value.ref,
        value.firstName,
        value.lastName,
        codeOf(value.role),
        textOrNull(value.email),
        textOrNull(value.phone),
        textOrNull(value.profession),
        textOrNull(value.employer),
        textOrNull(value.sector),
        textOrNull(value.school),
        listOrNull(value.languages),
        value.maxPairings,
        dateOrNull(value.availableFrom),
        dateOrNull(value.availableTo),
        textOrNull(value.notes),
        dateOrNull(value.charterSignedOn),
        dateOrNull(value.trainingOn),
    };
    auto id = insertOrUpdate(m_db, kTable, kColumns, values, *existing);
    if (!id)
        return fail(id.error());
    value.id = *id;
    return value;
}

Result<void> VolunteerRepository::remove(const QString& ref)
{
    return removeRows(m_db, QStringLiteral("DELETE FROM volunteer WHERE ref = ?"), {ref},
                      QStringLiteral("There is no volunteer '%1'.").arg(ref));
}

Result<QString> VolunteerRepository::nextRef() const
{
    return storage::nextRef(m_db, kTable, QStringLiteral("V-"));
}

} // namespace parcours
