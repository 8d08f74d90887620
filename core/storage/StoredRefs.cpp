// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredRefs.h"

#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours {

using namespace storage;

namespace {

/// One whole statement per table.
QString refsOf(const QString& table)
{
    if (table == QLatin1String("sites"))
        return QStringLiteral("SELECT ref FROM site");
    if (table == QLatin1String("rooms"))
        return QStringLiteral("SELECT ref FROM room");
    if (table == QLatin1String("cohorts"))
        return QStringLiteral("SELECT ref FROM cohort");
    if (table == QLatin1String("participants"))
        return QStringLiteral("SELECT ref FROM participant");
    if (table == QLatin1String("volunteers"))
        return QStringLiteral("SELECT ref FROM volunteer");
    if (table == QLatin1String("trainers"))
        return QStringLiteral("SELECT ref FROM trainer");
    if (table == QLatin1String("sessions"))
        return QStringLiteral("SELECT ref FROM session");
    if (table == QLatin1String("pairings"))
        return QStringLiteral("SELECT ref FROM pairing");
    return {};
}

} // namespace

Result<bool> StoredRefs::contains(const QString& table, const QString& ref)
{
    auto it = m_refs.find(table);
    if (it == m_refs.end()) {
        const QString sql = refsOf(table);
        if (sql.isEmpty())
            return fail(ErrorCode::Usage, QStringLiteral("no refs in table '%1'").arg(table));
        QSet<QString> refs;
        if (auto r = select(m_db, sql, {}, [&refs](const QSqlQuery& q) { refs.insert(q.value(0).toString()); }); !r)
            return fail(r.error());
        it = m_refs.insert(table, std::move(refs));
    }
    return it->contains(ref);
}

} // namespace parcours
