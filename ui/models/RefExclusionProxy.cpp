// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefExclusionProxy.h"

#include "ListTableModel.h"

namespace parcours::ui {

void RefExclusionProxy::setExcluded(QSet<QString> refs)
{
    m_excluded = std::move(refs);
    invalidateFilter();
}

bool RefExclusionProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_excluded.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return !m_excluded.contains(index.data(RefRole).toString());
}

} // namespace parcours::ui
