// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandText.h"
#include "EditCommand.h"
#include "RecordKind.h"
#include "ui/Document.h"

#include <optional>

namespace parcours::ui {

/// Adds a record or changes one (a site, room, cohort, participant, volunteer or trainer).
/// Undo puts the previous record back, or removes the added one; should dependants have been
/// attached to an added record meanwhile (by an import), undo removes them with it and redo
/// puts them all back.
template<class T>
class SaveCommand : public EditCommand
{
public:
    /// `isNew`: the record does not exist yet (only changes the command's name).
    SaveCommand(Document& document, T value, bool isNew, QUndoCommand* parent = nullptr)
        : EditCommand(document,
                      isNew ? CommandText::added(kindOf(value), nameOf(value))
                            : CommandText::edited(kindOf(value), nameOf(value)),
                      parent),
          m_after(std::move(value))
    {
    }

    void redo() override
    {
        if (m_removal) {
            if (check(m_document.edits().restore(*m_removal)))
                m_removal.reset();
            return;
        }
        auto saved = m_document.edits().save(m_after);
        if (!check(saved))
            return;
        if (m_first) {
            m_before = saved->previous;
            m_first = false;
        }
    }

    void undo() override
    {
        if (m_before) {
            check(m_document.edits().save(*m_before));
            return;
        }
        auto removal = m_document.edits().remove(kindOf(m_after), m_after.ref);
        if (check(removal) && removal->hasDependants())
            m_removal = std::move(*removal);
    }

    const T& value() const { return m_after; }

private:
    T m_after;
    std::optional<T> m_before;
    std::optional<Removal> m_removal;
    bool m_first = true;
};

} // namespace parcours::ui
