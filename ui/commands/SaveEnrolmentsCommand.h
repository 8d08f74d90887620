// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditCommand.h"
#include "core/domain/Enrolment.h"

#include <QHash>

#include <optional>

namespace parcours::ui {

/// Enrols participants in a cohort, or changes their enrolments (withdrawal, completion, exit
/// level, ...): one step in the Edit menu however many participants it concerns. Undo puts back
/// each enrolment as it was, or removes the ones it added.
class SaveEnrolmentsCommand : public EditCommand
{
public:
    SaveEnrolmentsCommand(Document& document, QList<Enrolment> enrolments, const QString& text,
                          QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    const QList<Enrolment>& enrolments() const { return m_after; }

    /// Makes the step an enrolment: new enrolments go through EditService::enrol (the consent
    /// rule), with the reason of `overrides` (by participant ref) where one was given.
    void setEnrolling(QHash<QString, QString> overrides)
    {
        m_enrolling = true;
        m_overrides = std::move(overrides);
    }

private:
    /// Puts back the state before the first `count` enrolments were saved.
    bool revert(qsizetype count);

    QList<Enrolment> m_after;
    QList<std::optional<Enrolment>> m_before; ///< one per enrolment, filled by the first redo
    bool m_enrolling = false;
    QHash<QString, QString> m_overrides;
};

} // namespace parcours::ui
