// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

namespace parcours {

/// One public holiday: its date and its English name (source string, context "FrenchHolidays").
struct Holiday
{
    QDate date;
    const char* name = nullptr;
};

/// The public holidays of metropolitan France (jours fériés), the fixed ones and those that
/// follow Easter. Alsace-Moselle's two extra days (Good Friday, 26 December) are not included:
/// an office there records them as closures.
class FrenchHolidays
{
public:
    /// Easter Sunday of a Gregorian year.
    static QDate easterSunday(int year);
    /// The holidays of a year in date order: eleven, or ten when Ascension falls on 1 or 8 May.
    static QList<Holiday> ofYear(int year);
    /// True when `date` is a public holiday.
    static bool isHoliday(const QDate& date);
    /// The holiday's English name, or nullptr when `date` is not a holiday.
    static const char* nameOf(const QDate& date);
};

} // namespace parcours
