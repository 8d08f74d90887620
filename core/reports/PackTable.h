// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/reports: one file of the review pack as a table of columns, from which both
// the CSV and its part of README.txt are written (one source for the schema).

#include "core/exchange/CsvWriter.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cmath>
#include <functional>

namespace parcours::pack {

/// What a column holds, which decides how it is written and whether it is suppressed.
enum class Kind {
    Text,   ///< a code, a ref, a date or a name of a cohort
    People, ///< a count of persons: empty and listed in `suppressed` when 0 < n < threshold
    Number, ///< hours, counts of participant-sessions, averages: 2 decimals at most
    Rate,   ///< between 0 and 1, 4 decimals at most; empty when its denominator is 0
};

template<class R>
struct Column
{
    QString name;
    QString description;
    Kind kind = Kind::Text;
    /// The value for a row: QString (Text), int (People), double (Number, Rate); an invalid
    /// QVariant for "no value".
    std::function<QVariant(const R&)> value;
    /// Columns from which this one is computed: suppressed when any of them is.
    QStringList dependsOn = {};
};

/// The columns every file of the pack starts with, and the one it ends with.
struct Context
{
    int schemaVersion = 1;
    QString partner;
    QString from; ///< ISO dates of the period
    QString to;
    int threshold = 3;
};

inline QStringList leadingNames()
{
    return {QStringLiteral("schema_version"), QStringLiteral("partner"), QStringLiteral("period_from"),
            QStringLiteral("period_to")};
}

inline QString suppressedName()
{
    return QStringLiteral("suppressed");
}

/// `value` rounded to `decimals`, without trailing zeros, with a point: 0.6667, 12.5, 3.
inline QString decimal(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0)
        rounded = 0; // no "-0"
    QString s = QString::number(rounded, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

inline QString format(Kind kind, const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (kind) {
    case Kind::Text:
        return v.toString();
    case Kind::People:
        return QString::number(v.toInt());
    case Kind::Number:
        return decimal(v.toDouble(), 2);
    case Kind::Rate:
        return decimal(v.toDouble(), 4);
    }
    return {};
}

/// The CSV bytes of `rows` (exchange dialect: UTF-8, `,`, `\n`). `presuppressed(row)` names the
/// columns already left out for that row (the participants' rare combinations). Adds the number
/// of cells suppressed to `suppressedCells`.
template<class R>
QByteArray writeCsv(const Context& ctx, const QList<Column<R>>& columns, const QList<R>& rows,
                    const std::function<QSet<QString>(const R&)>& presuppressed, int& suppressedCells)
{
    CsvWriter w;
    QStringList header = leadingNames();
    for (const Column<R>& c : columns)
        header << c.name;
    header << suppressedName();
    w.addRecord(header);
    const QStringList leading = {QString::number(ctx.schemaVersion), ctx.partner, ctx.from, ctx.to};
    for (const R& row : rows) {
        QSet<QString> out = presuppressed ? presuppressed(row) : QSet<QString>();
        QVariantList values;
        values.reserve(columns.size());
        for (const Column<R>& c : columns) {
            values << c.value(row);
            if (c.kind == Kind::People && values.last().isValid()) {
                const int n = values.last().toInt();
                if (n > 0 && n < ctx.threshold)
                    out.insert(c.name);
            }
        }
        // Columns only depend on earlier ones, so one pass in order settles them.
        for (const Column<R>& c : columns)
            for (const QString& d : c.dependsOn)
                if (out.contains(d))
                    out.insert(c.name);
        QStringList cells = leading;
        QStringList listed;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (out.contains(columns[i].name)) {
                cells << QString();
                listed << columns[i].name;
            } else {
                cells << format(columns[i].kind, values[i]);
            }
        }
        suppressedCells += int(listed.size());
        cells << listed.join(QLatin1Char('|'));
        w.addRecord(cells);
    }
    return w.bytes();
}

/// The README.txt lines describing `columns`.
template<class R>
QStringList describe(const QList<Column<R>>& columns)
{
    QStringList out;
    for (const Column<R>& c : columns) {
        QString line = QStringLiteral("  %1: %2").arg(c.name, c.description);
        if (c.kind == Kind::People)
            line += QStringLiteral(" [count of persons: suppressed below the threshold]");
        else if (!c.dependsOn.isEmpty())
            line += QStringLiteral(" [suppressed with %1]").arg(c.dependsOn.join(QLatin1String(", ")));
        out << line;
    }
    return out;
}

} // namespace parcours::pack
