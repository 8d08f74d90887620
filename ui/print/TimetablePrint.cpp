// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimetablePrint.h"

#include "ModuleColours.h"
#include "PrintPage.h"
#include "TimetablePageLayout.h"

#include "core/services/TimetableService.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/SessionRepository.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <set>

namespace parcours::print {

namespace {

/// One line of text of a block or of the header, with its font and colour.
struct Line
{
    QString text;
    QFont font;
    QColor colour;
};

/// Draws `lines` top-down in `rect` while they fit. A line too wide wraps at its spaces (a
/// long module name such as "Journée professionnelle" stays whole); what still does not fit
/// is elided.
void drawLines(QPainter& p, const QRectF& rect, const QList<Line>& lines)
{
    double y = rect.top();
    for (const Line& line : lines) {
        const QFontMetricsF fm(line.font, p.device());
        QStringList rows;
        QString row;
        for (const QString& word : line.text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString longer = row.isEmpty() ? word : row + QLatin1Char(' ') + word;
            if (!row.isEmpty() && fm.horizontalAdvance(longer) > rect.width()) {
                rows << row;
                row = word;
            } else {
                row = longer;
            }
        }
        rows << row;
        p.setFont(line.font);
        p.setPen(line.colour);
        // A line 1.2 times its size, whatever the font's own leading: a two-hour block then
        // holds the module, times, trainer and room.
        const double advance = line.font.pointSizeF() * 1.2 * kUnit;
        for (const QString& text : rows) {
            if (y + advance > rect.bottom() + 0.5 && y > rect.top())
                return;
            p.drawText(QRectF(rect.left(), y, rect.width(), advance), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(text, Qt::ElideRight, rect.width()));
            y += advance;
        }
    }
}

QString nameIn(const QList<Trainer>& trainers, const QString& ref)
{
    for (const Trainer& t : trainers)
        if (t.ref == ref)
            return t.name;
    return ref;
}

QString nameIn(const QList<Room>& rooms, const QString& ref)
{
    for (const Room& r : rooms)
        if (r.ref == ref)
            return r.name;
    return ref;
}

void paintBlock(QPainter& p, const QRectF& r, const Session& s, const WeekView& week)
{
    const ModuleColours colours = ModuleColours::of(s.module);
    const bool cancelled = s.status == SessionStatus::Cancelled;
    p.setPen(QPen(colours.border, 1.5 * kUnit));
    p.setBrush(cancelled ? QBrush(Qt::white) : QBrush(colours.fill));
    p.drawRoundedRect(r, 3 * kUnit, 3 * kUnit);
    if (cancelled) {
        // A pale hatch says "not happening" even on a black and white printer.
        p.setBrush(QBrush(colours.border.lighter(170), Qt::BDiagPattern));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(r, 3 * kUnit, 3 * kUnit);
    }

    const double pad = 4 * kUnit;
    const QRectF inner = r.adjusted(pad, pad / 3, -pad, -pad / 3);
    // Sessions side by side (a clash not fixed yet) leave narrow blocks: their type shrinks, to
    // 70 % at most, so that a time such as "09:00" stays whole; the rest wraps or is elided.
    const double fit = inner.width() / QFontMetricsF(font(12, true), p.device()).horizontalAdvance(QStringLiteral("00:00 "));
    const double scale = std::clamp(fit, 0.7, 1.0);
    const auto sized = [scale](double points, bool bold = false) { return font(points * scale, bold); };

    const QString module = QCoreApplication::translate("Codes", labelOf(s.module));
    const QString start = s.start.toString(QStringLiteral("HH:mm"));
    const QString end = s.end.toString(QStringLiteral("HH:mm"));
    QFont moduleFont = sized(13, true);
    QFont timeFont = sized(12, true);
    moduleFont.setStrikeOut(cancelled);
    timeFont.setStrikeOut(cancelled);
    QList<Line> lines{{module, moduleFont, colours.text}};
    if (cancelled)
        lines << Line{QCoreApplication::translate("TimetablePrint", "Cancelled"), sized(12, true), QColor(0xb0, 0x00, 0x20)};
    const QString times = QStringLiteral("%1 – %2").arg(start, end);
    if (QFontMetricsF(timeFont, p.device()).horizontalAdvance(times) <= inner.width())
        lines << Line{times, timeFont, colours.text};
    else // one time a line, rather than "09:00 –" over "12:00"
        lines << Line{start, timeFont, colours.text} << Line{end, timeFont, colours.text};
    // Where to go first, then who leads it, then what it is about: a short block keeps the room.
    if (!s.roomRef.isEmpty())
        lines << Line{nameIn(week.input.rooms, s.roomRef), sized(12), colours.text};
    if (!s.trainerRef.isEmpty())
        lines << Line{nameIn(week.input.trainers, s.trainerRef), sized(12), colours.text};
    if (!s.title.isEmpty())
        lines << Line{s.title, sized(12), colours.text};
    drawLines(p, inner, lines);
}

void paintPage(QPainter& p, const QRectF& page, const TimetablePrintContent& content, const WeekView& week,
               int pageNumber, int pageCount, const QLocale& locale)
{
    const TimetablePageLayout layout(page, kUnit, week.monday, week.sessions);
    const QColor ink(0x1a, 0x1a, 0x1a);
    const QColor grey(0x55, 0x55, 0x55);

    // Header: who, which cohort and where, which week.
    QString cohortLine = content.cohort.name.isEmpty() ? content.cohort.ref : content.cohort.name;
    if (!content.siteName.isEmpty())
        cohortLine = QCoreApplication::translate("TimetablePrint", "%1 · %2").arg(cohortLine, content.siteName);
    QList<Line> header;
    if (!content.organisation.isEmpty())
        header << Line{content.organisation, font(13), grey};
    header << Line{cohortLine, font(20, true), ink}
           << Line{TimetablePrint::weekTitle(week.monday, layout.dayCount(), locale), font(16, true), ink};
    drawLines(p, layout.header(), header);

    // Day titles, hour lines and labels.
    p.setFont(font(12, true));
    p.setPen(ink);
    for (int d = 0; d < layout.dayCount(); ++d) {
        const QDate day = week.monday.addDays(d);
        p.drawText(layout.dayTitle(d), Qt::AlignCenter,
                   capitalised(locale.toString(day, QStringLiteral("dddd d MMM"))));
    }
    const QRectF grid = layout.grid();
    for (int h = layout.firstHour(); h <= layout.lastHour(); ++h) {
        const QRectF label = layout.hourLabel(h);
        const double y = label.center().y();
        p.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.75 * kUnit));
        p.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y));
        p.setPen(ink);
        p.setFont(font(12));
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, QTime(h % 24, 0).toString(QStringLiteral("HH:mm")));
    }
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.75 * kUnit));
    for (int d = 0; d <= layout.dayCount(); ++d) {
        const double x = d < layout.dayCount() ? layout.dayColumn(d).left() : grid.right();
        p.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()));
    }

    for (const TimetablePageLayout::Block& b : layout.blocks())
        paintBlock(p, b.rect, week.sessions[b.session], week);

    // Legend: the modules of this page, in the order of the domain.
    std::set<Module> used;
    for (const Session& s : week.sessions)
        used.insert(s.module);
    const QRectF legend = layout.legend();
    double x = legend.left();
    p.setFont(font(12, true));
    p.setPen(ink);
    const QString title = QCoreApplication::translate("TimetablePrint", "Modules:");
    const QFontMetricsF bold(font(12, true), p.device());
    p.drawText(QRectF(x, legend.top(), bold.horizontalAdvance(title) + 1, legend.height()), Qt::AlignLeft | Qt::AlignVCenter,
               title);
    x += bold.horizontalAdvance(title) + 10 * kUnit;
    const QFontMetricsF normal(font(12), p.device());
    const double swatch = 16 * kUnit;
    for (Module m : used) {
        const ModuleColours colours = ModuleColours::of(m);
        const QString name = QCoreApplication::translate("Codes", labelOf(m));
        const QRectF box(x, legend.center().y() - swatch / 2, swatch, swatch);
        p.setPen(QPen(colours.border, 1.5 * kUnit));
        p.setBrush(colours.fill);
        p.drawRoundedRect(box, 2 * kUnit, 2 * kUnit);
        x = box.right() + 5 * kUnit;
        p.setFont(font(12));
        p.setPen(ink);
        const double w = normal.horizontalAdvance(name) + 1;
        p.drawText(QRectF(x, legend.top(), w, legend.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += w + 18 * kUnit;
    }

    p.setFont(font(12));
    p.setPen(grey);
    p.drawText(layout.footer(), Qt::AlignRight | Qt::AlignVCenter,
               QCoreApplication::translate("TimetablePrint", "Page %1 of %2").arg(locale.toString(pageNumber), locale.toString(pageCount)));
}

} // namespace

Result<TimetablePrintContent> TimetablePrint::load(Database& db, const QString& cohortRef, const QDate& from,
                                                   const QDate& to)
{
    const auto cohort = CohortRepository(db).find(cohortRef);
    if (!cohort)
        return fail(cohort.error());
    if (!*cohort)
        return fail(ErrorCode::NotFound, QStringLiteral("no cohort %1").arg(cohortRef), {cohortRef});
    TimetablePrintContent content;
    content.cohort = **cohort;

    const auto letterhead = letterheadOf(db, content.cohort);
    if (!letterhead)
        return fail(letterhead.error());
    content.organisation = letterhead->organisation;
    content.siteName = letterhead->siteName;

    const auto sessions = SessionRepository(db).ofCohort(cohortRef);
    if (!sessions)
        return fail(sessions.error());
    std::set<QDate> mondays;
    for (const Session& s : *sessions)
        if (s.date.isValid() && (from.isNull() || s.date >= from) && (to.isNull() || s.date <= to))
            mondays.insert(WeeklyTargets::mondayOf(s.date));
    const TimetableService service(db);
    for (const QDate& monday : mondays) {
        auto week = service.week(TimetableView::Cohort, cohortRef, monday);
        if (!week)
            return fail(week.error());
        // A period that starts or ends mid-week prints only its own days of that week.
        QList<Session> kept;
        for (const Session& s : week->sessions)
            if ((from.isNull() || s.date >= from) && (to.isNull() || s.date <= to))
                kept << s;
        week->sessions = kept;
        content.weeks << *week;
    }
    if (content.weeks.isEmpty())
        return fail(ErrorCode::Invalid, QStringLiteral("no session to print"), {cohortRef});
    return content;
}

Result<void> TimetablePrint::write(const TimetablePrintContent& content, QIODevice& out, const QLocale& locale)
{
    QPdfWriter writer(&out);
    setUpPdf(writer, QPageLayout::Landscape,
             QCoreApplication::translate("TimetablePrint", "Timetable of %1")
                 .arg(content.cohort.name.isEmpty() ? content.cohort.ref : content.cohort.name));

    QPainter p;
    if (!p.begin(&writer))
        return fail(ErrorCode::Io, QStringLiteral("cannot start the PDF"));
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF page(0, 0, writer.width(), writer.height());
    for (int i = 0; i < content.weeks.size(); ++i) {
        if (i > 0 && !writer.newPage())
            return fail(ErrorCode::Io, QStringLiteral("cannot add a page to the PDF"));
        paintPage(p, page, content, content.weeks[i], i + 1, int(content.weeks.size()), locale);
    }
    if (!p.end())
        return fail(ErrorCode::Io, QStringLiteral("cannot finish the PDF"));
    return {};
}

QString TimetablePrint::weekTitle(const QDate& monday, int dayCount, const QLocale& locale)
{
    const QDate last = monday.addDays(std::max(dayCount, 1) - 1);
    const QString lastText = locale.toString(last, QStringLiteral("d MMMM yyyy"));
    QString firstText;
    if (monday.year() != last.year())
        firstText = locale.toString(monday, QStringLiteral("d MMMM yyyy"));
    else if (monday.month() != last.month())
        firstText = locale.toString(monday, QStringLiteral("d MMMM"));
    else
        firstText = locale.toString(monday, QStringLiteral("d"));
    return QCoreApplication::translate("TimetablePrint", "Week %1 · from %2 to %3").arg(locale.toString(monday.weekNumber()), firstText, lastText);
}

} // namespace parcours::print
