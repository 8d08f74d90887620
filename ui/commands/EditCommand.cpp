// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommand.h"

#include "ui/Document.h"

namespace parcours::ui {

EditCommand::EditCommand(Document& document, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document)
{
}

void EditCommand::failed(const Error& error)
{
    setObsolete(true);
    m_document.reportFailure(error);
}

} // namespace parcours::ui
