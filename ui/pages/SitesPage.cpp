// SPDX-License-Identifier: GPL-3.0-or-later
#include "SitesPage.h"

#include "TablePage.h"
#include "ui/Navigation.h"
#include "ui/forms/RoomForm.h"
#include "ui/forms/SiteForm.h"
#include "ui/models/RoomTableModel.h"
#include "ui/models/SiteTableModel.h"
#include "ui/models/TableFilterProxy.h"

#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

SitesPage::SitesPage(SiteTableModel* sites, RoomTableModel* rooms, QWidget* parent)
    : QWidget(parent), m_sites(sites)
{
    m_sitesList = new TablePage(
        Navigation::title(Page::Sites), sites, SiteTableModel::Name,
        [](int shown, int total) {
            if (shown == total)
                return tr("%n site(s)", nullptr, total);
            return tr("%1 shown out of %n site(s)", nullptr, total).arg(shown);
        },
        tr("This file has no sites yet. Use New to add the places where cohorts meet."), this);
    m_sitesList->setObjectName(QStringLiteral("sitesList"));
    m_siteForm = new SiteForm(sites, m_sitesList);
    m_sitesList->setForm(m_siteForm);

    // The rooms of the site chosen only: the total is theirs too.
    m_roomsList = new TablePage(
        tr("Rooms"), rooms, RoomTableModel::Name,
        [this](int shown, int) {
            return m_sitesList->currentRef().isEmpty() ? tr("Choose a site to see its rooms.")
                                                       : tr("%n room(s) at this site", nullptr, shown);
        },
        tr("No site has rooms yet. Choose a site, then use New under Rooms."), this);
    m_roomsList->setObjectName(QStringLiteral("roomsList"));
    m_roomsList->setExportName(tr("Rooms"));
    QFont font = m_roomsList->heading()->font();
    font.setPointSizeF(font.pointSizeF() / 1.4 * 1.15);
    m_roomsList->heading()->setFont(font);
    m_roomForm = new RoomForm(rooms, sites, m_roomsList);
    m_roomsList->setForm(m_roomForm);
    // Every room listed is at the site chosen above: its column would repeat it.
    m_roomsList->view()->hideColumn(RoomTableModel::Site);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_sitesList);
    splitter->addWidget(m_roomsList);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_sitesList, &TablePage::currentRefChanged, this, &SitesPage::showRoomsOf);
    connect(sites, &QAbstractItemModel::dataChanged, this,
            [this] { showRoomsOf(m_sitesList->currentRef()); });
    showRoomsOf(QString());
}

void SitesPage::showRoomsOf(const QString& siteRef)
{
    // A ref no room has keeps none: with no site chosen, the list is empty.
    m_roomsList->proxy()->setColumnFilter(RoomTableModel::Site,
                                          siteRef.isEmpty() ? QStringLiteral("\x01") : siteRef);
    m_roomForm->setDefaultSite(siteRef);
    const int row = m_sites->rowOfRef(siteRef);
    m_roomsList->heading()->setText(row < 0 ? tr("Rooms")
                                            : tr("Rooms of %1").arg(m_sites->at(row).name));
    m_roomForm->newAction()->setEnabled(row >= 0 && m_roomForm->document());
    // The count says "n rooms at this site": recount for the new site.
    m_roomsList->refreshCount();
    m_roomsList->fitColumns();
}

} // namespace parcours::ui
