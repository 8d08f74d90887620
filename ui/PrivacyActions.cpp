// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyActions.h"

#include "Document.h"
#include "core/services/EditService.h"
#include "core/services/PrivacyService.h"
#include "core/storage/Database.h"
#include "ui/dialogs/PrivacyDialogs.h"
#include "ui/pages/TablePage.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

namespace parcours::ui {

PrivacyActions::PrivacyActions(QWidget* window)
    : QObject(window), m_window(window), m_retention(new QAction(tr("Re&tention of personal data…"), this))
{
    m_retention->setObjectName(QStringLiteral("retentionAction"));
    m_retention->setToolTip(tr("List and erase the people whose programme ended long ago (GDPR)"));
    connect(m_retention, &QAction::triggered, this, [this] { retention(); });
    m_run = [](QDialog& dialog) { return dialog.exec() == QDialog::Accepted; };
    updateState();
}

void PrivacyActions::attach(TablePage* page, EntityKind kind)
{
    auto* action = new QAction(tr("Erase this person…"), this);
    action->setObjectName(kind == EntityKind::Volunteer ? QStringLiteral("eraseVolunteerAction")
                                                        : QStringLiteral("eraseParticipantAction"));
    action->setToolTip(tr("Erase the person chosen and everything that refers to them, for good (GDPR)"));
    connect(action, &QAction::triggered, this, [this, page, kind] {
        if (!page->currentRef().isEmpty())
            erase(kind, page->currentRef(), QString());
    });
    connect(page, &TablePage::currentRefChanged, this, [this] { updateState(); });
    page->addButton(action)->setObjectName(action->objectName() + QStringLiteral("Button"));
    m_erase.append({kind, action});
    m_pages << page;
    updateState();
}

QAction* PrivacyActions::eraseAction(EntityKind kind) const
{
    for (const auto& [k, action] : m_erase)
        if (k == kind)
            return action;
    return nullptr;
}

void PrivacyActions::setDocument(Document* document)
{
    m_document = document;
    updateState();
}

void PrivacyActions::updateState()
{
    const bool writable = m_document && !m_document->isReadOnly();
    m_retention->setEnabled(writable);
    for (int i = 0; i < m_erase.size(); ++i) {
        TablePage* page = m_pages.value(i);
        m_erase.at(i).second->setEnabled(writable && page && !page->currentRef().isEmpty());
    }
}

bool PrivacyActions::erase(EntityKind kind, const QString& ref, const QString& name)
{
    if (!m_document || m_document->isReadOnly())
        return false;
    Database& db = m_document->database();
    auto dependants = m_document->edits().dependantsOf(kind, ref);
    if (!dependants) {
        m_document->reportFailure(dependants.error());
        return false;
    }
    ErasurePreview preview;
    preview.kindLabel = kind == EntityKind::Volunteer ? tr("volunteer") : tr("participant");
    preview.ref = ref;
    preview.name = name;
    if (const auto* p = std::get_if<Participant>(&dependants->record))
        preview.name = p->fullName();
    else if (const auto* v = std::get_if<Volunteer>(&dependants->record))
        preview.name = v->fullName();
    preview.enrolments = int(dependants->enrolments.size());
    preview.attendance = int(dependants->attendance.size());
    preview.pairings = int(dependants->pairings.size());
    preview.checkIns = int(dependants->checkIns.size());
    preview.outcomes = int(dependants->outcomes.size());
    preview.copies = int(PrivacyService::copiesOf(db.path()).size());
    EraseDialog dialog(preview, m_window);
    if (!m_run(dialog))
        return false;

    PrivacyService privacy(db, m_document->notifier());
    auto erased = privacy.erase(kind, ref);
    if (!erased) {
        m_document->reportFailure(erased.error());
        return false;
    }
    // Older steps could put the person back (undoing their removal, a change of theirs...).
    m_document->undoStack()->clear();
    if (dialog.purgeCopies()) {
        if (auto purged = privacy.purgeCopies(); !purged)
            m_document->reportFailure(purged.error());
    }
    emit message(tr("Erased %1 (%2) with everything that referred to them").arg(preview.name, ref));
    updateState();
    return true;
}

bool PrivacyActions::retention()
{
    if (!m_document || m_document->isReadOnly())
        return false;
    Database& db = m_document->database();
    PrivacyService privacy(db, m_document->notifier());
    auto years = privacy.retentionYears();
    if (!years) {
        m_document->reportFailure(years.error());
        return false;
    }
    RetentionDialog dialog(*years, [&](int n) { return PrivacyRepository(db).expired(privacy.retentionCutoff(n)); },
                           m_window);
    const bool erase = m_run(dialog);
    // The period chosen is kept, erased or not.
    if (dialog.years() != *years) {
        if (auto stored = privacy.setRetentionYears(dialog.years()); !stored) {
            m_document->reportFailure(stored.error());
            return false;
        }
    }
    if (!erase || dialog.people().isEmpty())
        return false;
    auto erased = privacy.eraseAll(dialog.people());
    if (!erased) {
        m_document->reportFailure(erased.error());
        return false;
    }
    m_document->undoStack()->clear();
    if (dialog.purgeCopies()) {
        if (auto purged = privacy.purgeCopies(); !purged)
            m_document->reportFailure(purged.error());
    }
    emit message(tr("Erased %n person(s) whose data had been kept long enough", nullptr, int(erased->size())));
    return true;
}

} // namespace parcours::ui
