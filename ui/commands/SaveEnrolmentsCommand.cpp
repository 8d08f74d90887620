// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveEnrolmentsCommand.h"

#include "ui/Document.h"

namespace parcours::ui {

SaveEnrolmentsCommand::SaveEnrolmentsCommand(Document& document, QList<Enrolment> enrolments,
                                             const QString& text, QUndoCommand* parent)
    : EditCommand(document, text, parent), m_after(std::move(enrolments))
{}

void SaveEnrolmentsCommand::redo()
{
    const bool first = m_before.isEmpty();
    for (qsizetype i = 0; i < m_after.size(); ++i) {
        const Enrolment& e = m_after.at(i);
        auto saved = m_enrolling ? m_document.edits().enrol(e, m_overrides.value(e.participantRef))
                                 : m_document.edits().save(e);
        if (!saved) {
            // Each save is its own transaction: take back the ones done, so that the step is
            // all or nothing as the person sees it.
            revert(i);
            if (first)
                m_before.clear();
            check(saved);
            return;
        }
        if (first)
            m_before << saved->previous;
    }
}

void SaveEnrolmentsCommand::undo()
{
    revert(m_after.size());
}

bool SaveEnrolmentsCommand::revert(qsizetype count)
{
    for (qsizetype i = count - 1; i >= 0; --i) {
        const std::optional<Enrolment>& before = m_before.value(i);
        const Enrolment& after = m_after.at(i);
        if (before) {
            if (!check(m_document.edits().save(*before)))
                return false;
        } else if (!check(
                       m_document.edits().removeEnrolment(after.cohortRef, after.participantRef))) {
            return false;
        }
    }
    return true;
}

} // namespace parcours::ui
