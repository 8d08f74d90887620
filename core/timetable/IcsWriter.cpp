// SPDX-License-Identifier: GPL-3.0-or-later
#include "IcsWriter.h"

#include <QCoreApplication>

namespace parcours {

namespace {

const QByteArray kCrlf = QByteArrayLiteral("\r\n");
constexpr int kMaxOctets = 75;

// The rules of Europe/Paris since 1996 (EU summer time: last Sunday of March 02:00 to last
// Sunday of October 03:00). Every session Parcours holds is later than that, so the two rules
// describe every date a calendar program will look up.
const char* const kParisTimeZone = "BEGIN:VTIMEZONE\r\n"
                                   "TZID:Europe/Paris\r\n"
                                   "BEGIN:DAYLIGHT\r\n"
                                   "TZOFFSETFROM:+0100\r\n"
                                   "TZOFFSETTO:+0200\r\n"
                                   "TZNAME:CEST\r\n"
                                   "DTSTART:19700329T020000\r\n"
                                   "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                                   "END:DAYLIGHT\r\n"
                                   "BEGIN:STANDARD\r\n"
                                   "TZOFFSETFROM:+0200\r\n"
                                   "TZOFFSETTO:+0100\r\n"
                                   "TZNAME:CET\r\n"
                                   "DTSTART:19701025T030000\r\n"
                                   "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                                   "END:STANDARD\r\n"
                                   "END:VTIMEZONE\r\n";

void line(QByteArray& out, const QString& text)
{
    out += IcsWriter::fold(text.toUtf8());
    out += kCrlf;
}

QString localDateTime(const QDate& date, const QTime& time)
{
    return date.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') + time.toString(QStringLiteral("HHmmss"));
}

QString joined(const QStringList& parts, const QString& separator)
{
    QStringList kept;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(separator);
}

} // namespace

QString IcsWriter::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            out += QLatin1String("\\n");
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c.category() == QChar::Other_Control) {
            // RFC 5545 allows no control character but HTAB in a value: leave them out.
            if (c == QLatin1Char('\t'))
                out += c;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray IcsWriter::fold(const QByteArray& line)
{
    if (line.size() <= kMaxOctets)
        return line;
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 3);
    qsizetype pos = 0;
    int room = kMaxOctets; // the first line has 75 octets; the others one less for the space
    while (pos < line.size()) {
        qsizetype end = std::min<qsizetype>(pos + room, line.size());
        // Back up while the next octet continues a UTF-8 sequence (10xxxxxx).
        while (end < line.size() && end > pos && (uchar(line[end]) & 0xC0) == 0x80)
            --end;
        if (pos > 0)
            out += kCrlf + ' ';
        out += line.mid(pos, end - pos);
        pos = end;
        room = kMaxOctets - 1;
    }
    return out;
}

QString IcsWriter::uidOf(const Session& session)
{
    return session.ref + QLatin1String("@parcours");
}

IcsEvent IcsWriter::eventOf(const Session& s, const Cohort* cohort, const Trainer* trainer, const Room* room,
                            const Site* site)
{
    IcsEvent e;
    e.uid = uidOf(s);
    e.date = s.date;
    e.start = s.start;
    e.end = s.end;
    const QString module = QCoreApplication::translate("Codes", labelOf(s.module));
    e.summary = s.title.trimmed().isEmpty()
        ? module
        //: iCalendar event title: module, session title: "French (FLE): Job interview role play"
        : QCoreApplication::translate("IcsWriter", "%1: %2").arg(module, s.title.trimmed());
    e.location = joined({room ? room->name : s.roomRef, site ? site->name : QString(),
                         site ? site->address : QString(), site ? site->city : QString()},
                        QStringLiteral(", "));
    QStringList description;
    if (trainer || !s.trainerRef.isEmpty())
        description << QCoreApplication::translate("IcsWriter", "Trainer: %1").arg(trainer ? trainer->name : s.trainerRef);
    description << QCoreApplication::translate("IcsWriter", "Cohort: %1").arg(cohort ? cohort->name : s.cohortRef);
    e.description = description.join(QLatin1Char('\n'));
    e.cancelled = s.status == SessionStatus::Cancelled;
    return e;
}

QByteArray IcsWriter::write(const IcsCalendar& calendar, const QDateTime& stamp)
{
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QByteArray out;
    line(out, QStringLiteral("BEGIN:VCALENDAR"));
    line(out, QStringLiteral("VERSION:2.0"));
    line(out, QStringLiteral("PRODID:-//Parcours//Parcours timetable//EN"));
    line(out, QStringLiteral("CALSCALE:GREGORIAN"));
    line(out, QStringLiteral("METHOD:PUBLISH"));
    if (!calendar.name.isEmpty())
        line(out, QStringLiteral("X-WR-CALNAME:") + escapeText(calendar.name));
    line(out, QStringLiteral("X-WR-TIMEZONE:Europe/Paris"));
    out += kParisTimeZone;
    for (const IcsEvent& e : calendar.events) {
        line(out, QStringLiteral("BEGIN:VEVENT"));
        line(out, QStringLiteral("UID:") + escapeText(e.uid));
        line(out, QStringLiteral("DTSTAMP:") + dtstamp);
        line(out, QStringLiteral("DTSTART;TZID=Europe/Paris:") + localDateTime(e.date, e.start));
        line(out, QStringLiteral("DTEND;TZID=Europe/Paris:") + localDateTime(e.date, e.end));
        line(out, QStringLiteral("SUMMARY:") + escapeText(e.summary));
        if (!e.location.isEmpty())
            line(out, QStringLiteral("LOCATION:") + escapeText(e.location));
        if (!e.description.isEmpty())
            line(out, QStringLiteral("DESCRIPTION:") + escapeText(e.description));
        line(out, QStringLiteral("STATUS:") + (e.cancelled ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED")));
        line(out, QStringLiteral("TRANSP:OPAQUE"));
        line(out, QStringLiteral("END:VEVENT"));
    }
    line(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace parcours
