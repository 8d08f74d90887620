// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/indicators/IndicatorFigures.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <array>

namespace parcours {

class Database;

/// The hours of one ISO week of a cohort, per module: its planned and held sessions (not
/// cancelled), as WeeklyTargets judges them.
struct CohortWeekSeconds
{
    QDate monday;
    std::array<qint64, IndicatorFigures::kModules> seconds{};
};

/// What the database counts of one cohort with indicators.md's rules, everything the figures
/// need but the attendance marks (SessionRepository::markCountsOfPeriod, MarkTotals) and the
/// judgement of its weeks (WeeklyTargets, from `weeks`).
struct CohortTotals
{
    int enrolled = 0;
    int completed = 0;
    int withdrawn = 0;
    std::array<qint64, IndicatorFigures::kModules> plannedSecs{};   ///< planned and held sessions
    std::array<qint64, IndicatorFigures::kModules> deliveredSecs{}; ///< held sessions
    QList<CohortWeekSeconds> weeks; ///< the weeks holding a planned or held session, by date
    IndicatorFigures::Pairings pairings; ///< volunteersInvolved: volunteers plus volunteer trainers
    IndicatorFigures::French french;
    std::array<IndicatorFigures::Exits, IndicatorFigures::kMilestones> exits{};
};

/// The figures of indicators.md counted per cohort by the database, for the cohorts whose end
/// date falls in a period: a fixed set of grouped statements (GROUP BY over enrolments,
/// sessions, pairings, outcomes), whatever the number of cohorts, so that a period of every
/// cohort of a network's ten years never reads whole lists into memory. Indicators.cpp is the
/// reference: IndicatorTotalsTest computes both ways and compares field by field.
class IndicatorTotals
{
public:
    explicit IndicatorTotals(const Database& db) : m_db(db) {}

    /// By cohort id; a cohort of the period with nothing to count (no enrolment, no session)
    /// may be absent. ErrorCode::Usage when a date is invalid or from is after to.
    [[nodiscard]] Result<QHash<qint64, CohortTotals>> ofPeriod(const QDate& from, const QDate& to) const;

private:
    const Database& m_db;
};

} // namespace parcours
