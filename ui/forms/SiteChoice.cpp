// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiteChoice.h"

#include "ui/models/SiteTableModel.h"

#include <QCollator>

namespace parcours::ui {

SiteChoice::SiteChoice(SiteTableModel* sites, const QString& none, QWidget* parent)
    : QComboBox(parent), m_sites(sites), m_none(none)
{
    connect(sites, &QAbstractItemModel::modelReset, this, &SiteChoice::refill);
    connect(sites, &QAbstractItemModel::rowsInserted, this, &SiteChoice::refill);
    connect(sites, &QAbstractItemModel::rowsRemoved, this, &SiteChoice::refill);
    connect(sites, &QAbstractItemModel::dataChanged, this, &SiteChoice::refill);
    refill();
}

void SiteChoice::setSiteRef(const QString& ref)
{
    int i = findData(ref);
    if (i < 0 && !ref.isEmpty()) {
        // A site not (or no longer) in the list: keep the ref rather than lose it.
        addItem(ref, ref);
        i = count() - 1;
    }
    setCurrentIndex(i < 0 ? 0 : i);
}

void SiteChoice::refill()
{
    const QSignalBlocker block(this); // the same site stays chosen: nothing was edited
    const QString current = siteRef();
    QList<std::pair<QString, QString>> items;
    for (const parcours::Site& s : m_sites->rows())
        items.append({s.name, s.ref});
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(items.begin(), items.end(),
              [&](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    clear();
    if (!m_none.isEmpty())
        addItem(m_none, QString());
    for (const auto& [name, ref] : items)
        addItem(name, ref);
    setSiteRef(current);
}

} // namespace parcours::ui
