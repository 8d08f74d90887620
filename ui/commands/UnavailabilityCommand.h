// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditCommand.h"

#include "core/domain/TrainerUnavailability.h"

#include <QCoreApplication>
#include <optional>

namespace parcours::ui {

/// Adds, changes or removes one period when a trainer cannot teach, through
/// EditService::changeUnavailability: redo replaces `before` by `after`, undo the reverse.
/// Periods are found by their values, so undo and redo put back exactly the same rows.
class UnavailabilityCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(UnavailabilityCommand)
public:
    /// No `before`: an addition; no `after`: a removal. `trainerName` names the step.
    UnavailabilityCommand(Document& document, const QString& trainerName,
                          std::optional<TrainerUnavailability> before,
                          std::optional<TrainerUnavailability> after, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    static QString textFor(const QString& trainerName, bool added, bool removed);

    std::optional<TrainerUnavailability> m_before;
    std::optional<TrainerUnavailability> m_after;
};

} // namespace parcours::ui
