// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorldRegion.h"

#include <QHash>
#include <QStringList>

namespace parcours {

namespace {

struct Region
{
    const char* code;
    const char* countries; ///< ISO 3166-1 alpha-2 codes, space-separated
};

// UN M49 (unstats.un.org/unsd/methodology/m49), grouped as its SDG regions. XK (Kosovo, a
// user-assigned code in common use) goes with Europe.
const Region kRegions[] = {
    {"sub_saharan_africa",
     // Eastern, Middle, Southern and Western Africa.
     "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW IO TF "
     "AO CM CF TD CG CD GQ GA ST BW SZ LS NA ZA "
     "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG"},
    {"northern_africa_western_asia",
     "DZ EG LY MA SD TN EH AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE"},
    {"central_southern_asia", "KZ KG TJ TM UZ AF BD BT IN IR MV NP PK LK"},
    {"eastern_southeastern_asia", "CN HK MO KP JP MN KR TW BN KH ID LA MY MM PH SG TH TL VN"},
    {"latin_america_caribbean",
     "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI "
     "BZ CR SV GT HN MX NI PA AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE"},
    {"oceania", "AU NZ NF HM CX CC FJ NC PG SB VU GU KI MH FM NR MP PW UM AS CK PF NU PN WS TK TO TV WF"},
    {"europe_northern_america",
     "BM CA GL PM US "
     "BY BG CZ HU PL MD RO RU SK UA AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB "
     "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK AT BE FR DE LI LU MC NL CH"},
};

const QHash<QString, QString>& regionByCountry()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> out;
        for (const Region& r : kRegions)
            for (const QString& country : QString::fromLatin1(r.countries).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                out.insert(country, QString::fromLatin1(r.code));
        return out;
    }();
    return table;
}

} // namespace

QString WorldRegion::ofCountry(const QString& isoCode)
{
    return regionByCountry().value(isoCode.trimmed().toUpper());
}

QStringList WorldRegion::codes()
{
    QStringList out;
    for (const Region& r : kRegions)
        out << QString::fromLatin1(r.code);
    return out;
}

QString WorldRegion::ageBand(const QDate& birthDate, const QDate& on)
{
    if (!birthDate.isValid() || !on.isValid() || birthDate > on)
        return {};
    int age = on.year() - birthDate.year();
    if (on.month() < birthDate.month() || (on.month() == birthDate.month() && on.day() < birthDate.day()))
        --age;
    if (age < 26)
        return QStringLiteral("under_26");
    if (age <= 35)
        return QStringLiteral("26_35");
    if (age <= 45)
        return QStringLiteral("36_45");
    return QStringLiteral("46_plus");
}

} // namespace parcours
