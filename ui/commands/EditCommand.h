// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QUndoCommand>

namespace parcours::ui {

class Document;

/// The base of the undo commands: each one changes the file through the Document's EditService
/// (never by SQL), and a step that fails drops the command from the stack and says why.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Document& document, const QString& text, QUndoCommand* parent = nullptr);

protected:
    /// After a redo or undo: on failure, marks the command obsolete (the stack deletes it, the
    /// file being as before the step) and reports the error. Returns whether `result` is ok.
    template<class T>
    bool check(const Result<T>& result)
    {
        if (result)
            return true;
        failed(result.error());
        return false;
    }
    void failed(const Error& error);

    Document& m_document;
};

} // namespace parcours::ui
