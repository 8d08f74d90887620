// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditCommand.h"

#include "core/services/TimetableChange.h"

namespace parcours::ui {

/// One change of the timetable (a move, a cancellation, a new series...) already made by
/// TimetableService: undo and redo put either state back. The change is done before the
/// command is pushed, so the first redo (the push's) does nothing.
class TimetableChangeCommand : public EditCommand
{
public:
    TimetableChangeCommand(Document& document, const QString& text, TimetableChange change,
                           QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

    const TimetableChange& change() const { return m_change; }

private:
    TimetableChange m_change;
    bool m_done = true;
};

} // namespace parcours::ui
