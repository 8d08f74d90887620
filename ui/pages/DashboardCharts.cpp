// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardCharts.h"

#include "DashboardText.h"
#include "ui/widgets/CategoryChartView.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace parcours::ui {

namespace {

const QColor kDynamic(0x2e, 0x7d, 0x4f);
const QColor kAttendance(0x2f, 0x5d, 0x8a);
const QColor kThreshold(0xc0, 0x39, 0x2b);
const QColor kMentor(0x4e, 0x79, 0xa7);
const QColor kCoach(0xe1, 0x81, 0x2c);
const QColor kTrio(0x6a, 0x4c, 0x93);

/// Replaces the view's chart by a new, empty one (a chart view does not delete the old one).
QChart* newChart(CategoryChartView& view, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont font = QApplication::font();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    QChart* old = view.chart();
    view.setChart(chart);
    delete old;
    view.setAccessibleName(QString(title).replace(QStringLiteral("<br>"), QStringLiteral(" ")));
    return chart;
}

/// 0 to 100 %, every 25, written by the locale's percent formatter (a value axis's printf-like
/// label format cannot put the French narrow space before the sign).
QCategoryAxis* percentAxis()
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(-0.001);
    for (int value = 0; value <= 100; value += 25)
        axis->append(DashboardText::percent(value / 100.0), value);
    axis->setRange(0, 100);
    return axis;
}

QBarSet* barSet(const QString& name, const QColor& colour)
{
    auto* set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(colour.darker(120));
    return set;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    if (!chart->axes(Qt::Horizontal).contains(x))
        chart->addAxis(x, Qt::AlignBottom);
    if (!chart->axes(Qt::Vertical).contains(y))
        chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

/// A cohort's ref on the axis, broken after a dash or a space into lines of about 12
/// characters (`TREMPLIN-LIL-` / `2025A`), so that a column shows it whole.
QString axisRef(const QString& ref)
{
    constexpr int kLine = 12;
    QStringList lines(QString{});
    QString token;
    const auto flush = [&] {
        if (!lines.constLast().isEmpty() && lines.constLast().size() + token.size() > kLine)
            lines.append(QString());
        lines.last() += token;
        token.clear();
    };
    for (const QChar c : ref) {
        token += c;
        if (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char(' '))
            flush();
    }
    flush();
    for (QString& line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

/// The cohorts on the x axis, slanting when several share the chart; when too many to write
/// under their bars, none: the tooltip and the keyboard name each one.
QBarCategoryAxis* cohortAxis(const QList<DashboardData::Cohort>& cohorts)
{
    auto* axis = new QBarCategoryAxis;
    for (const DashboardData::Cohort& c : cohorts)
        axis->append(axisRef(c.ref));
    if (cohorts.size() > 10)
        axis->setLabelsVisible(false);
    else if (cohorts.size() > 5)
        axis->setLabelsAngle(-40);
    return axis;
}

/// The cohorts a chart shows: the last kMaxCohorts to start, so that a long period stays
/// readable (the key figures above the charts count them all).
QList<DashboardData::Cohort> shown(const DashboardData& data)
{
    return data.cohorts.mid(std::max<qsizetype>(0, data.cohorts.size() - DashboardCharts::kMaxCohorts));
}

/// "…, the last 24 of 130 cohorts" when the chart shows only some.
QString titled(const QString& title, const DashboardData& data)
{
    if (data.cohorts.size() <= DashboardCharts::kMaxCohorts)
        return title;
    // Chart titles take HTML: the note goes on a line of its own.
    return DashboardCharts::tr("%1<br>(the last %2 of %Ln cohorts)", nullptr, int(data.cohorts.size()))
        .arg(title.toHtmlEscaped())
        .arg(DashboardCharts::kMaxCohorts);
}

double percentOf(std::optional<double> rate)
{
    return rate ? *rate * 100 : 0;
}

} // namespace

void DashboardCharts::fillExits(CategoryChartView& view, const DashboardData& data)
{
    QChart* chart = newChart(view, titled(tr("Dynamic exits at 6 months, per cohort"), data));
    const QList<DashboardData::Cohort> cohorts = shown(data);
    auto* series = new QBarSeries;
    QBarSet* set = barSet(tr("Dynamic exits at 6 months"), kDynamic);
    QBarCategoryAxis* x = cohortAxis(cohorts);
    QList<CategoryChartView::Category> categories;
    for (const DashboardData::Cohort& c : cohorts) {
        const IndicatorFigures::Exits& exits = c.figures.exitsAt(DashboardText::kMilestone);
        const bool known = exits.completed > 0 && exits.unknown < exits.completed;
        const double value = known ? percentOf(exits.dynamicExitRate()) : 0.0;
        *set << value;
        // The rate above its bar; without a rate, why, where the bar would stand.
        categories.append({c.ref, DashboardText::exitDetails(c), DashboardText::exitLabel(c.figures), value, !known});
    }
    series->append(set);
    // A few cohorts do not make a few wide blocks.
    series->setBarWidth(std::min(0.55, 0.2 * double(cohorts.size())));
    attach(chart, series, x, percentAxis());
    view.setCategories(categories);
}

bool DashboardCharts::fillAttendance(CategoryChartView& view, const DashboardData& data)
{
    QChart* chart = newChart(view, data.monthly ? tr("Attendance per month") : tr("Attendance per week"));
    const int n = int(data.trend.size());
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(-0.5);
    // A label every few steps, so that they never overlap.
    const int every = std::max(1, int(std::ceil(n / (data.monthly ? 10.0 : 13.0))));
    for (int i = 0; i < n; i += every)
        x->append(DashboardText::stepLabel(data.trend.at(i), data.monthly), i);
    x->setRange(-0.5, std::max(0.5, n - 0.5));
    x->setGridLineVisible(false);
    QCategoryAxis* y = percentAxis();

    bool any = false;
    QLineSeries* line = nullptr;
    QList<CategoryChartView::Category> categories;
    for (int i = 0; i < n; ++i) {
        const DashboardData::Step& step = data.trend.at(i);
        categories.append({QString(), DashboardText::stepDetails(step, data.monthly), {}, 0, false});
        const std::optional<double> rate = step.marks.rate();
        if (!rate) {
            line = nullptr; // a gap: the line does not pretend to know
            continue;
        }
        if (!line) {
            line = new QLineSeries;
            line->setName(tr("Attendance"));
            line->setPen(QPen(kAttendance, 2));
            line->setPointsVisible(true);
            attach(chart, line, x, y);
            // One legend entry for every piece of the line.
            if (any)
                chart->legend()->markers(line).constFirst()->setVisible(false);
        }
        line->append(i, *rate * 100);
        any = true;
    }
    auto* threshold = new QLineSeries;
    threshold->setName(tr("Alert threshold (%1)").arg(DashboardText::percent(data.alertThresholdPercent / 100.0)));
    threshold->setPen(QPen(kThreshold, 1.5, Qt::DashLine));
    threshold->append(-0.5, data.alertThresholdPercent);
    threshold->append(n - 0.5, data.alertThresholdPercent);
    attach(chart, threshold, x, y);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    view.setCategories(categories);
    return any;
}

void DashboardCharts::fillPairings(CategoryChartView& view, const DashboardData& data)
{
    QChart* chart = newChart(view, titled(tr("Pairings, per cohort"), data));
    const QList<DashboardData::Cohort> cohorts = shown(data);
    auto* series = new QBarSeries;
    QBarSet* mentor = barSet(tr("With a mentor"), kMentor);
    QBarSet* coach = barSet(tr("With a coach"), kCoach);
    QBarSet* trio = barSet(tr("Full trio"), kTrio);
    QBarCategoryAxis* x = cohortAxis(cohorts);
    QList<CategoryChartView::Category> categories;
    for (const DashboardData::Cohort& c : cohorts) {
        *mentor << percentOf(c.figures.mentorCoverage());
        *coach << percentOf(c.figures.coachCoverage());
        *trio << percentOf(c.figures.trioCoverage());
        const bool none = c.figures.pairings.withMentor == 0 && c.figures.pairings.withCoach == 0;
        categories.append({c.ref, DashboardText::pairingDetails(c), none ? tr("no pairing yet") : QString(), 0, true});
    }
    series->append(QList<QBarSet*>{mentor, coach, trio});
    series->setBarWidth(std::min(0.75, 0.3 * double(cohorts.size())));
    attach(chart, series, x, percentAxis());
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    view.setCategories(categories);
}

} // namespace parcours::ui
