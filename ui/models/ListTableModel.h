// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace parcours::ui {

/// Roles the table models answer besides Qt's own.
enum TableRole
{
    SortRole = Qt::UserRole + 1, ///< the value a proxy sorts by: a QDate, a number, a string
    RefRole,                     ///< the ref of the row's entity, for actions on a row
};

/// The rows of one list of entities, read from a repository; subclasses name the columns.
/// Read-only: edits will go through undo commands, never through setData on this list.
template <class T> class ListTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const QList<T>& rows() const { return m_rows; }
    const T& at(int row) const { return m_rows.at(row); }

    /// Empties the list, as when the file is closed.
    void clear()
    {
        beginResetModel();
        m_rows.clear();
        clearExtra();
        endResetModel();
    }

protected:
    void resetRows(QList<T> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    /// Drops what a subclass keeps beside the rows (names of cohorts, sites, ...).
    virtual void clearExtra() {}

    QList<T> m_rows;
};

} // namespace parcours::ui
