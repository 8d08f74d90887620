// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IndicatorInput.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace parcours {

/// Why a participant's attendance needs a call from the office.
struct AttendanceAlert
{
    QString participantRef;
    /// The longest run of consecutive absences (see AttendanceAlerts), and the date of its
    /// last absence.
    int absencesInARow = 0;
    QDate runEnd;
    /// The participant's attendance rate as indicators.md defines it; nothing when no pair
    /// was marked present, late, excused or absent.
    std::optional<double> rate;
    bool tooManyAbsences = false; ///< absencesInARow >= AttendanceAlerts::kAbsencesInARow
    bool lowRate = false;         ///< rate below the threshold
};

/// The attendance alerts of a cohort. Pure: plain data in, plain data out.
///
/// Both alerts look only at the pairs indicators.md counts: held sessions whose date the
/// participant's enrolment covers (cancelled and planned sessions, and marks outside the
/// enrolment, are not looked at).
/// - Consecutive absences: the participant's expected sessions in date and start order
///   (ties by ref). `absent` adds one to the run; `present`, `late` and `excused` end it (an
///   excused absence means the person told the office: no call needed); an unmarked pair
///   neither counts nor ends it (nobody knows yet). Alert when the longest run reaches
///   kAbsencesInARow, at any time in the cohort.
/// - Low rate: the participant's `attendance_rate` over all modules (computed by Indicators,
///   the one implementation) strictly below the threshold.
class AttendanceAlerts
{
public:
    static constexpr int kAbsencesInARow = 3;
    /// The threshold when the file has no `attendance_alert_threshold` setting, in percent.
    static constexpr int kDefaultThresholdPercent = 80;

    /// The participants of `cohortRef` with at least one alert, by participant ref. `threshold`
    /// is a fraction (0.8 for 80 %). Nothing for a cohort `input` does not hold.
    static QList<AttendanceAlert> ofCohort(const IndicatorInput& input, const QString& cohortRef,
                                           double threshold);
};

} // namespace parcours
