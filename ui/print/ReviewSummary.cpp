// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewSummary.h"

#include "FigureFormat.h"
#include "PrintPage.h"
#include "ReportLanguage.h"

#include "core/indicators/Indicators.h"
#include "core/services/IndicatorService.h"
#include "core/services/ReportSettings.h"

#include <QPagedPaintDevice>

#include <algorithm>
#include <functional>
#include <tuple>

namespace parcours::print {

namespace {

// Landscape A4 in points (842 x 595); everything else derives from these.
constexpr double kMargin = 32;
constexpr double kTableTop = 104;
constexpr double kGroupHeight = 14;
constexpr double kHeadHeight = 36;
constexpr double kRowHeight = 24;
constexpr double kTotalHeight = 26;
constexpr double kNotesHeight = 64; // the notes under the totals, with the gap above them
constexpr double kFooterHeight = 16;
constexpr double kPageHeight = 595;
constexpr double kContinued = 16; // "Continued on the next page" under a table that goes on
constexpr double kBodyHeight =
    kPageHeight - kMargin - kFooterHeight - kTableTop - kGroupHeight - kHeadHeight - kContinued;
constexpr double kCohortWidth = 140;
constexpr double kDatesWidth = 98;

/// A figure column of the table: its header (and the group it sits under), its width and how
/// its cell is written from a cohort's (or the period's) figures.
struct Column
{
    const char* group; ///< nullptr: none
    QString header;
    double width;
    std::function<QString(const IndicatorFigures&)> value;
    /// The counts of persons the cell shows or is computed from: the cell is suppressed when
    /// one of them is above 0 and below the small-count threshold (the pack's CSV rule).
    std::function<QList<int>(const IndicatorFigures&)> persons = {};
};

QList<Column> columns(const ReportLanguage& lang)
{
    const QLocale& l = lang.locale();
    const auto count = [&l](int n) { return l.toString(n); };
    const auto pct = [&l](std::optional<double> rate) { return format::percent(rate, l); };
    const auto dynamicAt = [pct](Milestone m) {
        return [pct, m](const IndicatorFigures& f) { return pct(f.exitsAt(m).dynamicExitRate()); };
    };
    const auto dynamicPersons = [](Milestone m) {
        return [m](const IndicatorFigures& f) {
            const IndicatorFigures::Exits& e = f.exitsAt(m);
            return QList<int>{e.dynamic(), e.completed};
        };
    };
    const char* participants = QT_TRANSLATE_NOOP("ReviewSummary", "Participants");
    const char* dynamic = QT_TRANSLATE_NOOP("ReviewSummary", "Dynamic exit rate");
    constexpr double w = 49;
    return {
        {participants, lang.translate("ReviewSummary", "Enrolled"), w, [count](const IndicatorFigures& f) { return count(f.enrolled); },
         [](const IndicatorFigures& f) { return QList<int>{f.enrolled}; }},
        {participants, lang.translate("ReviewSummary", "Completed"), w, [count](const IndicatorFigures& f) { return count(f.completed); },
         [](const IndicatorFigures& f) { return QList<int>{f.completed}; }},
        {participants, lang.translate("ReviewSummary", "Withdrawn"), w, [count](const IndicatorFigures& f) { return count(f.withdrawn); },
         [](const IndicatorFigures& f) { return QList<int>{f.withdrawn}; }},
        {nullptr, lang.translate("ReviewSummary", "Hours delivered"), w,
         [&l](const IndicatorFigures& f) {
             double hours = 0;
             for (const IndicatorFigures::Hours& h : f.hours)
                 hours += h.delivered;
             return format::number(hours, l);
         }},
        {nullptr, lang.translate("ReviewSummary", "Attendance rate"), w, [pct](const IndicatorFigures& f) { return pct(f.attendanceAll.rate()); }},
        {nullptr, lang.translate("ReviewSummary", "Full-trio coverage"), w, [pct](const IndicatorFigures& f) { return pct(f.trioCoverage()); },
         [](const IndicatorFigures& f) { return QList<int>{f.pairings.withBoth, f.enrolled}; }},
        {dynamic, lang.translate("ReviewSummary", "At exit"), w, dynamicAt(Milestone::Exit), dynamicPersons(Milestone::Exit)},
        {dynamic, lang.translate("ReviewSummary", "At 6 months"), w, dynamicAt(Milestone::M6), dynamicPersons(Milestone::M6)},
        {dynamic, lang.translate("ReviewSummary", "At 12 months"), w, dynamicAt(Milestone::M12), dynamicPersons(Milestone::M12)},
        {nullptr, lang.translate("ReviewSummary", "Permanent share at 6 months"), w,
         [pct](const IndicatorFigures& f) { return pct(f.exitsAt(Milestone::M6).permanentShare()); },
         [](const IndicatorFigures& f) {
             const IndicatorFigures::Exits& e = f.exitsAt(Milestone::M6);
             return QList<int>{e.permanent, e.dynamic()};
         }},
        {nullptr, lang.translate("ReviewSummary", "Durable share at 6 months"), w,
         [pct](const IndicatorFigures& f) { return pct(f.exitsAt(Milestone::M6).durableShare()); },
         [](const IndicatorFigures& f) {
             const IndicatorFigures::Exits& e = f.exitsAt(Milestone::M6);
             return QList<int>{e.durable, e.dynamic()};
         }},
    };
}

/// The rows of each page: as many as fit, the last page keeping room for the totals and the
/// notes, and never the totals alone on a page.
QList<QPair<int, int>> pagesOf(int rows)
{
    const int perPage = ReviewSummary::rowsPerPage();
    const int onLast = int((kBodyHeight - kTotalHeight - kNotesHeight) / kRowHeight);
    QList<QPair<int, int>> out;
    int first = 0;
    while (rows - first > onLast) {
        const int take = std::min(perPage, rows - first - 1);
        out.append({first, take});
        first += take;
    }
    out.append({first, rows - first});
    return out;
}

class Painter
{
public:
    Painter(const ReviewSummaryContent& content, const ReviewSummaryOptions& options)
        : m_content(content), m_lang(options.locale), m_columns(columns(m_lang))
    {
    }

    QString translate(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1) const
    {
        return m_lang.translate(context, source, disambiguation, n);
    }

    Result<int> paint(QPagedPaintDevice& device)
    {
        if (auto ok = m_canvas.begin(device, QPageLayout::Landscape); !ok)
            return fail(ok.error());
        m_left = kMargin;
        m_right = m_canvas.width() - kMargin;
        const QList<QPair<int, int>> pages = pagesOf(int(m_content.cohorts.size()));
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                if (auto ok = m_canvas.newPage(); !ok)
                    return fail(ok.error());
            paintHeader();
            const bool last = i == pages.size() - 1;
            if (m_content.cohorts.isEmpty())
                paintEmpty();
            else
                paintTable(pages[i].first, pages[i].second, last);
            paintFooter(i + 1, int(pages.size()));
        }
        if (auto ok = m_canvas.end(); !ok)
            return fail(ok.error());
        return int(pages.size());
    }

private:
    QString title() const { return translate("ReviewSummary", "Review summary"); }

    void paintHeader()
    {
        const QLocale& l = m_lang.locale();
        double x = m_left;
        const double used = m_canvas.image(QRectF(m_left, kMargin, 130, 48), m_content.organisation.logo);
        if (used > 0)
            x += used + 16;
        const double width = m_right - x;
        m_canvas.text(QRectF(x, kMargin, width, 13), m_content.organisation.name, font(9.5), palette::kMuted);
        m_canvas.text(QRectF(x, kMargin + 13, width, 26), title(), font(19, true), palette::kAccent);
        const QString period = translate("ReviewSummary", "Cohorts ending from %1 to %2")
                                   .arg(format::longDate(m_content.from, l), format::longDate(m_content.to, l));
        const QString count = translate("ReviewSummary", "%n cohort(s)", nullptr, int(m_content.cohorts.size()));
        m_canvas.text(QRectF(x, kMargin + 40, width, 16), translate("ReviewSummary", "%1 · %2").arg(period, count),
                      font(10.5), palette::kInk);
        m_canvas.line({m_left, kTableTop - 12}, {m_right, kTableTop - 12}, palette::kAccent, 1.2);
    }

    void paintEmpty()
    {
        const QRectF box(m_left, kTableTop + 20, m_right - m_left, 60);
        m_canvas.fill(box, palette::kStripe);
        m_canvas.text(box, translate("ReviewSummary", "No cohort ends in this period."), font(12), palette::kMuted,
                      Qt::AlignCenter);
    }

    /// The x of each figure column's left edge.
    double columnLeft(int c) const
    {
        double x = m_left + kCohortWidth + kDatesWidth;
        for (int i = 0; i < c; ++i)
            x += m_columns[i].width;
        return x;
    }

    void paintHead(double top)
    {
        const double headTop = top + kGroupHeight;
        m_canvas.fill(QRectF(m_left, headTop, m_right - m_left, kHeadHeight), palette::kAccentPale);
        const QFont headFont = font(7.5, true);
        const double pad = 4;
        m_canvas.paragraph(QRectF(m_left + pad, headTop, kCohortWidth - 2 * pad, kHeadHeight),
                           translate("ReviewSummary", "Cohort"), headFont, palette::kInk,
                           Qt::AlignLeft | Qt::AlignVCenter);
        m_canvas.paragraph(QRectF(m_left + kCohortWidth + pad, headTop, kDatesWidth - 2 * pad, kHeadHeight),
                           translate("ReviewSummary", "Dates"), headFont, palette::kInk,
                           Qt::AlignLeft | Qt::AlignVCenter);
        for (int c = 0; c < m_columns.size(); ++c) {
            const Column& col = m_columns[c];
            const double x = columnLeft(c);
            m_canvas.paragraph(QRectF(x + 2, headTop, col.width - 4, kHeadHeight), col.header, headFont, palette::kInk,
                               Qt::AlignRight | Qt::AlignVCenter);
            // A group's label over its columns, once, with a rule under it.
            if (col.group && (c == 0 || m_columns[c - 1].group != col.group)) {
                double span = 0;
                for (int d = c; d < m_columns.size() && m_columns[d].group == col.group; ++d)
                    span += m_columns[d].width;
                m_canvas.text(QRectF(x + 2, top, span - 4, kGroupHeight - 2), translate("ReviewSummary", col.group),
                              font(7.5, true), palette::kAccent, Qt::AlignHCenter | Qt::AlignBottom);
                m_canvas.line({x + 4, top + kGroupHeight - 0.5}, {x + span - 4, top + kGroupHeight - 0.5},
                              palette::kAccent, 0.6);
            }
        }
    }

    void paintRow(double top, double height, const QString& first, const QString& second, const QString& dates1,
                  const QString& dates2, const IndicatorFigures& f, bool total)
    {
        const double pad = 4;
        const QFont main = font(8.5, total);
        const QFont small = font(7.5);
        const double half = height / 2;
        m_canvas.text(QRectF(m_left + pad, top + 1, kCohortWidth - 2 * pad, half), first, font(8.5, true),
                      palette::kInk, Qt::AlignLeft | Qt::AlignBottom);
        m_canvas.text(QRectF(m_left + pad, top + half, kCohortWidth - 2 * pad, half - 1), second, small,
                      palette::kMuted, Qt::AlignLeft | Qt::AlignTop);
        const double datesLeft = m_left + kCohortWidth + pad;
        m_canvas.text(QRectF(datesLeft, top + 1, kDatesWidth - 2 * pad, half), dates1, small, palette::kInk,
                      Qt::AlignLeft | Qt::AlignBottom);
        m_canvas.text(QRectF(datesLeft, top + half, kDatesWidth - 2 * pad, half - 1), dates2, small, palette::kInk,
                      Qt::AlignLeft | Qt::AlignTop);
        for (int c = 0; c < m_columns.size(); ++c)
            m_canvas.text(QRectF(columnLeft(c) + 2, top, m_columns[c].width - 6, height), cell(m_columns[c], f), main,
                          palette::kInk, Qt::AlignRight | Qt::AlignVCenter);
    }

    /// The column's value, or "s" (statistical confidentiality) when it shows or is computed
    /// from a count of persons above 0 and below the threshold.
    QString cell(const Column& column, const IndicatorFigures& f) const
    {
        if (column.persons) {
            const int k = m_content.smallCountThreshold;
            for (int n : column.persons(f))
                if (n > 0 && n < k)
                    return translate("ReviewSummary", "s", "a cell suppressed by statistical confidentiality");
        }
        return column.value(f);
    }

    void paintTable(int first, int count, bool last)
    {
        const QLocale& l = m_lang.locale();
        paintHead(kTableTop);
        double y = kTableTop + kGroupHeight + kHeadHeight;
        for (int r = 0; r < count; ++r) {
            const int i = first + r;
            const Cohort& c = m_content.cohorts[i];
            if (r % 2 == 1)
                m_canvas.fill(QRectF(m_left, y, m_right - m_left, kRowHeight), palette::kStripe);
            paintRow(y, kRowHeight, c.ref, c.name, l.toString(c.startDate, QLocale::ShortFormat) + QStringLiteral(" –"),
                     l.toString(c.endDate, QLocale::ShortFormat), m_content.figures[i], false);
            y += kRowHeight;
        }
        m_canvas.line({m_left, y}, {m_right, y}, palette::kRule, 0.6);
        if (!last) {
            m_canvas.text(QRectF(m_left, y + 4, m_right - m_left, 12), translate("ReviewSummary", "Continued on the next page"),
                          font(7.5), palette::kMuted, Qt::AlignRight | Qt::AlignVCenter);
            return;
        }
        m_canvas.fill(QRectF(m_left, y, m_right - m_left, kTotalHeight), palette::kAccentPale);
        m_canvas.line({m_left, y}, {m_right, y}, palette::kAccent, 1.2);
        paintRow(y, kTotalHeight, translate("ReviewSummary", "Total"),
                 translate("ReviewSummary", "%n cohort(s)", nullptr, int(m_content.cohorts.size())),
                 QString(), QString(), m_content.total, true);
        y += kTotalHeight;
        m_canvas.line({m_left, y}, {m_right, y}, palette::kAccent, 1.2);
        const QString notes = translate("ReviewSummary",
            "The rates of the totals row are computed from the summed counts of the cohorts, never averaged. "
            "Attendance rate: sessions attended (present or late) out of the expected sessions marked. Full trio: "
            "participants with both a mentor and a coach. Dynamic exit rate: participants in durable or transition "
            "employment or in qualifying training, out of those who completed the programme; the permanent (CDI) "
            "and durable shares are of those dynamic exits. A dash: no participant to count. s: not shown because it "
            "counts, or is computed from, fewer than %1 persons (statistical confidentiality).")
            .arg(m_lang.locale().toString(m_content.smallCountThreshold));
        m_canvas.paragraph(QRectF(m_left, y + 10, m_right - m_left, kNotesHeight - 10), notes, font(7.5),
                           palette::kMuted);
    }

    void paintFooter(int page, int pages)
    {
        const QLocale& l = m_lang.locale();
        const QRectF footer(m_left, m_canvas.height() - kMargin - kFooterHeight + 4, m_right - m_left, kFooterHeight - 4);
        QString left = title();
        if (!m_content.organisation.name.isEmpty())
            left = translate("ReviewSummary", "%1 · %2").arg(m_content.organisation.name, left);
        m_canvas.line(footer.topLeft(), footer.topRight(), palette::kRule, 0.5);
        m_canvas.text(footer.adjusted(0, 2, -80, 0), left, font(7.5), palette::kMuted);
        m_canvas.text(footer.adjusted(0, 2, 0, 0),
                      translate("ReviewSummary", "Page %1 of %2").arg(l.toString(page), l.toString(pages)), font(7.5),
                      palette::kMuted, Qt::AlignRight | Qt::AlignVCenter);
    }

    const ReviewSummaryContent& m_content;
    ReportLanguage m_lang;
    QList<Column> m_columns;
    ReportCanvas m_canvas;
    double m_left = 0;
    double m_right = 0;
};

} // namespace

int ReviewSummary::rowsPerPage()
{
    return int(kBodyHeight / kRowHeight);
}

Result<ReviewSummaryContent> ReviewSummary::load(Database& db, const QDate& from, const QDate& to)
{
    const IndicatorService service(db);
    const auto input = service.countedInputForPeriod(from, to);
    if (!input)
        return fail(input.error());
    return load(db, from, to, *input);
}

Result<ReviewSummaryContent> ReviewSummary::load(Database& db, const QDate& from, const QDate& to,
                                                 const IndicatorInput& input)
{
    // The period's figures from the same input: counts summed, rates recomputed (indicators.md).
    const auto total = Indicators::ofPeriod(input, from, to);
    if (!total)
        return fail(total.error());
    const auto organisation = organisationOf(db);
    if (!organisation)
        return fail(organisation.error());

    ReviewSummaryContent content;
    content.organisation = *organisation;
    content.from = from;
    content.to = to;
    const auto threshold = ReportSettings(db).smallCountThreshold();
    if (!threshold)
        return fail(threshold.error());
    content.smallCountThreshold = *threshold;
    content.total = *total;
    // Every cohort's figures from one index of the rows: one lookup per cohort would rebuild it
    // each time (minutes for a network's year).
    const QList<IndicatorFigures> each = Indicators::ofEachCohort(input);
    QList<qsizetype> order;
    for (qsizetype i = 0; i < input.cohorts.size(); ++i)
        if (Indicators::endsIn(input.cohorts[i], from, to))
            order << i;
    std::sort(order.begin(), order.end(), [&input](qsizetype a, qsizetype b) {
        const Cohort& x = input.cohorts[a];
        const Cohort& y = input.cohorts[b];
        return std::tie(x.startDate, x.ref) < std::tie(y.startDate, y.ref);
    });
    for (qsizetype i : order) {
        content.cohorts << input.cohorts[i];
        content.figures << each[i];
    }
    return content;
}

Result<int> ReviewSummary::print(const ReviewSummaryContent& content, QPagedPaintDevice& device,
                                 const ReviewSummaryOptions& options)
{
    Painter painter(content, options);
    return painter.paint(device);
}

Result<int> ReviewSummary::print(Database& db, const QDate& from, const QDate& to, QPagedPaintDevice& device,
                                 const ReviewSummaryOptions& options)
{
    const auto content = load(db, from, to);
    if (!content)
        return fail(content.error());
    return print(*content, device, options);
}

Result<int> ReviewSummary::writeFile(Database& db, const QDate& from, const QDate& to, const QString& pdfPath,
                                     const ReviewSummaryOptions& options)
{
    const auto input = IndicatorService(db).countedInputForPeriod(from, to);
    if (!input)
        return fail(input.error());
    return writeFile(db, from, to, *input, pdfPath, options);
}

Result<int> ReviewSummary::writeFile(Database& db, const QDate& from, const QDate& to, const IndicatorInput& counted,
                                     const QString& pdfPath, const ReviewSummaryOptions& options)
{
    const auto content = load(db, from, to, counted);
    if (!content)
        return fail(content.error());
    const ReportLanguage lang(options.locale);
    return writePdfFile(pdfPath, QPageLayout::Landscape,
                        lang.translate("ReviewSummary", "Review summary, %1 to %2")
                            .arg(options.locale.toString(from, QLocale::ShortFormat),
                                 options.locale.toString(to, QLocale::ShortFormat)),
                        [&](QPagedPaintDevice& device) { return print(*content, device, options); });
}

} // namespace parcours::print
