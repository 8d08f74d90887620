// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementCache.h"

#include "SqlSupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace parcours::storage {

StatementCache::StatementCache(QString connection) : m_connection(std::move(connection)) {}

StatementCache::~StatementCache()
{
    clear();
}

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

Result<sqlite3_stmt*> StatementCache::getRaw(const char* sql)
{
    ++m_requests;
    auto it = m_raw.find(sql);
    if (it != m_raw.end())
        return it->second;
    auto db = sqliteHandle(m_connection);
    if (!db)
        return fail(db.error());
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(*db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return fail(sqliteError(*db, rc, sql));
    }
    m_raw.emplace(sql, stmt);
    return stmt;
}

void StatementCache::clear()
{
    m_queries.clear();
    for (const auto& [sql, stmt] : m_raw)
        sqlite3_finalize(stmt);
    m_raw.clear();
}

} // namespace parcours::storage
