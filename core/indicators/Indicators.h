// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IndicatorFigures.h"
#include "IndicatorInput.h"

#include "core/Result.h"

#include <QDate>

namespace parcours {

/// The one implementation of indicators.md: every screen, report, export and `parcours-cli
/// stats` reads its figures from here. Pure: plain data in, plain data out, no database, no
/// clock (no rule of the spec depends on today).
class Indicators
{
public:
    /// The figures of one cohort of `input`. ErrorCode::NotFound when `input` has no cohort
    /// with that ref.
    [[nodiscard]] static Result<IndicatorFigures> ofCohort(const IndicatorInput& input,
                                                           const QString& cohortRef);

    /// The figures of the period [from, to]: the cohorts of `input` whose end date falls in it,
    /// in ref order, summed with rates recomputed from the sums. ErrorCode::Usage when a date
    /// is invalid or from is after to. No cohort in the period gives zero counts, null rates.
    [[nodiscard]] static Result<IndicatorFigures> ofPeriod(const IndicatorInput& input,
                                                           const QDate& from, const QDate& to);

    /// The figures of each cohort of `input`, in the order of input.cohorts, computed with one
    /// index of the rows (a period of thousands of cohorts reads each list once).
    static QList<IndicatorFigures> ofEachCohort(const IndicatorInput& input);

    /// The figures of each enrolment of `input` (same order) as if it were its cohort's only
    /// one: the participant's attended hours, marks, French progression and exit class at
    /// each milestone. No weeks off target. Empty figures for an enrolment of a cohort that
    /// `input` lacks.
    static QList<IndicatorFigures> ofEachEnrolment(const IndicatorInput& input);

    /// The marks of the expected pairs of each held session of `input`'s cohorts, by session ref;
    /// from input.attendance (an input whose marks were counted has no marks per session).
    static QHash<QString, IndicatorFigures::Marks> marksOfEachSession(const IndicatorInput& input);

    /// indicators.md, Exits: `candidate` (same participant, cohort and milestone) is the latest
    /// outcome rather than `current` when it is dated and `current` is not or is older; an
    /// undated outcome is older than any dated one; on equal dates the later row wins.
    static bool supersedes(const Outcome& candidate, const Outcome& current);

    /// The period rule of indicators.md: the cohort's end date falls in [from, to].
    static bool endsIn(const Cohort& cohort, const QDate& from, const QDate& to);

    /// The population rule of indicators.md: `enrolment` (of `cohort`) covers `date`. A
    /// participant is expected at a held session whose date it covers.
    static bool covers(const Enrolment& enrolment, const Cohort& cohort, const QDate& date);
};

} // namespace parcours
