// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/CheckIn.h"
#include "core/domain/Pairing.h"

#include <optional>

namespace parcours {

class Database;

/// Reads and writes pairings and their check-ins.
class PairingRepository
{
public:
    explicit PairingRepository(Database& db) : m_db(db) {}

    [[nodiscard]] Result<QList<Pairing>> all() const; ///< ordered by ref
    [[nodiscard]] Result<QList<Pairing>> ofCohort(const QString& cohortRef) const;
    [[nodiscard]] Result<QList<Pairing>> ofParticipant(const QString& participantRef) const;
    [[nodiscard]] Result<QList<Pairing>> ofVolunteer(const QString& volunteerRef) const;
    [[nodiscard]] Result<std::optional<Pairing>> find(const QString& ref) const;
    /// Upsert by ref; refuses a volunteer whose role cannot serve the pairing's role, and a
    /// second active pairing of one role for one participant. Needs a Transaction.
    [[nodiscard]] Result<Pairing> save(Pairing value);
    [[nodiscard]] Result<void> remove(const QString& ref);
    [[nodiscard]] Result<QString> nextRef() const; ///< `K-000001`

    /// Every check-in, ordered by pairing ref then date.
    [[nodiscard]] Result<QList<CheckIn>> checkIns() const;
    /// The check-ins of the pairings of a participant, or of a volunteer; by pairing then date.
    [[nodiscard]] Result<QList<CheckIn>> checkInsOfParticipant(const QString& participantRef) const;
    [[nodiscard]] Result<QList<CheckIn>> checkInsOfVolunteer(const QString& volunteerRef) const;
    /// Upsert by (pairing ref, date); needs a Transaction.
    [[nodiscard]] Result<CheckIn> saveCheckIn(CheckIn value);
    [[nodiscard]] Result<void> removeCheckIn(const QString& pairingRef, const QDate& date);

private:
    Database& m_db;
};

} // namespace parcours
