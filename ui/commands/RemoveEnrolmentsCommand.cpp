// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoveEnrolmentsCommand.h"

#include "ui/Document.h"

namespace parcours::ui {

RemoveEnrolmentsCommand::RemoveEnrolmentsCommand(Document& document, const QString& cohortRef,
                                                 const QStringList& participantRefs,
                                                 const QString& text, QUndoCommand* parent)
    : EditCommand(document, text, parent), m_cohortRef(cohortRef),
      m_participantRefs(participantRefs)
{}

void RemoveEnrolmentsCommand::redo()
{
    m_removed.clear();
    m_overrides.clear();
    for (const QString& participant : std::as_const(m_participantRefs)) {
        // The reason of an enrolment made without consent goes with it: kept to put it back.
        auto reason = m_document.edits().consentOverrideOf(m_cohortRef, participant);
        if (!reason) {
            undo();
            check(reason);
            return;
        }
        auto removed = m_document.edits().removeEnrolment(m_cohortRef, participant);
        if (!removed) {
            undo(); // back to where this step started
            check(removed);
            return;
        }
        m_removed << *removed;
        m_overrides << reason->value_or(QString());
    }
}

void RemoveEnrolmentsCommand::undo()
{
    for (qsizetype i = m_removed.size() - 1; i >= 0; --i)
        if (!check(m_overrides.value(i).isEmpty()
                       ? m_document.edits().save(m_removed.at(i))
                       : m_document.edits().enrol(m_removed.at(i), m_overrides.value(i))))
            return;
    m_removed.clear();
    m_overrides.clear();
}

} // namespace parcours::ui
