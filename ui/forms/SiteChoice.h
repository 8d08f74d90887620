// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace parcours::ui {

class SiteTableModel;

/// A combo box of the file's sites (by name, holding the ref), kept in step with the site list;
/// optionally with a first "no site" item.
class SiteChoice : public QComboBox
{
    Q_OBJECT
public:
    SiteChoice(SiteTableModel* sites, const QString& none, QWidget* parent = nullptr);

    QString siteRef() const { return currentData().toString(); }
    void setSiteRef(const QString& ref);

private:
    void refill();

    SiteTableModel* m_sites;
    QString m_none;
};

} // namespace parcours::ui
