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

bool TableFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    QString row;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        row += codes::fold(model->index(sourceRow, column, sourceParent).data().toString());
        row += QLatin1Char('\n');
    }
    for (const QString& word : m_words)
        if (!row.contains(word))
            return false;
    return true;
}

} // namespace parcours::ui
