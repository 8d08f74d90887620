// SPDX-License-Identifier: GPL-3.0-or-later
// The indicators read through the repositories from a real file: the mini fixture imported by
// the exchange importer, and a second cohort saved through the repositories.
#include "CatchQt.h"
#include "JsonDiff.h"
#include "TestDatabase.h"

#include "core/Clock.h"
#include "core/exchange/ExchangeImporter.h"
#include "core/indicators/Indicators.h"
#include "core/indicators/IndicatorsJson.h"
#include "core/services/DemoGenerator.h"
#include "core/services/IndicatorService.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/Transaction.h"

#include <QJsonDocument>

using namespace parcours;
using namespace parcours::test;

namespace {

void importMini(Database& db)
{
    auto report = ExchangeImporter(db).importDir(testDataPath(QStringLiteral("exchange-mini")));
    REQUIRE(report.has_value());
    QStringList problems;
    for (const Problem& p : report->problems)
        problems << p.toString();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report->ok());
    REQUIRE(report->written);
}

QJsonObject fromFile(const QString& relative)
{
    return QJsonDocument::fromJson(readBytes(testDataPath(relative))).object();
}

QJsonObject fromText(const char* text)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(QByteArray(text), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

/// MINI2, 17 to 28 March 2025: M1 again, late 30 minutes at the one 3 h FLE session held,
/// exit level B1, a short fixed-term contract at 6 months.
void addMini2(Database& db)
{
    Transaction tx(db);
    REQUIRE(tx.begun().has_value());
    Cohort c;
    c.ref = QStringLiteral("MINI2");
    c.name = QStringLiteral("Tremplin Lille printemps 2025 bis");
    c.programme = QStringLiteral("Tremplin");
    c.siteRef = QStringLiteral("LIL");
    c.startDate = QDate(2025, 3, 17);
    c.endDate = QDate(2025, 3, 28);
    c.capacity = 12;
    REQUIRE(CohortRepository(db).save(c).has_value());
    Enrolment e;
    e.cohortRef = c.ref;
    e.participantRef = QStringLiteral("M1");
    e.enrolledOn = QDate(2025, 3, 17);
    e.status = EnrolmentStatus::Completed;
    e.exitDate = QDate(2025, 3, 28);
    e.frenchLevelExit = CefrLevel::B1;
    REQUIRE(CohortRepository(db).saveEnrolment(e).has_value());
    Session s;
    s.ref = QStringLiteral("N1");
    s.cohortRef = c.ref;
    s.module = Module::Fle;
    s.date = QDate(2025, 3, 17);
    s.start = QTime(9, 0);
    s.end = QTime(12, 0);
    s.trainerRef = QStringLiteral("F1");
    s.roomRef = QStringLiteral("LIL-1");
    s.status = SessionStatus::Held;
    REQUIRE(SessionRepository(db).save(s).has_value());
    Attendance a;
    a.sessionRef = s.ref;
    a.participantRef = QStringLiteral("M1");
    a.status = AttendanceStatus::Late;
    a.minutesLate = 30;
    REQUIRE(SessionRepository(db).saveAttendance(a).has_value());
    Outcome o;
    o.participantRef = QStringLiteral("M1");
    o.cohortRef = c.ref;
    o.milestone = Milestone::M6;
    o.situation = Situation::CddUnder6m;
    o.recordedOn = QDate(2025, 9, 28);
    REQUIRE(OutcomeRepository(db).save(o).has_value());
    REQUIRE(tx.commit().has_value());
}

} // namespace

TEST_CASE("the service reads the imported mini fixture into the spec's statistics", "[indicators][service]")
{
    TestDatabase db;
    importMini(db.db());
    const auto f = IndicatorService(db.db()).cohort(QStringLiteral("MINI"));
    REQUIRE(f.has_value());
    const QStringList diff = jsonDiff(fromFile(QStringLiteral("exchange-mini.stats-MINI.json")),
                                      IndicatorsJson::toObject(*f));
    INFO(diff.join(QLatin1Char('\n')).toStdString());
    CHECK(diff.isEmpty());
}

TEST_CASE("the service reports an unknown cohort as not found", "[indicators][service]")
{
    TestDatabase db;
    importMini(db.db());
    const auto f = IndicatorService(db.db()).cohort(QStringLiteral("NOPE"));
    REQUIRE_FALSE(f.has_value());
    CHECK(f.error().code == ErrorCode::NotFound);
}

TEST_CASE("the service sums the cohorts ending in a period", "[indicators][service]")
{
    TestDatabase db;
    importMini(db.db());
    addMini2(db.db());
    const IndicatorService service(db.db());

    SECTION("both cohorts end in March")
    {
        const auto f = service.period(QDate(2025, 3, 1), QDate(2025, 3, 31));
        REQUIRE(f.has_value());
        // MINI as in exchange-mini.stats-MINI.json, plus MINI2:
        //   1 enrolled, completed; FLE 3 h planned and held; W12 (3 h of FLE) and W13 (none) off;
        //   late 1; attended 3 - 0.5 = 2.5 h; M1's K1 (mentor) and K2 (coach) overlap MINI2:
        //   a trio, volunteers W1 W2; A1 -> B1 = +2; m6 cdd_under_6m (transition).
        // Sums: attendance (9 + 3) / (9 + 3 + 1 + 2) = 12 / 15 = 0.8;
        //   attended (29 2/3 + 2.5) / 4 = 8.0417 -> 8.04; coverage 2/4, 3/4, 2/4;
        //   french (1 + 1 + 2) / 3 = 1.33 -> 1.3; m6 dynamic 2 of 3 completed = 0.6667,
        //   permanent 1/2, durable 1/2; other milestones: 3 unknown of 3.
        const QJsonObject expected = fromText(R"({
          "cohorts": ["MINI", "MINI2"],
          "enrolled": 4, "completed": 3, "withdrawn": 1,
          "hours": {"fle": {"planned": 24.0, "delivered": 15.0},
                    "english": {"planned": 4.0, "delivered": 2.0},
                    "soft_skills": {"planned": 4.0, "delivered": 2.0},
                    "professional_day": {"planned": 0.0, "delivered": 0.0},
                    "other": {"planned": 0.0, "delivered": 0.0}},
          "weeks_off_target": [{"cohort": "MINI", "week": "2025-W11"},
                               {"cohort": "MINI2", "week": "2025-W12"},
                               {"cohort": "MINI2", "week": "2025-W13"}],
          "attendance": {
            "all": {"present": 9, "late": 3, "excused": 1, "absent": 2, "unmarked": 1, "rate": 0.8},
            "fle": {"present": 8, "late": 2, "excused": 1, "absent": 1, "unmarked": 0, "rate": 0.8333},
            "english": {"present": 1, "late": 1, "excused": 0, "absent": 0, "unmarked": 0, "rate": 1.0},
            "soft_skills": {"present": 0, "late": 0, "excused": 0, "absent": 1, "unmarked": 1, "rate": 0.0},
            "professional_day": {"present": 0, "late": 0, "excused": 0, "absent": 0, "unmarked": 0, "rate": null},
            "other": {"present": 0, "late": 0, "excused": 0, "absent": 0, "unmarked": 0, "rate": null}},
          "attended_hours_avg": 8.04,
          "pairings": {"with_mentor": 2, "with_coach": 3, "with_both": 2,
                       "mentor_coverage": 0.5, "coach_coverage": 0.75, "trio_coverage": 0.5,
                       "volunteers_involved": 5},
          "french": {"levels_gained_avg": 1.3, "gained_one_level_or_more": 3},
          "exits": {
            "exit": {"durable": 0, "transition": 0, "positive": 0, "dynamic": 0, "unknown": 3,
                     "dynamic_exit_rate": 0.0, "permanent_share": null, "durable_share": null},
            "m3": {"durable": 0, "transition": 0, "positive": 0, "dynamic": 0, "unknown": 3,
                   "dynamic_exit_rate": 0.0, "permanent_share": null, "durable_share": null},
            "m6": {"durable": 1, "transition": 1, "positive": 0, "dynamic": 2, "unknown": 0,
                   "dynamic_exit_rate": 0.6667, "permanent_share": 0.5, "durable_share": 0.5},
            "m12": {"durable": 0, "transition": 0, "positive": 0, "dynamic": 0, "unknown": 3,
                    "dynamic_exit_rate": 0.0, "permanent_share": null, "durable_share": null}}
        })");
        const QStringList diff = jsonDiff(expected, IndicatorsJson::toObject(*f));
        INFO(diff.join(QLatin1Char('\n')).toStdString());
        CHECK(diff.isEmpty());
    }
    SECTION("a period from the 15th holds MINI2 only")
    {
        const auto f = service.period(QDate(2025, 3, 15), QDate(2025, 3, 31));
        REQUIRE(f.has_value());
        CHECK(f->cohorts == QStringList{QStringLiteral("MINI2")});
        CHECK(f->enrolled == 1);
        CHECK(f->attendanceAll.late == 1);
        CHECK(f->attendanceAll.present == 0); // MINI's marks were not read into it
        CHECK(f->pairings.volunteersInvolved == 2);
    }
    SECTION("a period before both is empty, and a reversed one is a usage error")
    {
        const auto empty = service.period(QDate(2025, 1, 1), QDate(2025, 3, 13));
        REQUIRE(empty.has_value());
        CHECK(empty->cohorts.isEmpty());
        const auto reversed = service.period(QDate(2025, 3, 31), QDate(2025, 3, 1));
        REQUIRE_FALSE(reversed.has_value());
        CHECK(reversed.error().code == ErrorCode::Usage);
    }
}

TEST_CASE("a period's marks counted by the database are those the engine counts one by one", "[indicators][service]")
{
    // The demo: three cohorts, withdrawals part-way (marks after an exit are not expected), late
    // marks, sessions planned, held and cancelled. period() leaves the marks to SQL; the engine
    // on inputForPeriod() reads each mark. Every figure must agree, attendance included.
    TestDatabase db;
    const FixedClock clock(QDateTime(QDate(2026, 3, 16), QTime(12, 0)));
    REQUIRE(DemoGenerator(clock, 7).fill(db.db()));
    const IndicatorService service(db.db());
    for (const auto& [from, to] : {std::pair(QDate(1900, 1, 1), QDate(2100, 12, 31)),
                                   std::pair(QDate(2025, 1, 1), QDate(2026, 3, 31))}) {
        const auto counted = service.period(from, to);
        REQUIRE(counted.has_value());
        const auto input = service.inputForPeriod(from, to);
        REQUIRE(input.has_value());
        const auto listed = Indicators::ofPeriod(*input, from, to);
        REQUIRE(listed.has_value());
        INFO(from.toString(Qt::ISODate).toStdString() << " to " << to.toString(Qt::ISODate).toStdString());
        CHECK(listed->attendanceAll.present > 0);
        CHECK(listed->attendanceAll.late > 0);
        const QStringList diff = jsonDiff(IndicatorsJson::toObject(*listed), IndicatorsJson::toObject(*counted));
        INFO(diff.join(QLatin1Char('\n')).toStdString());
        CHECK(diff.isEmpty());
        for (std::size_t m = 0; m < IndicatorFigures::kModules; ++m) {
            const IndicatorFigures::Marks& a = listed->attendance[m];
            const IndicatorFigures::Marks& b = counted->attendance[m];
            CHECK(a.present == b.present);
            CHECK(a.late == b.late);
            CHECK(a.excused == b.excused);
            CHECK(a.absent == b.absent);
            CHECK(a.unmarked == b.unmarked);
        }
        CHECK(counted->attendedHours == Approx(listed->attendedHours));
    }
}
