// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnavailabilityCommand.h"

#include "ui/Document.h"

namespace parcours::ui {

UnavailabilityCommand::UnavailabilityCommand(Document& document, const QString& trainerName,
                                             std::optional<TrainerUnavailability> before,
                                             std::optional<TrainerUnavailability> after, QUndoCommand* parent)
    : EditCommand(document, textFor(trainerName, !before, !after), parent), m_before(std::move(before)),
      m_after(std::move(after))
{
}

QString UnavailabilityCommand::textFor(const QString& trainerName, bool added, bool removed)
{
    if (added)
        return tr("Add unavailability of “%1”").arg(trainerName);
    if (removed)
        return tr("Remove unavailability of “%1”").arg(trainerName);
    return tr("Edit unavailability of “%1”").arg(trainerName);
}

void UnavailabilityCommand::redo()
{
    check(m_document.edits().changeUnavailability(m_before, m_after));
}

void UnavailabilityCommand::undo()
{
    check(m_document.edits().changeUnavailability(m_after, m_before));
}

} // namespace parcours::ui
