// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordOutcomeCommand.h"

#include "ui/Document.h"

namespace parcours::ui {

RecordOutcomeCommand::RecordOutcomeCommand(Document& document, const QString& text, OutcomeChange change,
                                           QUndoCommand* parent)
    : EditCommand(document, text, parent), m_change(std::move(change))
{
}

void RecordOutcomeCommand::undo()
{
    OutcomeService service(m_document.database(), m_document.notifier());
    if (check(service.undo(m_change)))
        m_done = false;
}

void RecordOutcomeCommand::redo()
{
    if (m_done)
        return; // recorded before the push
    OutcomeService service(m_document.database(), m_document.notifier());
    if (check(service.redo(m_change)))
        m_done = true;
}

} // namespace parcours::ui
