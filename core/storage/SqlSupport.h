// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/storage: running statements on a Database's connection, turning SQLite's
// failures into Errors, and converting between domain values and stored values.

#include "core/Result.h"
#include "core/domain/Codes.h"

#include <QDate>
#include <QHash>
#include <QLoggingCategory>
#include <QTime>
#include <QVariant>

#include <functional>
#include <optional>

class QSqlError;
class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace parcours {
class Database;
}

namespace parcours::storage {

/// The ErrorCode of a SQLite result code (primary or extended).
ErrorCode errorCodeOfSqlite(int code);

/// An Error for a failed statement. A constraint failure becomes ErrorCode::Invalid with a
/// Problem naming the column when SQLite names it; `context` (the SQL) goes to the log only.
Error sqlError(const QSqlError& error, const QString& context = {});

/// The sqlite3 connection under the Qt Sql connection `connection` (Qt's driver and Parcours
/// link the same libsqlite3): for the few readers and writers that use SQLite's C API.
[[nodiscard]] Result<sqlite3*> sqliteHandle(const QString& connection);

/// The Error the Qt Sql path gives for the same failure of `sql` on `db` (SQLite's message and
/// code through sqlError), for code that uses SQLite's C API.
Error sqliteError(sqlite3* db, int rc, const char* sql);

/// Refuses a write outside a Transaction (ErrorCode::Usage) or on a read-only file (ReadOnly).
[[nodiscard]] Result<void> requireWritable(const Database& db);

/// Runs the cached statement `sql` with `values` bound in order and calls `onRow` for each row.
[[nodiscard]] Result<void> select(const Database& db, const QString& sql, const QVariantList& values,
                                  const std::function<void(const QSqlQuery&)>& onRow);

/// The rows of a constant SELECT read through SQLite's C API on a Database's connection, for
/// lists of 100,000 rows: the statement is prepared once per connection (StatementCache), each
/// value read straight from SQLite into a QString, QDate or code without a QVariant per value,
/// texts converted once from the file's UTF-8. Values are read as the Qt Sql path reads them
/// (textFrom, dateFrom, optionalCodeFrom) and failures give the same Errors. One statement's
/// rows at a time: it is reset when this goes out of scope (no read snapshot kept).
class SqliteRows
{
public:
    /// Runs `sql` (constant text) with `texts` bound to its parameters in order.
    [[nodiscard]] static Result<SqliteRows> run(const Database& db, const char* sql, const QStringList& texts = {});
    SqliteRows(SqliteRows&& other) noexcept;
    SqliteRows(const SqliteRows&) = delete;
    SqliteRows& operator=(const SqliteRows&) = delete;
    SqliteRows& operator=(SqliteRows&&) = delete;
    ~SqliteRows();

    /// Steps to the next row: false after the last, or on a failure (finish() tells which).
    bool next();
    /// After next() gave false: nothing, or the Error of the step that failed.
    [[nodiscard]] Result<void> finish() const;

    bool isNull(int column) const;
    qint64 integer(int column) const;
    /// textFrom(): NULL is an empty text.
    QString text(int column) const;
    /// The texts of short values already read, by their bytes (see sharedText()).
    using SharedTexts = QHash<quint64, QString>;
    /// text(), the same QString for the same value when it is at most 7 bytes long: for a column
    /// of few short values (country codes) whose 100,000 rows then hold a few strings.
    QString sharedText(int column, SharedTexts& texts) const;
    /// dateFrom(): an ISO date, or an invalid date for NULL or anything else.
    QDate date(int column) const;
    /// optionalCodeFrom(): nothing for NULL or a code E does not have.
    template<class E>
    std::optional<E> code(int column) const
    {
        if (isNull(column))
            return std::nullopt;
        char16_t room[kCodeRoom];
        const QStringView code = shortText(column, room);
        return code.isNull() ? fromCode<E>(text(column)) : fromCode<E>(code);
    }

private:
    static constexpr int kCodeRoom = 32;
    SqliteRows(sqlite3_stmt* stmt, const char* sql) : m_stmt(stmt), m_sql(sql) {}
    /// The value's bytes one char16_t each in `room` (the same as its text when it is ASCII, as
    /// codes are; never equal to a code when not), or a null view when it does not fit.
    QStringView shortText(int column, char16_t (&room)[kCodeRoom]) const;

    sqlite3_stmt* m_stmt = nullptr;
    const char* m_sql = nullptr;
    int m_rc = 0; ///< the last step's result
};

/// The first column of the first row, or nothing when there is no row.
[[nodiscard]] Result<std::optional<QVariant>> selectValue(const Database& db, const QString& sql,
                                                          const QVariantList& values = {});

/// What a write did.
struct Written
{
    int rows = 0;
    qint64 lastId = 0;
};

/// Runs the cached write statement `sql` with `values` bound in order; needs requireWritable().
[[nodiscard]] Result<Written> write(const Database& db, const QString& sql, const QVariantList& values);

/// Runs one statement without caching it (pragmas, migrations) and returns its rows.
[[nodiscard]] Result<QList<QVariantList>> execDirect(const QString& connection, const QString& sql);

/// Inserts a row (`columns` = `values`) into `table`, or updates row `id` when there is one;
/// returns the row's id. `table` and `columns` are identifiers from code, never input.
[[nodiscard]] Result<qint64> insertOrUpdate(const Database& db, const QString& table,
                                            const QStringList& columns, const QVariantList& values,
                                            std::optional<qint64> id);

/// Runs a DELETE; ErrorCode::NotFound with `notFound` as detail when it deleted nothing.
[[nodiscard]] Result<void> removeRows(const Database& db, const QString& sql, const QVariantList& values,
                                      const QString& notFound);

/// The first column of the first row as a row id, or nothing when there is no row.
[[nodiscard]] Result<std::optional<qint64>> selectId(const Database& db, const QString& sql, const QVariantList& values);

/// The id of the row of `table` whose ref is `ref`, or nothing.
[[nodiscard]] Result<std::optional<qint64>> idOfRef(const Database& db, const QString& table, const QString& ref);

/// `prefix` followed by the number after the highest `prefix` + digits ref of `table`, in at
/// least six digits: `P-000124`.
[[nodiscard]] Result<QString> nextRef(const Database& db, const QString& table, const QString& prefix);

/// `SELECT count(*) FROM table`.
[[nodiscard]] Result<int> countRows(const Database& db, const QString& table);

/// Every row of `sql`, each turned into a T by `from(const QSqlQuery&)`.
template<class T, class F>
Result<QList<T>> selectList(const Database& db, const QString& sql, const QVariantList& values, F from)
{
    QList<T> out;
    auto r = select(db, sql, values, [&](const QSqlQuery& q) { out.append(from(q)); });
    if (!r)
        return fail(r.error());
    return out;
}

/// The first row of `sql` turned into a T, or nothing.
template<class T, class F>
Result<std::optional<T>> selectFirst(const Database& db, const QString& sql, const QVariantList& values, F from)
{
    auto list = selectList<T>(db, sql, values, from);
    if (!list)
        return fail(list.error());
    if (list->isEmpty())
        return std::optional<T>();
    return std::optional<T>(list->first());
}

/// What every save does first: requireWritable(), then the value's own rules (ErrorCode::Invalid
/// with every problem found). `what` names the record in the message: "participant 'P-000001'".
template<class T>
Result<void> checkBeforeSave(const Database& db, const T& value, const QString& what)
{
    if (auto ok = requireWritable(db); !ok)
        return ok;
    const QList<Problem> problems = value.validate();
    if (!problems.isEmpty())
        return fail(invalid(problems, QStringLiteral("The %1 is not valid.").arg(what)));
    return {};
}

// Stored forms: optional text, dates and numbers are NULL when absent; dates ISO, times HH:mm.
QVariant textOrNull(const QString& text);
QVariant dateOrNull(const QDate& date);
QVariant timeOrNull(const QTime& time);
QVariant intOrNull(std::optional<int> value);
QVariant realOrNull(std::optional<double> value);
/// A list of codes in one cell, joined with '|'; NULL when empty.
QVariant listOrNull(const QStringList& list);

QString textFrom(const QVariant& value);
QDate dateFrom(const QVariant& value);
QTime timeFrom(const QVariant& value);
std::optional<int> optionalIntFrom(const QVariant& value);
std::optional<double> optionalRealFrom(const QVariant& value);
QStringList listFrom(const QVariant& value);

template<class E>
QVariant codeOrNull(std::optional<E> value)
{
    return value ? QVariant(codeOf(*value)) : QVariant();
}

template<class E>
std::optional<E> optionalCodeFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return fromCode<E>(value.toString());
}

/// A code read from a column whose CHECK allows only known codes.
template<class E>
E codeFrom(const QVariant& value, E fallback)
{
    return fromCode<E>(value.toString()).value_or(fallback);
}

} // namespace parcours::storage
