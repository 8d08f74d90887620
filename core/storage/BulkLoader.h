// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Codes.h"

#include <memory>
#include <optional>

namespace parcours {

class Database;
struct CheckIn;
struct Cohort;
struct Enrolment;
struct Outcome;
struct Pairing;
struct Participant;
struct Room;
struct Session;
struct Site;
struct Trainer;
struct TrainerUnavailability;
struct Volunteer;

/// Writes millions of rows into an empty database fast (the large demo): SQLite's C API on the
/// Database's own connection, one prepared statement per table bound in loops, one transaction.
/// While it loads, the explicit indexes are dropped (and made again from their own SQL text at
/// finish(), so the schema ends as it began), foreign keys are not enforced, the rollback journal
/// replaces the write-ahead log and nothing is synced; finish() makes the indexes, commits and
/// puts every setting back (WAL, synchronous FULL, foreign keys on). The caller gives every row
/// its id and must keep them consistent: `parcours-cli check` verifies the keys afterwards.
/// Rows are stored exactly as the repositories store them. Destroyed before finish(), it rolls
/// back and restores the settings.
class BulkLoader
{
public:
    /// Starts loading into `db`, which must be writable and outside any Transaction.
    [[nodiscard]] static Result<std::unique_ptr<BulkLoader>> begin(Database& db);
    ~BulkLoader();
    BulkLoader(const BulkLoader&) = delete;
    BulkLoader& operator=(const BulkLoader&) = delete;

    [[nodiscard]] Result<void> site(qint64 id, const Site& value);
    [[nodiscard]] Result<void> room(qint64 id, qint64 siteId, const Room& value);
    /// The trainer and its modules.
    [[nodiscard]] Result<void> trainer(qint64 id, const Trainer& value);
    [[nodiscard]] Result<void> unavailability(qint64 trainerId, const TrainerUnavailability& value);
    [[nodiscard]] Result<void> cohort(qint64 id, std::optional<qint64> siteId, const Cohort& value);
    [[nodiscard]] Result<void> participant(qint64 id, const Participant& value);
    [[nodiscard]] Result<void> volunteer(qint64 id, const Volunteer& value);
    [[nodiscard]] Result<void> enrolment(qint64 cohortId, qint64 participantId, const Enrolment& value);
    [[nodiscard]] Result<void> session(qint64 id, qint64 cohortId, std::optional<qint64> trainerId,
                                       std::optional<qint64> roomId, const Session& value);
    /// Kept and written many rows at a time: a bad mark may fail a later call, or finish().
    [[nodiscard]] Result<void> attendance(qint64 sessionId, qint64 participantId, AttendanceStatus status,
                                          int minutesLate);
    [[nodiscard]] Result<void> pairing(qint64 id, qint64 participantId, qint64 volunteerId,
                                       std::optional<qint64> cohortId, const Pairing& value);
    [[nodiscard]] Result<void> checkIn(qint64 pairingId, const CheckIn& value);
    [[nodiscard]] Result<void> outcome(qint64 participantId, qint64 cohortId, const Outcome& value);

    /// Makes the indexes again, commits and restores the connection's settings.
    [[nodiscard]] Result<void> finish();

private:
    struct Impl;
    explicit BulkLoader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace parcours
