// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeValues.h"

#include <QRegularExpression>

#include <cmath>

namespace parcours {

namespace {

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

std::optional<QDate> ExchangeValues::parseDate(QStringView text)
{
    // The canonical YYYY-MM-DD (every date Parcours writes) without the regular expressions:
    // the same date, or the same refusal, as the `iso` pattern below gives it.
    if (text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')
        && allDigits(text.first(4)) && allDigits(text.sliced(5, 2)) && allDigits(text.sliced(8, 2))) {
        const auto number = [&text](qsizetype from, qsizetype n) {
            int v = 0;
            for (qsizetype i = from; i < from + n; ++i)
                v = v * 10 + (text.at(i).unicode() - '0');
            return v;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        if (!date.isValid())
            return std::nullopt;
        return date;
    }
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$)"));
    static const QRegularExpression french(QStringLiteral(R"(^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})$)"));
    const QString t = text.trimmed().toString();
    QDate date;
    if (const auto m = iso.match(t); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto f = french.match(t); f.hasMatch())
        date = QDate(f.captured(4).toInt(), f.captured(3).toInt(), f.captured(1).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QTime> ExchangeValues::parseTime(QStringView text)
{
    // 09:00, 9:00, 9h00, 9h, 9H30, 09:00:00 (spreadsheets add seconds; only :00 is accepted,
    // since times are kept to the minute and a second would be lost without a word).
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{1,2})(?:[:hH](\d{2})?(?::(00))?)?$)"));
    const QString t = text.trimmed().toString();
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    // A bare number is not a time ("9" could be anything), a colon needs its minutes.
    if (m.capturedLength(0) == m.capturedLength(1))
        return std::nullopt;
    const QChar mark = t.at(m.capturedLength(1));
    if (mark == QLatin1Char(':') && !m.hasCaptured(2))
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.hasCaptured(2) ? m.captured(2).toInt() : 0;
    const QTime time(h, min);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

std::optional<double> ExchangeValues::parseNumber(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[+-]?(\d+([.,]\d*)?|[.,]\d+)$)"));
    QString t = text.trimmed().toString();
    if (!re.match(t).hasMatch())
        return std::nullopt;
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<int> ExchangeValues::parseInteger(QStringView text)
{
    const auto v = parseNumber(text);
    // The range first: converting a double beyond qint64 (a 20-digit cell) is undefined
    // behaviour (found by tests/fuzz).
    if (!v || *v > 2147483647.0 || *v < -2147483648.0 || *v != std::trunc(*v))
        return std::nullopt;
    return int(*v);
}

std::optional<int> ExchangeValues::parseWeekday(QStringView text)
{
    const QString t = text.trimmed().toString();
    if (allDigits(t)) {
        const int d = t.toInt();
        if (d >= 1 && d <= 7)
            return d;
        return std::nullopt;
    }
    static const char* const names[7][4] = {
        {"lundi", "lun", "monday", "mon"},     {"mardi", "mar", "tuesday", "tue"},
        {"mercredi", "mer", "wednesday", "wed"}, {"jeudi", "jeu", "thursday", "thu"},
        {"vendredi", "ven", "friday", "fri"},  {"samedi", "sam", "saturday", "sat"},
        {"dimanche", "dim", "sunday", "sun"},
    };
    QString key = codes::fold(t);
    if (key.endsWith(QLatin1Char(' ')))
        key.chop(1);
    for (int d = 0; d < 7; ++d)
        for (const char* name : names[d])
            if (key == QLatin1String(name))
                return d + 1;
    return std::nullopt;
}

QStringList ExchangeValues::splitList(QStringView text)
{
    QStringList out;
    for (QStringView part : text.split(QLatin1Char('|'))) {
        part = part.trimmed();
        if (!part.isEmpty())
            out << part.toString();
    }
    return out;
}

QString ExchangeValues::formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString ExchangeValues::formatTime(const QTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QString ExchangeValues::formatNumber(double value, QChar decimalPoint)
{
    if (value == 0)
        return QStringLiteral("0"); // never "-0"
    QString s = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (decimalPoint != QLatin1Char('.'))
        s.replace(QLatin1Char('.'), decimalPoint);
    return s;
}

QString ExchangeValues::dateReason(const QString& text)
{
    return tr("'%1' is not a date (YYYY-MM-DD or DD/MM/YYYY)").arg(text);
}

QString ExchangeValues::timeReason(const QString& text)
{
    return tr("'%1' is not a time (HH:MM)").arg(text);
}

QString ExchangeValues::numberReason(const QString& text)
{
    return tr("'%1' is not a number").arg(text);
}

QString ExchangeValues::integerReason(const QString& text)
{
    return tr("'%1' is not a whole number").arg(text);
}

QString ExchangeValues::weekdayReason(const QString& text)
{
    return tr("'%1' is not a weekday (1 = Monday to 7 = Sunday)").arg(text);
}

QString ExchangeValues::codeKindName(QLatin1String enumName)
{
    static const struct
    {
        const char* name;
        const char* words;
    } kinds[] = {
        {"Module", QT_TR_NOOP("a module")},
        {"ParticipantStatus", QT_TR_NOOP("a participant status")},
        {"VolunteerRole", QT_TR_NOOP("a volunteer role")},
        {"TrainerKind", QT_TR_NOOP("a trainer kind")},
        {"EnrolmentStatus", QT_TR_NOOP("an enrolment status")},
        {"SessionStatus", QT_TR_NOOP("a session status")},
        {"AttendanceStatus", QT_TR_NOOP("an attendance status")},
        {"PairingRole", QT_TR_NOOP("a pairing role")},
        {"PairingStatus", QT_TR_NOOP("a pairing status")},
        {"CheckInKind", QT_TR_NOOP("a check-in kind")},
        {"Milestone", QT_TR_NOOP("a milestone")},
        {"Situation", QT_TR_NOOP("a situation")},
        {"CefrLevel", QT_TR_NOOP("a CEFR level")},
        {"Gender", QT_TR_NOOP("a gender")},
    };
    for (const auto& k : kinds)
        if (enumName == QLatin1String(k.name))
            return tr(k.words);
    return QString(enumName);
}

} // namespace parcours
