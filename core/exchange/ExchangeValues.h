// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace parcours {

/// Single values of the exchange format: read leniently, written canonically.
///
/// Read: dates `YYYY-MM-DD`, `DD/MM/YYYY` (also `D/M/YYYY`, `DD.MM.YYYY`, `DD-MM-YYYY`);
/// times `HH:MM`, `9:00`, `9h00`, `9h`, `09:00:00`; numbers with `.` or `,` as decimal mark;
/// whole numbers also as `12.0`; weekdays as 1..7 or a French or English day name.
/// Written: ISO dates, `HH:mm`, numbers without needless decimals (`12`, `13.5`).
/// The parse functions return nothing on a bad value; the `…Reason` functions say why, in
/// the words the import reports (`'31/02/2025' is not a date (YYYY-MM-DD or DD/MM/YYYY)`).
class ExchangeValues
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)

public:
    static std::optional<QDate> parseDate(QStringView text);
    static std::optional<QTime> parseTime(QStringView text);
    static std::optional<double> parseNumber(QStringView text);
    static std::optional<int> parseInteger(QStringView text);
    static std::optional<int> parseWeekday(QStringView text);
    /// `fa|EN| ar` -> `fa`, `EN`, `ar`: split on `|`, entries trimmed, empty ones dropped.
    static QStringList splitList(QStringView text);

    static QString formatDate(const QDate& date);
    static QString formatTime(const QTime& time);
    static QString formatNumber(double value, QChar decimalPoint = QLatin1Char('.'));

    static QString dateReason(const QString& text);
    static QString timeReason(const QString& text);
    static QString numberReason(const QString& text);
    static QString integerReason(const QString& text);
    static QString weekdayReason(const QString& text);
    /// `'tourist' is not a participant status (refugee, subsidiary_protection, ...)`.
    template<class E>
    static QString codeReason(const QString& text)
    {
        return tr("'%1' is not %2 (%3)")
            .arg(text, codeKindName(QLatin1String(EnumCodes<E>::name)),
                 allCodes<E>().join(QLatin1String(", ")));
    }

    /// `ParticipantStatus` -> `a participant status`, `AttendanceStatus` -> `an attendance status`.
    static QString codeKindName(QLatin1String enumName);
};

} // namespace parcours
