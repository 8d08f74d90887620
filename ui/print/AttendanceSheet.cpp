// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceSheet.h"

#include "PrintPage.h"
#include "TimetablePrint.h"

#include "core/indicators/Indicators.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/TrainerRepository.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace parcours::print {

namespace {

// The page in points (portrait A4, 595 x 842), everything else derives from these.
constexpr double kMargin = 34;
constexpr double kHeaderHeight = 92;
constexpr double kGap = 10;
constexpr double kTableHeadHeight = 50;
constexpr double kTrainerRowHeight = 52;
constexpr double kFooterHeight = 20;
constexpr double kMinRow = 24;  // 8.5 mm: room for a signature
constexpr double kMaxRow = 40;
constexpr double kNumberWidth = 24;
constexpr double kNameWidth = 178;
constexpr double kBodyHeight = 842 - 2 * kMargin - kHeaderHeight - kGap - kTableHeadHeight - kTrainerRowHeight
                               - kGap - kFooterHeight;
const QTime kAfternoon(13, 0);

/// Text in `rect` on one line, elided when too wide.
void text(QPainter& p, const QRectF& rect, const QString& s, const QFont& f, int flags = Qt::AlignLeft | Qt::AlignVCenter)
{
    p.setFont(f);
    const QFontMetricsF fm(f, p.device());
    p.drawText(rect, flags, fm.elidedText(s, Qt::ElideRight, rect.width()));
}

/// One printed page: a half-day and the slice of its participants on that page.
struct PageSlice
{
    int halfDay = 0;
    int first = 0;
    int count = 0;
    int part = 1;  ///< 1-based, of `parts` pages for this half-day
    int parts = 1;
};

QList<PageSlice> slices(const AttendanceSheetContent& content)
{
    const int perPage = AttendanceSheet::rowsPerPage();
    QList<PageSlice> out;
    for (int h = 0; h < content.halfDays.size(); ++h) {
        const int n = int(content.halfDays[h].participants.size());
        const int parts = std::max(1, (n + perPage - 1) / perPage);
        // Shared evenly (23 on two sheets: 12 and 11), so no sheet carries a lone name.
        const int share = std::max(1, (n + parts - 1) / parts);
        for (int i = 0; i < parts; ++i)
            out << PageSlice{h, i * share, std::max(0, std::min(share, n - i * share)), i + 1, parts};
    }
    return out;
}

/// "Week 10 · from 3 to 7 March 2025", as on the printed timetable: Monday to Friday, or to the
/// Saturday or Sunday when a session falls on it.
QString weekLine(const AttendanceSheetContent& content, const QLocale& locale)
{
    int days = 5;
    for (const SheetHalfDay& half : content.halfDays)
        days = std::max(days, half.date.dayOfWeek());
    return TimetablePrint::weekTitle(content.monday, days, locale);
}

void paintPage(QPainter& p, const AttendanceSheetContent& content, const PageSlice& slice, int pageNumber,
               int pageCount, const QLocale& locale)
{
    const SheetHalfDay& half = content.halfDays[slice.halfDay];
    const QColor ink(0x1a, 0x1a, 0x1a);
    const QColor grey(0x55, 0x55, 0x55);
    const double left = kMargin * kUnit;
    const double width = (595 - 2 * kMargin) * kUnit;
    double y = kMargin * kUnit;

    // Header: who, which cohort and where, which week, which half-day.
    p.setPen(grey);
    // The week at the right in full, the organisation in what is left.
    const QString week = weekLine(content, locale);
    const double weekWidth = std::min(width, QFontMetricsF(font(11), p.device()).horizontalAdvance(week) + 2 * kUnit);
    text(p, QRectF(left, y, width - weekWidth - 12 * kUnit, 16 * kUnit), content.organisation, font(11));
    text(p, QRectF(left + width - weekWidth, y, weekWidth, 16 * kUnit), week, font(11),
         Qt::AlignRight | Qt::AlignVCenter);
    y += 18 * kUnit;
    p.setPen(ink);
    text(p, QRectF(left, y, width, 26 * kUnit), QCoreApplication::translate("AttendanceSheet", "Sign-in sheet"), font(20, true));
    y += 28 * kUnit;
    QString cohortLine = content.cohort.name.isEmpty() ? content.cohort.ref : content.cohort.name;
    if (!content.siteName.isEmpty())
        cohortLine = QCoreApplication::translate("AttendanceSheet", "%1 · %2").arg(cohortLine, content.siteName);
    text(p, QRectF(left, y, width, 20 * kUnit), cohortLine, font(14));
    y += 22 * kUnit;
    QString day = capitalised(locale.toString(half.date, QStringLiteral("dddd d MMMM yyyy")));
    day = QCoreApplication::translate("AttendanceSheet", "%1 · %2").arg(day, half.afternoon ? QCoreApplication::translate("AttendanceSheet", "Afternoon") : QCoreApplication::translate("AttendanceSheet", "Morning"));
    if (slice.parts > 1)
        day = QCoreApplication::translate("AttendanceSheet", "%1 (sheet %2 of %3)").arg(day, locale.toString(slice.part), locale.toString(slice.parts));
    text(p, QRectF(left, y, width, 22 * kUnit), day, font(15, true));
    y = (kMargin + kHeaderHeight + kGap) * kUnit;

    // The table: number, name, then one signature column per session.
    const double nameLeft = left + kNumberWidth * kUnit;
    const double sessionsLeft = nameLeft + kNameWidth * kUnit;
    const double right = left + width;
    const int columns = int(half.sessions.size());
    const double columnWidth = (right - sessionsLeft) / std::max(1, columns);
    const double rowHeight = std::clamp(kBodyHeight / std::max(1, slice.count), kMinRow, kMaxRow) * kUnit;
    const double headTop = y;
    const double bodyTop = headTop + kTableHeadHeight * kUnit;
    const double trainerTop = bodyTop + rowHeight * slice.count;
    const double bottom = trainerTop + kTrainerRowHeight * kUnit;
    const double pad = 5 * kUnit;

    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xee, 0xee, 0xee));
    p.drawRect(QRectF(left, headTop, width, kTableHeadHeight * kUnit));
    p.setBrush(QColor(0xf6, 0xf6, 0xf6));
    p.drawRect(QRectF(left, trainerTop, sessionsLeft - left, kTrainerRowHeight * kUnit));

    p.setPen(ink);
    text(p, QRectF(nameLeft + pad, headTop, kNameWidth * kUnit - 2 * pad, kTableHeadHeight * kUnit),
         QCoreApplication::translate("AttendanceSheet", "Participant"), font(12, true));
    for (int c = 0; c < columns; ++c) {
        const Session& s = half.sessions[c];
        const QRectF cell(sessionsLeft + c * columnWidth + pad, headTop + 3 * kUnit, columnWidth - 2 * pad,
                          (kTableHeadHeight - 6) / 3 * kUnit);
        text(p, cell, QCoreApplication::translate("Codes", labelOf(s.module)), font(12, true));
        const QString times = QStringLiteral("%1 – %2").arg(s.start.toString(QStringLiteral("HH:mm")),
                                                           s.end.toString(QStringLiteral("HH:mm")));
        text(p, cell.translated(0, cell.height()), s.title.isEmpty() ? times : QCoreApplication::translate("AttendanceSheet", "%1 · %2").arg(times, s.title),
             font(11));
        const QString trainer = half.trainers.value(c);
        text(p, cell.translated(0, 2 * cell.height()), trainer.isEmpty() ? QCoreApplication::translate("AttendanceSheet", "Trainer: to be named") : trainer,
             font(11));
    }

    for (int r = 0; r < slice.count; ++r) {
        const double top = bodyTop + r * rowHeight;
        if (r % 2 == 1) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xfa, 0xfa, 0xfa));
            p.drawRect(QRectF(left, top, sessionsLeft - left, rowHeight));
        }
        p.setPen(grey);
        text(p, QRectF(left, top, kNumberWidth * kUnit - 3 * kUnit, rowHeight),
             locale.toString(slice.first + r + 1), font(10), Qt::AlignRight | Qt::AlignVCenter);
        p.setPen(ink);
        text(p, QRectF(nameLeft + pad, top, kNameWidth * kUnit - 2 * pad, rowHeight),
             half.participants[slice.first + r], font(12));
    }
    // On two lines when it must: "Signature de l'intervenant·e" is wider than the column.
    p.setPen(ink);
    p.setFont(font(12, true));
    p.drawText(QRectF(nameLeft + pad, trainerTop, kNameWidth * kUnit - 2 * pad, kTrainerRowHeight * kUnit),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
               QCoreApplication::translate("AttendanceSheet", "Trainer's signature"));

    // Rules: every row and every column, heavier around the table and the trainer's row.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.75 * kUnit));
    for (int r = 1; r < slice.count; ++r)
        p.drawLine(QPointF(left, bodyTop + r * rowHeight), QPointF(right, bodyTop + r * rowHeight));
    for (int c = 1; c < columns; ++c) {
        const double x = sessionsLeft + c * columnWidth;
        p.drawLine(QPointF(x, headTop), QPointF(x, bottom));
    }
    p.drawLine(QPointF(nameLeft, headTop), QPointF(nameLeft, trainerTop));
    p.setPen(QPen(ink, 1.5 * kUnit));
    p.drawRect(QRectF(left, headTop, width, bottom - headTop));
    p.drawLine(QPointF(left, bodyTop), QPointF(right, bodyTop));
    p.drawLine(QPointF(left, trainerTop), QPointF(right, trainerTop));
    p.drawLine(QPointF(sessionsLeft, headTop), QPointF(sessionsLeft, bottom));

    // Footer: how many are expected, and the page.
    const QRectF footer(left, (842 - kMargin - kFooterHeight) * kUnit, width, kFooterHeight * kUnit);
    p.setPen(grey);
    text(p, QRectF(footer.left(), footer.top(), footer.width() * 0.7, footer.height()),
         QCoreApplication::translate("AttendanceSheet", "Participants expected: %1")
             .arg(locale.toString(int(half.participants.size()))),
         font(10));
    text(p, footer,
         QCoreApplication::translate("AttendanceSheet", "Page %1 of %2").arg(locale.toString(pageNumber), locale.toString(pageCount)), font(10),
         Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

int AttendanceSheet::rowsPerPage()
{
    return int(std::floor(kBodyHeight / kMinRow));
}

QDate AttendanceSheet::mondayOfIsoWeek(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt();
    const int week = m.captured(2).toInt();
    if (week < 1 || week > 53)
        return {};
    // ISO 8601: week 1 holds 4 January.
    const QDate jan4(year, 1, 4);
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
    int isoYear = 0;
    if (monday.weekNumber(&isoYear) != week || isoYear != year)
        return {};
    return monday;
}

Result<AttendanceSheetContent> AttendanceSheet::load(Database& db, const QString& cohortRef, const QDate& dayOfWeek)
{
    const auto cohort = CohortRepository(db).find(cohortRef);
    if (!cohort)
        return fail(cohort.error());
    if (!*cohort)
        return fail(ErrorCode::NotFound, QStringLiteral("no cohort %1").arg(cohortRef), {cohortRef});
    AttendanceSheetContent content;
    content.cohort = **cohort;
    content.monday = dayOfWeek.addDays(1 - dayOfWeek.dayOfWeek());

    const auto letterhead = letterheadOf(db, content.cohort);
    if (!letterhead)
        return fail(letterhead.error());
    content.organisation = letterhead->organisation;
    content.siteName = letterhead->siteName;

    const auto sessions = SessionRepository(db).ofCohort(cohortRef);
    if (!sessions)
        return fail(sessions.error());
    QList<Session> week;
    for (const Session& s : *sessions)
        if (s.status != SessionStatus::Cancelled && s.date >= content.monday && s.date <= content.monday.addDays(6))
            week << s;
    if (week.isEmpty())
        return fail(ErrorCode::Invalid, QStringLiteral("no session in the week"), {cohortRef});
    std::sort(week.begin(), week.end(), [](const Session& a, const Session& b) {
        return std::tie(a.date, a.start, a.ref) < std::tie(b.date, b.start, b.ref);
    });

    const auto enrolments = CohortRepository(db).enrolmentsOf(cohortRef);
    if (!enrolments)
        return fail(enrolments.error());
    ParticipantRepository participants(db);
    QHash<QString, QString> names;
    for (const Enrolment& e : *enrolments) {
        const auto p = participants.find(e.participantRef);
        if (!p)
            return fail(p.error());
        names.insert(e.participantRef, *p ? QStringLiteral("%1 %2").arg((*p)->lastName.toUpper(), (*p)->firstName).trimmed()
                                          : e.participantRef);
    }
    TrainerRepository trainers(db);
    QHash<QString, QString> trainerNames;

    for (const Session& s : week) {
        const bool afternoon = s.start >= kAfternoon;
        if (content.halfDays.isEmpty() || content.halfDays.constLast().date != s.date
            || content.halfDays.constLast().afternoon != afternoon) {
            SheetHalfDay half;
            half.date = s.date;
            half.afternoon = afternoon;
            for (const Enrolment& e : *enrolments)
                if (Indicators::covers(e, content.cohort, s.date)) // indicators.md, Populations
                    half.participants << names.value(e.participantRef);
            std::sort(half.participants.begin(), half.participants.end(),
                      [](const QString& a, const QString& b) {
                          return QString::localeAwareCompare(a, b) < 0;
                      });
            content.halfDays << half;
        }
        QString trainer;
        if (!s.trainerRef.isEmpty()) {
            if (!trainerNames.contains(s.trainerRef)) {
                const auto t = trainers.find(s.trainerRef);
                if (!t)
                    return fail(t.error());
                trainerNames.insert(s.trainerRef, *t ? (*t)->name : s.trainerRef);
            }
            trainer = trainerNames.value(s.trainerRef);
        }
        content.halfDays.last().sessions << s;
        content.halfDays.last().trainers << trainer;
    }
    return content;
}

Result<int> AttendanceSheet::write(const AttendanceSheetContent& content, QIODevice& out, const QLocale& locale)
{
    QPdfWriter writer(&out);
    setUpPdf(writer, QPageLayout::Portrait,
             QCoreApplication::translate("AttendanceSheet", "Sign-in sheet of %1, week %2")
                 .arg(content.cohort.name.isEmpty() ? content.cohort.ref : content.cohort.name,
                      locale.toString(content.monday.weekNumber())));

    const QList<PageSlice> pages = slices(content);
    QPainter p;
    if (!p.begin(&writer))
        return fail(ErrorCode::Io, QStringLiteral("cannot start the PDF"));
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0 && !writer.newPage())
            return fail(ErrorCode::Io, QStringLiteral("cannot add a page to the PDF"));
        paintPage(p, content, pages[i], i + 1, int(pages.size()), locale);
    }
    if (!p.end())
        return fail(ErrorCode::Io, QStringLiteral("cannot finish the PDF"));
    return int(pages.size());
}

Result<int> AttendanceSheet::writeFile(Database& db, const QString& cohortRef, const QDate& dayOfWeek,
                                       const QString& path, const QLocale& locale)
{
    const auto content = load(db, cohortRef, dayOfWeek);
    if (!content)
        return fail(content.error());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, out.errorString(), {path});
    const auto pages = write(*content, out, locale);
    if (!pages)
        return fail(pages.error());
    if (!out.commit())
        return fail(ErrorCode::Io, out.errorString(), {path});
    return *pages;
}

} // namespace parcours::print
