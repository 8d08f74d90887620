// SPDX-License-Identifier: GPL-3.0-or-later
// The week grid's geometry worked out by hand, and its drags and keys on a week made by hand:
// the grid says what the person asked for, in 15-minute steps, and writes nothing itself.
#include "CatchQt.h"

#include "ui/widgets/WeekGeometry.h"
#include "ui/widgets/WeekGrid.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

using namespace parcours;
using namespace parcours::ui;

namespace {

// 548 x 684: a 48-pixel column of hours, then 5 days of 100 pixels; a 24-pixel row of days,
// then 660 pixels for the 660 minutes from 08:00 to 19:00 (one pixel a minute).
const QSize kOnePixelAMinute(548, 684);

WeekView oneSessionWeek()
{
    WeekView week;
    week.monday = QDate(2025, 5, 19);
    Session s;
    s.ref = QStringLiteral("SE-000009");
    s.cohortRef = QStringLiteral("C1");
    s.module = Module::Fle;
    s.date = QDate(2025, 5, 19);
    s.start = QTime(9, 0);
    s.end = QTime(12, 0);
    week.sessions << s;
    return week;
}

void moveMouse(QWidget* w, QPoint pos)
{
    QMouseEvent move(QEvent::MouseMove, pos, w->mapToGlobal(pos), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(w, &move);
}

} // namespace

TEST_CASE("week geometry turns times into rows and days into columns, by hand", "[timetable][grid]")
{
    const WeekGeometry g(kOnePixelAMinute, 5);
    CHECK(g.pixelsPerMinute() == 1.0);
    CHECK(g.dayWidth() == 100.0);
    CHECK(g.yOf(QTime(8, 0)) == 24);
    CHECK(g.yOf(QTime(9, 30)) == 114);
    CHECK(g.yOf(QTime(19, 0)) == 684);
    CHECK(g.yOf(QTime(7, 0)) == 24); // before the first hour: on the top line
    CHECK(g.minutesAt(114) == 9 * 60 + 30);
    CHECK(g.xOfDay(0) == 48);
    CHECK(g.xOfDay(2) == 248);
    CHECK(g.dayAt(47) == -1);
    CHECK(g.dayAt(48) == 0);
    CHECK(g.dayAt(247) == 1);
    CHECK(g.dayAt(248) == 2);
    CHECK(g.dayAt(548) == -1);
    // Tuesday 09:00-12:00: x 148+2 to 248-2, y 84 to 204.
    CHECK(g.blockRect(1, QTime(9, 0), QTime(12, 0)) == QRect(QPoint(150, 84), QPoint(245, 263)));

    // Twice as tall and a Saturday: two pixels a minute, still 100 pixels a day.
    const WeekGeometry tall(QSize(648, 1344), 6);
    CHECK(tall.pixelsPerMinute() == 2.0);
    CHECK(tall.dayWidth() == 100.0);
    CHECK(tall.yOf(QTime(8, 15)) == 54);
    CHECK(tall.dayAt(647) == 5);
}

TEST_CASE("week geometry snaps moves to the nearest quarter of an hour", "[timetable][grid]")
{
    CHECK(WeekGeometry::snap(0) == 0);
    CHECK(WeekGeometry::snap(7) == 0);
    CHECK(WeekGeometry::snap(8) == 15);
    CHECK(WeekGeometry::snap(22) == 15);
    CHECK(WeekGeometry::snap(23) == 30);
    CHECK(WeekGeometry::snap(-8) == -15);
    CHECK(WeekGeometry::snap(-7) == 0);
    const WeekGeometry tall(QSize(648, 1344), 6);
    CHECK(tall.snappedMinutes(14) == 0);  // 7 minutes
    CHECK(tall.snappedMinutes(16) == 15); // 8 minutes
    CHECK(tall.snappedMinutes(-60) == -30);
}

TEST_CASE("dragging a block asks for the session a day later and 45 minutes later, snapped",
          "[timetable][grid]")
{
    WeekGrid grid;
    grid.resize(kOnePixelAMinute);
    grid.setWeek(oneSessionWeek());
    REQUIRE(grid.blockRect(QStringLiteral("SE-000009")) == QRect(QPoint(50, 84), QPoint(145, 263)));
    QSignalSpy edited(&grid, &WeekGrid::sessionEdited);

    const QPoint from(100, 150);
    const QPoint to = from + QPoint(100, 47); // next day, 47 minutes: 45 once snapped
    QTest::mousePress(&grid, Qt::LeftButton, Qt::NoModifier, from);
    CHECK(grid.selectedRef() == QStringLiteral("SE-000009"));
    moveMouse(&grid, to);
    QTest::mouseRelease(&grid, Qt::LeftButton, Qt::NoModifier, to);

    REQUIRE(edited.size() == 1);
    const auto s = edited[0][0].value<Session>();
    CHECK(s.ref == QStringLiteral("SE-000009"));
    CHECK(s.date == QDate(2025, 5, 20));
    CHECK(s.start == QTime(9, 45));
    CHECK(s.end == QTime(12, 45));
}

TEST_CASE("dragging a block's bottom edge asks for a later end only; its top edge, an earlier start",
          "[timetable][grid]")
{
    WeekGrid grid;
    grid.resize(kOnePixelAMinute);
    grid.setWeek(oneSessionWeek());
    QSignalSpy edited(&grid, &WeekGrid::sessionEdited);

    const QPoint bottom(100, 262); // the block's last row
    QTest::mousePress(&grid, Qt::LeftButton, Qt::NoModifier, bottom);
    moveMouse(&grid, bottom + QPoint(0, 31));
    QTest::mouseRelease(&grid, Qt::LeftButton, Qt::NoModifier, bottom + QPoint(0, 31));
    REQUIRE(edited.size() == 1);
    auto s = edited[0][0].value<Session>();
    CHECK(s.date == QDate(2025, 5, 19));
    CHECK(s.start == QTime(9, 0));
    CHECK(s.end == QTime(12, 30));

    const QPoint top(100, 85);
    QTest::mousePress(&grid, Qt::LeftButton, Qt::NoModifier, top);
    moveMouse(&grid, top + QPoint(0, -16));
    QTest::mouseRelease(&grid, Qt::LeftButton, Qt::NoModifier, top + QPoint(0, -16));
    REQUIRE(edited.size() == 2);
    s = edited[1][0].value<Session>();
    CHECK(s.start == QTime(8, 45));
    CHECK(s.end == QTime(12, 0));
}

TEST_CASE("a click without a move, or a move of less than half a step, asks for nothing", "[timetable][grid]")
{
    WeekGrid grid;
    grid.resize(kOnePixelAMinute);
    grid.setWeek(oneSessionWeek());
    QSignalSpy edited(&grid, &WeekGrid::sessionEdited);
    QTest::mouseClick(&grid, Qt::LeftButton, Qt::NoModifier, QPoint(100, 150));
    QTest::mousePress(&grid, Qt::LeftButton, Qt::NoModifier, QPoint(100, 150));
    moveMouse(&grid, QPoint(110, 157));
    QTest::mouseRelease(&grid, Qt::LeftButton, Qt::NoModifier, QPoint(110, 157));
    CHECK(edited.isEmpty());
    CHECK(grid.selectedRef() == QStringLiteral("SE-000009"));
    // A click on an empty cell clears the selection.
    QTest::mouseClick(&grid, Qt::LeftButton, Qt::NoModifier, QPoint(400, 500));
    CHECK(grid.selectedRef().isEmpty());
}

TEST_CASE("the arrow keys ask to move the selected block by 15 minutes or a day", "[timetable][grid]")
{
    WeekGrid grid;
    grid.resize(kOnePixelAMinute);
    grid.setWeek(oneSessionWeek());
    QSignalSpy edited(&grid, &WeekGrid::sessionEdited);
    QSignalSpy opened(&grid, &WeekGrid::openRequested);

    QTest::keyClick(&grid, Qt::Key_Down);
    CHECK(edited.isEmpty()); // nothing selected yet
    QTest::keyClick(&grid, Qt::Key_PageDown);
    REQUIRE(grid.selectedRef() == QStringLiteral("SE-000009"));
    QTest::keyClick(&grid, Qt::Key_Down);
    QTest::keyClick(&grid, Qt::Key_Right);
    QTest::keyClick(&grid, Qt::Key_Up, Qt::ShiftModifier);
    QTest::keyClick(&grid, Qt::Key_Return);
    REQUIRE(edited.size() == 3);
    auto s = edited[0][0].value<Session>();
    CHECK((s.date == QDate(2025, 5, 19) && s.start == QTime(9, 15) && s.end == QTime(12, 15)));
    s = edited[1][0].value<Session>();
    CHECK((s.date == QDate(2025, 5, 20) && s.start == QTime(9, 0) && s.end == QTime(12, 0)));
    s = edited[2][0].value<Session>();
    CHECK((s.date == QDate(2025, 5, 19) && s.start == QTime(9, 0) && s.end == QTime(11, 45)));
    REQUIRE(opened.size() == 1);
    CHECK(opened[0][0].toString() == QStringLiteral("SE-000009"));
}

TEST_CASE("a week with a Saturday session shows six days", "[timetable][grid]")
{
    WeekGrid grid;
    WeekView week = oneSessionWeek();
    CHECK((grid.setWeek(week), grid.dayCount() == 5));
    week.sessions[0].date = QDate(2025, 5, 24);
    grid.setWeek(week);
    CHECK(grid.dayCount() == 6);
}
