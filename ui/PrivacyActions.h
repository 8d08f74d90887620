// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/EntityKind.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QDialog;
class QWidget;

namespace parcours::ui {

class Document;
class EraseDialog;
class RetentionDialog;
class TablePage;

/// The GDPR actions of the window (DataSafety.md, "Privacy"): "Erase this person…" on the
/// Participants and Volunteers pages, and File > "Retention of personal data…". An erasure
/// cannot be undone: it clears the undo history (older steps could bring the person back).
class PrivacyActions : public QObject
{
    Q_OBJECT
public:
    /// How a dialog is run: exec() unless a test answers it. True when accepted.
    using DialogRunner = std::function<bool(QDialog& dialog)>;

    explicit PrivacyActions(QWidget* window);

    /// Adds "Erase this person…" to `page`, a list of participants or volunteers.
    void attach(TablePage* page, EntityKind kind);
    QAction* retentionAction() const { return m_retention; }
    /// The erase action of the page of `kind` (nullptr when none was attached).
    QAction* eraseAction(EntityKind kind) const;

    void setDocument(Document* document);
    void setDialogRunner(DialogRunner runner) { m_run = std::move(runner); }

    /// Erases the `kind` record `ref` after the confirmation; false when cancelled or failed.
    bool erase(EntityKind kind, const QString& ref, const QString& name);
    /// Opens the retention dialog and erases who it lists once confirmed.
    bool retention();

signals:
    void message(const QString& text);

private:
    void updateState();

    QWidget* m_window;
    QPointer<Document> m_document;
    QAction* m_retention;
    QList<std::pair<EntityKind, QAction*>> m_erase;
    QList<QPointer<TablePage>> m_pages;
    DialogRunner m_run;
};

} // namespace parcours::ui
