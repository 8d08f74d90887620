// SPDX-License-Identifier: GPL-3.0-or-later
#include "Document.h"

#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"

#include <QUndoStack>

namespace parcours::ui {

Document::Document(std::unique_ptr<Database> db, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_notifier(new ChangeNotifier(this)),
      m_undoStack(new QUndoStack(this)), m_edits(*m_db, m_notifier)
{
}

Document::~Document()
{
    // The commands refer to this document: let them go while it is still whole.
    delete m_undoStack;
}

QString Document::path() const
{
    return m_db->path();
}

bool Document::isReadOnly() const
{
    return m_db->isReadOnly();
}

Result<void> Document::push(QUndoCommand* command)
{
    m_pushing = true;
    m_pushError.reset();
    m_undoStack->push(command); // runs redo(); a failed command made itself obsolete and is gone
    m_pushing = false;
    if (m_pushError) {
        Error error = std::move(*m_pushError);
        m_pushError.reset();
        return fail(std::move(error));
    }
    return {};
}

void Document::reportFailure(const Error& error)
{
    if (m_pushing) {
        m_pushError = error;
        return;
    }
    emit commandFailed(error);
}

} // namespace parcours::ui
