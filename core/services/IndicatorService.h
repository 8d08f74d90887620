// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/indicators/IndicatorFigures.h"
#include "core/indicators/IndicatorInput.h"

#include <QDate>
#include <QString>

namespace parcours {

class Database;

/// Reads from a database what the indicators of a cohort or a period are computed from, and
/// computes them with Indicators: the one path by which screens, reports and the command line
/// get their figures. Each call runs one fixed set of queries, whatever the number of rows.
class IndicatorService
{
public:
    explicit IndicatorService(Database& db) : m_db(db) {}

    /// The input of one cohort. ErrorCode::NotFound for an unknown ref.
    [[nodiscard]] Result<IndicatorInput> inputForCohort(const QString& cohortRef) const;
    /// The input of the cohorts whose end date falls in [from, to]. ErrorCode::Usage when a
    /// date is invalid or from is after to.
    [[nodiscard]] Result<IndicatorInput> inputForPeriod(const QDate& from, const QDate& to) const;
    /// The same cohorts' input with the marks counted per enrolment by the database
    /// (input.marksCounted; no mark listed): the engine's figures are the same, without
    /// reading a network's millions of marks. The cohorts only those of the period, in
    /// start-date order then ref.
    [[nodiscard]] Result<IndicatorInput> countedInputForPeriod(const QDate& from, const QDate& to) const;

    [[nodiscard]] Result<IndicatorFigures> cohort(const QString& cohortRef) const;
    /// The sum of the cohorts ending in [from, to], counted by the database with the engine's
    /// rules (IndicatorTotals per cohort, the attendance totals of migration 0008) rather than
    /// read row by row: the same figures as Indicators::ofPeriod on inputForPeriod.
    [[nodiscard]] Result<IndicatorFigures> period(const QDate& from, const QDate& to) const;

private:
    /// Whether the attendance marks are read into the input, or left to the database to count.
    enum class Marks { Listed, Counted };

    [[nodiscard]] Result<IndicatorInput> periodInput(const QDate& from, const QDate& to, Marks marks) const;
    /// Fills everything but the cohorts, for the cohorts already in `input`: the one cohort
    /// there when `from` is invalid, else the cohorts ending from `from` to `to`.
    [[nodiscard]] Result<void> fill(IndicatorInput& input, const QDate& from, const QDate& to, Marks marks) const;

    Database& m_db;
};

} // namespace parcours
