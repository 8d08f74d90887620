// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PairingChange.h"

#include "core/Result.h"
#include "core/domain/Cohort.h"
#include "core/domain/PairingEndReason.h"
#include "core/pairing/PairingMatcher.h"

#include <optional>

namespace parcours {

class ChangeNotifier;
class Database;
class Transaction;

/// One participant of a cohort and their pairings (the Pairings page's row).
struct ParticipantPairings
{
    Participant participant;
    EnrolmentStatus enrolmentStatus = EnrolmentStatus::Enrolled;
    /// The current pairing of each role: the active one, else the latest proposed one.
    std::optional<Pairing> mentor;
    std::optional<Pairing> coach;
    /// Every pairing of the participant in this cohort (ended ones too), by ref.
    QList<Pairing> history;

    const std::optional<Pairing>& current(PairingRole role) const
    {
        return role == PairingRole::Mentor ? mentor : coach;
    }
};

/// How much of a volunteer's capacity is used.
struct VolunteerLoad
{
    Volunteer volunteer;
    int active = 0;   ///< active pairings (these count against max_pairings)
    int proposed = 0; ///< proposed pairings (they do not)
    QList<ReadinessItem> missing; ///< readiness: empty when ready

    int remaining() const { return volunteer.maxPairings - active; }
};

/// A cohort's pairings: one row per enrolled participant (withdrawn ones left out), by
/// participant ref.
struct CohortPairings
{
    Cohort cohort;
    QList<ParticipantPairings> rows;
};

/// An active pairing whose last check-in (or, with none, its start) is more than the
/// follow-up threshold ago.
struct FollowUp
{
    Pairing pairing;
    QDate lastCheckIn; ///< null: no check-in yet
    QDate since;       ///< the last check-in, else the start date (null when neither is known)
    int daysSince = 0; ///< days from `since` to the day asked about
};

/// The use cases of mentor and coach pairings: proposals (PairingMatcher), the lifecycle
/// proposed -> active -> ended with its rules, check-ins and the follow-up list.
///
/// Rules enforced on every write, each refused with ErrorCode::Invalid and a clear problem:
/// never two active pairings of one role for one participant; never more active pairings than
/// a volunteer's max_pairings; a mentor-only volunteer never a coach and the reverse (`both`
/// either); never one volunteer in both roles of one participant; a pair whose pairing ended in
/// mismatch never proposed nor paired again. Unknown refs are ErrorCode::NotFound.
///
/// Every write runs in one Transaction, committed before the call returns, and returns a
/// PairingChange that undo() and redo() put back (an undo command keeps it). After the commit
/// the ChangeNotifier (when given) hears `changed(EntityKind::Pairing)` (and
/// `changed(EntityKind::CheckIn)` when check-ins changed).
class PairingService
{
public:
    /// The `setting` key of the follow-up threshold in weeks, and its default.
    static constexpr const char* kFollowUpWeeksKey = "checkin_follow_up_weeks";
    static constexpr int kDefaultFollowUpWeeks = 3;

    explicit PairingService(Database& db, ChangeNotifier* notifier = nullptr)
        : m_db(db), m_notifier(notifier)
    {
    }

    // --- Reading ------------------------------------------------------------------------

    /// A cohort's participants and their pairings. NotFound for an unknown cohort.
    [[nodiscard]] Result<CohortPairings> cohortPairings(const QString& cohortRef) const;
    /// Every volunteer who can serve `role`, with their load and readiness, by ref.
    [[nodiscard]] Result<QList<VolunteerLoad>> volunteerLoads(PairingRole role) const;
    /// One volunteer's load. NotFound for an unknown volunteer.
    [[nodiscard]] Result<VolunteerLoad> volunteerLoad(const QString& volunteerRef) const;

    /// What the matcher takes for a cohort and a role: the enrolled participants without an
    /// active pairing of that role, the volunteers who can serve it with their room left, and
    /// the excluded pairs. NotFound for an unknown cohort.
    [[nodiscard]] Result<MatchInput> matchInput(const QString& cohortRef, PairingRole role) const;
    /// The matcher's proposals for a cohort and a role (nothing is written).
    [[nodiscard]] Result<MatchResult> suggest(const QString& cohortRef, PairingRole role) const;
    /// The score and reasons of one pair, for a picker. NotFound for an unknown ref.
    [[nodiscard]] Result<PairScore> score(const QString& cohortRef, const QString& participantRef,
                                          const QString& volunteerRef, PairingRole role) const;

    /// The check-ins of one pairing, by date.
    [[nodiscard]] Result<QList<CheckIn>> checkIns(const QString& pairingRef) const;
    /// The active pairings with no check-in for more than the threshold (weeks, from the
    /// setting) before `today`, the longest first (then by ref).
    [[nodiscard]] Result<QList<FollowUp>> followUps(const QDate& today) const;
    /// The follow-up threshold in weeks: the setting, else kDefaultFollowUpWeeks.
    [[nodiscard]] Result<int> followUpWeeks() const;
    /// Stores the threshold (1 to 52 weeks, else Invalid).
    [[nodiscard]] Result<void> setFollowUpWeeks(int weeks);

    // --- Writing ------------------------------------------------------------------------

    /// Records a proposed pairing (a new `K-` ref; start date empty). The role and mismatch
    /// rules apply; capacity does not (only active pairings count).
    [[nodiscard]] Result<PairingChange> propose(const QString& participantRef, const QString& volunteerRef,
                                                PairingRole role, const QString& cohortRef);
    /// Makes a proposed pairing active from `start`. The other proposed pairings of the same
    /// participant and role are discarded (in the change, for undo). See Activation for a
    /// volunteer who is not ready.
    [[nodiscard]] Result<Activation> activate(const QString& pairingRef, const QDate& start,
                                              bool confirmNotReady = false);
    /// Makes an active pairing at once (drag and drop, picker), as propose() then activate().
    [[nodiscard]] Result<Activation> assign(const QString& participantRef, const QString& volunteerRef,
                                            PairingRole role, const QString& cohortRef, const QDate& start,
                                            bool confirmNotReady = false);
    /// Records the proposals of suggest() in one transaction: active from `start`, or proposed
    /// for volunteers who are not ready unless confirmNotReady. All or nothing.
    [[nodiscard]] Result<Activation> apply(const QString& cohortRef, const QList<Proposal>& proposals,
                                           const QDate& start, bool confirmNotReady = false);
    /// Ends an active (or proposed) pairing on `end` with a reason (stored as its code).
    [[nodiscard]] Result<PairingChange> end(const QString& pairingRef, const QDate& end, PairingEndReason reason);
    /// Ends the pairing on `date` with `reason` and pairs the participant with another
    /// volunteer in the same role and cohort, active from `date`; the ended one stays as
    /// history. Refuses the same volunteer.
    [[nodiscard]] Result<Activation> rematch(const QString& pairingRef, const QString& newVolunteerRef,
                                             const QDate& date, PairingEndReason reason,
                                             bool confirmNotReady = false);
    /// Removes a proposed pairing (a proposal turned down). Active and ended ones are history:
    /// Invalid.
    [[nodiscard]] Result<PairingChange> discard(const QString& pairingRef);

    /// Logs a meeting (upsert by pairing ref and date); Invalid for a date before the
    /// pairing's start or for a proposed pairing.
    [[nodiscard]] Result<PairingChange> logCheckIn(const CheckIn& checkIn);
    [[nodiscard]] Result<PairingChange> removeCheckIn(const QString& pairingRef, const QDate& date);

    /// Puts back the state before `change` (undo) or after it (redo), in one transaction.
    [[nodiscard]] Result<void> undo(const PairingChange& change);
    [[nodiscard]] Result<void> redo(const PairingChange& change);

private:
    [[nodiscard]] Result<void> commit(Transaction& tx, const PairingChange& change) const;

    Database& m_db;
    ChangeNotifier* m_notifier;
};

} // namespace parcours
