// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditCommand.h"

#include "core/services/PairingChange.h"

namespace parcours::ui {

/// One change of pairings or check-ins (an assignment, accepted suggestions, an ending, a
/// rematch, a check-in...) already made by PairingService: undo and redo put either state back.
/// The change is made before the command is pushed, so the first redo (the push's) does nothing.
class PairingChangeCommand : public EditCommand
{
public:
    PairingChangeCommand(Document& document, const QString& text, PairingChange change,
                         QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

    const PairingChange& change() const { return m_change; }

private:
    PairingChange m_change;
    bool m_done = true;
};

} // namespace parcours::ui
