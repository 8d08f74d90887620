// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoveCommand.h"

#include "CommandText.h"
#include "ui/Document.h"

namespace parcours::ui {

RemoveCommand::RemoveCommand(Document& document, EntityKind kind, const QString& ref,
                             const QString& name, QUndoCommand* parent)
    : EditCommand(document, CommandText::removed(kind, name), parent), m_kind(kind), m_ref(ref)
{
}

void RemoveCommand::redo()
{
    auto removal = m_document.edits().remove(m_kind, m_ref);
    if (check(removal))
        m_removal = std::move(*removal);
}

void RemoveCommand::undo()
{
    if (m_removal)
        check(m_document.edits().restore(*m_removal));
}

} // namespace parcours::ui
