// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardData.h"

#include <QCoreApplication>

namespace parcours::ui {

class CategoryChartView;

/// Draws the Dashboard's three charts (Qt Charts) from its data: each chart's categories carry
/// a sentence for the tooltip and screen readers, and the cohorts' refs so that a click opens
/// one. Colours mean one thing each: green the dynamic exits, blue attendance, red the alert
/// threshold; the pairing roles have a legend.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
public:
    /// The cohort charts show at most this many cohorts, the last to start.
    static constexpr int kMaxCohorts = 24;

    /// A bar per cohort: its dynamic exit rate at 6 months; a cohort without a rate yet has
    /// no bar and says why under its ref (never a 0 % that would read as a failure).
    static void fillExits(CategoryChartView& view, const DashboardData& data);
    /// A line of the attendance rate per week (or month), broken where nothing was marked,
    /// over the alert threshold. False when nothing at all was marked (nothing to draw).
    static bool fillAttendance(CategoryChartView& view, const DashboardData& data);
    /// Three bars per cohort: the share of its participants with a mentor, a coach, both.
    static void fillPairings(CategoryChartView& view, const DashboardData& data);
};

} // namespace parcours::ui
