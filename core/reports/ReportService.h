// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportData.h"

#include "core/Clock.h"
#include "core/Result.h"

namespace parcours {

class Database;

/// The data of reports and of the dashboard: figures cohort by cohort, attendance week by week,
/// what is missing, and a cohort report's whole content. Reads through ReportRepository (a
/// fixed number of queries per call, whatever the number of rows) and computes every figure
/// with Indicators, the one implementation of indicators.md.
class ReportService
{
public:
    /// `clock` gives today for dataQuality (which follow-ups are due).
    explicit ReportService(Database& db, const Clock& clock = Clock::system()) : m_db(db), m_clock(clock) {}

    /// One IndicatorFigures per cohort whose end date falls in [from, to], in start-date order
    /// (then ref). Summed, they equal IndicatorService::period(from, to). ErrorCode::Usage when
    /// a date is invalid or from is after to.
    [[nodiscard]] Result<QList<IndicatorFigures>> cohortsOfPeriod(const QDate& from, const QDate& to) const;

    /// Every ISO week of the cohort (from the week of its start to the week of its end, or of a
    /// held session dated outside them, so that the weeks add up to the cohort's attendance).
    /// ErrorCode::NotFound for an unknown ref.
    [[nodiscard]] Result<QList<WeekAttendance>> weeklyAttendance(const QString& cohortRef) const;
    /// The cohorts whose end date falls in [from, to], week by week summed across them: every
    /// ISO week from the earliest start to the latest end of those cohorts (none when the
    /// period has no cohort). The weeks' marks add up to IndicatorService::period's attendance.
    [[nodiscard]] Result<QList<WeekAttendance>> weeklyAttendance(const QDate& from, const QDate& to) const;

    /// What the office has yet to record for the cohort. ErrorCode::NotFound for an unknown ref.
    [[nodiscard]] Result<DataQuality> dataQuality(const QString& cohortRef) const;

    /// The whole content of a cohort report; the named annex only when `withNames`.
    /// ErrorCode::NotFound for an unknown ref.
    [[nodiscard]] Result<CohortReportData> cohortReport(const QString& cohortRef, bool withNames = false) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace parcours
