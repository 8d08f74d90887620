// SPDX-License-Identifier: GPL-3.0-or-later
// IcsWriter: the bytes of an iCalendar file (RFC 5545) written by hand, folding at 75 octets
// without cutting a UTF-8 character, escaping, CRLF; then the file read back line by line here,
// and by Python's icalendar module when the machine has it (Debian: python3-icalendar).
#include "CatchQt.h"

#include "core/timetable/IcsWriter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace parcours;

namespace {

Cohort mini()
{
    Cohort c;
    c.ref = QStringLiteral("MINI");
    c.name = QStringLiteral("Tremplin Lille");
    return c;
}

Site lille()
{
    Site s;
    s.ref = QStringLiteral("LIL");
    s.name = QStringLiteral("Maison de l'emploi");
    s.address = QStringLiteral("3 rue Nationale");
    s.city = QStringLiteral("Lille");
    return s;
}

Session session(const QString& ref, Module m, const QDate& date, QTime start, QTime end)
{
    Session s;
    s.ref = ref;
    s.cohortRef = QStringLiteral("MINI");
    s.module = m;
    s.date = date;
    s.start = start;
    s.end = end;
    return s;
}

/// A content line as a reader sees it: name, parameters, value (still escaped).
struct Property
{
    QString name;
    QStringList parameters;
    QString value;
};

/// RFC 5545 3.1, read by hand: lines end in CRLF; a line starting with a space continues the
/// one before. Each property is split at the first ':' (no value here holds ';' before it).
QList<Property> unfoldAndSplit(const QByteArray& bytes)
{
    QByteArray unfolded = bytes;
    unfolded.replace("\r\n ", "");
    QList<Property> out;
    for (const QByteArray& raw : unfolded.split('\n')) {
        if (raw.isEmpty())
            continue;
        REQUIRE(raw.endsWith('\r'));
        const QString line = QString::fromUtf8(raw.chopped(1));
        const int colon = int(line.indexOf(QLatin1Char(':')));
        REQUIRE(colon > 0);
        QStringList head = line.left(colon).split(QLatin1Char(';'));
        Property p;
        p.name = head.takeFirst();
        p.parameters = head;
        p.value = line.mid(colon + 1);
        out << p;
    }
    return out;
}

QString unescape(const QString& value)
{
    QString out;
    for (int i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar n = value[++i];
            out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
        } else {
            out += value[i];
        }
    }
    return out;
}

/// The VEVENTs of a calendar, each as its properties by name (values unescaped).
QList<QMap<QString, QString>> eventsOf(const QList<Property>& properties)
{
    QList<QMap<QString, QString>> out;
    bool inside = false;
    for (const Property& p : properties) {
        if (p.name == QLatin1String("BEGIN") && p.value == QLatin1String("VEVENT")) {
            inside = true;
            out << QMap<QString, QString>();
        } else if (p.name == QLatin1String("END") && p.value == QLatin1String("VEVENT")) {
            inside = false;
        } else if (inside) {
            const QString key = p.parameters.isEmpty() ? p.name : p.name + QLatin1Char(';') + p.parameters.join(QLatin1Char(';'));
            out.last().insert(key, unescape(p.value));
        }
    }
    return out;
}

const QDateTime kStamp(QDate(2025, 3, 1), QTime(10, 0), QTimeZone(3600)); // 09:00 UTC

IcsCalendar twoSessions()
{
    Trainer anne;
    anne.ref = QStringLiteral("F1");
    anne.name = QStringLiteral("Anne Leroy");
    Room salle;
    salle.ref = QStringLiteral("LIL-1");
    salle.name = QStringLiteral("Salle 1");
    const Cohort c = mini();
    const Site s = lille();
    Session cancelled = session(QStringLiteral("SE-000002"), Module::English, QDate(2025, 3, 4), QTime(14, 0), QTime(16, 0));
    cancelled.title = QStringLiteral("CV, lettre; \\ suite");
    cancelled.status = SessionStatus::Cancelled;
    IcsCalendar cal;
    cal.name = QStringLiteral("Tremplin Lille, printemps");
    cal.events << IcsWriter::eventOf(session(QStringLiteral("SE-000001"), Module::Fle, QDate(2025, 3, 3), QTime(9, 0), QTime(12, 0)),
                                     &c, &anne, &salle, &s)
               << IcsWriter::eventOf(cancelled, &c, nullptr, nullptr, nullptr);
    return cal;
}

} // namespace

TEST_CASE("an iCalendar file has the bytes of RFC 5545: CRLF lines, Europe/Paris times, stable UIDs, "
          "cancelled sessions marked",
          "[timetable][ics]")
{
    const QByteArray expected =
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//Parcours//Parcours timetable//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "METHOD:PUBLISH\r\n"
        "X-WR-CALNAME:Tremplin Lille\\, printemps\r\n"
        "X-WR-TIMEZONE:Europe/Paris\r\n"
        "BEGIN:VTIMEZONE\r\n"
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
        "END:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:SE-000001@parcours\r\n"
        "DTSTAMP:20250301T090000Z\r\n"
        "DTSTART;TZID=Europe/Paris:20250303T090000\r\n"
        "DTEND;TZID=Europe/Paris:20250303T120000\r\n"
        "SUMMARY:French (FLE)\r\n"
        "LOCATION:Salle 1\\, Maison de l'emploi\\, 3 rue Nationale\\, Lille\r\n"
        "DESCRIPTION:Trainer: Anne Leroy\\nCohort: Tremplin Lille\r\n"
        "STATUS:CONFIRMED\r\n"
        "TRANSP:OPAQUE\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:SE-000002@parcours\r\n"
        "DTSTAMP:20250301T090000Z\r\n"
        "DTSTART;TZID=Europe/Paris:20250304T140000\r\n"
        "DTEND;TZID=Europe/Paris:20250304T160000\r\n"
        "SUMMARY:English: CV\\, lettre\\; \\\\ suite\r\n"
        "DESCRIPTION:Cohort: Tremplin Lille\r\n"
        "STATUS:CANCELLED\r\n"
        "TRANSP:OPAQUE\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n";
    CHECK(IcsWriter::write(twoSessions(), kStamp) == expected);
}

TEST_CASE("text values escape backslashes, semicolons, commas and line breaks", "[timetable][ics]")
{
    CHECK(IcsWriter::escapeText(QStringLiteral("a,b;c\\d")) == QStringLiteral("a\\,b\\;c\\\\d"));
    CHECK(IcsWriter::escapeText(QStringLiteral("un\ndeux\r\ntrois\rquatre")) == QStringLiteral("un\\ndeux\\ntrois\\nquatre"));
    CHECK(IcsWriter::escapeText(QStringLiteral("tab\there, bell\x07 gone")) == QStringLiteral("tab\there\\, bell gone"));
    CHECK(IcsWriter::escapeText(QStringLiteral("Français : à l'écoute")) == QStringLiteral("Français : à l'écoute"));
}

TEST_CASE("long lines fold at 75 octets and never inside a UTF-8 character", "[timetable][ics]")
{
    // 8 + 66 = 74 octets, then 'é' takes octets 75 and 76: it moves to the next line whole.
    const QByteArray accented = "SUMMARY:" + QByteArray(66, 'a') + "\xc3\xa9" + QByteArray(10, 'b');
    CHECK(IcsWriter::fold(accented) == "SUMMARY:" + QByteArray(66, 'a') + "\r\n \xc3\xa9" + QByteArray(10, 'b'));

    const QByteArray ascii(160, 'x');
    CHECK(IcsWriter::fold(ascii) == QByteArray(75, 'x') + "\r\n " + QByteArray(74, 'x') + "\r\n " + QByteArray(11, 'x'));
    CHECK(IcsWriter::fold(QByteArray(75, 'y')) == QByteArray(75, 'y'));
    CHECK(IcsWriter::fold(QByteArray(76, 'y')) == QByteArray(75, 'y') + "\r\n y");
}

TEST_CASE("a calendar with a long French title reads back, line by line, as it was written", "[timetable][ics]")
{
    Session s = session(QStringLiteral("SE-000003"), Module::SoftSkills, QDate(2025, 7, 1), QTime(13, 30), QTime(17, 0));
    s.title = QStringLiteral("Préparation à l'entretien d'embauche : présentation de soi, questions fréquentes, "
                             "mises en situation; « bilan » \\ suite");
    Cohort c = mini();
    c.name = QStringLiteral("Cohorte d'été\nsecond line");
    IcsCalendar cal;
    cal.events << IcsWriter::eventOf(s, &c, nullptr, nullptr, nullptr);
    const QByteArray bytes = IcsWriter::write(cal, kStamp);

    // Every physical line: CRLF, at most 75 octets, whole UTF-8 characters.
    CHECK(bytes.endsWith("\r\n"));
    CHECK_FALSE(bytes.contains("\n\n"));
    CHECK(bytes.count("\n") == bytes.count("\r\n"));
    QList<QByteArray> physical = bytes.split('\n');
    REQUIRE(physical.takeLast().isEmpty()); // after the last CRLF
    int folded = 0;
    for (QByteArray line : physical) {
        REQUIRE(line.endsWith('\r'));
        line.chop(1);
        CHECK(line.size() <= 75);
        CHECK(QString::fromUtf8(line).toUtf8() == line); // no cut character
        if (line.startsWith(' '))
            ++folded;
    }
    CHECK(folded >= 2);

    const QList<QMap<QString, QString>> events = eventsOf(unfoldAndSplit(bytes));
    REQUIRE(events.size() == 1);
    const QMap<QString, QString>& e = events.first();
    CHECK(e.value(QStringLiteral("UID")) == QStringLiteral("SE-000003@parcours"));
    CHECK(e.value(QStringLiteral("SUMMARY")) == QStringLiteral("Soft skills: ") + s.title);
    CHECK(e.value(QStringLiteral("DESCRIPTION")) == QStringLiteral("Cohort: Cohorte d'été\nsecond line"));
    CHECK(e.value(QStringLiteral("DTSTART;TZID=Europe/Paris")) == QStringLiteral("20250701T133000"));
    CHECK(e.value(QStringLiteral("DTEND;TZID=Europe/Paris")) == QStringLiteral("20250701T170000"));
    CHECK(e.value(QStringLiteral("STATUS")) == QStringLiteral("CONFIRMED"));
    CHECK_FALSE(e.contains(QStringLiteral("LOCATION")));
}

TEST_CASE("Python's icalendar reads the same events, in Paris time", "[timetable][ics]")
{
    QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo::exists(python))
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QProcess probe;
    if (!python.isEmpty())
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import icalendar")});
    if (python.isEmpty() || !probe.waitForFinished(30000) || probe.exitCode() != 0) {
        WARN("python3 with the icalendar module (Debian: python3-icalendar) is not installed: not checked");
        return;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("c.ics"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    IcsCalendar cal = twoSessions();
    cal.events[1].summary = QStringLiteral("Préparation à l'entretien d'embauche : présentation de soi, questions "
                                           "fréquentes, mises en situation; « bilan » \\ suite");
    out.write(IcsWriter::write(cal, kStamp));
    out.close();

    const QString script = QStringLiteral(
        "import icalendar, json, sys\n"
        "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
        "out = []\n"
        "for e in cal.walk('VEVENT'):\n"
        "    out.append({k: str(e.get(k)) for k in ('UID', 'SUMMARY', 'LOCATION', 'DESCRIPTION', 'STATUS')}\n"
        "               | {'start': e['DTSTART'].dt.isoformat(), 'end': e['DTEND'].dt.isoformat(),\n"
        "                  'tz': str(e['DTSTART'].params.get('TZID'))})\n"
        "print(json.dumps({'name': str(cal.get('X-WR-CALNAME')), 'events': out}))\n");
    QProcess p;
    p.start(python, {QStringLiteral("-c"), script, file});
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    CHECK(o[QStringLiteral("name")].toString() == QStringLiteral("Tremplin Lille, printemps"));
    const QJsonArray events = o[QStringLiteral("events")].toArray();
    REQUIRE(events.size() == 2);
    const QJsonObject a = events[0].toObject();
    CHECK(a[QStringLiteral("UID")].toString() == QStringLiteral("SE-000001@parcours"));
    CHECK(a[QStringLiteral("SUMMARY")].toString() == QStringLiteral("French (FLE)"));
    CHECK(a[QStringLiteral("LOCATION")].toString() == QStringLiteral("Salle 1, Maison de l'emploi, 3 rue Nationale, Lille"));
    CHECK(a[QStringLiteral("DESCRIPTION")].toString() == QStringLiteral("Trainer: Anne Leroy\nCohort: Tremplin Lille"));
    CHECK(a[QStringLiteral("STATUS")].toString() == QStringLiteral("CONFIRMED"));
    CHECK(a[QStringLiteral("tz")].toString() == QStringLiteral("Europe/Paris"));
    // 3 March is winter time in Paris (UTC+1); 1 July would be summer time.
    CHECK(a[QStringLiteral("start")].toString() == QStringLiteral("2025-03-03T09:00:00+01:00"));
    CHECK(a[QStringLiteral("end")].toString() == QStringLiteral("2025-03-03T12:00:00+01:00"));
    const QJsonObject b = events[1].toObject();
    CHECK(b[QStringLiteral("SUMMARY")].toString() == cal.events[1].summary);
    CHECK(b[QStringLiteral("STATUS")].toString() == QStringLiteral("CANCELLED"));
    CHECK(b[QStringLiteral("LOCATION")].toString() == QStringLiteral("None"));
}
