// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PairingScorer.h"
#include "VolunteerReadiness.h"

#include <QSet>

#include <utility>
#include <vector>

namespace parcours {

/// What the matcher pairs: a cohort's unpaired participants and the candidate volunteers for
/// one role, with the pairs that must never be proposed.
struct MatchInput
{
    MatchCohort cohort;
    PairingRole role = PairingRole::Mentor;
    QList<Participant> participants;
    QList<Candidate> candidates;
    /// (participant ref, volunteer ref) pairs never to propose: a pairing of theirs ended in
    /// mismatch, or the volunteer already holds the participant's other role.
    QSet<std::pair<QString, QString>> excluded;
};

/// One proposed pair, with its score and reasons, and what the volunteer's readiness lacks.
struct Proposal
{
    QString participantRef;
    QString volunteerRef;
    PairingRole role = PairingRole::Mentor;
    PairScore score;
    QList<ReadinessItem> missing; ///< empty when the volunteer is ready
};

/// The matcher's answer: proposals ordered by participant ref, and the participants left
/// without a proposal (no compatible volunteer with room left).
struct MatchResult
{
    QList<Proposal> proposals;
    QStringList unpaired;
    int totalPoints = 0;
};

/// Pairs as many participants as the volunteers' remaining capacities allow and, among such
/// assignments, one with the highest total score (PairingScorer). A candidate is eligible for a
/// participant when their role can serve the input's role (`both` serves either), they have
/// room left (remaining > 0), their availability window meets the cohort's dates at least in
/// part, and the pair is not excluded. Readiness does not count: a volunteer who is not ready
/// may be proposed (Proposal::missing says what they lack). Pure and deterministic: participants
/// and candidates are taken in ref order whatever the input order, so the same data gives the
/// same proposals.
///
/// The optimisation is a min-cost max-flow of Boost.Graph (successive shortest paths with
/// non-negative costs: cost = (best score + 1) - score, so the maximum flow of least cost pairs
/// the most participants with the highest total). To keep the graph small, each participant
/// first keeps only a few best candidates; the flow's answer is kept when every participant has
/// a kept candidate with room left (then, by linear programming duality, no candidate left out
/// could do better), else those participants keep more and the flow is solved again. At worst
/// each keeps candidates whose capacities cover every participant, where an exchange argument
/// shows an optimum always lies.
class PairingMatcher
{
public:
    static MatchResult match(const MatchInput& input);
    /// Whether a candidate may be proposed at all for the input's role and cohort (before the
    /// excluded pairs).
    static bool isEligible(const Candidate& candidate, const MatchInput& input);

    /// The optimisation alone, on numbers: `points[i][j]` is participant i's score with
    /// volunteer j (negative: not allowed), `capacity[j]` what volunteer j can take. Returns
    /// each participant's volunteer index, or -1. Maximum cardinality, then maximum total;
    /// among equals, deterministic for the same input.
    static std::vector<int> assign(const std::vector<std::vector<int>>& points, const std::vector<int>& capacity);
};

} // namespace parcours
