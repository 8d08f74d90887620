// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DependantsText.h"
#include "RecordForm.h"
#include "ui/Document.h"
#include "ui/commands/RecordKind.h"
#include "ui/commands/RemoveCommand.h"
#include "ui/commands/SaveCommand.h"
#include "ui/models/ListTableModel.h"

namespace parcours::ui {

/// A RecordForm for records of type T shown in a ListTableModel<Row, T>: loads the record of
/// the row chosen (ListTableModel::record: the row, or the record read by ref when the rows
/// hold less), validates with T::validate() as the person types, saves and deletes through
/// undo commands. Subclasses build the fields and move values between them and a T.
template<class T>
class RecordFormT : public RecordForm
{
public:
    template<class Row>
    explicit RecordFormT(ListTableModel<Row, T>* model, QWidget* parent = nullptr)
        : RecordForm(parent), m_recordOf([model](const QString& ref) { return model->record(ref); })
    {
        // The record shown may change under the form (an undo, an inline edit): show it again
        // unless the person is typing in it.
        const auto follow = [this] {
            if (!m_dirty && !m_isNew)
                showRef(m_ref);
        };
        connect(model, &QAbstractItemModel::dataChanged, this, follow);
        connect(model, &QAbstractItemModel::modelReset, this, follow);
        connect(model, &QAbstractItemModel::rowsRemoved, this, follow);
    }

    void showRef(const QString& ref) override
    {
        std::optional<T> record = ref.isEmpty() ? std::nullopt : m_recordOf(ref);
        m_isNew = false;
        m_dirty = false;
        m_loading = true;
        if (!record) {
            m_ref.clear();
            m_original = blank();
            fill(m_original);
            setHeading(QString());
        } else {
            m_ref = ref;
            m_original = std::move(*record);
            fill(m_original);
            setHeading(nameOf(m_original));
        }
        m_loading = false;
        updateState();
    }

    void startNew() override
    {
        if (!isWritable())
            return;
        auto ref = m_document->edits().nextRef(kindOf(T{}));
        if (!ref) {
            m_document->reportFailure(ref.error());
            return;
        }
        m_original = blank();
        m_original.ref = *ref;
        m_ref = *ref;
        m_isNew = true;
        m_dirty = false;
        m_loading = true;
        fill(m_original);
        m_loading = false;
        setHeading(newHeading());
        updateState();
        focusFirstField();
    }

    bool save() override
    {
        if (!isWritable())
            return false;
        updateState();
        if (!saveAction()->isEnabled())
            return false;
        T value = collect();
        const bool isNew = m_isNew;
        const QString ref = value.ref;
        // Not dirty any more while the save's notification updates the list and this form.
        m_dirty = false;
        m_isNew = false;
        auto pushed = m_document->push(new SaveCommand<T>(*m_document, value, isNew));
        if (!pushed) {
            m_dirty = true;
            m_isNew = isNew;
            m_document->reportFailure(pushed.error());
            return false;
        }
        showRef(ref);
        emit recordSaved(ref);
        return true;
    }

    bool removeCurrent() override
    {
        if (!isWritable() || m_ref.isEmpty())
            return false;
        if (m_isNew) { // never saved: nothing to delete
            showRef(QString());
            return true;
        }
        auto removal = m_document->edits().dependantsOf(kindOf(m_original), m_ref);
        if (!removal) {
            m_document->reportFailure(removal.error());
            return false;
        }
        const QString name = nameOf(m_original);
        if (removal->hasDependants()
            && !confirm(DependantsText::question(kindOf(m_original), name),
                        DependantsText::details(*removal), DependantsText::deleteButton()))
            return false;
        const QString ref = m_ref;
        // Changes typed into a record being deleted go with it: the list moving on to the next
        // row must not save them back.
        const bool wasDirty = m_dirty;
        m_dirty = false;
        auto pushed = m_document->push(new RemoveCommand(*m_document, kindOf(m_original), ref, name));
        if (!pushed) {
            m_dirty = wasDirty;
            m_document->reportFailure(pushed.error());
            return false;
        }
        // The list has usually moved on to the next row, and this form with it.
        if (m_ref == ref)
            showRef(QString());
        return true;
    }

    /// The record as the fields give it now.
    T current() const { return collect(); }

protected:
    /// Puts a record's values into the fields.
    virtual void fill(const T& value) = 0;
    /// Reads the fields into a record (ref and id from the record shown).
    virtual T collect() const = 0;
    /// What a new record starts from.
    virtual T blank() const { return T{}; }
    virtual QString newHeading() const = 0;
    virtual void focusFirstField() {}
    /// A warning that does not stop the save (a probable duplicate).
    virtual QString warningFor(const T&) const { return {}; }

    void updateState() override
    {
        const bool hasRecord = m_isNew || !m_ref.isEmpty();
        if (!hasRecord) {
            showProblems({});
            setWarning(QString());
            setActionsEnabled(false, false);
            return;
        }
        const T value = collect();
        const QList<Problem> problems = value.validate();
        showProblems(problems);
        setWarning(warningFor(value));
        setActionsEnabled(isWritable() && (m_isNew || m_dirty) && problems.isEmpty(),
                          isWritable() && !m_isNew);
    }

    std::function<std::optional<T>(const QString&)> m_recordOf;
    T m_original{};
};

} // namespace parcours::ui
