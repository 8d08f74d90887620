// SPDX-License-Identifier: GPL-3.0-or-later
// WeeklyTargets: the hours of each week and module against the cohort's targets (indicators.md,
// Hours), and the text shown beside each week. Hours worked out by hand.
#include "CatchQt.h"

#include "core/indicators/Indicators.h"
#include "core/timetable/WeeklyTargets.h"

using namespace parcours;

namespace {

/// A cohort from Wednesday 5 March to Friday 28 March 2025: weeks 10 (cut: starts on a
/// Wednesday), 11, 12 and 13 (full: Monday 24 and Friday 28 are inside).
Cohort march()
{
    Cohort c;
    c.ref = QStringLiteral("C1");
    c.name = QStringLiteral("Mars");
    c.startDate = QDate(2025, 3, 5);
    c.endDate = QDate(2025, 3, 28);
    return c;
}

Session session(const QString& ref, Module m, const QDate& date, QTime start, QTime end,
                SessionStatus status = SessionStatus::Planned)
{
    Session s;
    s.ref = ref;
    s.cohortRef = QStringLiteral("C1");
    s.module = m;
    s.date = date;
    s.start = start;
    s.end = end;
    s.status = status;
    return s;
}

/// Week 10: 3 h of FLE. Week 11: FLE 4 x 3 h + 1 h 30 = 13.5 h, English 2 h, soft skills 2 h.
/// Week 12: FLE 3 x 3 h = 9 h, English 2 h, soft skills 2 h. Week 13: FLE 5 x 3 h = 15 h,
/// English 2 h cancelled, soft skills 2 h, other 3 h. A session of another cohort in week 11.
QList<Session> timetable()
{
    QList<Session> out;
    const QTime nine(9, 0);
    const QTime noon(12, 0);
    out << session(QStringLiteral("W10"), Module::Fle, QDate(2025, 3, 6), nine, noon);
    for (int d = 10; d <= 13; ++d)
        out << session(QStringLiteral("W11-%1").arg(d), Module::Fle, QDate(2025, 3, d), nine, noon);
    out << session(QStringLiteral("W11-x"), Module::Fle, QDate(2025, 3, 14), nine, QTime(10, 30))
        << session(QStringLiteral("W11-e"), Module::English, QDate(2025, 3, 11), QTime(14, 0), QTime(16, 0))
        << session(QStringLiteral("W11-s"), Module::SoftSkills, QDate(2025, 3, 13), QTime(14, 0), QTime(16, 0));
    for (int d = 17; d <= 19; ++d)
        out << session(QStringLiteral("W12-%1").arg(d), Module::Fle, QDate(2025, 3, d), nine, noon);
    out << session(QStringLiteral("W12-e"), Module::English, QDate(2025, 3, 18), QTime(14, 0), QTime(16, 0))
        << session(QStringLiteral("W12-s"), Module::SoftSkills, QDate(2025, 3, 20), QTime(14, 0), QTime(16, 0));
    for (int d = 24; d <= 28; ++d)
        out << session(QStringLiteral("W13-%1").arg(d), Module::Fle, QDate(2025, 3, d), nine, noon);
    out << session(QStringLiteral("W13-e"), Module::English, QDate(2025, 3, 25), QTime(14, 0), QTime(16, 0),
                   SessionStatus::Cancelled)
        << session(QStringLiteral("W13-s"), Module::SoftSkills, QDate(2025, 3, 27), QTime(14, 0), QTime(16, 0), SessionStatus::Held)
        << session(QStringLiteral("W13-o"), Module::Other, QDate(2025, 3, 26), QTime(14, 0), QTime(17, 0));
    Session other = session(QStringLiteral("X"), Module::Fle, QDate(2025, 3, 12), QTime(13, 0), QTime(18, 0));
    other.cohortRef = QStringLiteral("C2");
    out << other;
    return out;
}

} // namespace

TEST_CASE("each week of a cohort has its hours per module, and only full first and last weeks are held to "
          "the targets",
          "[timetable][targets]")
{
    const QList<WeekHours> weeks = WeeklyTargets::ofCohort(march(), timetable());
    REQUIRE(weeks.size() == 4);
    CHECK(weeks[0].label() == QStringLiteral("2025-W10"));
    CHECK(weeks[3].label() == QStringLiteral("2025-W13"));

    // Week 10 starts on a Wednesday: 3 h of FLE are shown but are not off target.
    CHECK(weeks[0].hours(Module::Fle) == 3.0);
    CHECK_FALSE(weeks[0].heldToTargets);
    CHECK_FALSE(weeks[0].offTarget());

    // Week 11 is on target; the other cohort's 5 h do not count.
    CHECK(weeks[1].heldToTargets);
    CHECK(weeks[1].hours(Module::Fle) == 13.5);
    CHECK(weeks[1].hours(Module::English) == 2.0);
    CHECK(weeks[1].hours(Module::SoftSkills) == 2.0);
    CHECK_FALSE(weeks[1].offTarget());

    // Week 12: 9 h of FLE, below 12.
    CHECK(weeks[2].hours(Module::Fle) == 9.0);
    CHECK(weeks[2].offTarget());
    CHECK(weeks[2].isOff(Module::Fle));
    CHECK_FALSE(weeks[2].isOff(Module::English));

    // Week 13 is a full last week: 15 h of FLE is on target, the cancelled English class leaves
    // 0 h of the 2 h, held sessions count, other modules have no target.
    CHECK(weeks[3].heldToTargets);
    CHECK(weeks[3].hours(Module::Fle) == 15.0);
    CHECK_FALSE(weeks[3].isOff(Module::Fle));
    CHECK(weeks[3].hours(Module::English) == 0.0);
    CHECK(weeks[3].isOff(Module::English));
    CHECK(weeks[3].hours(Module::SoftSkills) == 2.0);
    CHECK(weeks[3].hours(Module::Other) == 3.0);
    CHECK_FALSE(weeks[3].isOff(Module::Other));
}

TEST_CASE("a last week that ends before Friday is not held to the targets", "[timetable][targets]")
{
    Cohort c = march();
    c.endDate = QDate(2025, 3, 27); // a Thursday
    const QList<WeekHours> weeks = WeeklyTargets::ofCohort(c, timetable());
    REQUIRE(weeks.size() == 4);
    CHECK_FALSE(weeks[3].heldToTargets);
    CHECK_FALSE(weeks[3].offTarget());
    CHECK(weeks[2].offTarget());
}

TEST_CASE("Indicators reports exactly the weeks WeeklyTargets finds off target", "[timetable][targets]")
{
    IndicatorInput in;
    in.cohorts << march();
    in.sessions = timetable();
    const auto f = Indicators::ofCohort(in, QStringLiteral("C1"));
    REQUIRE(f);
    QStringList labels;
    for (const IndicatorFigures::Week& w : f->weeksOffTarget)
        labels << w.label();
    CHECK(labels == QStringList{QStringLiteral("2025-W12"), QStringLiteral("2025-W13")});
}

TEST_CASE("a target of hours with a fraction is met by the same minutes", "[timetable][targets]")
{
    Cohort c = march();
    c.englishHours = 2.5;
    c.softSkillsHours = 0;
    c.fleHoursMin = 12;
    c.fleHoursMax = 12;
    WeekHours w = WeeklyTargets::weekOf(c,
                                        {session(QStringLiteral("E"), Module::English, QDate(2025, 3, 11), QTime(14, 0),
                                                 QTime(16, 30))},
                                        QDate(2025, 3, 13));
    CHECK(w.monday == QDate(2025, 3, 10));
    CHECK(w.heldToTargets);
    CHECK_FALSE(w.isOff(Module::English));
    CHECK_FALSE(w.isOff(Module::SoftSkills)); // 0 h of a 0 h target
    CHECK(w.isOff(Module::Fle));              // 0 h of exactly 12 h
    CHECK(WeeklyTargets::targetOf(c, Module::ProfessionalDay).exists() == false);
}

TEST_CASE("a week outside the cohort's weeks shows its hours and is never off target", "[timetable][targets]")
{
    const WeekHours w = WeeklyTargets::weekOf(
        march(), {session(QStringLiteral("L"), Module::Fle, QDate(2025, 4, 1), QTime(9, 0), QTime(12, 0))},
        QDate(2025, 4, 3));
    CHECK(w.monday == QDate(2025, 3, 31));
    CHECK(w.hours(Module::Fle) == 3.0);
    CHECK_FALSE(w.heldToTargets);
    CHECK_FALSE(w.offTarget());
}

TEST_CASE("the week's text reads 'FLE 13,5 h / 12-15 h' in French and 'FLE 13.5 h / 12-15 h' in English",
          "[timetable][targets]")
{
    const QList<WeekHours> weeks = WeeklyTargets::ofCohort(march(), timetable());
    REQUIRE(weeks.size() == 4);
    const QLocale fr(QLocale::French, QLocale::France);
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    CHECK(WeeklyTargets::text(weeks[1], Module::Fle, fr) == QStringLiteral("FLE 13,5 h / 12-15 h"));
    CHECK(WeeklyTargets::text(weeks[1], Module::Fle, en) == QStringLiteral("FLE 13.5 h / 12-15 h"));
    CHECK(WeeklyTargets::text(weeks[2], Module::Fle, fr) == QStringLiteral("FLE 9 h / 12-15 h"));
    CHECK(WeeklyTargets::text(weeks[1], Module::English, en) == QStringLiteral("English 2 h / 2 h"));
    CHECK(WeeklyTargets::text(weeks[3], Module::Other, en) == QStringLiteral("Other 3 h"));
    CHECK(WeeklyTargets::text(weeks[3], Module::ProfessionalDay, fr) == QStringLiteral("Professional day 0 h"));

    CHECK(WeeklyTargets::hoursText(80 / 60.0, fr) == QStringLiteral("1,33"));
    CHECK(WeeklyTargets::hoursText(12.25, en) == QStringLiteral("12.25"));
    CHECK(WeeklyTargets::hoursText(12, fr) == QStringLiteral("12"));
    CHECK(WeeklyTargets::hoursText(0, en) == QStringLiteral("0"));
}
