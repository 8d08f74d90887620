// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditCommand.h"

#include "core/services/OutcomeService.h"

namespace parcours::ui {

/// An outcome recorded from the outcomes page, already saved by OutcomeService when pushed (so
/// the first redo does nothing): undo puts back what was there (nothing, or the record of the
/// same key it replaced), redo saves it again.
class RecordOutcomeCommand : public EditCommand
{
public:
    RecordOutcomeCommand(Document& document, const QString& text, OutcomeChange change,
                         QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

private:
    OutcomeChange m_change;
    bool m_done = true;
};

} // namespace parcours::ui
