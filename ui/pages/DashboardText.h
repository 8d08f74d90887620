// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardData.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace parcours::ui {

/// The Dashboard's sentences and labels, in the user's language and locale (the figures as
/// report-pdf's formatter writes them: `73 %` in French, `73%` in English). The exit figures
/// are those at 6 months (issue 7: "73 % dynamic exits at 6 months, of which X % permanent").
class DashboardText
{
    Q_DECLARE_TR_FUNCTIONS(DashboardText)
public:
    /// The milestone of the key figures and of the exit chart.
    static constexpr Milestone kMilestone = Milestone::M6;

    static QString percent(std::optional<double> rate);
    static QString count(int value);
    /// `16 March 2026`, `16 mars 2026`.
    static QString day(const QDate& date);

    /// "42 participants, 3 cohorts, 73 % dynamic exits at 6 months, of which 45 % permanent."
    static QString sentence(const DashboardData& data);
    /// What the rate leaves out: the participants who completed and whose 6-month outcome is
    /// not known yet (they stay in the denominator). Empty when there are none.
    static QString unknownNote(const IndicatorFigures& figures);

    /// Under a cohort's bar of the exit chart: the rate, or why there is none.
    static QString exitLabel(const IndicatorFigures& figures);
    static QString exitDetails(const DashboardData::Cohort& cohort);
    static QString pairingDetails(const DashboardData::Cohort& cohort);
    static QString stepLabel(const DashboardData::Step& step, bool monthly);
    static QString stepDetails(const DashboardData::Step& step, bool monthly);
};

} // namespace parcours::ui
