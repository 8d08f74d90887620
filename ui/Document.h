// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/Result.h"
#include "core/services/EditService.h"

#include <QObject>
#include <memory>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace parcours {
class ChangeNotifier;
class Database;
class WriteLock;
} // namespace parcours

namespace parcours::ui {

/// One open `.parcours` file as the window edits it: the database, the undo stack of the
/// edits made in it, and the notifier that tells the lists what changed. The main window owns
/// one at a time; opening another file makes a new one, so the undo history never crosses files.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(std::unique_ptr<Database> db, QObject* parent = nullptr);
    ~Document() override;

    Database& database() const { return *m_db; }
    QString path() const;
    bool isReadOnly() const;
    ChangeNotifier* notifier() const { return m_notifier; }
    QUndoStack* undoStack() const { return m_undoStack; }
    /// The service every edit goes through (commands call it; nothing else writes).
    EditService& edits() { return m_edits; }

    /// Runs `command` (its redo) and keeps it on the undo stack. When the command fails (see
    /// EditCommand::failed), it is dropped instead and its error returned, the undo stack left
    /// exactly as it was (what could be redone still can). Takes ownership.
    [[nodiscard]] Result<void> push(QUndoCommand* command);

    /// Keeps the file's write lock for as long as the file is open (released after the
    /// database is closed).
    void holdLock(std::unique_ptr<WriteLock> lock);
    /// Gives the lock back (to keep it across closing and reopening the file).
    std::unique_ptr<WriteLock> releaseLock();

    /// Called by a command whose redo or undo failed: remembered for push() and reported
    /// through commandFailed when no push() is waiting for it (an undo from the Edit menu).
    void reportFailure(const Error& error);

signals:
    /// An undo or redo could not be done; the file is as before that step.
    void commandFailed(const parcours::Error& error);

private:
    std::unique_ptr<WriteLock> m_lock; ///< declared first: released after m_db is closed
    std::unique_ptr<Database> m_db;
    ChangeNotifier* m_notifier;
    QUndoStack* m_undoStack;
    EditService m_edits;
    bool m_pushing = false;
    std::optional<Error> m_pushError;
};

} // namespace parcours::ui
