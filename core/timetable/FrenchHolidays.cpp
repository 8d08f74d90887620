// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrenchHolidays.h"

#include <QCoreApplication>

#include <algorithm>

namespace parcours {

QDate FrenchHolidays::easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher): exact for every Gregorian year,
    // with integer arithmetic only.
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<Holiday> FrenchHolidays::ofYear(int year)
{
    const QDate easter = easterSunday(year);
    QList<Holiday> out = {
        {QDate(year, 1, 1), QT_TRANSLATE_NOOP("FrenchHolidays", "New Year's Day")},
        {easter.addDays(1), QT_TRANSLATE_NOOP("FrenchHolidays", "Easter Monday")},
        {QDate(year, 5, 1), QT_TRANSLATE_NOOP("FrenchHolidays", "Labour Day")},
        {QDate(year, 5, 8), QT_TRANSLATE_NOOP("FrenchHolidays", "Victory in Europe Day")},
        {easter.addDays(39), QT_TRANSLATE_NOOP("FrenchHolidays", "Ascension Day")},
        {easter.addDays(50), QT_TRANSLATE_NOOP("FrenchHolidays", "Whit Monday")},
        {QDate(year, 7, 14), QT_TRANSLATE_NOOP("FrenchHolidays", "Bastille Day")},
        {QDate(year, 8, 15), QT_TRANSLATE_NOOP("FrenchHolidays", "Assumption Day")},
        {QDate(year, 11, 1), QT_TRANSLATE_NOOP("FrenchHolidays", "All Saints' Day")},
        {QDate(year, 11, 11), QT_TRANSLATE_NOOP("FrenchHolidays", "Armistice Day")},
        {QDate(year, 12, 25), QT_TRANSLATE_NOOP("FrenchHolidays", "Christmas Day")},
    };
    // Ascension can fall on 1 or 8 May (as in 2008): keep date order and one entry per date,
    // the fixed holiday's.
    std::stable_sort(out.begin(), out.end(),
                     [](const Holiday& x, const Holiday& y) { return x.date < y.date; });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const Holiday& x, const Holiday& y) { return x.date == y.date; }),
              out.end());
    return out;
}

const char* FrenchHolidays::nameOf(const QDate& date)
{
    if (!date.isValid())
        return nullptr;
    for (const Holiday& h : ofYear(date.year()))
        if (h.date == date)
            return h.name;
    return nullptr;
}

bool FrenchHolidays::isHoliday(const QDate& date)
{
    return nameOf(date) != nullptr;
}

} // namespace parcours
