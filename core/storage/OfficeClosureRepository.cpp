// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficeClosureRepository.h"

#include "RefResolver.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours {

using namespace storage;

namespace {

const QString kTable = QStringLiteral("office_closure");
const QStringList kColumns = {QStringLiteral("site_id"), QStringLiteral("from_date"), QStringLiteral("to_date"),
                              QStringLiteral("label")};
const QString kSelect = QStringLiteral("SELECT o.id, s.ref, o.from_date, o.to_date, o.label"
                                       " FROM office_closure o LEFT JOIN site s ON s.id = o.site_id");
const QString kOrder = QStringLiteral(" ORDER BY o.from_date, o.to_date, o.id");

OfficeClosure closureFrom(const QSqlQuery& q)
{
    OfficeClosure c;
    c.id = q.value(0).toLongLong();
    c.siteRef = textFrom(q.value(1));
    c.fromDate = dateFrom(q.value(2));
    c.toDate = dateFrom(q.value(3));
    c.label = textFrom(q.value(4));
    return c;
}

} // namespace

Result<QList<OfficeClosure>> OfficeClosureRepository::all() const
{
    return selectList<OfficeClosure>(m_db, kSelect + kOrder, {}, closureFrom);
}

Result<QList<OfficeClosure>> OfficeClosureRepository::overlapping(const QDate& from, const QDate& to,
                                                                  const QString& siteRef) const
{
    return selectList<OfficeClosure>(
        m_db, kSelect + QLatin1String(" WHERE o.from_date <= ? AND o.to_date >= ? AND (o.site_id IS NULL OR s.ref = ?)") + kOrder,
        {dateOrNull(to), dateOrNull(from), siteRef}, closureFrom);
}

Result<OfficeClosure> OfficeClosureRepository::save(OfficeClosure value)
{
    if (auto ok = checkBeforeSave(m_db, value, QStringLiteral("office closure")); !ok)
        return fail(ok.error());
    RefResolver refs(m_db);
    const QVariant siteId = refs.id(QStringLiteral("site_ref"), QStringLiteral("site"), QStringLiteral("site"), value.siteRef);
    if (auto e = refs.error())
        return fail(*e);
    std::optional<qint64> existing;
    if (value.id != 0) {
        auto found = selectId(m_db, QStringLiteral("SELECT id FROM office_closure WHERE id = ?"), {value.id});
        if (!found)
            return fail(found.error());
        if (!*found)
            return fail(ErrorCode::NotFound, QStringLiteral("There is no office closure %1.").arg(value.id));
        existing = *found;
    }
    const QVariantList values = {siteId, dateOrNull(value.fromDate), dateOrNull(value.toDate), textOrNull(value.label)};
    auto id = insertOrUpdate(m_db, kTable, kColumns, values, existing);
    if (!id)
        return fail(id.error());
    value.id = *id;
    return value;
}

Result<void> OfficeClosureRepository::remove(qint64 id)
{
    return removeRows(m_db, QStringLiteral("DELETE FROM office_closure WHERE id = ?"), {id},
                      QStringLiteral("There is no office closure %1.").arg(id));
}

} // namespace parcours
