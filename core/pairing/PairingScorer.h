// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codes.h"
#include "core/domain/Participant.h"
#include "core/domain/Volunteer.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {

/// The cohort a pairing is scored for: its dates and its site.
struct MatchCohort
{
    QString ref;
    QDate startDate;
    QDate endDate;
    QString siteRef;  ///< empty: no site
    QString siteName;
    QString siteCity;
};

/// A volunteer as the scorer and the matcher see them.
struct Candidate
{
    Volunteer volunteer;
    QStringList siteRefs; ///< the sites of the cohorts of the volunteer's pairings, past or present
    int remaining = 0;    ///< max_pairings minus active pairings (the matcher's capacity)
};

/// One reason a pair scores what it does, in words in the user's language.
struct ScoreReason
{
    int points = 0;
    QString text;
};

/// A pair's score: the sum of its reasons' points.
struct PairScore
{
    int points = 0;
    QList<ScoreReason> reasons;
};

/// Scores a participant with a candidate volunteer for one role of one cohort (pure).
///
/// The weights, all in this one place (a pair's points are the sum of the rules it meets):
///
/// | rule                                                                 | role   | points |
/// |----------------------------------------------------------------------|--------|--------|
/// | same sector: the mentor's sector is the participant's sector          | mentor | 25     |
/// | profession fits the project: a word of the mentor's profession       | mentor | 20     |
/// |   appears in the participant's professional project                  |        |        |
/// | a shared language; French does not count for a participant at A0-A1  | any    | 15     |
/// |   or of unknown level (they cannot use it yet)                       |        |        |
/// | same site: the volunteer was paired before in a cohort of that site  | any    | 10     |
/// | or else same city: the site's city appears in the volunteer's        | any    | 5      |
/// |   employer                                                           |        |        |
/// | the coach's school at the cohort's site: the school names the site's | coach  | 30     |
/// |   city or the site's name                                            |        |        |
/// | availability covers the cohort's dates (an open end covers)          | any    | 20     |
///
/// At most 90 points for a mentor, 75 for a coach.
/// Words are compared accent-blind and case-blind, words of fewer than 4 letters ignored.
/// Readiness and capacity are not part of the score (see VolunteerReadiness, PairingMatcher).
class PairingScorer
{
public:
    static constexpr int kSameSector = 25;
    static constexpr int kProfessionFitsProject = 20;
    static constexpr int kSharedLanguage = 15;
    static constexpr int kSameSite = 10;
    static constexpr int kSameCity = 5;
    static constexpr int kSchoolAtSite = 30;
    static constexpr int kAvailabilityCovers = 20;

    PairingScorer(MatchCohort cohort, PairingRole role);

    const MatchCohort& cohort() const { return m_cohort; }
    PairingRole role() const { return m_role; }

    /// The score and its reasons (translated, context "PairingScorer"), one per rule that gave
    /// points, in the order of the table above.
    PairScore score(const Participant& participant, const Candidate& candidate) const;
    /// The same total without building the reasons' text.
    int points(const Participant& participant, const Candidate& candidate) const;

private:
    MatchCohort m_cohort;
    PairingRole m_role;
};

} // namespace parcours
