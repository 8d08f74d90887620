// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExchangeColumn.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {

/// One file of the exchange folder: its table name (`participants`), its columns in the order
/// of exchange-format.md, and the columns that identify a row (`ref`, or a natural key such
/// as `cohort_ref`, `participant_ref` for enrolments).
template<class T>
struct ExchangeTable
{
    QString name;
    QList<ExchangeColumn<T>> columns;
    QStringList keyColumns;

    QString fileName() const { return name + QLatin1String(".csv"); }
    bool hasRef() const { return keyColumns == QStringList{QStringLiteral("ref")}; }

    QStringList header() const
    {
        QStringList out;
        for (const auto& c : columns)
            out << c.name;
        return out;
    }

    int indexOf(const QString& column) const
    {
        for (int i = 0; i < columns.size(); ++i)
            if (columns.at(i).name == column)
                return i;
        return -1;
    }

    /// Every column of a row, canonical, in spec order.
    QStringList format(const T& row, QChar decimalPoint = QLatin1Char('.')) const
    {
        QStringList out;
        out.reserve(columns.size());
        for (const auto& c : columns)
            out << c.write(row, decimalPoint);
        return out;
    }

    /// The canonical text of the key columns, one string: two rows with the same key give the
    /// same string whatever way their cells were written (`03/03/2025` or `2025-03-03`).
    QString key(const T& row) const
    {
        QStringList parts;
        for (const QString& k : keyColumns)
            parts << columns.at(indexOf(k)).write(row, QLatin1Char('.'));
        return parts.join(QChar(0x1F));
    }
};

} // namespace parcours
