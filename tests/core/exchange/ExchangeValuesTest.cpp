// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "core/exchange/ExchangeValues.h"

using namespace parcours;

TEST_CASE("dates are read as ISO or day first, and must exist", "[exchange][values]")
{
    CHECK(ExchangeValues::parseDate(u"2025-03-14") == QDate(2025, 3, 14));
    CHECK(ExchangeValues::parseDate(u"14/03/2025") == QDate(2025, 3, 14));
    CHECK(ExchangeValues::parseDate(u"4/3/2025") == QDate(2025, 3, 4));
    CHECK(ExchangeValues::parseDate(u"14.03.2025") == QDate(2025, 3, 14));
    CHECK(ExchangeValues::parseDate(u" 14-03-2025 ") == QDate(2025, 3, 14));
    CHECK_FALSE(ExchangeValues::parseDate(u"31/02/2025"));
    CHECK_FALSE(ExchangeValues::parseDate(u"2025-13-01"));
    CHECK_FALSE(ExchangeValues::parseDate(u"14/03/25"));
    CHECK_FALSE(ExchangeValues::parseDate(u"14/03-2025"));
    CHECK_FALSE(ExchangeValues::parseDate(u"tomorrow"));
    CHECK(ExchangeValues::dateReason(QStringLiteral("31/02/2025"))
          == QStringLiteral("'31/02/2025' is not a date (YYYY-MM-DD or DD/MM/YYYY)"));
}

TEST_CASE("times are read as 09:00, 9:00, 9h00, 9h and written HH:MM", "[exchange][values]")
{
    CHECK(ExchangeValues::parseTime(u"09:00") == QTime(9, 0));
    CHECK(ExchangeValues::parseTime(u"9:00") == QTime(9, 0));
    CHECK(ExchangeValues::parseTime(u"9h00") == QTime(9, 0));
    CHECK(ExchangeValues::parseTime(u"9h") == QTime(9, 0));
    CHECK(ExchangeValues::parseTime(u"13H45") == QTime(13, 45));
    CHECK(ExchangeValues::parseTime(u"08:30:00") == QTime(8, 30));
    CHECK_FALSE(ExchangeValues::parseTime(u"9"));
    CHECK_FALSE(ExchangeValues::parseTime(u"9:"));
    CHECK_FALSE(ExchangeValues::parseTime(u"25:00"));
    CHECK_FALSE(ExchangeValues::parseTime(u"12:60"));
    CHECK_FALSE(ExchangeValues::parseTime(u"08:30:15"));
    CHECK(ExchangeValues::formatTime(QTime(8, 0)) == QStringLiteral("08:00"));
    CHECK(ExchangeValues::formatTime(QTime()) == QString());
}

TEST_CASE("numbers take a comma or a point and are written without needless decimals",
          "[exchange][values]")
{
    CHECK(ExchangeValues::parseNumber(u"13,5") == 13.5);
    CHECK(ExchangeValues::parseNumber(u"13.5") == 13.5);
    CHECK(ExchangeValues::parseNumber(u"12") == 12.0);
    CHECK_FALSE(ExchangeValues::parseNumber(u"1 000"));
    CHECK_FALSE(ExchangeValues::parseNumber(u"12h"));
    CHECK(ExchangeValues::parseInteger(u"12") == 12);
    CHECK(ExchangeValues::parseInteger(u"12,0") == 12);
    CHECK_FALSE(ExchangeValues::parseInteger(u"2.5"));
    CHECK(ExchangeValues::formatNumber(12) == QStringLiteral("12"));
    CHECK(ExchangeValues::formatNumber(13.5) == QStringLiteral("13.5"));
    CHECK(ExchangeValues::formatNumber(13.5, QLatin1Char(',')) == QStringLiteral("13,5"));
    CHECK(ExchangeValues::formatNumber(-0.0) == QStringLiteral("0"));
}

TEST_CASE("weekdays are 1 to 7 or a day's name in French or English", "[exchange][values]")
{
    CHECK(ExchangeValues::parseWeekday(u"1") == 1);
    CHECK(ExchangeValues::parseWeekday(u"Lundi") == 1);
    CHECK(ExchangeValues::parseWeekday(u"sunday") == 7);
    CHECK(ExchangeValues::parseWeekday(u"mer") == 3);
    CHECK_FALSE(ExchangeValues::parseWeekday(u"8"));
    CHECK_FALSE(ExchangeValues::parseWeekday(u"0"));
}

TEST_CASE("an unknown code is reported with every code it could have been", "[exchange][values]")
{
    CHECK(ExchangeValues::codeReason<ParticipantStatus>(QStringLiteral("tourist"))
          == QStringLiteral("'tourist' is not a participant status (refugee, subsidiary_protection, "
                            "asylum_seeker, other_newcomer)"));
    CHECK(ExchangeValues::codeReason<CefrLevel>(QStringLiteral("D1"))
          == QStringLiteral("'D1' is not a CEFR level (A0, A1, A2, B1, B2, C1, C2)"));
}

TEST_CASE("lists split on | with entries trimmed and empty ones dropped", "[exchange][values]")
{
    CHECK(ExchangeValues::splitList(u"fa| en ||ar") == QStringList({QStringLiteral("fa"), QStringLiteral("en"), QStringLiteral("ar")}));
    CHECK(ExchangeValues::splitList(u"").isEmpty());
}
