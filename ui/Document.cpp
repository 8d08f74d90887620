// SPDX-License-Identifier: GPL-3.0-or-later
#include "Document.h"

#include "StaffName.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "core/storage/WriteLock.h"

#include <QUndoStack>
#include <memory>

namespace parcours::ui {

namespace {

/// A command whose first redo has been run by Document::push: the stack's own first redo does
/// nothing, later undos and redos go to the command. Its texts are the command's; a step the
/// command fails (it makes itself obsolete) takes this one off the stack too.
class DoneCommand : public QUndoCommand
{
public:
    explicit DoneCommand(QUndoCommand* command) : m_command(command) { follow(); }

    void undo() override
    {
        m_command->undo();
        follow();
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        m_command->redo();
        follow();
    }

private:
    void follow()
    {
        const QString text = m_command->text();
        const QString action = m_command->actionText();
        setText(text.isEmpty() || text == action ? action : text + QLatin1Char('\n') + action);
        setObsolete(m_command->isObsolete());
    }

    std::unique_ptr<QUndoCommand> m_command;
    bool m_first = true;
};

} // namespace

Document::Document(std::unique_ptr<Database> db, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_notifier(new ChangeNotifier(this)),
      m_undoStack(new QUndoStack(this)), m_edits(*m_db, m_notifier)
{
    // Every change made through this window is recorded under the staff name set (AuditLog.md).
    m_db->setAuditActor(StaffName::actor());
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
    // QUndoStack::push drops the redo history before it looks whether the command failed: run
    // the command first, and give the stack only a command that did its work.
    m_pushing = true;
    m_pushError.reset();
    command->redo();
    m_pushing = false;
    if (m_pushError) {
        delete command;
        Error error = std::move(*m_pushError);
        m_pushError.reset();
        return fail(std::move(error));
    }
    if (command->isObsolete()) { // nothing done, nothing to undo: as QUndoStack::push does
        delete command;
        return {};
    }
    m_undoStack->push(new DoneCommand(command));
    return {};
}

void Document::holdLock(std::unique_ptr<WriteLock> lock)
{
    m_lock = std::move(lock);
}

std::unique_ptr<WriteLock> Document::releaseLock()
{
    return std::move(m_lock);
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
