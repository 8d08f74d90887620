// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/CheckIn.h"
#include "core/domain/Pairing.h"

#include <QHash>

#include <functional>
#include <optional>
#include <utility>

namespace parcours {

class Database;

/// How many pairings of each status a volunteer holds.
struct PairingCounts
{
    int active = 0;
    int proposed = 0;
};

/// Reads and writes pairings and their check-ins.
class PairingRepository
{
public:
    explicit PairingRepository(Database& db) : m_db(db) {}

    [[nodiscard]] Result<QList<Pairing>> all() const; ///< ordered by ref
    /// Each pairing in the order of all(), one at a time.
    [[nodiscard]] Result<void> forEach(const std::function<void(const Pairing&)>& onPairing) const;
    [[nodiscard]] Result<QList<Pairing>> ofCohort(const QString& cohortRef) const;
    [[nodiscard]] Result<QList<Pairing>> ofParticipant(const QString& participantRef) const;
    /// The pairings of the participants enrolled in `cohortRef`, whatever the pairing's own
    /// cohort; by ref.
    [[nodiscard]] Result<QList<Pairing>> ofParticipantsOfCohort(const QString& cohortRef) const;
    [[nodiscard]] Result<QList<Pairing>> ofVolunteer(const QString& volunteerRef) const;
    [[nodiscard]] Result<std::optional<Pairing>> find(const QString& ref) const;
    /// The pairings of one status, by ref.
    [[nodiscard]] Result<QList<Pairing>> withStatus(PairingStatus status) const;
    /// Active and proposed pairings counted per volunteer ref (volunteers with none left out).
    [[nodiscard]] Result<QHash<QString, PairingCounts>> countsByVolunteer() const;
    /// (volunteer ref, site ref) for every site of a cohort a volunteer has a pairing in, by
    /// volunteer then site.
    [[nodiscard]] Result<QList<std::pair<QString, QString>>> volunteerSites() const;
    /// Upsert by ref; refuses a volunteer whose role cannot serve the pairing's role, and a
    /// second active pairing of one role for one participant. Needs a Transaction.
    [[nodiscard]] Result<Pairing> save(Pairing value);
    [[nodiscard]] Result<void> remove(const QString& ref);
    [[nodiscard]] Result<QString> nextRef() const; ///< `K-000001`

    /// Every check-in, ordered by pairing ref then date.
    [[nodiscard]] Result<QList<CheckIn>> checkIns() const;
    /// Each check-in in the order of checkIns(), one at a time (a network's file holds millions).
    [[nodiscard]] Result<void> forEachCheckIn(const std::function<void(const CheckIn&)>& onCheckIn) const;
    /// The check-ins of one pairing, by date.
    [[nodiscard]] Result<QList<CheckIn>> checkInsOf(const QString& pairingRef) const;
    /// The check-in of a pairing on a day, if any.
    [[nodiscard]] Result<std::optional<CheckIn>> findCheckIn(const QString& pairingRef, const QDate& date) const;
    /// The check-ins of the pairings of a participant, or of a volunteer; by pairing then date.
    [[nodiscard]] Result<QList<CheckIn>> checkInsOfParticipant(const QString& participantRef) const;
    [[nodiscard]] Result<QList<CheckIn>> checkInsOfVolunteer(const QString& volunteerRef) const;
    /// Upsert by (pairing ref, date); needs a Transaction.
    [[nodiscard]] Result<CheckIn> saveCheckIn(CheckIn value);
    [[nodiscard]] Result<void> removeCheckIn(const QString& pairingRef, const QDate& date);

    /// Stores a pairing setting in the `setting` table (the follow-up threshold); needs a
    /// Transaction.
    [[nodiscard]] Result<void> setSetting(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace parcours
