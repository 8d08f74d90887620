// SPDX-License-Identifier: GPL-3.0-or-later
// TimetableService on a real file: a series with its skipped days, edits of one occurrence, of
// the following ones and of the whole series, cancellations that keep the record, undo and redo,
// week views, the cohort check, and the exchange round trip with series present.
#include "CatchQt.h"
#include "TestDatabase.h"
#include "TimetableFixture.h"

#include "core/exchange/ExchangeExporter.h"
#include "core/exchange/ExchangeImporter.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/EditService.h"
#include "core/services/IndicatorService.h"
#include "core/services/TimetableService.h"
#include "core/storage/SeriesRepository.h"
#include "core/storage/SessionRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>

using namespace parcours;
using namespace parcours::test;

namespace {

/// The 28 dates of frenchSeries(), SE-000001 to SE-000028 (see TimetableFixture.h).
const QList<QDate> kDates = {
    QDate(2025, 4, 14), QDate(2025, 4, 15), QDate(2025, 4, 16), QDate(2025, 4, 17), // 1-4
    QDate(2025, 4, 22), QDate(2025, 4, 23), QDate(2025, 4, 24),                     // 5-7: Easter Monday
    QDate(2025, 4, 28), QDate(2025, 4, 29), QDate(2025, 4, 30),                     // 8-10: 1 May
    QDate(2025, 5, 5),  QDate(2025, 5, 6),  QDate(2025, 5, 7),                      // 11-13: 8 May
    QDate(2025, 5, 14), QDate(2025, 5, 15),                                         // 14-15: closed 12-13
    QDate(2025, 5, 19), QDate(2025, 5, 20), QDate(2025, 5, 21), QDate(2025, 5, 22), // 16-19
    QDate(2025, 5, 26), QDate(2025, 5, 27), QDate(2025, 5, 28),                     // 20-22: Ascension
    QDate(2025, 6, 3),  QDate(2025, 6, 4),  QDate(2025, 6, 5),                      // 23-25: closed 2 June
    QDate(2025, 6, 10), QDate(2025, 6, 11), QDate(2025, 6, 12),                     // 26-28: Whit Monday
};

Session stored(Database& db, int n)
{
    auto s = take(SessionRepository(db).find(sessionRef(n)));
    if (!s)
        throw std::runtime_error("no session " + sessionRef(n).toStdString());
    return *s;
}

Series storedSeries(Database& db, const QString& ref)
{
    auto s = take(SeriesRepository(db).find(ref));
    if (!s)
        throw std::runtime_error("no series " + ref.toStdString());
    return *s;
}

int sessionCount(Database& db)
{
    return int(take(SessionRepository(db).all()).size());
}

double plannedFle(Database& db)
{
    return take(IndicatorService(db).cohort(QStringLiteral("C1"))).hoursOf(Module::Fle).planned;
}

} // namespace

TEST_CASE("a series is made in one transaction, its sessions numbered in date order, its closed days listed",
          "[timetable][service]")
{
    TestDatabase t;
    seedOffice(t.db());
    ChangeNotifier notifier;
    QSignalSpy changed(&notifier, &ChangeNotifier::changed);
    TimetableService service(t.db(), &notifier);

    const TimetableChange made = take(service.createSeries(frenchSeries()));
    CHECK(changed.size() == 1);
    REQUIRE(made.seriesAfter.size() == 1);
    CHECK(made.seriesAfter[0].ref == QStringLiteral("SR-000001"));
    CHECK(made.before.isEmpty());
    REQUIRE(made.after.size() == 28);
    QList<QDate> skipped;
    for (const SkippedDate& s : made.skipped)
        skipped << s.date;
    CHECK(skipped == QList<QDate>{QDate(2025, 4, 21), QDate(2025, 5, 1), QDate(2025, 5, 8), QDate(2025, 5, 12),
                                  QDate(2025, 5, 13), QDate(2025, 5, 29), QDate(2025, 6, 2), QDate(2025, 6, 9)});
    CHECK(made.skipped[3].reasonText() == QStringLiteral("Office closed: Déménagement"));

    const QList<Session> inFile = take(SessionRepository(t.db()).ofCohort(QStringLiteral("C1")));
    REQUIRE(inFile.size() == 28);
    for (int i = 0; i < 28; ++i) {
        CHECK(inFile[i].ref == sessionRef(i + 1));
        CHECK(inFile[i].date == kDates[i]);
        CHECK(inFile[i].seriesRef == QStringLiteral("SR-000001"));
        CHECK(inFile[i].start == QTime(9, 0));
        CHECK(inFile[i].trainerRef == QStringLiteral("F1"));
        CHECK(inFile[i].status == SessionStatus::Planned);
    }
    CHECK(plannedFle(t.db()) == 28 * 3.5);

    // A second series goes on from the next refs: Tuesdays 15 April to 10 June, less 13 May.
    Series english = frenchSeries();
    english.module = Module::English;
    english.weekdays = {2};
    english.start = QTime(14, 0);
    english.end = QTime(16, 0);
    english.trainerRef = QStringLiteral("F2");
    english.firstDate = QDate(2025, 4, 15);
    english.lastDate = QDate(2025, 6, 10);
    const TimetableChange second = take(service.createSeries(english));
    REQUIRE(second.after.size() == 8);
    CHECK(second.after.first().ref == sessionRef(29));
    CHECK(second.after.last().ref == sessionRef(36));
    CHECK(second.seriesAfter[0].ref == QStringLiteral("SR-000002"));
    CHECK(second.skipped.size() == 1);
}

TEST_CASE("a series with no open day, a broken rule or an unknown ref writes nothing", "[timetable][service]")
{
    TestDatabase t;
    seedOffice(t.db());
    TimetableService service(t.db());

    Series easterOnly = frenchSeries();
    easterOnly.weekdays = {1};
    easterOnly.firstDate = QDate(2025, 4, 21);
    easterOnly.lastDate = QDate(2025, 4, 27);
    auto none = service.createSeries(easterOnly);
    REQUIRE(!none);
    CHECK(none.error().code == ErrorCode::Invalid);

    Series backwards = frenchSeries();
    backwards.end = QTime(8, 0);
    CHECK(service.createSeries(backwards).error().code == ErrorCode::Invalid);

    Series elsewhere = frenchSeries();
    elsewhere.cohortRef = QStringLiteral("C9");
    CHECK(service.createSeries(elsewhere).error().code == ErrorCode::NotFound);

    Series stranger = frenchSeries();
    stranger.trainerRef = QStringLiteral("F9");
    CHECK(service.createSeries(stranger).error().code == ErrorCode::NotFound);

    CHECK(sessionCount(t.db()) == 0);
    CHECK(take(SeriesRepository(t.db()).all()).isEmpty());
}

TEST_CASE("editing one occurrence changes only it, and it stays in its series", "[timetable][service]")
{
    TestDatabase t;
    seedOffice(t.db());
    TimetableService service(t.db());
    REQUIRE(service.createSeries(frenchSeries()));

    Session third = stored(t.db(), 3);
    third.roomRef = QStringLiteral("LIL-2");
    third.date = QDate(2025, 4, 18); // moved to the Friday
    const TimetableChange change = take(service.edit(third, EditScope::Occurrence));
    REQUIRE(change.before.size() == 1);
    CHECK(change.before[0].roomRef == QStringLiteral("LIL-1"));
    CHECK(change.seriesBefore.isEmpty());

    CHECK(stored(t.db(), 3).roomRef == QStringLiteral("LIL-2"));
    CHECK(stored(t.db(), 3).date == QDate(2025, 4, 18));
    CHECK(stored(t.db(), 3).seriesRef == QStringLiteral("SR-000001"));
    CHECK(stored(t.db(), 4).roomRef == QStringLiteral("LIL-1"));
    CHECK(storedSeries(t.db(), QStringLiteral("SR-000001")).roomRef == QStringLiteral("LIL-1"));

    SECTION("an occurrence moved to another cohort leaves its series")
    {
        Session moved = stored(t.db(), 4);
        moved.cohortRef = QStringLiteral("C2");
        REQUIRE(service.edit(moved, EditScope::Occurrence));
        CHECK(stored(t.db(), 4).seriesRef.isEmpty());
        moved = stored(t.db(), 5);
        moved.cohortRef = QStringLiteral("C2");
        CHECK(service.edit(moved, EditScope::Series).error().code == ErrorCode::Usage);
    }
    SECTION("an edit that breaks a rule is refused and changes nothing")
    {
        Session broken = stored(t.db(), 6);
        broken.end = QTime(8, 0);
        CHECK(service.edit(broken, EditScope::Series).error().code == ErrorCode::Invalid);
        CHECK(stored(t.db(), 6).end == QTime(12, 30));
    }
}

TEST_CASE("editing this and the following occurrences splits the series there, and undo joins it again",
          "[timetable][service]")
{
    TestDatabase t;
    seedOffice(t.db());
    TimetableService service(t.db());
    REQUIRE(service.createSeries(frenchSeries()));
    // An exception after the split point: its room stays its own.
    Session twentieth = stored(t.db(), 20);
    twentieth.roomRef = QStringLiteral("LIL-2");
    REQUIRE(service.edit(twentieth, EditScope::Occurrence));

    Session sixteenth = stored(t.db(), 16); // Monday 19 May
    sixteenth.start = QTime(9, 30);
    sixteenth.end = QTime(13, 0);
    const TimetableChange change = take(service.edit(sixteenth, EditScope::Following));
    CHECK(change.before.size() == 13); // SE-000016 to SE-000028

    for (int n = 1; n <= 15; ++n) {
        CHECK(stored(t.db(), n).start == QTime(9, 0));
        CHECK(stored(t.db(), n).seriesRef == QStringLiteral("SR-000001"));
    }
    for (int n = 16; n <= 28; ++n) {
        CHECK(stored(t.db(), n).start == QTime(9, 30));
        CHECK(stored(t.db(), n).end == QTime(13, 0));
        CHECK(stored(t.db(), n).date == kDates[n - 1]);
        CHECK(stored(t.db(), n).seriesRef == QStringLiteral("SR-000002"));
    }
    CHECK(stored(t.db(), 20).roomRef == QStringLiteral("LIL-2"));
    CHECK(stored(t.db(), 21).roomRef == QStringLiteral("LIL-1"));
    const Series earlier = storedSeries(t.db(), QStringLiteral("SR-000001"));
    CHECK(earlier.lastDate == QDate(2025, 5, 18));
    CHECK(earlier.start == QTime(9, 0));
    const Series later = storedSeries(t.db(), QStringLiteral("SR-000002"));
    CHECK(later.firstDate == QDate(2025, 5, 19));
    CHECK(later.lastDate == QDate(2025, 6, 12));
    CHECK(later.start == QTime(9, 30));
    CHECK(later.end == QTime(13, 0));
    CHECK(later.weekdays == QList<int>{1, 2, 3, 4});

    // "The whole series" of a later occurrence now means the later part only.
    Session last = stored(t.db(), 28);
    last.trainerRef = QStringLiteral("F3");
    REQUIRE(service.edit(last, EditScope::Series));
    CHECK(stored(t.db(), 16).trainerRef == QStringLiteral("F3"));
    CHECK(stored(t.db(), 15).trainerRef == QStringLiteral("F1"));
    REQUIRE(service.undo(take(service.edit(stored(t.db(), 28), EditScope::Series)))); // a no-op change undone
    last.trainerRef = QStringLiteral("F1");
    REQUIRE(service.edit(last, EditScope::Series));

    REQUIRE(service.undo(change));
    CHECK_FALSE(take(SeriesRepository(t.db()).find(QStringLiteral("SR-000002"))));
    CHECK(storedSeries(t.db(), QStringLiteral("SR-000001")).lastDate == QDate(2025, 6, 12));
    for (int n = 16; n <= 28; ++n) {
        CHECK(stored(t.db(), n).start == QTime(9, 0));
        CHECK(stored(t.db(), n).seriesRef == QStringLiteral("SR-000001"));
    }
    CHECK(stored(t.db(), 20).roomRef == QStringLiteral("LIL-2"));

    REQUIRE(service.redo(change));
    CHECK(stored(t.db(), 16).start == QTime(9, 30));
    CHECK(stored(t.db(), 28).seriesRef == QStringLiteral("SR-000002"));
    CHECK(storedSeries(t.db(), QStringLiteral("SR-000001")).lastDate == QDate(2025, 5, 18));
}

TEST_CASE("editing the whole series changes every occurrence and its rule; a move by a day moves its weekdays",
          "[timetable][service]")
{
    TestDatabase t;
    seedOffice(t.db());
    TimetableService service(t.db());
    REQUIRE(service.createSeries(frenchSeries()));
    const TimetableChange alone = take(service.createSessions({[] {
        Session s;
        s.cohortRef = QStringLiteral("C2");
        s.date = QDate(2025, 4, 14);
        s.start = QTime(14, 0);
        s.end = QTime(15, 0);
        s.trainerRef = QStringLiteral("F1");
        return s;
    }()}));
    REQUIRE(alone.after.size() == 1);
    CHECK(alone.after[0].ref == sessionRef(29));

    Session fifth = stored(t.db(), 5);
    fifth.trainerRef = QStringLiteral("F3");
    fifth.title = QStringLiteral("Français oral");
    const TimetableChange change = take(service.edit(fifth, EditScope::Series));
    CHECK(change.before.size() == 28);
    for (int n = 1; n <= 28; ++n) {
        CHECK(stored(t.db(), n).trainerRef == QStringLiteral("F3"));
        CHECK(stored(t.db(), n).title == QStringLiteral("Français oral"));
    }
    CHECK(storedSeries(t.db(), QStringLiteral("SR-000001")).trainerRef == QStringLiteral("F3"));
    CHECK(stored(t.db(), 29).trainerRef == QStringLiteral("F1")); // not in the series

    Session first = stored(t.db(), 1);
    first.date = QDate(2025, 4, 15); // Monday to Tuesday
    REQUIRE(service.edit(first, EditScope::Series));
    for (int n = 1; n <= 28; ++n)
        CHECK(stored(t.db(), n).date == kDates[n - 1].addDays(1));
    const Series moved = storedSeries(t.db(), QStringLiteral("SR-000001"));
    CHECK(moved.weekdays == QList<int>{2, 3, 4, 5});
    CHECK(moved.firstDate == QDate(2025, 4, 15));
    CHECK(moved.lastDate == QDate(2025, 6, 13));

    // A session of its own is edited alone, whatever the scope.
    Session own = stored(t.db(), 29);
    own.end = QTime(16, 0);
    const TimetableChange ownChange = take(service.edit(own, EditScope::Series));
    CHECK(ownChange.after.size() == 1);
    CHECK(stored(t.db(), 29).end == QTime(16, 0));
}

TEST_CASE("a cancelled session keeps its record and counts in no hours; held ones are not cancelled with "
          "the following",
          "[timetable][service]")
{
    TestDatabase t;
    seedOffice(t.db());
    TimetableService service(t.db());
    REQUIRE(service.createSeries(frenchSeries()));
    CHECK(plannedFle(t.db()) == 98.0);

    REQUIRE(service.cancel(sessionRef(1), EditScope::Occurrence));
    CHECK(stored(t.db(), 1).status == SessionStatus::Cancelled);
    CHECK(sessionCount(t.db()) == 28);
    CHECK(plannedFle(t.db()) == 94.5);
    // The week of 14 April has 3 x 3.5 = 10.5 h of FLE left, below 12.
    const WeekView week = take(service.week(TimetableView::Cohort, QStringLiteral("C1"), QDate(2025, 4, 16)));
    REQUIRE(week.targets.size() == 1);
    CHECK(week.targets[0].hours(Module::Fle) == 10.5);
    CHECK(week.targets[0].isOff(Module::Fle));
    CHECK(week.sessions.size() == 4); // the cancelled one is still shown

    REQUIRE(service.setStatus(sessionRef(27), SessionStatus::Held, EditScope::Occurrence));
    const TimetableChange cancelled = take(service.cancel(sessionRef(26), EditScope::Following));
    CHECK(cancelled.seriesBefore.isEmpty()); // a status is not a rule: no split
    CHECK(stored(t.db(), 25).status == SessionStatus::Planned);
    CHECK(stored(t.db(), 26).status == SessionStatus::Cancelled);
    CHECK(stored(t.db(), 27).status == SessionStatus::Held);
    CHECK(stored(t.db(), 28).status == SessionStatus::Cancelled);
    CHECK(take(SeriesRepository(t.db()).all()).size() == 1);
    CHECK(plannedFle(t.db()) == 98.0 - 3 * 3.5);

    const IcsCalendar calendar = take(service.calendarOfCohort(QStringLiteral("C1")));
    REQUIRE(calendar.events.size() == 28);
    CHECK(calendar.events[0].cancelled);
    CHECK_FALSE(calendar.events[1].cancelled);
    CHECK(calendar.events[0].uid == QStringLiteral("SE-000001@parcours"));
    CHECK(calendar.name == QStringLiteral("Cohorte C1"));

    REQUIRE(service.undo(cancelled));
    CHECK(stored(t.db(), 26).status == SessionStatus::Planned);
    CHECK(stored(t.db(), 27).status == SessionStatus::Held);
}

TEST_CASE("undoing a new series removes its sessions and redoing brings the same ones back", "[timetable][service]")
{
    TestDatabase t;
    seedOffice(t.db());
    TimetableService service(t.db());
    const TimetableChange made = take(service.createSeries(frenchSeries()));
    REQUIRE(service.undo(made));
    CHECK(sessionCount(t.db()) == 0);
    CHECK(take(SeriesRepository(t.db()).all()).isEmpty());
    REQUIRE(service.redo(made));
    CHECK(sessionCount(t.db()) == 28);
    CHECK(stored(t.db(), 28).date == QDate(2025, 6, 12));
    CHECK(stored(t.db(), 28).seriesRef == QStringLiteral("SR-000001"));
}

TEST_CASE("past planned sessions are marked held once they have ended", "[timetable][service]")
{
    TestDatabase t;
    seedOffice(t.db());
    TimetableService service(t.db());
    REQUIRE(service.createSeries(frenchSeries()));
    const FixedClock noon(QDateTime(QDate(2025, 4, 16), QTime(12, 0)));
    const TimetableChange change = take(service.markPastHeld(QStringLiteral("C1"), noon));
    CHECK(change.after.size() == 2);
    CHECK(stored(t.db(), 1).status == SessionStatus::Held);
    CHECK(stored(t.db(), 2).status == SessionStatus::Held);
    CHECK(stored(t.db(), 3).status == SessionStatus::Planned); // ends at 12:30
    const FixedClock later(QDateTime(QDate(2025, 4, 16), QTime(12, 30)));
    CHECK(take(service.markPastHeld({}, later)).after.size() == 1);
    CHECK(stored(t.db(), 3).status == SessionStatus::Held);
    REQUIRE(service.undo(change));
    CHECK(stored(t.db(), 1).status == SessionStatus::Planned);
}

TEST_CASE("a week view holds the week's sessions, their conflicts with other cohorts and the targets",
          "[timetable][service]")
{
    TestDatabase t;
    seedOffice(t.db());
    TimetableService service(t.db());
    REQUIRE(service.createSeries(frenchSeries()));
    Session clash;
    clash.cohortRef = QStringLiteral("C2");
    clash.date = QDate(2025, 4, 15);
    clash.start = QTime(11, 0);
    clash.end = QTime(12, 0);
    clash.trainerRef = QStringLiteral("F1");
    REQUIRE(service.createSessions({clash}));

    const WeekView c1 = take(service.week(TimetableView::Cohort, QStringLiteral("C1"), QDate(2025, 4, 17)));
    CHECK(c1.monday == QDate(2025, 4, 14));
    CHECK(c1.sessions.size() == 4);
    REQUIRE(c1.conflicts.size() == 1);
    CHECK(c1.conflicts[0].kind == Conflict::Kind::TrainerClash);
    CHECK(c1.conflicts[0].sessionRef == sessionRef(2));
    CHECK(c1.conflicts[0].otherRef == sessionRef(29));
    CHECK(c1.conflictsOf(sessionRef(2)).size() == 1);
    CHECK(c1.conflictsOf(sessionRef(1)).isEmpty());
    CHECK(ConflictFinder::describe(c1.conflicts[0], c1.input, QLocale(QLocale::English, QLocale::UnitedKingdom))
              .contains(QStringLiteral("(SE-000029)")));
    REQUIRE(c1.cohorts.size() == 1);
    CHECK(c1.targets[0].hours(Module::Fle) == 14.0);
    CHECK_FALSE(c1.targets[0].isOff(Module::Fle));
    CHECK(c1.targets[0].isOff(Module::English));
    CHECK_FALSE(c1.usesWeekend());

    const WeekView f1 = take(service.week(TimetableView::Trainer, QStringLiteral("F1"), QDate(2025, 4, 14)));
    CHECK(f1.sessions.size() == 5);
    CHECK(f1.cohorts.size() == 2);
    CHECK(f1.targets.size() == 2);
    const WeekView room = take(service.week(TimetableView::Room, QStringLiteral("LIL-2"), QDate(2025, 4, 14)));
    CHECK(room.sessions.isEmpty());
    CHECK(service.week(TimetableView::Room, QStringLiteral("LIL-9"), QDate(2025, 4, 14)).error().code
          == ErrorCode::NotFound);

    // An empty week of a cohort still shows its targets.
    const WeekView empty = take(service.week(TimetableView::Cohort, QStringLiteral("C2"), QDate(2025, 5, 5)));
    CHECK(empty.sessions.isEmpty());
    REQUIRE(empty.targets.size() == 1);
    CHECK(empty.targets[0].isOff(Module::Fle));

    const CohortCheck check = take(service.check(QStringLiteral("C1")));
    CHECK(check.conflicts.size() == 1);
    CHECK(check.weeks.size() == 9);
    CHECK(check.weeksOffTarget().size() == 9); // no English, no soft skills
    CHECK_FALSE(check.isClean());
    CHECK(service.check(QStringLiteral("C9")).error().code == ErrorCode::NotFound);
}

TEST_CASE("series stay out of the exchange: a folder exported, imported elsewhere and exported again is the "
          "same, and importing it over keeps the series",
          "[timetable][service]")
{
    TestDatabase t;
    seedOffice(t.db());
    TimetableService service(t.db());
    REQUIRE(service.createSeries(frenchSeries()));
    QTemporaryDir dirs;
    const QString first = QDir(dirs.path()).filePath(QStringLiteral("a"));
    const QString second = QDir(dirs.path()).filePath(QStringLiteral("b"));
    REQUIRE(ExchangeExporter(t.db()).exportDir(first));

    TestDatabase other;
    REQUIRE(ExchangeImporter(other.db()).importDir(first));
    CHECK(stored(other.db(), 1).seriesRef.isEmpty());
    REQUIRE(ExchangeExporter(other.db()).exportDir(second));
    QDirIterator files(first, QDir::Files);
    int compared = 0;
    while (files.hasNext()) {
        const QString name = QFileInfo(files.next()).fileName();
        INFO(name.toStdString());
        CHECK(readBytes(QDir(first).filePath(name)) == readBytes(QDir(second).filePath(name)));
        ++compared;
    }
    CHECK(compared >= 12);

    REQUIRE(ExchangeImporter(t.db()).importDir(first));
    CHECK(stored(t.db(), 1).seriesRef == QStringLiteral("SR-000001"));
    CHECK(take(SessionRepository(t.db()).ofSeries(QStringLiteral("SR-000001"))).size() == 28);
}

TEST_CASE("removing a cohort or a trainer with series and undoing it puts the series and their links back",
          "[timetable][service]")
{
    TestDatabase t;
    seedOffice(t.db());
    TimetableService service(t.db());
    REQUIRE(service.createSeries(frenchSeries()));
    EditService edits(t.db());

    SECTION("a cohort takes its series with it")
    {
        const Removal removal = take(edits.remove(EntityKind::Cohort, QStringLiteral("C1")));
        CHECK(removal.series.size() == 1);
        CHECK(take(SeriesRepository(t.db()).all()).isEmpty());
        REQUIRE(edits.restore(removal));
        CHECK(storedSeries(t.db(), QStringLiteral("SR-000001")).lastDate == QDate(2025, 6, 12));
        CHECK(stored(t.db(), 28).seriesRef == QStringLiteral("SR-000001"));
    }
    SECTION("a trainer's series lose their trainer, and get it back")
    {
        const Removal removal = take(edits.remove(EntityKind::Trainer, QStringLiteral("F1")));
        CHECK(removal.unlinkedSeries.size() == 1);
        CHECK(storedSeries(t.db(), QStringLiteral("SR-000001")).trainerRef.isEmpty());
        REQUIRE(edits.restore(removal));
        CHECK(storedSeries(t.db(), QStringLiteral("SR-000001")).trainerRef == QStringLiteral("F1"));
        CHECK(stored(t.db(), 1).trainerRef == QStringLiteral("F1"));
    }
    SECTION("a site's rooms go, and the series get their room back")
    {
        const Removal removal = take(edits.remove(EntityKind::Site, QStringLiteral("LIL")));
        CHECK(removal.unlinkedSeries.size() == 1);
        REQUIRE(edits.restore(removal));
        CHECK(storedSeries(t.db(), QStringLiteral("SR-000001")).roomRef == QStringLiteral("LIL-1"));
    }
}
