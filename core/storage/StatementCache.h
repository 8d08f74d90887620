// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>
#include <string>
#include <unordered_map>

class QSqlQuery;
struct sqlite3_stmt;

namespace parcours::storage {

/// The prepared statements of one connection, kept by SQL text, so that a repository called in
/// a loop (an import of many rows) prepares each statement once. Internal to core/storage.
class StatementCache
{
public:
    explicit StatementCache(QString connection);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    /// The query prepared for `sql`, prepared on first use. The pointer stays valid until
    /// clear(); the caller binds every placeholder, runs it and finishes it.
    [[nodiscard]] Result<QSqlQuery*> get(const QString& sql);
    /// The same for SQLite's C API (SqliteRows): the statement prepared for `sql` on first use;
    /// valid until clear(), the caller resets it when done.
    [[nodiscard]] Result<sqlite3_stmt*> getRaw(const char* sql);
    /// How many times get() or getRaw() was asked for a statement: the statements run on this connection
    /// (tests check that reading a list costs the same few queries for any number of rows).
    quint64 requests() const { return m_requests; }
    /// Finalises every statement (before the connection closes, or its schema changes).
    void clear();

private:
    QString m_connection;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    std::unordered_map<std::string, sqlite3_stmt*> m_raw;
    quint64 m_requests = 0;
};

} // namespace parcours::storage
