// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCharts.h"

#include "FigureFormat.h"
#include "PrintPage.h"
#include "ReportCanvas.h"
#include "ReportLanguage.h"

#include <algorithm>

namespace parcours::print::charts {

namespace {

void emptyState(ReportCanvas& canvas, const QRectF& rect, const QString& message)
{
    canvas.fill(rect, palette::kStripe);
    canvas.frame(rect, palette::kRule, 0.5);
    canvas.text(rect, message, font(10.5), palette::kMuted, Qt::AlignCenter);
}

struct ClassStyle
{
    const char* label;
    QColor colour;
    QColor text;
};

// Greens for employment (durable darker), blue for training, greys for the rest: it reads in
// black and white too, darkest first.
const ClassStyle kClasses[] = {
    {QT_TRANSLATE_NOOP("CohortReport", "Durable employment"), QColor(0x17, 0x6b, 0x4d), Qt::white},
    {QT_TRANSLATE_NOOP("CohortReport", "Transition employment"), QColor(0x5d, 0xb3, 0x8a), QColor(0x0d, 0x2b, 0x1e)},
    {QT_TRANSLATE_NOOP("CohortReport", "Qualifying training"), QColor(0x3a, 0x78, 0xc2), Qt::white},
    {QT_TRANSLATE_NOOP("CohortReport", "Other situation"), QColor(0xb4, 0xb9, 0xc1), QColor(0x1a, 0x1a, 0x1a)},
    {QT_TRANSLATE_NOOP("CohortReport", "No news"), QColor(0xe6, 0xe8, 0xeb), QColor(0x4a, 0x4a, 0x4a)},
};

} // namespace

void attendancePerWeek(ReportCanvas& canvas, const ReportLanguage& lang, const QRectF& rect,
                       const QList<WeekAttendance>& weeks, std::optional<double> overall)
{
    const QLocale& l = lang.locale();
    const bool any = std::any_of(weeks.begin(), weeks.end(), [](const WeekAttendance& w) { return w.marks.rate().has_value(); });
    if (!any) {
        emptyState(canvas, rect, lang.translate("CohortReport", "No attendance marked yet."));
        return;
    }
    // The plot: room at the left for the axis labels, under it for the weeks.
    const double axis = 34;
    const QRectF plot(rect.left() + axis, rect.top() + 8, rect.width() - axis - 4, rect.height() - 8 - 30);
    const QFont small = font(7);
    for (int pct = 0; pct <= 100; pct += 25) {
        const double y = plot.bottom() - plot.height() * pct / 100.0;
        canvas.line({plot.left(), y}, {plot.right(), y}, pct == 0 ? palette::kMuted : palette::kRule, pct == 0 ? 0.8 : 0.4);
        canvas.text(QRectF(rect.left(), y - 6, axis - 5, 12), format::percent(pct / 100.0, l), small, palette::kMuted,
                    Qt::AlignRight | Qt::AlignVCenter);
    }
    const int n = int(weeks.size());
    const double slot = plot.width() / n;
    const double bar = std::min(28.0, slot * 0.68);
    // Week labels every week while they fit, else every other or every fourth.
    const double labelWidth = canvas.textWidth(lang.translate("CohortReport", "W%1").arg(l.toString(53)), small) + 4;
    const int every = slot >= labelWidth ? 1 : (2 * slot >= labelWidth ? 2 : 4);
    const bool values = slot >= 22;
    for (int i = 0; i < n; ++i) {
        const WeekAttendance& w = weeks[i];
        const double centre = plot.left() + slot * (i + 0.5);
        const auto rate = w.marks.rate();
        if (rate) {
            const double h = plot.height() * *rate;
            canvas.fill(QRectF(centre - bar / 2, plot.bottom() - h, bar, h), palette::kAccent);
            if (values)
                canvas.text(QRectF(centre - slot / 2, plot.bottom() - h - 11, slot, 10), format::percent(*rate, l),
                            font(6.5), palette::kInk, Qt::AlignHCenter | Qt::AlignBottom);
        }
        if (i % every == 0)
            canvas.text(QRectF(centre - labelWidth / 2, plot.bottom() + 3, labelWidth, 10),
                        lang.translate("CohortReport", "W%1").arg(l.toString(w.isoWeek)), small, palette::kMuted,
                        Qt::AlignHCenter | Qt::AlignTop);
    }
    // The cohort's rate over all weeks, and the legend line under the chart.
    const QFont legend = font(7.5);
    double x = plot.left();
    const double legendY = rect.bottom() - 11;
    canvas.fill(QRectF(x, legendY + 2.5, 10, 6), palette::kAccent);
    x += 14;
    const QString weekly = lang.translate("CohortReport", "Attendance rate of the week");
    canvas.text(QRectF(x, legendY, 200, 11), weekly, legend, palette::kInk);
    x += canvas.textWidth(weekly, legend) + 18;
    if (overall) {
        const double y = plot.bottom() - plot.height() * *overall;
        QPainter& p = canvas.painter();
        p.save();
        const QRectF line = canvas.toDevice(QRectF(plot.left(), y, plot.width(), 0));
        p.setPen(QPen(palette::kWarning, canvas.toDevice(QRectF(0, 0, 1.1, 0)).width(), Qt::DashLine));
        p.drawLine(line.topLeft(), line.topRight());
        const QRectF sample = canvas.toDevice(QRectF(x, legendY + 5.5, 14, 0));
        p.drawLine(sample.topLeft(), sample.topRight());
        p.restore();
        canvas.text(QRectF(x + 18, legendY, 220, 11),
                    lang.translate("CohortReport", "Whole cohort: %1").arg(format::percent(overall, l)), legend,
                    palette::kInk);
    }
}

void exitsByClass(ReportCanvas& canvas, const ReportLanguage& lang, const QRectF& rect, const IndicatorFigures& figures)
{
    const QLocale& l = lang.locale();
    if (figures.exitsAt(Milestone::Exit).completed == 0) {
        emptyState(canvas, rect, lang.translate("CohortReport", "No participant has completed the programme yet."));
        return;
    }
    const double labelWidth = 78;
    const double rateWidth = 118;
    const double rowHeight = 22;
    const double barHeight = 15;
    const double left = rect.left() + labelWidth;
    const double width = rect.width() - labelWidth - rateWidth;
    double y = rect.top();
    const QFont label = font(8.5);
    for (const Milestone m : allValues<Milestone>()) {
        const IndicatorFigures::Exits& e = figures.exitsAt(m);
        const int counts[] = {e.durable, e.transition, e.positive, e.other, e.unknown};
        const int total = std::max(1, e.completed);
        canvas.text(QRectF(rect.left(), y, labelWidth - 6, rowHeight), lang.label(m), label, palette::kInk);
        double x = left;
        const double top = y + (rowHeight - barHeight) / 2;
        for (int c = 0; c < 5; ++c) {
            if (counts[c] == 0)
                continue;
            const double w = width * counts[c] / total;
            canvas.fill(QRectF(x, top, w, barHeight), kClasses[c].colour);
            const QString n = l.toString(counts[c]);
            if (canvas.textWidth(n, font(7.5, true)) + 4 <= w)
                canvas.text(QRectF(x, top, w, barHeight), n, font(7.5, true), kClasses[c].text, Qt::AlignCenter);
            x += w;
        }
        canvas.frame(QRectF(left, top, width, barHeight), palette::kRule, 0.4);
        canvas.text(QRectF(left + width + 6, y, rateWidth - 6, rowHeight),
                    lang.translate("CohortReport", "%1 dynamic").arg(format::percent(e.dynamicExitRate(), l)),
                    font(8.5, true), palette::kInk);
        y += rowHeight;
    }
    // The legend, wrapped over as many lines as it needs.
    y += 8;
    double x = rect.left();
    const QFont legend = font(7.5);
    for (const ClassStyle& c : kClasses) {
        const QString text = lang.translate("CohortReport", c.label);
        const double w = 14 + canvas.textWidth(text, legend) + 14;
        if (x + w > rect.right() && x > rect.left()) {
            x = rect.left();
            y += 13;
        }
        canvas.fill(QRectF(x, y + 2.5, 10, 7), c.colour);
        canvas.frame(QRectF(x, y + 2.5, 10, 7), palette::kRule, 0.3);
        canvas.text(QRectF(x + 14, y, w - 14, 12), text, legend, palette::kInk);
        x += w;
    }
}

} // namespace parcours::print::charts
