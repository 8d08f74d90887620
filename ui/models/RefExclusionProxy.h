// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace parcours::ui {

/// Hides the rows whose RefRole is in a set: the participant picker leaves out those already
/// in the cohort.
class RefExclusionProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setExcluded(QSet<QString> refs);
    const QSet<QString>& excluded() const { return m_excluded; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QSet<QString> m_excluded;
};

} // namespace parcours::ui
