// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The charts of the cohort report, painted with QPainter (vector, crisp in print, no Qt Charts
// in parcours_print). Each paints into a rectangle in points and shows an empty state instead of
// an empty chart.

#include "core/indicators/IndicatorFigures.h"
#include "core/reports/ReportData.h"

#include <QList>
#include <QRectF>

namespace parcours::print {

class ReportCanvas;
class ReportLanguage;

namespace charts {

/// The attendance rate of each ISO week as a bar (0 to 100 %), the cohort's overall rate as a
/// dashed line; weeks without marks have no bar. "No attendance marked yet" when no week has any.
void attendancePerWeek(ReportCanvas& canvas, const ReportLanguage& lang, const QRectF& rect,
                       const QList<WeekAttendance>& weeks, std::optional<double> overall);

/// One stacked bar per milestone: the completed participants by class of situation (durable,
/// transition, positive, other, no news), with the legend under them. "No participant has
/// completed the programme yet" when none has.
void exitsByClass(ReportCanvas& canvas, const ReportLanguage& lang, const QRectF& rect,
                  const IndicatorFigures& figures);

} // namespace charts

} // namespace parcours::print
