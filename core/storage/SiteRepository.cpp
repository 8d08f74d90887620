// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiteRepository.h"

#include "RefResolver.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours {

using namespace storage;

namespace {

const QString kSiteTable = QStringLiteral("site");
const QStringList kSiteColumns = {
    QStringLiteral("ref"),    QStringLiteral("name"),   QStringLiteral("address"),     QStringLiteral("city"),
    QStringLiteral("opens"),  QStringLiteral("closes"), QStringLiteral("lunch_start"), QStringLiteral("lunch_end"),
};
const QString kSiteSelect =
    QStringLiteral("SELECT id, ref, name, address, city, opens, closes, lunch_start, lunch_end FROM site");

const QString kRoomTable = QStringLiteral("room");
const QStringList kRoomColumns = {
    QStringLiteral("ref"), QStringLiteral("site_id"), QStringLiteral("name"), QStringLiteral("capacity")};
const QString kRoomSelect =
    QStringLiteral("SELECT r.id, r.ref, s.ref, r.name, r.capacity FROM room r JOIN site s ON s.id = r.site_id");

Site siteFrom(const QSqlQuery& q)
{
    Site s;
    s.id = q.value(0).toLongLong();
    s.ref = q.value(1).toString();
    s.name = q.value(2).toString();
    s.address = textFrom(q.value(3));
    s.city = textFrom(q.value(4));
    s.opens = timeFrom(q.value(5));
    s.closes = timeFrom(q.value(6));
    s.lunchStart = timeFrom(q.value(7));
    s.lunchEnd = timeFrom(q.value(8));
    return s;
}

Room roomFrom(const QSqlQuery& q)
{
    Room r;
    r.id = q.value(0).toLongLong();
    r.ref = q.value(1).toString();
    r.siteRef = q.value(2).toString();
    r.name = q.value(3).toString();
    r.capacity = optionalIntFrom(q.value(4));
    return r;
}

} // namespace

Result<QList<Site>> SiteRepository::all() const
{
    return selectList<Site>(m_db, kSiteSelect + QLatin1String(" ORDER BY ref"), {}, siteFrom);
}

Result<std::optional<Site>> SiteRepository::find(const QString& ref) const
{
    return selectFirst<Site>(m_db, kSiteSelect + QLatin1String(" WHERE ref = ?"), {ref}, siteFrom);
}

Result<Site> SiteRepository::save(Site value)
{
    if (auto ok = checkBeforeSave(m_db, value, QStringLiteral("site '%1'").arg(value.ref)); !ok)
        return fail(ok.error());
    auto existing = idOfRef(m_db, kSiteTable, value.ref);
    if (!existing)
        return fail(existing.error());
    const QVariantList values = {value.ref,
                                 value.name,
                                 textOrNull(value.address),
                                 textOrNull(value.city),
                                 timeOrNull(value.opens),
                                 timeOrNull(value.closes),
                                 timeOrNull(value.lunchStart),
                                 timeOrNull(value.lunchEnd)};
    auto id = insertOrUpdate(m_db, kSiteTable, kSiteColumns, values, *existing);
    if (!id)
        return fail(id.error());
    value.id = *id;
    return value;
}

Result<void> SiteRepository::remove(const QString& ref)
{
    return removeRows(m_db, QStringLiteral("DELETE FROM site WHERE ref = ?"), {ref},
                      QStringLiteral("There is no site '%1'.").arg(ref));
}

Result<QString> SiteRepository::nextRef() const
{
    return storage::nextRef(m_db, kSiteTable, QStringLiteral("S-"));
}

Result<QList<Room>> SiteRepository::rooms() const
{
    return selectList<Room>(m_db, kRoomSelect + QLatin1String(" ORDER BY r.ref"), {}, roomFrom);
}

Result<QList<Room>> SiteRepository::roomsOf(const QString& siteRef) const
{
    return selectList<Room>(m_db, kRoomSelect + QLatin1String(" WHERE s.ref = ? ORDER BY r.ref"), {siteRef}, roomFrom);
}

Result<std::optional<Room>> SiteRepository::findRoom(const QString& ref) const
{
    return selectFirst<Room>(m_db, kRoomSelect + QLatin1String(" WHERE r.ref = ?"), {ref}, roomFrom);
}

Result<Room> SiteRepository::saveRoom(Room value)
{
    if (auto ok = checkBeforeSave(m_db, value, QStringLiteral("room '%1'").arg(value.ref)); !ok)
        return fail(ok.error());
    RefResolver refs(m_db);
    const QVariant siteId = refs.id(QStringLiteral("site_ref"), kSiteTable, QStringLiteral("site"), value.siteRef);
    if (auto e = refs.error())
        return fail(*e);
    auto existing = idOfRef(m_db, kRoomTable, value.ref);
    if (!existing)
        return fail(existing.error());
    const QVariantList values = {value.ref, siteId, value.name, intOrNull(value.capacity)};
    auto id = insertOrUpdate(m_db, kRoomTable, kRoomColumns, values, *existing);
    if (!id)
        return fail(id.error());
    value.id = *id;
    return value;
}

Result<void> SiteRepository::removeRoom(const QString& ref)
{
    return removeRows(m_db, QStringLiteral("DELETE FROM room WHERE ref = ?"), {ref},
                      QStringLiteral("There is no room '%1'.").arg(ref));
}

Result<QString> SiteRepository::nextRoomRef() const
{
    return storage::nextRef(m_db, kRoomTable, QStringLiteral("R-"));
}

} // namespace parcours
