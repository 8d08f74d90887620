// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "IndicatorBuilders.h"
#include "JsonDiff.h"
#include "TestDatabase.h"

#include "core/indicators/Indicators.h"
#include "core/indicators/IndicatorsJson.h"

#include <QJsonDocument>

using namespace parcours;
using namespace parcours::test;

namespace {

QJsonObject expectedMini()
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(readBytes(testDataPath(QStringLiteral("exchange-mini.stats-MINI.json"))), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

QJsonObject parsed(const QByteArray& text)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(text, &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("the mini fixture gives the hand-computed statistics of the spec", "[indicators][json]")
{
    const IndicatorInput in = readMiniFixture();
    REQUIRE(in.sessions.size() == 11); // the reader read the fixture
    const auto f = Indicators::ofCohort(in, QStringLiteral("MINI"));
    REQUIRE(f.has_value());
    const QByteArray text = IndicatorsJson::toJson(*f);
    const QStringList diff = jsonDiff(expectedMini(), parsed(text));
    INFO(diff.join(QLatin1Char('\n')).toStdString());
    CHECK(diff.isEmpty());
}

TEST_CASE("rates are rounded to 4 decimals and hours to 2, halves away from zero", "[indicators][json]")
{
    IndicatorFigures f;
    f.cohorts << QStringLiteral("C");
    f.enrolled = 3;
    f.attendanceAll.present = 1;
    f.attendanceAll.absent = 31; // 1 / 32 = 0.03125 -> 0.0313
    f.attendance[std::size_t(Module::Fle)].present = 2;
    f.attendance[std::size_t(Module::Fle)].absent = 1; // 2 / 3 -> 0.6667
    f.hours[std::size_t(Module::Fle)] = {20.0 / 3, 12.125}; // 6.67, 12.13
    f.attendedHours = 10; // 10 / 3 = 3.333... -> 3.33
    f.pairings.withMentor = 1; // 1 / 3 -> 0.3333
    const QJsonObject o = parsed(IndicatorsJson::toJson(f));
    CHECK(o[QStringLiteral("attendance")][QStringLiteral("all")][QStringLiteral("rate")].toDouble() == 0.0313);
    CHECK(o[QStringLiteral("attendance")][QStringLiteral("fle")][QStringLiteral("rate")].toDouble() == 0.6667);
    CHECK(o[QStringLiteral("hours")][QStringLiteral("fle")][QStringLiteral("planned")].toDouble() == 6.67);
    CHECK(o[QStringLiteral("hours")][QStringLiteral("fle")][QStringLiteral("delivered")].toDouble() == 12.13);
    CHECK(o[QStringLiteral("attended_hours_avg")].toDouble() == 3.33);
    CHECK(o[QStringLiteral("pairings")][QStringLiteral("mentor_coverage")].toDouble() == 0.3333);
    CHECK(IndicatorsJson::round(0.78565, 4) == 0.7857);
    CHECK(IndicatorsJson::round(-0.125, 2) == -0.13);
}

TEST_CASE("rates with nobody in their denominator are null in the JSON", "[indicators][json]")
{
    const QJsonObject o = parsed(IndicatorsJson::toJson(IndicatorFigures{}));
    CHECK(o[QStringLiteral("cohorts")].toArray().isEmpty());
    CHECK(o[QStringLiteral("weeks_off_target")].toArray().isEmpty());
    CHECK(o[QStringLiteral("enrolled")].toInt(-1) == 0);
    CHECK(o[QStringLiteral("attendance")][QStringLiteral("all")][QStringLiteral("rate")].isNull());
    CHECK(o[QStringLiteral("attended_hours_avg")].isNull());
    CHECK(o[QStringLiteral("pairings")][QStringLiteral("trio_coverage")].isNull());
    CHECK(o[QStringLiteral("french")][QStringLiteral("levels_gained_avg")].isNull());
    CHECK(o[QStringLiteral("exits")][QStringLiteral("m12")][QStringLiteral("dynamic_exit_rate")].isNull());
    // hours are numbers, zero when nothing is planned
    CHECK(o[QStringLiteral("hours")][QStringLiteral("other")][QStringLiteral("planned")].isDouble());
}

TEST_CASE("the JSON keeps the spec's key order and prints whole hours with a decimal", "[indicators][json]")
{
    IndicatorFigures f;
    f.hours[std::size_t(Module::Fle)] = {168.0, 150.0};
    const QByteArray text = IndicatorsJson::toJson(f);
    qsizetype last = -1;
    for (const char* key : {"\"cohorts\"", "\"enrolled\"", "\"completed\"", "\"withdrawn\"", "\"hours\"",
                            "\"weeks_off_target\"", "\"attendance\"", "\"attended_hours_avg\"",
                            "\"pairings\"", "\"french\"", "\"exits\""}) {
        const qsizetype at = text.indexOf(key);
        INFO(key);
        CHECK(at > last);
        last = at;
    }
    CHECK(text.contains("\"planned\": 168.0"));
    CHECK(text.endsWith("}\n"));
}

TEST_CASE("cohort refs are escaped and kept in UTF-8", "[indicators][json]")
{
    IndicatorFigures f;
    const QString ref = QStringLiteral("Lille \"été\" \\ 2025");
    f.cohorts << ref;
    f.weeksOffTarget << IndicatorFigures::Week{ref, 2025, 11};
    const QByteArray text = IndicatorsJson::toJson(f);
    CHECK(text.contains("été"));
    const QJsonObject o = parsed(text);
    CHECK(o[QStringLiteral("cohorts")].toArray().at(0).toString() == ref);
    CHECK(o[QStringLiteral("weeks_off_target")].toArray().at(0)[QStringLiteral("week")].toString()
          == QStringLiteral("2025-W11"));
}
