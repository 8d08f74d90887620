// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExchangeValues.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <functional>
#include <optional>

namespace parcours {

/// One column of an exchange file and how it maps to a field of the domain struct `T`:
/// `read` sets the field from a cell (an empty cell means no value, or the spec's default)
/// and returns why the cell is not a valid value (empty when it is); `write` gives the
/// canonical text of the field. The factories below make one column per kind of value.
template<class T>
struct ExchangeColumn
{
    QString name;
    bool required = false;
    std::function<QString(T&, const QString&)> read;
    /// The decimal point is `.` in the exchange format and `,` in the Excel dialect.
    std::function<QString(const T&, QChar decimalPoint)> write;
};

namespace columns {

template<class T>
ExchangeColumn<T> text(const char* name, bool required, QString T::*field)
{
    return {QString::fromLatin1(name), required,
            [field](T& row, const QString& cell) { row.*field = cell; return QString(); },
            [field](const T& row, QChar) { return row.*field; }};
}

/// An ISO 3166-1 alpha-2 code, upper-cased on import (`af` is `AF`).
template<class T>
ExchangeColumn<T> country(const char* name, QString T::*field)
{
    return {QString::fromLatin1(name), false,
            [field](T& row, const QString& cell) { row.*field = cell.toUpper(); return QString(); },
            [field](const T& row, QChar) { return row.*field; }};
}

/// ISO 639-1 codes separated by `|`, lower-cased on import.
template<class T>
ExchangeColumn<T> languages(const char* name, QStringList T::*field)
{
    return {QString::fromLatin1(name), false,
            [field](T& row, const QString& cell) {
                QStringList list = ExchangeValues::splitList(cell);
                for (QString& code : list)
                    code = code.toLower();
                row.*field = list;
                return QString();
            },
            [field](const T& row, QChar) { return (row.*field).join(QLatin1Char('|')); }};
}

template<class T>
ExchangeColumn<T> date(const char* name, bool required, QDate T::*field)
{
    return {QString::fromLatin1(name), required,
            [field](T& row, const QString& cell) {
                row.*field = QDate();
                if (cell.isEmpty())
                    return QString();
                const auto d = ExchangeValues::parseDate(cell);
                if (!d)
                    return ExchangeValues::dateReason(cell);
                row.*field = *d;
                return QString();
            },
            [field](const T& row, QChar) { return ExchangeValues::formatDate(row.*field); }};
}

/// A time; an empty cell gives `fallback` (null: no value).
template<class T>
ExchangeColumn<T> time(const char* name, bool required, QTime T::*field, QTime fallback = {})
{
    return {QString::fromLatin1(name), required,
            [field, fallback](T& row, const QString& cell) {
                row.*field = fallback;
                if (cell.isEmpty())
                    return QString();
                const auto t = ExchangeValues::parseTime(cell);
                if (!t)
                    return ExchangeValues::timeReason(cell);
                row.*field = *t;
                return QString();
            },
            [field](const T& row, QChar) { return ExchangeValues::formatTime(row.*field); }};
}

/// A whole number; an empty cell gives `fallback`, which is written out unless `blankFallback`
/// (minutes_late: 0 means "not late" and is left empty, as people write it).
template<class T>
ExchangeColumn<T> integer(const char* name, bool required, int T::*field, int fallback,
                          bool blankFallback = false)
{
    return {QString::fromLatin1(name), required,
            [field, fallback](T& row, const QString& cell) {
                row.*field = fallback;
                if (cell.isEmpty())
                    return QString();
                const auto v = ExchangeValues::parseInteger(cell);
                if (!v)
                    return ExchangeValues::integerReason(cell);
                row.*field = *v;
                return QString();
            },
            [field, fallback, blankFallback](const T& row, QChar) {
                return blankFallback && row.*field == fallback ? QString() : QString::number(row.*field);
            }};
}

template<class T>
ExchangeColumn<T> integer(const char* name, std::optional<int> T::*field)
{
    return {QString::fromLatin1(name), false,
            [field](T& row, const QString& cell) {
                row.*field = std::nullopt;
                if (cell.isEmpty())
                    return QString();
                const auto v = ExchangeValues::parseInteger(cell);
                if (!v)
                    return ExchangeValues::integerReason(cell);
                row.*field = *v;
                return QString();
            },
            [field](const T& row, QChar) {
                return (row.*field) ? QString::number(*(row.*field)) : QString();
            }};
}

template<class T>
ExchangeColumn<T> weekday(const char* name, int T::*field)
{
    return {QString::fromLatin1(name), true,
            [field](T& row, const QString& cell) {
                if (cell.isEmpty())
                    return QString();
                const auto v = ExchangeValues::parseWeekday(cell);
                if (!v)
                    return ExchangeValues::weekdayReason(cell);
                row.*field = *v;
                return QString();
            },
            [field](const T& row, QChar) { return QString::number(row.*field); }};
}

template<class T>
ExchangeColumn<T> number(const char* name, double T::*field, double fallback)
{
    return {QString::fromLatin1(name), false,
            [field, fallback](T& row, const QString& cell) {
                row.*field = fallback;
                if (cell.isEmpty())
                    return QString();
                const auto v = ExchangeValues::parseNumber(cell);
                if (!v)
                    return ExchangeValues::numberReason(cell);
                row.*field = *v;
                return QString();
            },
            [field](const T& row, QChar point) {
                return ExchangeValues::formatNumber(row.*field, point);
            }};
}

template<class T>
ExchangeColumn<T> number(const char* name, std::optional<double> T::*field)
{
    return {QString::fromLatin1(name), false,
            [field](T& row, const QString& cell) {
                row.*field = std::nullopt;
                if (cell.isEmpty())
                    return QString();
                const auto v = ExchangeValues::parseNumber(cell);
                if (!v)
                    return ExchangeValues::numberReason(cell);
                row.*field = *v;
                return QString();
            },
            [field](const T& row, QChar point) {
                return (row.*field) ? ExchangeValues::formatNumber(*(row.*field), point) : QString();
            }};
}

/// A code of domain.md; on import also a label or alias in any case (parseCode).
template<class T, class E>
ExchangeColumn<T> code(const char* name, bool required, E T::*field, E fallback)
{
    return {QString::fromLatin1(name), required,
            [field, fallback](T& row, const QString& cell) {
                row.*field = fallback;
                if (cell.isEmpty())
                    return QString();
                const auto v = parseCode<E>(cell);
                if (!v)
                    return ExchangeValues::codeReason<E>(cell);
                row.*field = *v;
                return QString();
            },
            [field](const T& row, QChar) { return codeOf(row.*field); }};
}

template<class T, class E>
ExchangeColumn<T> code(const char* name, std::optional<E> T::*field)
{
    return {QString::fromLatin1(name), false,
            [field](T& row, const QString& cell) {
                row.*field = std::nullopt;
                if (cell.isEmpty())
                    return QString();
                const auto v = parseCode<E>(cell);
                if (!v)
                    return ExchangeValues::codeReason<E>(cell);
                row.*field = *v;
                return QString();
            },
            [field](const T& row, QChar) { return (row.*field) ? codeOf(*(row.*field)) : QString(); }};
}

/// Codes separated by `|`, written in code order without repeats.
template<class T, class E>
ExchangeColumn<T> codeList(const char* name, QList<E> T::*field)
{
    return {QString::fromLatin1(name), false,
            [field](T& row, const QString& cell) {
                QList<E> values;
                for (const QString& part : ExchangeValues::splitList(cell)) {
                    const auto v = parseCode<E>(part);
                    if (!v)
                        return ExchangeValues::codeReason<E>(part);
                    if (!values.contains(*v))
                        values << *v;
                }
                std::sort(values.begin(), values.end());
                row.*field = values;
                return QString();
            },
            [field](const T& row, QChar) {
                QList<E> values = row.*field;
                std::sort(values.begin(), values.end());
                values.erase(std::unique(values.begin(), values.end()), values.end());
                QStringList codes;
                for (E v : values)
                    codes << codeOf(v);
                return codes.join(QLatin1Char('|'));
            }};
}

} // namespace columns

} // namespace parcours
