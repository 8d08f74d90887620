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

    /// The period rule of indicators.md: the cohort's end date falls in [from, to].
    static bool endsIn(const Cohort& cohort, const QDate& from, const QDate& to);

    /// The population rule of indicators.md: `enrolment` (of `cohort`) covers `date`. A
    /// participant is expected at a held session whose date it covers.
    static bool covers(const Enrolment& enrolment, const Cohort& cohort, const QDate& date);
};

} // namespace parcours
