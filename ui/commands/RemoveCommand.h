// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditCommand.h"
#include "core/services/Removal.h"

#include <optional>

namespace parcours::ui {

/// Deletes a site, room, cohort, participant, volunteer or trainer with everything the deletion
/// takes away; undo puts all of it back as it was.
class RemoveCommand : public EditCommand
{
public:
    RemoveCommand(Document& document, EntityKind kind, const QString& ref, const QString& name,
                  QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// What the last redo took away.
    const std::optional<Removal>& removal() const { return m_removal; }

private:
    EntityKind m_kind;
    QString m_ref;
    std::optional<Removal> m_removal;
};

} // namespace parcours::ui
