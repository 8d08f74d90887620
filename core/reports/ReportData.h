// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The content of the reports as data (no painting): what ReportService computes and the PDFs,
// the dashboard and the review pack show.

#include "core/domain/Cohort.h"
#include "core/indicators/IndicatorFigures.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace parcours {

/// The attendance of one ISO week (Monday to Sunday): the marks of the expected pairs of the
/// held sessions of that week, counted as indicators.md's attendance rate counts them.
struct WeekAttendance
{
    int isoYear = 0;
    int isoWeek = 0;
    QDate monday;
    IndicatorFigures::Marks marks; ///< all modules; marks.rate() is null in a week without marks

    /// `2025-W11`.
    QString label() const;
};

/// A held session with expected participants that have no mark.
struct UnmarkedSession
{
    QString cohortRef;
    QString sessionRef;
    QDate date;
    Module module = Module::Fle;
    int unmarked = 0; ///< expected pairs without a mark
};

/// What the office has yet to record, for a cohort (or the cohorts of a period).
struct DataQuality
{
    /// Expected pairs of held sessions without a mark (the `unmarked` of indicators.md).
    int unmarkedPairs = 0;
    /// The sessions those pairs belong to, by date.
    QList<UnmarkedSession> unmarkedSessions;
    /// By milestone (exit, m3, m6, m12): completed enrolments whose outcome was due before today
    /// (FollowUps::dueDate) and that have no known situation (none recorded, or "unknown").
    std::array<int, IndicatorFigures::kMilestones> outcomesMissing{};
    /// Enrolments (any status) whose participant has no consent date.
    int withoutConsent = 0;

    int outcomesMissingTotal() const;
    /// True when nothing is missing.
    bool isComplete() const { return unmarkedPairs == 0 && outcomesMissingTotal() == 0 && withoutConsent == 0; }
};

/// One row of the named annex of a cohort report (only when the user asks for names).
struct AnnexRow
{
    QString participantRef;
    QString firstName;
    QString lastName;
    EnrolmentStatus status = EnrolmentStatus::Enrolled;
    double attendedHours = 0;
    IndicatorFigures::Marks marks; ///< marks.rate() is the participant's attendance rate
    std::optional<CefrLevel> frenchLevelEntry;
    std::optional<CefrLevel> frenchLevelExit;
    /// The latest milestone (m12, else m6, m3, exit) with an outcome recorded, and its
    /// situation (the latest recorded_on of that milestone); none when nothing is recorded.
    std::optional<Milestone> latestMilestone;
    std::optional<Situation> latestSituation;
};

/// Everything a cohort report shows.
struct CohortReportData
{
    Cohort cohort;    ///< name, programme, dates, targets
    QString siteName; ///< empty when the cohort has no site
    IndicatorFigures figures;
    QList<WeekAttendance> weeks; ///< every ISO week of the cohort, in order
    DataQuality quality;
    QList<AnnexRow> annex; ///< empty unless asked with names; by last name, first name, ref
};

} // namespace parcours
