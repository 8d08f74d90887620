// SPDX-License-Identifier: GPL-3.0-or-later
#include "CohortReport.h"

#include "FigureFormat.h"
#include "PrintPage.h"
#include "ReportCharts.h"
#include "ReportFlow.h"
#include "ReportLanguage.h"

#include "core/Clock.h"
#include "core/reports/ReportService.h"

#include <QPagedPaintDevice>

namespace parcours::print {

namespace {

// Portrait A4 in points (595 x 842).
constexpr double kMargin = 42;
constexpr double kRunningHead = 30; // the cohort and organisation line over every page but the cover
constexpr double kFooter = 22;


/// The cohort report's pages: the cover, then the sections laid out by ReportFlow.
class Painter
{
public:
    Painter(const CohortReportContent& content, const CohortReportOptions& options)
        : m_content(content), m_data(content.data), m_lang(options.locale), m_l(m_lang.locale()),
          m_named(options.namedAnnex)
    {
    }

    QString translate(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1) const
    {
        return m_lang.translate(context, source, disambiguation, n);
    }

    Result<int> paint(QPagedPaintDevice& device)
    {
        if (auto ok = m_canvas.begin(device, QPageLayout::Portrait); !ok)
            return fail(ok.error());
        m_left = kMargin;
        m_width = m_canvas.width() - 2 * kMargin;
        ReportFlow flow(kMargin + kRunningHead, m_canvas.height() - kMargin - kFooter);
        addKeyFigures(flow);
        addCharts(flow);
        addQuality(flow);
        if (m_named)
            addAnnex(flow);
        const int pages = 1 + flow.pageCount();

        paintCover(pages);
        for (int page = 0; page < flow.pageCount(); ++page) {
            if (auto ok = m_canvas.newPage(); !ok)
                return fail(ok.error());
            paintRunningHead();
            flow.paintPage(page);
            paintFooter(page + 2, pages);
        }
        if (auto ok = m_canvas.end(); !ok)
            return fail(ok.error());
        return pages;
    }

private:
    QString cohortName() const { return m_data.cohort.name.isEmpty() ? m_data.cohort.ref : m_data.cohort.name; }
    QString pct(std::optional<double> rate) const { return format::percent(rate, m_l); }
    QString count(int n) const { return m_l.toString(n); }
    QString hours(double h) const { return format::number(h, m_l); }
    QString longDate(const QDate& d) const { return format::longDate(d, m_l); }

    // ---- cover ---------------------------------------------------------------------------

    void paintCover(int pages)
    {
        const Cohort& c = m_data.cohort;
        double y = kMargin;
        const double logo = m_canvas.image(QRectF(m_left, y, 170, 80), m_content.organisation.logo);
        if (logo > 0)
            y += 80 + 14;
        m_canvas.text(QRectF(m_left, y, m_width, 18), m_content.organisation.name, font(13, true), palette::kInk);

        y = 250;
        const double barTop = y;
        const double x = m_left + 18;
        const double w = m_width - 18;
        m_canvas.text(QRectF(x, y, w, 16), translate("CohortReport", "Cohort report").toUpper(), font(10.5, true),
                      palette::kAccent);
        y += 22;
        y += m_canvas.paragraph(QRectF(x, y, w, 80), cohortName(), font(26, true), palette::kInk) + 6;
        m_canvas.text(QRectF(x, y, w, 16), c.ref, font(11), palette::kMuted);
        m_canvas.fill(QRectF(m_left, barTop, 4, y + 16 - barTop), palette::kAccent);
        y = std::max(y + 50, 400.0);

        // Programme, site, dates: a label column and a value column.
        const QList<QPair<QString, QString>> lines = {
            {translate("CohortReport", "Programme"), c.programme},
            {translate("CohortReport", "Site"), m_data.siteName.isEmpty() ? translate("CohortReport", "No site yet") : m_data.siteName},
            {translate("CohortReport", "Dates"), translate("CohortReport", "From %1 to %2").arg(longDate(c.startDate), longDate(c.endDate))},
            {translate("CohortReport", "Participants"),
             translate("CohortReport", "%n enrolled", nullptr, m_data.figures.enrolled)},
        };
        for (const auto& [label, value] : lines) {
            m_canvas.text(QRectF(x, y, 110, 18), label, font(10), palette::kMuted);
            m_canvas.text(QRectF(x + 110, y, w - 110, 18), value, font(11), palette::kInk);
            y += 22;
        }

        // Four headline figures.
        const IndicatorFigures& f = m_data.figures;
        const QList<QPair<QString, QString>> tiles = {
            {count(f.completed), translate("CohortReport", "completed the programme")},
            {pct(f.attendanceAll.rate()), translate("CohortReport", "attendance rate")},
            {pct(f.trioCoverage()), translate("CohortReport", "with a mentor and a coach")},
            {pct(f.exitsAt(Milestone::M6).dynamicExitRate()), translate("CohortReport", "dynamic exits at 6 months")},
        };
        paintTiles(640, tiles);

        if (m_named)
            m_canvas.paragraph(QRectF(m_left, 730, m_width, 30),
                               translate("CohortReport", "This copy names the participants in its annex: personal data, "
                                                   "not to be passed on."),
                               font(9, true), palette::kWarning);
        const QRectF footer(m_left, m_canvas.height() - kMargin - 12, m_width, 12);
        m_canvas.line(footer.topLeft() - QPointF(0, 4), footer.topRight() - QPointF(0, 4), palette::kRule, 0.5);
        m_canvas.text(footer, translate("CohortReport", "Figures as of %1").arg(longDate(m_content.today)), font(8),
                      palette::kMuted);
        m_canvas.text(footer, translate("CohortReport", "Page %1 of %2").arg(count(1), count(pages)), font(8),
                      palette::kMuted, Qt::AlignRight | Qt::AlignVCenter);
    }

    /// A row of figure tiles across the page at `top`: the figure large, its caption under it.
    void paintTiles(double top, const QList<QPair<QString, QString>>& tiles)
    {
        const double gap = 10;
        const double w = (m_width - gap * (tiles.size() - 1)) / tiles.size();
        for (int i = 0; i < tiles.size(); ++i) {
            const QRectF box(m_left + i * (w + gap), top, w, 62);
            m_canvas.fill(box, palette::kAccentPale);
            m_canvas.fill(QRectF(box.left(), box.top(), box.width(), 2.5), palette::kAccent);
            m_canvas.text(QRectF(box.left() + 8, box.top() + 8, box.width() - 16, 26), tiles[i].first, font(19, true),
                          palette::kAccent);
            m_canvas.paragraph(QRectF(box.left() + 8, box.top() + 35, box.width() - 16, 26), tiles[i].second, font(8),
                               palette::kInk);
        }
    }

    // ---- running head and footer ---------------------------------------------------------

    void paintRunningHead()
    {
        const double y = kMargin;
        const QString right = m_content.organisation.name;
        const double rightWidth = right.isEmpty() ? 0 : std::min(m_width / 2, m_canvas.textWidth(right, font(8)) + 2);
        m_canvas.text(QRectF(m_left, y, m_width - rightWidth - 12, 12),
                      translate("CohortReport", "%1 · Cohort report").arg(cohortName()), font(8), palette::kMuted);
        m_canvas.text(QRectF(m_left + m_width - rightWidth, y, rightWidth, 12), right, font(8), palette::kMuted,
                      Qt::AlignRight | Qt::AlignVCenter);
        m_canvas.line({m_left, y + 15}, {m_left + m_width, y + 15}, palette::kRule, 0.5);
    }

    void paintFooter(int page, int pages)
    {
        const QRectF footer(m_left, m_canvas.height() - kMargin - 12, m_width, 12);
        m_canvas.line(footer.topLeft() - QPointF(0, 4), footer.topRight() - QPointF(0, 4), palette::kRule, 0.5);
        if (m_named)
            m_canvas.text(footer, translate("CohortReport", "Contains personal data"), font(8, true), palette::kWarning);
        m_canvas.text(footer, translate("CohortReport", "Page %1 of %2").arg(count(page), count(pages)), font(8),
                      palette::kMuted, Qt::AlignRight | Qt::AlignVCenter);
    }

    // ---- sections ------------------------------------------------------------------------

    /// A section's title (keeps with what follows it).
    void h1(ReportFlow& flow, const QString& title, bool newPage = false)
    {
        if (newPage)
            flow.pageBreak();
        flow.add(40, true, [this, title](double y) {
            m_canvas.text(QRectF(m_left, y + 14, m_width, 20), title, font(15, true), palette::kAccent);
            m_canvas.line({m_left, y + 36}, {m_left + m_width, y + 36}, palette::kAccent, 1);
        });
    }
    void h2(ReportFlow& flow, const QString& title)
    {
        flow.add(24, true, [this, title](double y) {
            m_canvas.text(QRectF(m_left, y + 8, m_width, 14), title, font(10.5, true), palette::kInk);
        });
    }
    void para(ReportFlow& flow, const QString& text, const QColor& colour = palette::kInk, double size = 9)
    {
        const double h = m_canvas.paragraphHeight(m_width, text, font(size)) + 4;
        flow.add(h, false, [this, text, colour, size](double y) {
            m_canvas.paragraph(QRectF(m_left, y, m_width, 1000), text, font(size), colour);
        });
    }

    /// A table: `widths` in shares of the page's width; the first column left-aligned, the others
    /// right-aligned; `bold` rows (a total) stand out. Rows after the header go as one block.
    void table(ReportFlow& flow, const QList<double>& widths, const QStringList& header,
               const QList<QStringList>& rows, const QList<int>& bold = {}, const QList<int>& textColumns = {0})
    {
        // The header's type shrinks until its longest word fits its column ("Présent·e" in 9 %).
        double headSize = 7.5;
        for (int c = 0; c < header.size(); ++c)
            for (const QString& word : header[c].split(QLatin1Char(' ')))
                while (headSize > 5.5 && m_canvas.textWidth(word, font(headSize, true)) > m_width * widths[c] - 8)
                    headSize -= 0.25;
        const double headHeight = 26;
        const double rowHeight = 16;
        flow.add(headHeight + rowHeight * rows.size() + 4, false, [=](double y) {
            QList<double> x{m_left};
            for (double share : widths)
                x << x.last() + m_width * share;
            m_canvas.fill(QRectF(m_left, y, m_width, headHeight), palette::kAccentPale);
            for (int c = 0; c < header.size(); ++c)
                m_canvas.paragraph(QRectF(x[c] + 4, y, x[c + 1] - x[c] - 8, headHeight), header[c], font(headSize, true),
                                   palette::kInk, (textColumns.contains(c) ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
            double top = y + headHeight;
            for (int r = 0; r < rows.size(); ++r) {
                const bool strong = bold.contains(r);
                if (strong) {
                    m_canvas.line({m_left, top}, {m_left + m_width, top}, palette::kAccent, 0.8);
                } else if (r % 2 == 1) {
                    m_canvas.fill(QRectF(m_left, top, m_width, rowHeight), palette::kStripe);
                }
                for (int c = 0; c < rows[r].size() && c < header.size(); ++c)
                    m_canvas.text(QRectF(x[c] + 4, top, x[c + 1] - x[c] - 8, rowHeight), rows[r][c], font(8.5, strong),
                                  palette::kInk, (textColumns.contains(c) ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
                top += rowHeight;
            }
            m_canvas.line({m_left, top}, {m_left + m_width, top}, palette::kRule, 0.6);
        });
    }

    void addKeyFigures(ReportFlow& flow)
    {
        const IndicatorFigures& f = m_data.figures;
        h1(flow, translate("CohortReport", "Key figures"));
        flow.add(72, false, [this, &f](double y) {
            paintTiles(y + 4, {
                {count(f.enrolled), translate("CohortReport", "enrolled")},
                {count(f.completed), translate("CohortReport", "completed")},
                {count(f.withdrawn), translate("CohortReport", "withdrawn")},
                {count(f.pairings.volunteersInvolved), translate("CohortReport", "volunteers involved")},
                {f.attendedHoursAvg() ? hours(*f.attendedHoursAvg()) : format::none(),
                 translate("CohortReport", "hours attended per participant")},
            });
        });

        h2(flow, translate("CohortReport", "Hours and attendance by module"));
        QList<QStringList> rows;
        for (const Module m : allValues<Module>()) {
            const IndicatorFigures::Hours& h = f.hoursOf(m);
            const IndicatorFigures::Marks& a = f.attendanceOf(m);
            if (h.planned == 0 && a.present + a.late + a.excused + a.absent + a.unmarked == 0)
                continue;
            rows << QStringList{m_lang.label(m), hours(h.planned), hours(h.delivered), count(a.present), count(a.late),
                                count(a.excused), count(a.absent), count(a.unmarked), pct(a.rate())};
        }
        if (rows.isEmpty()) {
            para(flow, translate("CohortReport", "No session planned yet."), palette::kMuted);
        } else {
            double planned = 0;
            double delivered = 0;
            for (const IndicatorFigures::Hours& h : f.hours) {
                planned += h.planned;
                delivered += h.delivered;
            }
            const IndicatorFigures::Marks& a = f.attendanceAll;
            rows << QStringList{translate("CohortReport", "All modules"), hours(planned), hours(delivered), count(a.present),
                                count(a.late), count(a.excused), count(a.absent), count(a.unmarked), pct(a.rate())};
            table(flow, {0.22, 0.10, 0.10, 0.09, 0.09, 0.09, 0.09, 0.10, 0.12},
                  {translate("CohortReport", "Module"), translate("CohortReport", "Hours planned"),
                   translate("CohortReport", "Hours delivered"), translate("CohortReport", "Present"), translate("CohortReport", "Late"),
                   translate("CohortReport", "Excused"), translate("CohortReport", "Absent"), translate("CohortReport", "Not marked"),
                   translate("CohortReport", "Attendance rate")},
                  rows, {int(rows.size()) - 1});
            para(flow, translate("CohortReport", "Attendance rate: present or late, out of the expected participants marked "
                                           "at held sessions. Sessions not marked are counted apart."),
                 palette::kMuted, 7.5);
        }

        h2(flow, translate("CohortReport", "Mentors and coaches"));
        const QString of = translate("CohortReport", "%1 of %2");
        table(flow, {0.52, 0.24, 0.24},
              {translate("CohortReport", "Participants paired with"), translate("CohortReport", "Participants"),
               translate("CohortReport", "Coverage")},
              {{translate("CohortReport", "a mentor"), of.arg(count(f.pairings.withMentor), count(f.enrolled)), pct(f.mentorCoverage())},
               {translate("CohortReport", "a coach"), of.arg(count(f.pairings.withCoach), count(f.enrolled)), pct(f.coachCoverage())},
               {translate("CohortReport", "both: a full trio"), of.arg(count(f.pairings.withBoth), count(f.enrolled)),
                pct(f.trioCoverage())}});
        para(flow, translate("CohortReport", "Volunteers involved: %1 (mentors and coaches of active or ended pairings, and "
                                       "volunteer trainers who led a session).")
                       .arg(count(f.pairings.volunteersInvolved)));

        h2(flow, translate("CohortReport", "French progression (CEFR)"));
        if (f.french.assessed == 0) {
            para(flow, translate("CohortReport", "No participant has both an entry and an exit level yet."), palette::kMuted);
        } else {
            const double avg = f.french.levelsGainedAvg().value_or(0);
            const QString gained = (avg > 0 ? QStringLiteral("+") : QString()) + format::number(avg, m_l);
            para(flow, translate("CohortReport", "Participants with an entry and an exit level: %1. Average progression in CEFR "
                                           "levels: %2. Gained one level or more: %3 (%4).")
                           .arg(count(f.french.assessed), gained, count(f.french.gainedOneLevelOrMore),
                                pct(double(f.french.gainedOneLevelOrMore) / f.french.assessed)));
        }

        h2(flow, translate("CohortReport", "Exits"));
        QList<QStringList> exits;
        for (const Milestone m : allValues<Milestone>()) {
            const IndicatorFigures::Exits& e = f.exitsAt(m);
            exits << QStringList{m_lang.label(m), count(e.completed), count(e.durable), count(e.transition),
                                 count(e.positive), count(e.other), count(e.unknown), pct(e.dynamicExitRate()),
                                 pct(e.permanentShare()), pct(e.durableShare())};
        }
        table(flow, {0.13, 0.09, 0.09, 0.10, 0.09, 0.08, 0.09, 0.11, 0.11, 0.11},
              {translate("CohortReport", "Milestone"), translate("CohortReport", "Completed"), translate("CohortReport", "Durable"),
               translate("CohortReport", "Transition"), translate("CohortReport", "Positive"), translate("CohortReport", "Other"),
               translate("CohortReport", "No news"), translate("CohortReport", "Dynamic exit rate"),
               translate("CohortReport", "Permanent share"), translate("CohortReport", "Durable share")},
              exits);
        para(flow, translate("CohortReport", "Over the participants who completed the programme. Durable: permanent "
                                       "contract (CDI), fixed-term or temping of 6 months or more, business creation. "
                                       "Transition: shorter contracts, subsidised contracts. Positive: qualifying "
                                       "training. Dynamic = durable + transition + positive; the permanent and durable "
                                       "shares are of the dynamic exits."),
             palette::kMuted, 7.5);
    }

    void addCharts(ReportFlow& flow)
    {
        h1(flow, translate("CohortReport", "Charts"));
        h2(flow, translate("CohortReport", "Attendance per week"));
        flow.add(190, false, [this](double y) {
            charts::attendancePerWeek(m_canvas, m_lang, QRectF(m_left, y + 2, m_width, 184), m_data.weeks,
                                      m_data.figures.attendanceAll.rate());
        });
        h2(flow, translate("CohortReport", "Exits by class"));
        const bool none = m_data.figures.exitsAt(Milestone::Exit).completed == 0;
        flow.add(none ? 70 : 4 * 22 + 40, false, [this, none](double y) {
            charts::exitsByClass(m_canvas, m_lang, QRectF(m_left, y + 2, m_width, none ? 60 : 4 * 22 + 34), m_data.figures);
        });

        h2(flow, translate("CohortReport", "Weeks off target"));
        const Cohort& c = m_data.cohort;
        QString targets = translate("CohortReport", "Targets of a full week: French %1 to %2 h, English %3 h, soft skills %4 h.")
                              .arg(hours(c.fleHoursMin), hours(c.fleHoursMax), hours(c.englishHours), hours(c.softSkillsHours));
        const QList<IndicatorFigures::Week>& weeks = m_data.figures.weeksOffTarget;
        if (weeks.isEmpty()) {
            para(flow, translate("CohortReport", "None: every full week meets its targets.") + QLatin1Char(' ') + targets);
        } else {
            QStringList list;
            for (const IndicatorFigures::Week& w : weeks) {
                const QDate jan4(w.isoYear, 1, 4);
                const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (w.isoWeek - 1));
                list << translate("CohortReport", "week %1 (from %2)").arg(count(w.isoWeek), m_l.toString(monday, QLocale::ShortFormat));
            }
            para(flow, translate("CohortReport", "%n week(s) off target: %1.", nullptr, int(weeks.size())).arg(list.join(QStringLiteral(", ")))
                           + QLatin1Char(' ') + targets);
        }
    }

    void addQuality(ReportFlow& flow)
    {
        const DataQuality& q = m_data.quality;
        h1(flow, translate("CohortReport", "Data quality"));
        if (q.isComplete()) {
            para(flow, translate("CohortReport", "Nothing is missing: every expected attendance is marked, every outcome due "
                                           "is recorded and every participant has a consent date."));
            return;
        }
        QList<QStringList> rows;
        rows << QStringList{translate("CohortReport", "Attendance not marked (participant-sessions)"), count(q.unmarkedPairs)};
        for (const Milestone m : allValues<Milestone>())
            rows << QStringList{translate("CohortReport", "Outcomes due and not recorded: %1").arg(m_lang.label(m)),
                                count(q.outcomesMissing[std::size_t(m)])};
        rows << QStringList{translate("CohortReport", "Participants without a consent date"), count(q.withoutConsent)};
        table(flow, {0.8, 0.2}, {translate("CohortReport", "To complete"), translate("CohortReport", "Count")}, rows);
        if (!q.unmarkedSessions.isEmpty()) {
            h2(flow, translate("CohortReport", "Sessions with attendance not marked"));
            QList<QStringList> sessions;
            const int shown = std::min<int>(15, int(q.unmarkedSessions.size()));
            for (int i = 0; i < shown; ++i) {
                const UnmarkedSession& s = q.unmarkedSessions[i];
                sessions << QStringList{longDate(s.date), m_lang.label(s.module), s.sessionRef,
                                        count(s.unmarked)};
            }
            table(flow, {0.3, 0.35, 0.15, 0.2},
                  {translate("CohortReport", "Date"), translate("CohortReport", "Module"), translate("CohortReport", "Session"),
                   translate("CohortReport", "Not marked")},
                  sessions, {}, {0, 1, 2});
            if (q.unmarkedSessions.size() > shown)
                para(flow, translate("CohortReport", "And %n more session(s).", nullptr, int(q.unmarkedSessions.size()) - shown),
                     palette::kMuted);
        }
    }

    void addAnnex(ReportFlow& flow)
    {
        h1(flow, translate("CohortReport", "Annex: the participants"), true);
        para(flow, translate("CohortReport", "Personal data: this annex is for the programme's team and is not to be passed "
                                       "on."),
             palette::kWarning);
        if (m_data.annex.isEmpty()) {
            para(flow, translate("CohortReport", "No participant is enrolled yet."), palette::kMuted);
            return;
        }
        const QList<double> widths{0.21, 0.16, 0.09, 0.10, 0.11, 0.33};
        const QStringList header{translate("CohortReport", "Participant"), translate("CohortReport", "Status"),
                                 translate("CohortReport", "Hours attended"), translate("CohortReport", "Attendance rate"),
                                 translate("CohortReport", "CEFR entry → exit"), translate("CohortReport", "Latest situation")};
        QList<QStringList> rows;
        for (const AnnexRow& a : m_data.annex) {
            const QString entry = a.frenchLevelEntry ? m_lang.label(*a.frenchLevelEntry) : format::none();
            const QString exit = a.frenchLevelExit ? m_lang.label(*a.frenchLevelExit) : format::none();
            QString situation = format::none();
            if (a.latestSituation && a.latestMilestone)
                situation = translate("CohortReport", "%1: %2").arg(m_lang.label(*a.latestMilestone), m_lang.label(*a.latestSituation));
            rows << QStringList{QStringLiteral("%1 %2").arg(a.lastName.toUpper(), a.firstName).trimmed(),
                                m_lang.label(a.status), hours(a.attendedHours), pct(a.marks.rate()),
                                QStringLiteral("%1 → %2").arg(entry, exit), situation};
        }
        // A page's worth at a time, each with the header, so that the table runs over pages.
        const int perPage = 38;
        for (int first = 0; first < rows.size(); first += perPage)
            table(flow, widths, header, rows.mid(first, perPage), {}, {0, 1, 4, 5});
    }

    const CohortReportContent& m_content;
    const CohortReportData& m_data;
    ReportLanguage m_lang;
    const QLocale& m_l;
    bool m_named = false;
    ReportCanvas m_canvas;
    double m_left = 0;
    double m_width = 0;
};

} // namespace

Result<CohortReportContent> CohortReport::load(Database& db, const QString& cohortRef, const CohortReportOptions& options)
{
    const Clock& clock = options.clock ? *options.clock : Clock::system();
    const auto data = ReportService(db, clock).cohortReport(cohortRef, options.namedAnnex);
    if (!data)
        return fail(data.error());
    const auto organisation = organisationOf(db);
    if (!organisation)
        return fail(organisation.error());
    return CohortReportContent{*organisation, *data, clock.today()};
}

Result<int> CohortReport::print(const CohortReportContent& content, QPagedPaintDevice& device,
                                const CohortReportOptions& options)
{
    Painter painter(content, options);
    return painter.paint(device);
}

Result<int> CohortReport::print(Database& db, const QString& cohortRef, QPagedPaintDevice& device,
                                const CohortReportOptions& options)
{
    const auto content = load(db, cohortRef, options);
    if (!content)
        return fail(content.error());
    return print(*content, device, options);
}

Result<int> CohortReport::writeFile(Database& db, const QString& cohortRef, const QString& pdfPath,
                                    const CohortReportOptions& options)
{
    const auto content = load(db, cohortRef, options);
    if (!content)
        return fail(content.error());
    const ReportLanguage lang(options.locale);
    const Cohort& c = content->data.cohort;
    return writePdfFile(pdfPath, QPageLayout::Portrait,
                        lang.translate("CohortReport", "Cohort report: %1").arg(c.name.isEmpty() ? c.ref : c.name),
                        [&](QPagedPaintDevice& device) { return print(*content, device, options); });
}

} // namespace parcours::print
