// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardData.h"

#include "core/reports/ReportService.h"
#include "core/services/AttendanceService.h"
#include "core/storage/CohortRepository.h"

#include <QHash>

namespace parcours::ui {

namespace {

/// The month a week belongs to: the month of its Thursday.
QDate monthOf(const QDate& monday)
{
    const QDate thursday = monday.addDays(3);
    return QDate(thursday.year(), thursday.month(), 1);
}

QList<DashboardData::Step> trendOf(const QList<WeekAttendance>& weeks, bool monthly)
{
    QList<DashboardData::Step> steps;
    for (const WeekAttendance& week : weeks) {
        const QDate start = monthly ? monthOf(week.monday) : week.monday;
        if (steps.isEmpty() || steps.constLast().start != start) {
            DashboardData::Step step;
            step.start = start;
            step.end = monthly ? start.addMonths(1).addDays(-1) : start.addDays(6);
            steps << step;
        }
        steps.last().marks += week.marks;
    }
    return steps;
}

} // namespace

Result<DashboardData> DashboardData::load(Database& db, const QDate& from, const QDate& to)
{
    DashboardData data;
    data.from = from;
    data.to = to;
    const ReportService reports(db);
    auto figures = reports.cohortsOfPeriod(from, to);
    if (!figures)
        return fail(figures.error());
    auto weeks = reports.weeklyAttendance(from, to);
    if (!weeks)
        return fail(weeks.error());
    auto cohorts = CohortRepository(db).all();
    if (!cohorts)
        return fail(cohorts.error());
    auto threshold = AttendanceService(db).thresholdPercent();
    if (!threshold)
        return fail(threshold.error());

    QHash<QString, QString> names;
    for (const parcours::Cohort& c : std::as_const(*cohorts))
        names.insert(c.ref, c.name);
    for (const IndicatorFigures& f : std::as_const(*figures)) {
        const QString ref = f.cohorts.value(0);
        data.cohorts.append({ref, names.value(ref), f});
        data.total += f;
    }
    data.monthly = weeks->size() > kMaxWeeklySteps;
    data.trend = trendOf(*weeks, data.monthly);
    data.alertThresholdPercent = *threshold;
    return data;
}

Result<std::pair<QDate, QDate>> DashboardData::span(Database& db)
{
    auto cohorts = CohortRepository(db).all();
    if (!cohorts)
        return fail(cohorts.error());
    QDate first;
    QDate last;
    for (const parcours::Cohort& c : std::as_const(*cohorts)) {
        if (c.startDate.isValid() && (!first.isValid() || c.startDate < first))
            first = c.startDate;
        if (c.endDate.isValid() && (!last.isValid() || c.endDate > last))
            last = c.endDate;
    }
    return std::make_pair(first, last);
}

} // namespace parcours::ui
