// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditCommand.h"
#include "core/domain/Enrolment.h"

namespace parcours::ui {

/// Takes participants out of a cohort's list, as if never enrolled (a mistake; a participant
/// who left is withdrawn instead). Undo enrols them again as they were.
class RemoveEnrolmentsCommand : public EditCommand
{
public:
    RemoveEnrolmentsCommand(Document& document, const QString& cohortRef,
                            const QStringList& participantRefs, const QString& text,
                            QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QString m_cohortRef;
    QStringList m_participantRefs;
    QList<Enrolment> m_removed; ///< what the last redo took away, in order
    QList<QString> m_overrides; ///< their consent overrides' reasons (empty: none)
};

} // namespace parcours::ui
