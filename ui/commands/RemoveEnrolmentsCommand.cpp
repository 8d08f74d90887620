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
    for (const QString& participant : std::as_const(m_participantRefs)) {
        auto removed = m_document.edits().removeEnrolment(m_cohortRef, participant);
        if (!removed) {
            undo(); // back to where this step started
            check(removed);
            return;
        }
        m_removed << *removed;
    }
}

void RemoveEnrolmentsCommand::undo()
{
    for (qsizetype i = m_removed.size() - 1; i >= 0; --i)
        if (!check(m_document.edits().save(m_removed.at(i))))
            return;
    m_removed.clear();
}

} // namespace parcours::ui
