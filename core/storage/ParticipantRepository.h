// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Participant.h"

#include <QHash>

#include <functional>
#include <optional>

namespace parcours {

class Database;

/// Reads and writes participants.
class ParticipantRepository
{
public:
    explicit ParticipantRepository(Database& db) : m_db(db) {}

    /// Every participant, ordered by ref.
    [[nodiscard]] Result<QList<Participant>> all() const;
    /// Each participant in the order of all(), one at a time (a network's file holds 100,000).
    [[nodiscard]] Result<void> forEach(const std::function<void(const Participant&)>& onParticipant) const;
    [[nodiscard]] Result<std::optional<Participant>> find(const QString& ref) const;
    [[nodiscard]] Result<int> count() const;
    /// The French level at entry of the participants enrolled in `cohortRef`, by ref; those
    /// without one are left out.
    [[nodiscard]] Result<QHash<QString, CefrLevel>> entryLevelsOfCohort(const QString& cohortRef) const;
    /// The same for the participants enrolled in a cohort ending from `from` to `to` (included).
    [[nodiscard]] Result<QHash<QString, CefrLevel>> entryLevelsOfPeriod(const QDate& from, const QDate& to) const;
    /// Inserts, or updates the row with the same ref; validates first (ErrorCode::Invalid with
    /// every problem) and resolves refs (ErrorCode::NotFound). Needs an open Transaction.
    [[nodiscard]] Result<Participant> save(Participant value);
    /// Deletes by ref, with what depends on it (see the schema's ON DELETE). Needs a Transaction.
    [[nodiscard]] Result<void> remove(const QString& ref);
    /// The next free generated ref: `P-000124`.
    [[nodiscard]] Result<QString> nextRef() const;

private:
    Database& m_db;
};

} // namespace parcours
