// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "core/timetable/FrenchHolidays.h"

#include <catch2/catch.hpp>

using namespace parcours;

TEST_CASE("Easter Sunday falls on the dates of the published calendars", "[holidays]")
{
    CHECK(FrenchHolidays::easterSunday(2024) == QDate(2024, 3, 31));
    CHECK(FrenchHolidays::easterSunday(2025) == QDate(2025, 4, 20));
    CHECK(FrenchHolidays::easterSunday(2026) == QDate(2026, 4, 5));
    CHECK(FrenchHolidays::easterSunday(2027) == QDate(2027, 3, 28));
    CHECK(FrenchHolidays::easterSunday(2000) == QDate(2000, 4, 23));
    // The earliest and latest possible dates.
    CHECK(FrenchHolidays::easterSunday(2285) == QDate(2285, 3, 22));
    CHECK(FrenchHolidays::easterSunday(2038) == QDate(2038, 4, 25));
}

TEST_CASE("the Easter-based holidays of 2025 and 2026 are on their days", "[holidays]")
{
    CHECK(QLatin1String(FrenchHolidays::nameOf(QDate(2025, 4, 21))) == QLatin1String("Easter Monday"));
    CHECK(QLatin1String(FrenchHolidays::nameOf(QDate(2025, 5, 29))) == QLatin1String("Ascension Day"));
    CHECK(QLatin1String(FrenchHolidays::nameOf(QDate(2025, 6, 9))) == QLatin1String("Whit Monday"));
    CHECK(QLatin1String(FrenchHolidays::nameOf(QDate(2026, 4, 6))) == QLatin1String("Easter Monday"));
    CHECK(QLatin1String(FrenchHolidays::nameOf(QDate(2026, 5, 14))) == QLatin1String("Ascension Day"));
    CHECK(QLatin1String(FrenchHolidays::nameOf(QDate(2026, 5, 25))) == QLatin1String("Whit Monday"));
}

TEST_CASE("a year has the eleven holidays of metropolitan France in date order", "[holidays]")
{
    const QList<Holiday> year = FrenchHolidays::ofYear(2025);
    QList<QDate> dates;
    for (const Holiday& h : year)
        dates << h.date;
    const QList<QDate> expected = {
        QDate(2025, 1, 1),  QDate(2025, 4, 21), QDate(2025, 5, 1),   QDate(2025, 5, 8),
        QDate(2025, 5, 29), QDate(2025, 6, 9),  QDate(2025, 7, 14),  QDate(2025, 8, 15),
        QDate(2025, 11, 1), QDate(2025, 11, 11), QDate(2025, 12, 25),
    };
    CHECK(dates == expected);
}

TEST_CASE("days that are not holidays in metropolitan France are not reported", "[holidays]")
{
    CHECK_FALSE(FrenchHolidays::isHoliday(QDate(2025, 4, 20)));  // Easter Sunday itself
    CHECK_FALSE(FrenchHolidays::isHoliday(QDate(2025, 4, 18)));  // Good Friday: Alsace-Moselle only
    CHECK_FALSE(FrenchHolidays::isHoliday(QDate(2025, 12, 26))); // Alsace-Moselle only
    CHECK_FALSE(FrenchHolidays::isHoliday(QDate(2025, 6, 10)));
    CHECK_FALSE(FrenchHolidays::isHoliday(QDate()));
    CHECK(FrenchHolidays::nameOf(QDate(2025, 6, 10)) == nullptr);
}

TEST_CASE("Ascension on the first of May counts once", "[holidays]")
{
    // Easter 2008 was on 23 March, so Ascension (39 days later) fell on 1 May.
    CHECK(FrenchHolidays::easterSunday(2008) == QDate(2008, 3, 23));
    CHECK(FrenchHolidays::ofYear(2008).size() == 10);
    CHECK(FrenchHolidays::isHoliday(QDate(2008, 5, 1)));
}

TEST_CASE("Easter Monday, Ascension and Whit Monday of 2024 and 2027 to 2030 are computed on their days",
          "[holidays]")
{
    // From the published Easter Sundays: Monday after (+1), Ascension Thursday (+39), Whit Monday (+50).
    const struct
    {
        QDate easterMonday, ascension, whitMonday;
    } years[] = {
        {QDate(2024, 4, 1), QDate(2024, 5, 9), QDate(2024, 5, 20)},  // Easter 31 March 2024
        {QDate(2027, 3, 29), QDate(2027, 5, 6), QDate(2027, 5, 17)}, // Easter 28 March 2027
        {QDate(2028, 4, 17), QDate(2028, 5, 25), QDate(2028, 6, 5)}, // Easter 16 April 2028
        {QDate(2029, 4, 2), QDate(2029, 5, 10), QDate(2029, 5, 21)}, // Easter 1 April 2029
        {QDate(2030, 4, 22), QDate(2030, 5, 30), QDate(2030, 6, 10)}, // Easter 21 April 2030
    };
    for (const auto& y : years) {
        INFO(y.easterMonday.year());
        CHECK(QLatin1String(FrenchHolidays::nameOf(y.easterMonday)) == QLatin1String("Easter Monday"));
        CHECK(QLatin1String(FrenchHolidays::nameOf(y.ascension)) == QLatin1String("Ascension Day"));
        CHECK(QLatin1String(FrenchHolidays::nameOf(y.whitMonday)) == QLatin1String("Whit Monday"));
        // The day after each is an ordinary day.
        for (const QDate& d : {y.easterMonday, y.ascension, y.whitMonday})
            CHECK_FALSE(FrenchHolidays::isHoliday(d.addDays(1)));
        CHECK(FrenchHolidays::ofYear(y.easterMonday.year()).size() == 11);
    }
}
