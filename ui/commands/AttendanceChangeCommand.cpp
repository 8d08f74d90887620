// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceChangeCommand.h"

#include "ui/Document.h"

namespace parcours::ui {

AttendanceChangeCommand::AttendanceChangeCommand(Document& document, const QString& text,
                                                 AttendanceChange change, QUndoCommand* parent)
    : EditCommand(document, text, parent), m_change(std::move(change))
{
}

void AttendanceChangeCommand::undo()
{
    AttendanceService service(m_document.database(), m_document.notifier());
    if (check(service.undo(m_change)))
        m_done = false;
}

void AttendanceChangeCommand::redo()
{
    if (m_done)
        return; // made before the push
    AttendanceService service(m_document.database(), m_document.notifier());
    if (check(service.redo(m_change)))
        m_done = true;
}

} // namespace parcours::ui
