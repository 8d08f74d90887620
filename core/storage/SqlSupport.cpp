// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlSupport.h"

#include "Database.h"
#include "StatementCache.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcStorage, "parcours.storage")

namespace parcours::storage {

namespace {

/// Finishes a cached query when the caller is done with it, so that no statement keeps a read
/// snapshot open between calls.
class Finisher
{
public:
    explicit Finisher(QSqlQuery& q) : m_q(q) {}
    ~Finisher() { m_q.finish(); }
    Finisher(const Finisher&) = delete;
    Finisher& operator=(const Finisher&) = delete;

private:
    QSqlQuery& m_q;
};

Result<QSqlQuery*> run(const Database& db, const QString& sql, const QVariantList& values)
{
    auto query = db.statements().get(sql);
    if (!query)
        return query;
    QSqlQuery* q = *query;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec()) {
        const Error e = sqlError(q->lastError(), sql);
        q->finish();
        return fail(e);
    }
    return q;
}

/// Column names in SQLite's constraint messages are those of the tables; a person knows the
/// `*_ref` columns of the exchange format instead of the `*_id` foreign keys.
QString fieldOfColumn(QString column)
{
    column.remove(QLatin1Char('"'));
    const int dot = column.lastIndexOf(QLatin1Char('.'));
    if (dot >= 0)
        column = column.mid(dot + 1);
    if (column.endsWith(QLatin1String("_id")))
        column = column.left(column.size() - 3) + QLatin1String("_ref");
    return column.trimmed();
}

/// The first column named in a CHECK expression as SQLite reports it
/// (`CHECK constraint failed: strftime('%H:%M', opens) IS opens` names `opens`).
QString fieldOfCheck(const QString& expression)
{
    static const QRegularExpression token(QStringLiteral(R"re('[^']*'|"([A-Za-z_][A-Za-z0-9_]*)"|([A-Za-z_][A-Za-z0-9_]*)(\s*\()?)re"));
    static const QStringList keywords = {
        QStringLiteral("is"),  QStringLiteral("null"),    QStringLiteral("and"), QStringLiteral("or"),
        QStringLiteral("not"), QStringLiteral("between"), QStringLiteral("in"),  QStringLiteral("like"),
    };
    auto it = token.globalMatch(expression);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty())
            return fieldOfColumn(m.captured(1));
        const QString word = m.captured(2);
        if (word.isEmpty() || !m.captured(3).isEmpty() || keywords.contains(word.toLower()))
            continue; // a string, a function name or a keyword
        return fieldOfColumn(word);
    }
    return {};
}

Problem constraintProblem(const QString& message)
{
    Problem p;
    const int colon = message.indexOf(QLatin1String(": "));
    const QString what = colon >= 0 ? message.mid(colon + 2).trimmed() : QString();
    if (message.startsWith(QLatin1String("NOT NULL"))) {
        p.field = fieldOfColumn(what);
        p.reason = QStringLiteral("is required");
    } else if (message.startsWith(QLatin1String("UNIQUE"))) {
        if (what.startsWith(QLatin1String("index"))) {
            p.reason = QStringLiteral("breaks the rule %1").arg(what.mid(6));
        } else {
            QStringList fields;
            for (const QString& column : what.split(QLatin1Char(',')))
                fields << fieldOfColumn(column);
            p.field = fields.join(QLatin1String(", "));
            p.reason = fields.size() > 1 ? QStringLiteral("another row has the same values")
                                         : QStringLiteral("is already used by another row");
        }
    } else if (message.startsWith(QLatin1String("CHECK"))) {
        p.field = fieldOfCheck(what);
        p.reason = QStringLiteral("is refused by the rule %1").arg(what);
    } else if (message.startsWith(QLatin1String("FOREIGN KEY"))) {
        p.reason = QStringLiteral("refers to a row that does not exist, or is still referred to");
    } else {
        p.reason = message;
    }
    return p;
}

} // namespace

ErrorCode errorCodeOfSqlite(int code)
{
    switch (code & 0xff) {
    case SQLITE_CONSTRAINT:
        return ErrorCode::Invalid;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Busy;
    case SQLITE_READONLY:
        return ErrorCode::ReadOnly;
    case SQLITE_CORRUPT:
        return ErrorCode::Corrupt;
    case SQLITE_NOTADB:
        return ErrorCode::NotADatabase;
    case SQLITE_FULL:
        return ErrorCode::DiskFull;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return ErrorCode::Io;
    default:
        return ErrorCode::Sql;
    }
}

Error sqlError(const QSqlError& error, const QString& context)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    const ErrorCode code = ok ? errorCodeOfSqlite(native) : ErrorCode::Sql;
    if (code == ErrorCode::Invalid)
        return invalid({constraintProblem(text)}, QStringLiteral("The database refused the row: %1").arg(text));
    if (!context.isEmpty())
        qCWarning(lcStorage) << "statement failed:" << text << "in" << context;
    Error e;
    e.code = code;
    switch (code) {
    case ErrorCode::Busy:
        e.detail = QStringLiteral("The database is busy: another program is writing to it (%1).").arg(text);
        break;
    case ErrorCode::ReadOnly:
        e.detail = QStringLiteral("The database cannot be written to (%1).").arg(text);
        break;
    case ErrorCode::DiskFull:
        e.detail = QStringLiteral("The disk is full: nothing was written (%1).").arg(text);
        break;
    default:
        e.detail = QStringLiteral("Database error: %1").arg(text);
        break;
    }
    return e;
}

Result<sqlite3*> sqliteHandle(const QString& connection)
{
    const QSqlDatabase qt = QSqlDatabase::database(connection, false);
    const QVariant handle = qt.isValid() ? qt.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(ErrorCode::Sql, QStringLiteral("The connection is not a SQLite connection."));
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
    if (!db)
        return fail(ErrorCode::Sql, QStringLiteral("The connection is closed."));
    return db;
}

Error sqliteError(sqlite3* db, int rc, const char* sql)
{
    const QString message = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    return sqlError(QSqlError(QStringLiteral("Unable to fetch row"), message, QSqlError::StatementError,
                              QString::number(rc)),
                    QString::fromUtf8(sql));
}

Result<SqliteRows> SqliteRows::run(const Database& db, const char* sql, const QStringList& texts)
{
    auto stmt = db.statements().getRaw(sql);
    if (!stmt)
        return fail(stmt.error());
    SqliteRows rows(*stmt, sql);
    for (int i = 0; i < texts.size(); ++i) {
        const QString& text = texts.at(i);
        const int rc = text.isNull()
            ? sqlite3_bind_null(*stmt, i + 1)
            : sqlite3_bind_text16(*stmt, i + 1, text.utf16(), int(text.size() * sizeof(QChar)), SQLITE_TRANSIENT);
        if (rc != SQLITE_OK)
            return fail(sqliteError(sqlite3_db_handle(*stmt), rc, sql));
    }
    return rows;
}

SqliteRows::SqliteRows(SqliteRows&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_sql(other.m_sql), m_rc(other.m_rc)
{
}

SqliteRows::~SqliteRows()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

bool SqliteRows::next()
{
    m_rc = sqlite3_step(m_stmt);
    return m_rc == SQLITE_ROW;
}

Result<void> SqliteRows::finish() const
{
    if (m_rc == SQLITE_DONE)
        return {};
    sqlite3* db = sqlite3_db_handle(m_stmt);
    return fail(sqliteError(db, sqlite3_extended_errcode(db), m_sql));
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteRows::text(int column) const
{
    // The text before its length: SQLite may convert the value to text first.
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!bytes)
        return {};
    return QString::fromUtf8(bytes, sqlite3_column_bytes(m_stmt, column));
}

QString SqliteRows::sharedText(int column, SharedTexts& texts) const
{
    const auto* bytes = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!bytes || size > 7)
        return text(column);
    quint64 key = quint64(size) << 56;
    for (int i = 0; i < size; ++i)
        key |= quint64(bytes[i]) << (8 * i);
    auto it = texts.constFind(key);
    if (it == texts.cend())
        it = texts.insert(key, QString::fromUtf8(reinterpret_cast<const char*>(bytes), size));
    return *it;
}

QDate SqliteRows::date(int column) const
{
    const auto* c = sqlite3_column_text(m_stmt, column);
    if (!c)
        return {};
    // A stored date is `yyyy-mm-dd` (the schema's CHECK): read its digits; anything else as
    // dateFrom reads it. An impossible day gives an invalid date, as there.
    const auto digit = [](unsigned char x) { return x >= '0' && x <= '9'; };
    if (sqlite3_column_bytes(m_stmt, column) == 10 && c[4] == '-' && c[7] == '-' && digit(c[0]) && digit(c[1])
        && digit(c[2]) && digit(c[3]) && digit(c[5]) && digit(c[6]) && digit(c[8]) && digit(c[9])) {
        const int year = (c[0] - '0') * 1000 + (c[1] - '0') * 100 + (c[2] - '0') * 10 + (c[3] - '0');
        if (year > 0)
            return QDate(year, (c[5] - '0') * 10 + (c[6] - '0'), (c[8] - '0') * 10 + (c[9] - '0'));
    }
    return QDate::fromString(text(column), Qt::ISODate);
}

QStringView SqliteRows::shortText(int column, char16_t (&room)[kCodeRoom]) const
{
    const auto* bytes = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!bytes || size > kCodeRoom)
        return {};
    std::copy(bytes, bytes + size, room);
    return QStringView(room, size);
}

Result<void> requireWritable(const Database& db)
{
    if (db.isReadOnly())
        return fail(ErrorCode::ReadOnly, QStringLiteral("'%1' is open read-only.").arg(db.path()));
    if (!db.inTransaction())
        return fail(ErrorCode::Usage, QStringLiteral("A write needs an open transaction."));
    return {};
}

Result<void> select(const Database& db, const QString& sql, const QVariantList& values,
                    const std::function<void(const QSqlQuery&)>& onRow)
{
    auto q = run(db, sql, values);
    if (!q)
        return fail(q.error());
    Finisher finisher(**q);
    while ((*q)->next())
        onRow(**q);
    if ((*q)->lastError().isValid())
        return fail(sqlError((*q)->lastError(), sql));
    return {};
}

Result<std::optional<QVariant>> selectValue(const Database& db, const QString& sql, const QVariantList& values)
{
    auto q = run(db, sql, values);
    if (!q)
        return fail(q.error());
    Finisher finisher(**q);
    if ((*q)->next())
        return std::optional<QVariant>((*q)->value(0));
    if ((*q)->lastError().isValid())
        return fail(sqlError((*q)->lastError(), sql));
    return std::optional<QVariant>();
}

Result<Written> write(const Database& db, const QString& sql, const QVariantList& values)
{
    if (auto ok = requireWritable(db); !ok)
        return fail(ok.error());
    auto q = run(db, sql, values);
    if (!q)
        return fail(q.error());
    Finisher finisher(**q);
    Written w;
    w.rows = (*q)->numRowsAffected();
    w.lastId = (*q)->lastInsertId().toLongLong();
    return w;
}

Result<QList<QVariantList>> execDirect(const QString& connection, const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return fail(sqlError(q.lastError(), sql));
    QList<QVariantList> rows;
    while (q.next()) {
        QVariantList row;
        const int n = q.record().count();
        for (int i = 0; i < n; ++i)
            row << q.value(i);
        rows << row;
    }
    if (q.lastError().isValid())
        return fail(sqlError(q.lastError(), sql));
    return rows;
}

Result<qint64> insertOrUpdate(const Database& db, const QString& table, const QStringList& columns,
                              const QVariantList& values, std::optional<qint64> id)
{
    if (id) {
        QStringList sets;
        for (const QString& c : columns)
            sets << c + QLatin1String(" = ?");
        QVariantList bound = values;
        bound << *id;
        const QString sql = QLatin1String("UPDATE ") + table + QLatin1String(" SET ") + sets.join(QLatin1String(", "))
            + QLatin1String(" WHERE id = ?");
        auto w = write(db, sql, bound);
        if (!w)
            return fail(w.error());
        return *id;
    }
    const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", "));
    const QString sql = QLatin1String("INSERT INTO ") + table + QLatin1String(" (") + columns.join(QLatin1String(", "))
        + QLatin1String(") VALUES (") + marks + QLatin1Char(')');
    auto w = write(db, sql, values);
    if (!w)
        return fail(w.error());
    return w->lastId;
}

Result<void> removeRows(const Database& db, const QString& sql, const QVariantList& values, const QString& notFound)
{
    auto w = write(db, sql, values);
    if (!w)
        return fail(w.error());
    if (w->rows == 0)
        return fail(ErrorCode::NotFound, notFound);
    return {};
}

Result<std::optional<qint64>> selectId(const Database& db, const QString& sql, const QVariantList& values)
{
    auto v = selectValue(db, sql, values);
    if (!v)
        return fail(v.error());
    if (!*v || (*v)->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>((*v)->toLongLong());
}

Result<std::optional<qint64>> idOfRef(const Database& db, const QString& table, const QString& ref)
{
    return selectId(db, QLatin1String("SELECT id FROM ") + table + QLatin1String(" WHERE ref = ?"), {ref});
}

Result<QString> nextRef(const Database& db, const QString& table, const QString& prefix)
{
    // Only refs made of the prefix and 1 to 15 digits count; a hand-made ref like `P-ADA` or
    // `p-000007` (another letter case) does not.
    const int n = int(prefix.size());
    const QString sql = QLatin1String("SELECT max(CAST(substr(ref, ?) AS INTEGER)) FROM ") + table
        + QLatin1String(" WHERE substr(ref, 1, ?) = ? AND length(ref) BETWEEN ? AND ?"
                        " AND ltrim(substr(ref, ?), '0123456789') = ''");
    auto v = selectValue(db, sql, {n + 1, n, prefix, n + 1, n + 15, n + 1});
    if (!v)
        return fail(v.error());
    const qint64 highest = (*v && !(*v)->isNull()) ? (*v)->toLongLong() : 0;
    return prefix + QStringLiteral("%1").arg(highest + 1, 6, 10, QLatin1Char('0'));
}

Result<int> countRows(const Database& db, const QString& table)
{
    auto v = selectValue(db, QLatin1String("SELECT count(*) FROM ") + table);
    if (!v)
        return fail(v.error());
    return *v ? (*v)->toInt() : 0;
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant timeOrNull(const QTime& time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
}

QVariant intOrNull(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant realOrNull(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant listOrNull(const QStringList& list)
{
    return textOrNull(list.join(QLatin1Char('|')));
}

QString textFrom(const QVariant& value)
{
    return value.isNull() ? QString() : value.toString();
}

QDate dateFrom(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

std::optional<int> optionalIntFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

std::optional<double> optionalRealFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

QStringList listFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    return value.toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace parcours::storage
