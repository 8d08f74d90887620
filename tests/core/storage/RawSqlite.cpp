// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawSqlite.h"

#include <QFile>

#include <sqlite3.h>

namespace parcours::test {

RawSqlite::RawSqlite(const QString& path, bool readOnly, bool create)
{
    const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0));
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_busy_timeout(m_db, 5000);
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

RawSqlite::~RawSqlite()
{
    sqlite3_close(m_db);
}

int RawSqlite::exec(const QString& sql)
{
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    m_message = error ? QString::fromUtf8(error) : QString();
    sqlite3_free(error);
    return rc;
}

QStringList RawSqlite::column(const QString& sql)
{
    QStringList out;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
        return out;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const auto text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        out << (text ? QString::fromUtf8(text) : QString());
    }
    sqlite3_finalize(stmt);
    return out;
}

qint64 RawSqlite::integer(const QString& sql)
{
    const QStringList rows = column(sql);
    bool ok = false;
    const qint64 value = rows.isEmpty() ? -1 : rows.first().toLongLong(&ok);
    return ok ? value : -1;
}

QString RawSqlite::text(const QString& sql)
{
    const QStringList rows = column(sql);
    return rows.isEmpty() ? QString() : rows.first();
}

} // namespace parcours::test
