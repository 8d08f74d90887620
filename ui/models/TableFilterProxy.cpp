// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableFilterProxy.h"

#include "ListTableModel.h"
#include "core/domain/Codes.h"

namespace parcours::ui {

TableFilterProxy::TableFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TableFilterProxy::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = codes::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void TableFilterProxy::setColumnFilter(int column, const QVariant& code)
{
    if (!code.isValid())
        m_filters.remove(column);
    else
        m_filters.insert(column, code);
    invalidateRowsFilter();
}

bool TableFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        const QVariant value = model->index(sourceRow, it.key(), sourceParent).data(FilterRole);
        const QString wanted = it.value().toString();
        if (value.typeId() == QMetaType::QStringList) {
            if (!value.toStringList().contains(wanted))
                return false;
        } else if (value.toString() != wanted) {
            return false;
        }
    }
    if (m_words.isEmpty())
        return true;
    if (m_keys && !sourceParent.isValid()) {
        const QString& folded = m_keys->foldedText(sourceRow);
        for (const QString& word : m_words)
            if (!folded.contains(word))
                return false;
        return true;
    }
    QString row = model->index(sourceRow, 0, sourceParent).data(SearchTextRole).toString();
    if (row.isNull()) {
        // A model without a folded search text: fold its cells now.
        for (int column = 0; column < model->columnCount(sourceParent); ++column) {
            row += codes::fold(model->index(sourceRow, column, sourceParent).data().toString());
            row += QLatin1Char('\n');
        }
    }
    for (const QString& word : m_words)
        if (!row.contains(word))
            return false;
    return true;
}

void TableFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_keys = dynamic_cast<const RowKeySource*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool TableFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // Only while sorting by SortRole, locale-aware: what the keys stand for.
    if (m_keys && sortRole() == SortRole && isSortLocaleAware() && left.column() == right.column()
        && !left.parent().isValid()) {
        const QCollatorSortKey* a = m_keys->sortKey(left.row(), left.column());
        const QCollatorSortKey* b = a ? m_keys->sortKey(right.row(), right.column()) : nullptr;
        if (a && b)
            return a->compare(*b) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

QVariant TableFilterProxy::data(const QModelIndex& index, int role) const
{
    QVariant value = QSortFilterProxyModel::data(index, role);
    if (role == Qt::ToolTipRole && !value.isValid())
        value = QSortFilterProxyModel::data(index, Qt::DisplayRole);
    return value;
}

} // namespace parcours::ui
