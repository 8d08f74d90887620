// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListPages.h"

#include "SitesPage.h"
#include "SubjectAccessAction.h"
#include "TablePage.h"
#include "core/Error.h"
#include "ui/Document.h"
#include "ui/forms/CohortForm.h"
#include "ui/forms/ParticipantForm.h"
#include "ui/forms/RoomForm.h"
#include "ui/forms/SiteForm.h"
#include "ui/forms/TrainerForm.h"
#include "ui/forms/VolunteerForm.h"
#include "ui/models/CohortTableModel.h"
#include "ui/models/Format.h"
#include "ui/models/ParticipantTableModel.h"
#include "ui/models/RoomTableModel.h"
#include "ui/models/SiteTableModel.h"
#include "ui/models/TrainerTableModel.h"
#include "ui/models/VolunteerTableModel.h"

#include <QCollator>
#include <algorithm>
#include <utility>
#include <vector>

namespace parcours::ui {

namespace {

template<class E>
QList<TablePage::Choice> codeChoices()
{
    QList<TablePage::Choice> out;
    for (E value : allValues<E>())
        out.append({format::label(value), codeOf(value)});
    return out;
}

/// Choices named by a column of a list, sorted by name ("Tremplin Lyon 2024-1").
template<class T, class Name>
QList<TablePage::Choice> recordChoices(const QList<T>& rows, Name name)
{
    QCollator collator;
    collator.setNumericMode(true);
    // A key per name, then comparisons of keys (as compare() orders the names): 5,000
    // cohorts, chosen among again at each read of the participants, take a few milliseconds.
    std::vector<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i)
        keys.emplace_back(collator.sortKey(name(rows.at(i))), i);
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto& a, const auto& b) { return a.first.compare(b.first) < 0; });
    QList<TablePage::Choice> out;
    out.reserve(rows.size());
    for (const auto& key : keys)
        out.append({name(rows.at(key.second)), rows.at(key.second).ref});
    return out;
}

/// Refreshes `page`'s filters whenever `model`'s rows change.
void refreshOn(QAbstractItemModel* model, TablePage* page)
{
    QObject::connect(model, &QAbstractItemModel::modelReset, page, &TablePage::refreshFilters);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, page, &TablePage::refreshFilters);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, page, &TablePage::refreshFilters);
    QObject::connect(model, &QAbstractItemModel::dataChanged, page, &TablePage::refreshFilters);
}

} // namespace

ListPages::ListPages(QObject* parent)
    : QObject(parent), m_cohorts(new CohortTableModel(this)),
      m_participants(new ParticipantTableModel(this)), m_volunteers(new VolunteerTableModel(this)),
      m_trainers(new TrainerTableModel(this)), m_sites(new SiteTableModel(this)),
      m_rooms(new RoomTableModel(this))
{
}

QWidget* ListPages::createPage(Page page, QWidget* parent)
{
    if (page == Page::Sites) {
        m_sitesPage = new SitesPage(m_sites, m_rooms, parent);
        keep(m_sitesPage->sitesList());
        keep(m_sitesPage->roomsList());
        return m_sitesPage;
    }
    TablePage* list = listPage(page, parent);
    if (list)
        keep(list);
    return list;
}

void ListPages::keep(TablePage* page)
{
    m_pages << page;
    if (page->form())
        m_forms << page->form();
    connect(page, &TablePage::failed, this, &ListPages::failed);
}

TablePage* ListPages::listPage(Page page, QWidget* parent)
{
    const QString title = Navigation::title(page);
    TablePage* list = nullptr;
    switch (page) {
    case Page::Cohorts:
        list = new TablePage(
            title, m_cohorts, CohortTableModel::StartDate,
            [](int shown, int total) {
                if (shown == total)
                    return tr("%n cohort(s)", nullptr, total);
                return tr("%1 shown out of %n cohort(s)", nullptr, total).arg(shown);
            },
            tr("This file has no cohorts yet. Use New to add one."), parent);
        list->setForm(new CohortForm(m_cohorts, m_sites, list));
        list->addFilter(CohortTableModel::Site, tr("Site"), [this] {
            return recordChoices(m_sites->rows(), [](const parcours::Site& s) { return s.name; });
        });
        refreshOn(m_sites, list);
        break;
    case Page::Participants:
        list = new TablePage(
            title, m_participants, ParticipantTableModel::LastName,
            [](int shown, int total) {
                if (shown == total)
                    return tr("%n participant(s)", nullptr, total);
                return tr("%1 shown out of %n participant(s)", nullptr, total).arg(shown);
            },
            tr("This file has no participants yet. Use New to add one, or File > Import."), parent);
        list->setForm(new ParticipantForm(m_participants, list));
        new SubjectAccessAction(list, PersonKind::Participant); // GDPR: the person's data, PDF and CSVs
        list->addFilter(ParticipantTableModel::Status, tr("Status"), codeChoices<ParticipantStatus>);
        list->addFilter(ParticipantTableModel::FrenchLevel, tr("Level"), codeChoices<CefrLevel>);
        list->addFilter(ParticipantTableModel::Cohort, tr("Cohort"), [this] {
            return recordChoices(m_cohorts->rows(), [](const parcours::Cohort& c) { return c.name; });
        });
        refreshOn(m_cohorts, list);
        break;
    case Page::Volunteers:
        list = new TablePage(
            title, m_volunteers, VolunteerTableModel::LastName,
            [](int shown, int total) {
                if (shown == total)
                    return tr("%n volunteer(s)", nullptr, total);
                return tr("%1 shown out of %n volunteer(s)", nullptr, total).arg(shown);
            },
            tr("This file has no volunteers yet. Use New to add one."), parent);
        list->setForm(new VolunteerForm(m_volunteers, list));
        new SubjectAccessAction(list, PersonKind::Volunteer); // GDPR: the person's data, PDF and CSVs
        list->addFilter(VolunteerTableModel::Role, tr("Role"), [] {
            return QList<TablePage::Choice>{
                {format::label(VolunteerRole::Mentor), codeOf(VolunteerRole::Mentor)},
                {format::label(VolunteerRole::Coach), codeOf(VolunteerRole::Coach)}};
        });
        break;
    case Page::Trainers:
        list = new TablePage(
            title, m_trainers, TrainerTableModel::Name,
            [](int shown, int total) {
                if (shown == total)
                    return tr("%n trainer(s)", nullptr, total);
                return tr("%1 shown out of %n trainer(s)", nullptr, total).arg(shown);
            },
            tr("This file has no trainers yet. Use New to add one."), parent);
        list->setForm(new TrainerForm(m_trainers, list));
        list->addFilter(TrainerTableModel::Kind, tr("Kind"), codeChoices<TrainerKind>);
        list->addFilter(TrainerTableModel::Modules, tr("Module"), codeChoices<Module>);
        break;
    default:
        return nullptr;
    }
    list->setExportName(title);
    return list;
}

void ListPages::attach(Document* document)
{
    m_cohorts->attach(document);
    m_participants->attach(document);
    m_volunteers->attach(document);
    m_trainers->attach(document);
    m_sites->attach(document);
    m_rooms->attach(document);
    if (!document) {
        m_cohorts->clear();
        m_participants->clear();
        m_volunteers->clear();
        m_trainers->clear();
        m_sites->clear();
        m_rooms->clear();
    }
    for (RecordForm* form : std::as_const(m_forms))
        form->setDocument(document);
}

Result<void> ListPages::reload(Database& db)
{
    // Sites first: the forms' site choices and the cohorts' site names follow them.
    for (auto result : {m_sites->reload(db), m_rooms->reload(db), m_trainers->reload(db)})
        if (!result)
            return result;
    // A network's file holds 100,000 participants: a long list is read when its page shows.
    const QList<QAbstractItemModel*> shown = longListsOf(m_shown);
    const auto readOrForget = [&](auto* model) -> Result<void> {
        if (shown.contains(model))
            return model->reload(db);
        model->forget();
        return {};
    };
    for (auto result : {readOrForget(m_cohorts), readOrForget(m_participants),
                        readOrForget(m_volunteers)})
        if (!result)
            return result;
    for (RecordForm* form : std::as_const(m_forms))
        form->showRef(QString());
    return {};
}

QList<QAbstractItemModel*> ListPages::longListsOf(Page page) const
{
    switch (page) {
    case Page::Cohorts:
        return {m_cohorts};
    case Page::Participants:
        return {m_cohorts, m_participants}; // the cohort filter chooses among the cohorts
    case Page::Volunteers:
        return {m_volunteers};
    default:
        return {};
    }
}

void ListPages::show(Page page)
{
    m_shown = page;
    read(page);
}

void ListPages::read(Page page)
{
    const QList<QAbstractItemModel*> lists = longListsOf(page);
    if (lists.contains(m_cohorts))
        m_cohorts->ensureRead();
    if (lists.contains(m_participants))
        m_participants->ensureRead();
    if (lists.contains(m_volunteers))
        m_volunteers->ensureRead();
}

void ListPages::setConfirmer(const RecordForm::Confirmer& confirmer)
{
    for (RecordForm* form : std::as_const(m_forms))
        form->setConfirmer(confirmer);
}

} // namespace parcours::ui
