// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementCache.h"

#include "SqlSupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace parcours::storage {

StatementCache::StatementCache(QString connection) : m_connection(std::move(connection)) {}

StatementCache::~StatementCache() = default;

Result<QSqlQuery*> StatementCache::get(const QString& sql)
{
    ++m_requests;
    auto it = m_queries.find(sql);
    if (it != m_queries.end())
        return it->second.get();
    auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection, false));
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return fail(sqlError(query->lastError(), sql));
    QSqlQuery* raw = query.get();
    m_queries.emplace(sql, std::move(query));
    return raw;
}

void StatementCache::clear()
{
    m_queries.clear();
}

} // namespace parcours::storage
