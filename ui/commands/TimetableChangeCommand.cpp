// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimetableChangeCommand.h"

#include "core/services/TimetableService.h"
#include "ui/Document.h"

namespace parcours::ui {

TimetableChangeCommand::TimetableChangeCommand(Document& document, const QString& text,
                                               TimetableChange change, QUndoCommand* parent)
    : EditCommand(document, text, parent), m_change(std::move(change))
{
}

void TimetableChangeCommand::undo()
{
    TimetableService service(m_document.database(), m_document.notifier());
    if (check(service.undo(m_change)))
        m_done = false;
}

void TimetableChangeCommand::redo()
{
    if (m_done)
        return; // made before the push
    TimetableService service(m_document.database(), m_document.notifier());
    if (check(service.redo(m_change)))
        m_done = true;
}

} // namespace parcours::ui
