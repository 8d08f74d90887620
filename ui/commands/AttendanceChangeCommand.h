// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditCommand.h"

#include "core/services/AttendanceService.h"

namespace parcours::ui {

/// Marks of the attendance grid already set by AttendanceService (one cell, or a whole
/// session's "all present"): undo and redo put either state back in one transaction. The change
/// is made before the command is pushed, so the first redo (the push's) does nothing.
class AttendanceChangeCommand : public EditCommand
{
public:
    AttendanceChangeCommand(Document& document, const QString& text, AttendanceChange change,
                            QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    AttendanceChange m_change;
    bool m_done = true;
};

} // namespace parcours::ui
