// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {

/// Matches the header row of a file with the columns of its table.
///
/// A header cell names a column when it is the same once letter case, accents, surrounding
/// spaces and the difference between `_`, `-`, `.` and a space are set aside (`Site Ref`,
/// `SITE_REF` and `site-ref` all name `site_ref`). A few French headers are accepted as well,
/// for files made by hand in a French spreadsheet: `prénom`, `nom` (last_name, or name where the
/// table has no last_name), `nom de famille`, `date de naissance`, `e-mail`/`courriel`/`mail`,
/// `téléphone`/`tél`, `adresse`, `ville`, `genre`/`sexe`, `pays d'origine`, `langues`, `statut`.
class ExchangeHeader
{
public:
    /// `columns` are the table's column names, in spec order.
    ExchangeHeader(const QStringList& cells, const QStringList& columns);

    /// For each column of the table, the index of its cell in a record, or -1 when the file
    /// has no such column.
    const QList<int>& cellOf() const { return m_cellOf; }
    bool has(int column) const { return m_cellOf.at(column) >= 0; }
    /// Header cells that name no column (as written in the file).
    const QStringList& unknown() const { return m_unknown; }
    /// Columns named twice (the first one is used).
    const QStringList& repeated() const { return m_repeated; }

private:
    QList<int> m_cellOf;
    QStringList m_unknown;
    QStringList m_repeated;
};

} // namespace parcours
