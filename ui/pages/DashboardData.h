// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/indicators/IndicatorFigures.h"

#include <QDate>
#include <QList>
#include <QString>

namespace parcours {
class Database;
}

namespace parcours::ui {

/// What the Dashboard shows for a period, read in one go from ReportService: the figures of
/// each cohort whose end date falls in the period (indicators.md, Periods), their sum, and
/// their attendance week by week (or month by month over a long period).
struct DashboardData
{
    /// One cohort of the period.
    struct Cohort
    {
        QString ref;
        QString name;
        IndicatorFigures figures;
    };

    /// One point of the attendance trend: a week, or a month of weeks.
    struct Step
    {
        QDate start; ///< the week's Monday, or the first day of the month
        QDate end;   ///< the week's Sunday, or the month's last day
        IndicatorFigures::Marks marks;
    };

    /// Beyond this many weeks the trend goes month by month (a week belongs to the month of
    /// its Thursday, as ISO 8601 places weeks in years).
    static constexpr int kMaxWeeklySteps = 26;

    QDate from;
    QDate to;
    QList<Cohort> cohorts; ///< in start-date order, then ref
    IndicatorFigures total;
    QList<Step> trend;
    bool monthly = false;
    int alertThresholdPercent = 80; ///< the attendance alert threshold (AttendanceService)

    /// Reads the data of the period [from, to] from `db`.
    [[nodiscard]] static Result<DashboardData> load(Database& db, const QDate& from, const QDate& to);
    /// The first and last dates of the file's cohorts (start of the earliest, end of the
    /// latest): the "All time" period. Both invalid when the file has no cohort.
    [[nodiscard]] static Result<std::pair<QDate, QDate>> span(Database& db);
};

} // namespace parcours::ui
