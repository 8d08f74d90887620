// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlSupport.h"

#include "Database.h"
#include "StatementCache.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

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
