// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace parcours::ui {

/// What a person reads for the tables and columns of the exchange format (exchange-format.md):
/// `participants` is "Participants", `birth_date` "Birth date", translated.
class ExchangeLabels
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeLabels)
public:
    /// The table's name for a person; the code itself for an unknown table.
    static QString table(const QString& name);
    /// The column's name for a person; the code itself for an unknown column.
    static QString column(const QString& name);
};

} // namespace parcours::ui
