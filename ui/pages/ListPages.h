// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "ui/Navigation.h"
#include "ui/forms/RecordForm.h"

#include <QObject>

class QAbstractItemModel;

namespace parcours {
class Database;
struct Error;
} // namespace parcours

namespace parcours::ui {

class CohortTableModel;
class Document;
class ParticipantTableModel;
class RoomTableModel;
class SitesPage;
class SiteTableModel;
class TablePage;
class TrainerTableModel;
class VolunteerTableModel;

/// The pages that list and edit records (cohorts, participants, volunteers, trainers, sites
/// and rooms): their models, over the open file, and the pages with their forms and filters.
class ListPages : public QObject
{
    Q_OBJECT
public:
    explicit ListPages(QObject* parent = nullptr);

    /// The page of `page` with its list and form, or nullptr for a page that is not a list.
    QWidget* createPage(Page page, QWidget* parent);

    /// Follows `document` (nullptr: no file, the lists are emptied) and reads nothing yet.
    void attach(Document* document);
    /// Reads the short lists (sites, rooms, trainers: the forms and filters choose among them)
    /// and the lists of the page shown from `db`; the long lists of the other pages (cohorts,
    /// participants, volunteers) are let go and read when their page is shown.
    [[nodiscard]] Result<void> reload(Database& db);
    /// `page` is shown: reads the lists it shows that are not read yet.
    void show(Page page);
    /// Reads the lists `page` shows (its filters' choices included) that are not read yet.
    void read(Page page);
    /// How the forms ask before a deletion (tests put their own).
    void setConfirmer(const RecordForm::Confirmer& confirmer);

    CohortTableModel* cohorts() const { return m_cohorts; }
    ParticipantTableModel* participants() const { return m_participants; }
    VolunteerTableModel* volunteers() const { return m_volunteers; }
    TrainerTableModel* trainers() const { return m_trainers; }
    SiteTableModel* sites() const { return m_sites; }
    RoomTableModel* rooms() const { return m_rooms; }
    SitesPage* sitesPage() const { return m_sitesPage; }
    /// The forms of every page built, in page order.
    const QList<RecordForm*>& forms() const { return m_forms; }

signals:
    /// An export or another request of a page failed: the window says why.
    void failed(const QString& message, const parcours::Error& error);

private:
    TablePage* listPage(Page page, QWidget* parent);
    void keep(TablePage* page);
    /// The long lists `page` shows (a list's filters included).
    QList<QAbstractItemModel*> longListsOf(Page page) const;

    CohortTableModel* m_cohorts;
    ParticipantTableModel* m_participants;
    VolunteerTableModel* m_volunteers;
    TrainerTableModel* m_trainers;
    SiteTableModel* m_sites;
    RoomTableModel* m_rooms;
    SitesPage* m_sitesPage = nullptr;
    QList<RecordForm*> m_forms;
    QList<TablePage*> m_pages;
    Page m_shown = Page::Dashboard;
};

} // namespace parcours::ui
