// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingChangeCommand.h"

#include "core/services/PairingService.h"
#include "ui/Document.h"

namespace parcours::ui {

PairingChangeCommand::PairingChangeCommand(Document& document, const QString& text,
                                           PairingChange change, QUndoCommand* parent)
    : EditCommand(document, text, parent), m_change(std::move(change))
{
}

void PairingChangeCommand::undo()
{
    PairingService service(m_document.database(), m_document.notifier());
    if (check(service.undo(m_change)))
        m_done = false;
}

void PairingChangeCommand::redo()
{
    if (m_done)
        return; // made before the push
    PairingService service(m_document.database(), m_document.notifier());
    if (check(service.redo(m_change)))
        m_done = true;
}

} // namespace parcours::ui
