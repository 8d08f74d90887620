// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Trainer.h"
#include "core/domain/TrainerUnavailability.h"

#include <optional>

namespace parcours {

class Database;

/// Reads and writes trainers, the modules they teach and their unavailability.
class TrainerRepository
{
public:
    explicit TrainerRepository(Database& db) : m_db(db) {}

    [[nodiscard]] Result<QList<Trainer>> all() const; ///< ordered by ref, modules in code order
    [[nodiscard]] Result<std::optional<Trainer>> find(const QString& ref) const;
    [[nodiscard]] Result<Trainer> save(Trainer value); ///< upsert by ref; needs a Transaction
    [[nodiscard]] Result<void> remove(const QString& ref);
    [[nodiscard]] Result<QString> nextRef() const;     ///< `T-000001`

    /// Every unavailability, ordered by trainer ref, weekday, start, end, from, to.
    [[nodiscard]] Result<QList<TrainerUnavailability>> unavailability() const;
    /// One trainer's unavailability, in the same order.
    [[nodiscard]] Result<QList<TrainerUnavailability>> unavailabilityOf(const QString& trainerRef) const;
    /// Inserts unless an identical row exists (the whole row is its key); needs a Transaction.
    [[nodiscard]] Result<TrainerUnavailability> saveUnavailability(TrainerUnavailability value);
    [[nodiscard]] Result<void> removeUnavailability(qint64 id);

private:
    Database& m_db;
};

} // namespace parcours
