// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeService.h"

#include "ChangeNotifier.h"
#include "core/domain/FollowUps.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/Transaction.h"

#include <algorithm>

namespace parcours {

Result<QList<OutcomeRow>> OutcomeService::rows(const QString& cohortRef) const
{
    return OutcomeRepository(m_db).overview(cohortRef);
}

Result<QList<OutcomeRow>> OutcomeService::followUpsDue(const QDate& today) const
{
    const auto rows = OutcomeRepository(m_db).overview(QString(), FollowUps::oldestCohortEnd(today),
                                                       FollowUps::endOfMonth(today));
    if (!rows)
        return fail(rows.error());
    return FollowUps::due(*rows, today);
}

Result<std::optional<Outcome>> OutcomeService::sameKey(const Outcome& value) const
{
    const auto outcomes = OutcomeRepository(m_db).ofParticipant(value.participantRef);
    if (!outcomes)
        return fail(outcomes.error());
    for (const Outcome& o : *outcomes)
        if (o.cohortRef == value.cohortRef && o.milestone == value.milestone && o.recordedOn == value.recordedOn)
            return std::optional<Outcome>(o);
    return std::optional<Outcome>();
}

Result<OutcomeChange> OutcomeService::record(const Outcome& value)
{
    QList<Problem> problems = value.validate();
    if (problems.isEmpty()) {
        const auto enrolments = CohortRepository(m_db).enrolmentsOfParticipant(value.participantRef);
        if (!enrolments)
            return fail(enrolments.error());
        const bool enrolled = std::any_of(enrolments->begin(), enrolments->end(),
                                          [&](const Enrolment& e) { return e.cohortRef == value.cohortRef; });
        if (!enrolled)
            problems << Problem{{}, 0, QStringLiteral("cohort_ref"),
                                QStringLiteral("'%1' is not enrolled in '%2'").arg(value.participantRef, value.cohortRef)};
    }
    if (!problems.isEmpty())
        return fail(invalid(problems, QStringLiteral("outcome not valid")));

    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    OutcomeChange change;
    const auto before = sameKey(value);
    if (!before)
        return fail(before.error());
    change.before = *before;
    Outcome toSave = value;
    toSave.id = 0;
    const auto saved = OutcomeRepository(m_db).save(toSave);
    if (!saved)
        return fail(saved.error());
    change.after = *saved;
    if (auto committed = tx.commit(); !committed)
        return fail(committed.error());
    if (m_notifier)
        m_notifier->notifySaved(EntityKind::Outcome, QString());
    return change;
}

Result<void> OutcomeService::undo(const OutcomeChange& change)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    OutcomeRepository outcomes(m_db);
    if (change.before) {
        if (auto saved = outcomes.save(*change.before); !saved)
            return fail(saved.error());
    } else {
        const auto current = sameKey(change.after);
        if (!current)
            return fail(current.error());
        if (*current)
            if (auto removed = outcomes.remove((*current)->id); !removed)
                return fail(removed.error());
    }
    if (auto committed = tx.commit(); !committed)
        return fail(committed.error());
    if (m_notifier)
        m_notifier->notifyChanged(EntityKind::Outcome);
    return {};
}

Result<void> OutcomeService::redo(const OutcomeChange& change)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    if (auto saved = OutcomeRepository(m_db).save(change.after); !saved)
        return fail(saved.error());
    if (auto committed = tx.commit(); !committed)
        return fail(committed.error());
    if (m_notifier)
        m_notifier->notifyChanged(EntityKind::Outcome);
    return {};
}

} // namespace parcours
