// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace parcours::ui {

class RowKeySource;

/// Sorts a table model by its SortRole and keeps the rows that match a search and the column
/// filters. The search: every word must appear in some column, ignoring case and accents
/// ("helene" finds "Hélène"); it reads the row's text folded once by the model (straight from
/// a RowKeySource, else its SearchTextRole), so a keystroke costs one substring test per row.
/// Sorting by a text column compares the source's collation keys when it has them. A column filter keeps the rows whose
/// FilterRole equals the code chosen, or holds it when it is a list.
class TableFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TableFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }

    /// Keeps the rows whose `column` holds `code`; an invalid QVariant removes the filter.
    void setColumnFilter(int column, const QVariant& code);
    QVariant columnFilter(int column) const { return m_filters.value(column); }

    /// A cell without a tooltip of its own shows its whole text as one: a column narrowed to
    /// fit the list cuts its texts short.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    /// By the source's collation keys where it has them (RowKeySource), else as Qt does.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const RowKeySource* m_keys = nullptr; ///< the source model, when it is one
    QString m_text;
    QStringList m_words; ///< folded
    QHash<int, QVariant> m_filters;
};

} // namespace parcours::ui
