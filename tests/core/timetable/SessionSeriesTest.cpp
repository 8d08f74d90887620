// SPDX-License-Identifier: GPL-3.0-or-later
// SessionSeries: a weekly rule into its sessions, with the public holidays and office closures
// it skips. Every expected date is read off the 2024, 2025 and 2026 calendars by hand.
#include "CatchQt.h"

#include "core/timetable/SessionSeries.h"

using namespace parcours;

namespace {

Series mondayToThursday(const QDate& first, const QDate& last)
{
    Series r;
    r.ref = QStringLiteral("SR-000001");
    r.cohortRef = QStringLiteral("C1");
    r.module = Module::Fle;
    r.weekdays = {1, 2, 3, 4};
    r.start = QTime(9, 0);
    r.end = QTime(12, 30);
    r.trainerRef = QStringLiteral("F1");
    r.roomRef = QStringLiteral("LIL-1");
    r.title = QStringLiteral("Français");
    r.firstDate = first;
    r.lastDate = last;
    return r;
}

OfficeClosure closure(const QString& site, const QDate& from, const QDate& to, const QString& label)
{
    OfficeClosure c;
    c.siteRef = site;
    c.fromDate = from;
    c.toDate = to;
    c.label = label;
    return c;
}

QList<QDate> datesOf(const QList<Session>& sessions)
{
    QList<QDate> out;
    for (const Session& s : sessions)
        out << s.date;
    return out;
}

QList<QDate> datesOf(const QList<SkippedDate>& skipped)
{
    QList<QDate> out;
    for (const SkippedDate& s : skipped)
        out << s.date;
    return out;
}

} // namespace

TEST_CASE("a Monday-to-Thursday series skips Easter Monday, 1 and 8 May, Ascension, Whit Monday and the "
          "office's closures, and says which",
          "[timetable][series]")
{
    // Nine weeks from Monday 14 April to Thursday 12 June 2025: 36 Mondays to Thursdays.
    const Series rule = mondayToThursday(QDate(2025, 4, 14), QDate(2025, 6, 12));
    const QList<OfficeClosure> closures = {
        closure(QStringLiteral("LIL"), QDate(2025, 5, 12), QDate(2025, 5, 13), QStringLiteral("Déménagement")),
        closure(QStringLiteral("RBX"), QDate(2025, 5, 14), QDate(2025, 5, 14), QStringLiteral("Roubaix only")),
        closure({}, QDate(2025, 6, 2), QDate(2025, 6, 2), {}), // every site
    };
    const SeriesOccurrences got = SessionSeries::expand(rule, closures, QStringLiteral("LIL"));

    const QList<QDate> skipped = {QDate(2025, 4, 21), QDate(2025, 5, 1),  QDate(2025, 5, 8), QDate(2025, 5, 12),
                                  QDate(2025, 5, 13), QDate(2025, 5, 29), QDate(2025, 6, 2), QDate(2025, 6, 9)};
    CHECK(datesOf(got.skipped) == skipped);
    REQUIRE(got.skipped.size() == 8);
    CHECK(got.skipped[0].reason == SkippedDate::Reason::PublicHoliday);
    CHECK(got.skipped[0].reasonText() == QStringLiteral("Easter Monday"));
    CHECK(got.skipped[1].reasonText() == QStringLiteral("Labour Day"));
    CHECK(got.skipped[2].reasonText() == QStringLiteral("Victory in Europe Day"));
    CHECK(got.skipped[3].reason == SkippedDate::Reason::OfficeClosure);
    CHECK(got.skipped[3].reasonText() == QStringLiteral("Office closed: Déménagement"));
    CHECK(got.skipped[5].reasonText() == QStringLiteral("Ascension Day"));
    CHECK(got.skipped[6].reasonText() == QStringLiteral("Office closed"));
    CHECK(got.skipped[7].reasonText() == QStringLiteral("Whit Monday"));

    // 36 days less 5 holidays and 3 closed days; Roubaix's closure is not Lille's.
    REQUIRE(got.sessions.size() == 28);
    const QList<QDate> dates = datesOf(got.sessions);
    CHECK(dates.mid(0, 7) == QList<QDate>{QDate(2025, 4, 14), QDate(2025, 4, 15), QDate(2025, 4, 16), QDate(2025, 4, 17),
                                          QDate(2025, 4, 22), QDate(2025, 4, 23), QDate(2025, 4, 24)});
    CHECK(dates.contains(QDate(2025, 5, 14)));
    CHECK(dates.last() == QDate(2025, 6, 12));
    for (const QDate& d : skipped)
        CHECK_FALSE(dates.contains(d));
    for (const Session& s : got.sessions) {
        CHECK(s.date.dayOfWeek() <= 4);
        CHECK(s.ref.isEmpty());
        CHECK(s.cohortRef == QStringLiteral("C1"));
        CHECK(s.seriesRef == QStringLiteral("SR-000001"));
        CHECK(s.module == Module::Fle);
        CHECK(s.start == QTime(9, 0));
        CHECK(s.end == QTime(12, 30));
        CHECK(s.trainerRef == QStringLiteral("F1"));
        CHECK(s.roomRef == QStringLiteral("LIL-1"));
        CHECK(s.title == QStringLiteral("Français"));
        CHECK(s.status == SessionStatus::Planned);
    }
}

TEST_CASE("the Easter-based holidays of other years are skipped on their own dates", "[timetable][series]")
{
    Series mondays = mondayToThursday(QDate(2024, 3, 25), QDate(2024, 4, 8));
    mondays.weekdays = {1};
    SeriesOccurrences y2024 = SessionSeries::expand(mondays, {}, {});
    CHECK(datesOf(y2024.sessions) == QList<QDate>{QDate(2024, 3, 25), QDate(2024, 4, 8)});
    CHECK(datesOf(y2024.skipped) == QList<QDate>{QDate(2024, 4, 1)}); // Easter Monday 2024

    mondays.firstDate = QDate(2026, 4, 6);
    mondays.lastDate = QDate(2026, 5, 25);
    const SeriesOccurrences y2026 = SessionSeries::expand(mondays, {}, {});
    CHECK(datesOf(y2026.skipped) == QList<QDate>{QDate(2026, 4, 6), QDate(2026, 5, 25)}); // Easter, Whit Monday
    CHECK(datesOf(y2026.sessions) == QList<QDate>{QDate(2026, 4, 13), QDate(2026, 4, 20), QDate(2026, 4, 27),
                                                  QDate(2026, 5, 4), QDate(2026, 5, 11), QDate(2026, 5, 18)});

    Series thursdays = mondays;
    thursdays.weekdays = {4};
    thursdays.firstDate = QDate(2026, 5, 7);
    thursdays.lastDate = QDate(2026, 5, 21);
    const SeriesOccurrences ascension = SessionSeries::expand(thursdays, {}, {});
    CHECK(datesOf(ascension.sessions) == QList<QDate>{QDate(2026, 5, 7), QDate(2026, 5, 21)});
    REQUIRE(ascension.skipped.size() == 1);
    CHECK(ascension.skipped[0].date == QDate(2026, 5, 14));
    CHECK(ascension.skipped[0].reasonText() == QStringLiteral("Ascension Day"));
}

TEST_CASE("a day that is both a holiday and a closure is skipped once, as the holiday", "[timetable][series]")
{
    const QList<OfficeClosure> bridge = {
        closure(QStringLiteral("LIL"), QDate(2025, 5, 1), QDate(2025, 5, 2), QStringLiteral("Pont du 1er mai"))};
    const auto labour = SessionSeries::closedOn(QDate(2025, 5, 1), bridge, QStringLiteral("LIL"));
    REQUIRE(labour);
    CHECK(labour->reason == SkippedDate::Reason::PublicHoliday);
    const auto friday = SessionSeries::closedOn(QDate(2025, 5, 2), bridge, QStringLiteral("LIL"));
    REQUIRE(friday);
    CHECK(friday->reason == SkippedDate::Reason::OfficeClosure);
    CHECK(friday->closureLabel == QStringLiteral("Pont du 1er mai"));
    CHECK_FALSE(SessionSeries::closedOn(QDate(2025, 5, 2), bridge, QStringLiteral("RBX")));
    CHECK_FALSE(SessionSeries::closedOn(QDate(2025, 5, 5), bridge, QStringLiteral("LIL")));
    // A cohort with no site is closed only by closures of every site.
    CHECK_FALSE(SessionSeries::closedOn(QDate(2025, 5, 2), bridge, {}));
}

TEST_CASE("a rule that makes no sense makes no session", "[timetable][series]")
{
    Series noDay = mondayToThursday(QDate(2025, 4, 14), QDate(2025, 4, 18));
    noDay.weekdays.clear();
    CHECK(SessionSeries::expand(noDay, {}, {}).sessions.isEmpty());
    Series reversed = mondayToThursday(QDate(2025, 4, 18), QDate(2025, 4, 14));
    CHECK(SessionSeries::expand(reversed, {}, {}).sessions.isEmpty());
    Series backwards = mondayToThursday(QDate(2025, 4, 14), QDate(2025, 4, 18));
    backwards.end = QTime(8, 0);
    CHECK(SessionSeries::expand(backwards, {}, {}).sessions.isEmpty());
    CHECK_FALSE(backwards.validate().isEmpty());
}

TEST_CASE("weeks 1 to 12 of a cohort run from its start to the Sunday of its twelfth week", "[timetable][series]")
{
    Cohort c;
    c.ref = QStringLiteral("C1");
    c.startDate = QDate(2025, 3, 5); // a Wednesday: week 1 is the week of Monday 3 March
    c.endDate = QDate(2025, 5, 28);
    const auto twelve = SessionSeries::cohortWeeks(c, 1, 12);
    REQUIRE(twelve);
    CHECK(twelve->first == QDate(2025, 3, 5));
    CHECK(twelve->second == QDate(2025, 5, 25)); // 3 March + 12 weeks - 1 day
    const auto last = SessionSeries::cohortWeeks(c, 13, 13);
    REQUIRE(last);
    CHECK(last->first == QDate(2025, 5, 26));
    CHECK(last->second == QDate(2025, 5, 28)); // cut at the cohort's end
    CHECK_FALSE(SessionSeries::cohortWeeks(c, 0, 3));
    CHECK_FALSE(SessionSeries::cohortWeeks(c, 4, 3));
    CHECK_FALSE(SessionSeries::cohortWeeks(c, 14, 15)); // after the cohort's end
}
