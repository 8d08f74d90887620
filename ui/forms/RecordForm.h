// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <functional>

class QAction;
class QFormLayout;
class QLabel;
class QPushButton;

namespace parcours::ui {

class Document;

/// The detail form beside a list: the fields of one record with their problems shown under
/// them as the person types, New, Save and Delete. Saving and deleting push undo commands;
/// nothing is written while a field is invalid. RecordFormT holds what depends on the type.
class RecordForm : public QWidget
{
    Q_OBJECT
public:
    /// Asks a yes/no question before a deletion with dependants; `details` lists them. The
    /// default shows a message box; tests put their own.
    using Confirmer = std::function<bool(const QString& question, const QString& details)>;

    explicit RecordForm(QWidget* parent = nullptr);

    /// The open file (nullptr: none, the form is empty and disabled).
    virtual void setDocument(Document* document);
    Document* document() const { return m_document; }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    QAction* newAction() const { return m_newAction; }
    QAction* saveAction() const { return m_saveAction; }
    QAction* deleteAction() const { return m_deleteAction; }

    QString currentRef() const { return m_ref; }
    bool isNew() const { return m_isNew; }
    bool isDirty() const { return m_dirty; }

    /// Shows the record `ref` of the list; empty: no record.
    virtual void showRef(const QString& ref) = 0;
    /// Starts a new record with a generated ref.
    virtual void startNew() = 0;
    /// Saves the form (undoable); false when it is invalid or the save failed.
    virtual bool save() = 0;
    /// Deletes the record shown, after asking when it has dependants (undoable).
    virtual bool removeCurrent() = 0;
    /// Before another record is shown: saves valid changes; asks whether to drop invalid ones.
    /// False when the person keeps them (the form stays as it is).
    bool settle();

    /// The problem shown under `field` (a domain field name: "email"), empty when none.
    QString problemText(const QString& field) const;
    /// The warning shown above the buttons (a probable duplicate), empty when none.
    QString warningText() const;
    /// Every problem shown now.
    const QList<Problem>& problems() const { return m_problems; }

signals:
    /// A record was saved from this form (the page selects it).
    void recordSaved(const QString& ref);

protected:
    /// Adds a row: `label` (with its & accelerator) beside `editor`, the problems of `field`
    /// under it. The editor gets the label as accessible name, and is watched for changes.
    void addField(const QString& field, const QString& label, QWidget* editor);
    /// As addField, but `label` is a heading above `editor`, both the form's full width (a list).
    void addSection(const QString& field, const QString& label, QWidget* editor);
    /// After the last field: tab order from the first field to the buttons.
    void finishFields();
    void setHeading(const QString& text);
    void showProblems(const QList<Problem>& problems);
    void setWarning(const QString& text);
    void setActionsEnabled(bool canSave, bool canDelete);
    /// Asks before a destructive step; `action` names the button that goes ahead.
    bool confirm(const QString& question, const QString& details, const QString& action);
    /// The label of a field, without accelerator, for sentences that name it.
    QString labelOf(const QString& field) const { return m_labels.value(field, field); }
    bool isWritable() const;
    /// Called when a watched editor changes (not while loading).
    virtual void updateState() = 0;
    void edited();

    QPointer<Document> m_document;
    QString m_ref;
    bool m_isNew = false;
    bool m_dirty = false;
    bool m_loading = false;

    void resizeEvent(QResizeEvent* event) override;

private:
    void addRow(const QString& field, const QString& label, QWidget* editor, bool wide);
    void watch(QWidget* editor);
    void fitProblems();

    Confirmer m_confirm;
    QLabel* m_heading;
    QWidget* m_fields;
    QFormLayout* m_form;
    QLabel* m_warning;
    QPushButton* m_newButton;
    QPushButton* m_saveButton;
    QPushButton* m_deleteButton;
    QAction* m_newAction;
    QAction* m_saveAction;
    QAction* m_deleteAction;
    QHash<QString, QLabel*> m_problemLabels;
    QHash<QString, QString> m_labels;
    QList<QWidget*> m_editors;
    QList<Problem> m_problems;
};

} // namespace parcours::ui
