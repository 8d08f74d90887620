// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Storage tests look at files with the sqlite3 C library directly, not through the code under
// test, so that what they see is what is really in the file.

#include <QString>
#include <QStringList>

struct sqlite3;

namespace parcours::test {

/// A plain sqlite3 connection for tests; foreign keys on, like every Parcours connection.
class RawSqlite
{
public:
    /// Opens `path` read-write (creating it when `create`), or read-only.
    explicit RawSqlite(const QString& path, bool readOnly = false, bool create = false);
    ~RawSqlite();
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    bool isOpen() const { return m_db != nullptr; }
    /// Runs one or more statements; returns the SQLite result code (SQLITE_OK = 0).
    int exec(const QString& sql);
    /// The message of the last failure.
    QString lastMessage() const { return m_message; }
    /// The first column of the first row as an integer (-1 when no row or an error).
    qint64 integer(const QString& sql);
    /// The first column of the first row as text (empty when no row).
    QString text(const QString& sql);
    /// Every row's first column, as text.
    QStringList column(const QString& sql);

private:
    sqlite3* m_db = nullptr;
    QString m_message;
};

} // namespace parcours::test
