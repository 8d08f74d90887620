// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace parcours::ui {

class RoomForm;
class RoomTableModel;
class SiteForm;
class SiteTableModel;
class TablePage;

/// The sites with their form, and under them the rooms of the site chosen with theirs.
class SitesPage : public QWidget
{
    Q_OBJECT
public:
    SitesPage(SiteTableModel* sites, RoomTableModel* rooms, QWidget* parent = nullptr);

    TablePage* sitesList() const { return m_sitesList; }
    TablePage* roomsList() const { return m_roomsList; }
    SiteForm* siteForm() const { return m_siteForm; }
    RoomForm* roomForm() const { return m_roomForm; }

private:
    void showRoomsOf(const QString& siteRef);

    SiteTableModel* m_sites;
    TablePage* m_sitesList;
    TablePage* m_roomsList;
    SiteForm* m_siteForm;
    RoomForm* m_roomForm;
};

} // namespace parcours::ui
