// SPDX-License-Identifier: GPL-3.0-or-later
// The Timetable page on a real file (TimetableUiFixture.h): a drag through the widget moves the
// session in the file and undo puts it back; a resize; conflicts drawn red and named; the
// context menu's actions; the week's targets in English and French; the week navigation.
#include "CatchQt.h"
#include "TimetableUiFixture.h"
#include "UiTestSupport.h"

#include "core/storage/SessionRepository.h"
#include "ui/pages/TimetablePage.h"
#include "ui/widgets/WeekGrid.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QTest>
#include <QUndoStack>

using namespace parcours;
using namespace parcours::ui;
using namespace parcours::test;

namespace {

const QDate kMonday(2025, 5, 19);
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);

/// The page on the office, showing C1's week of 19 May on a grid of one pixel a minute and
/// 100 pixels a day (see WeekGridTest).
struct OpenPage
{
    OpenPage()
    {
        page.setDocument(office.document.get());
        page.setConfirmer([](const QString&) { return true; });
        page.showWeek(TimetableView::Cohort, QStringLiteral("C1"), kMonday.addDays(2));
        page.grid()->resize(548, 684);
    }
    void drag(QPoint from, QPoint to)
    {
        WeekGrid* grid = page.grid();
        QTest::mousePress(grid, Qt::LeftButton, Qt::NoModifier, from);
        QMouseEvent move(QEvent::MouseMove, to, grid->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(grid, &move);
        QTest::mouseRelease(grid, Qt::LeftButton, Qt::NoModifier, to);
    }
    QStringList targetLines() const
    {
        QStringList lines;
        for (int i = 0; i < page.targetsList()->count(); ++i)
            lines << page.targetsList()->item(i)->text();
        return lines;
    }

    ScopedLanguage english{kEnglish};
    TimetableOffice office;
    TimetablePage page;
};

} // namespace

TEST_CASE("dragging a block moves the session in the file by the snapped amount; undo and redo",
          "[timetable][page]")
{
    OpenPage p;
    REQUIRE(p.page.monday() == kMonday);
    REQUIRE(p.page.grid()->blocks().size() == 2); // C1's two sessions
    // SE-000002, Tuesday 14:00-16:00: x 150-245, y 384-503. To Wednesday, 62 minutes later: 60.
    REQUIRE(p.page.grid()->blockRect(QStringLiteral("SE-000002")).contains(QPoint(200, 420)));
    p.drag(QPoint(200, 420), QPoint(300, 482));

    Session s = p.office.stored(2);
    CHECK(s.date == QDate(2025, 5, 21));
    CHECK(s.start == QTime(15, 0));
    CHECK(s.end == QTime(17, 0));
    CHECK(p.page.grid()->block(QStringLiteral("SE-000002"))->day == 2);

    QUndoStack* stack = p.office.document->undoStack();
    REQUIRE(stack->count() == 1);
    stack->undo();
    s = p.office.stored(2);
    CHECK(s.date == QDate(2025, 5, 20));
    CHECK(s.start == QTime(14, 0));
    CHECK(s.end == QTime(16, 0));
    CHECK(p.page.grid()->block(QStringLiteral("SE-000002"))->day == 1);

    stack->redo();
    s = p.office.stored(2);
    CHECK(s.date == QDate(2025, 5, 21));
    CHECK(s.start == QTime(15, 0));
}

TEST_CASE("dragging a block's bottom edge changes only the session's end in the file", "[timetable][page]")
{
    OpenPage p;
    // SE-000002 ends at 16:00: y 504; its last row is 503. 29 pixels down: 30 minutes.
    p.drag(QPoint(200, 502), QPoint(200, 531));
    const Session s = p.office.stored(2);
    CHECK(s.date == QDate(2025, 5, 20));
    CHECK(s.start == QTime(14, 0));
    CHECK(s.end == QTime(16, 30));
    p.office.document->undoStack()->undo();
    CHECK(p.office.stored(2).end == QTime(16, 0));
}

TEST_CASE("a trainer in two overlapping sessions is drawn red, the tooltip naming the other session",
          "[timetable][page]")
{
    OpenPage p;
    const WeekGrid::Block* fle = p.page.grid()->block(QStringLiteral("SE-000001"));
    const WeekGrid::Block* english = p.page.grid()->block(QStringLiteral("SE-000002"));
    REQUIRE(fle);
    REQUIRE(english);
    CHECK(fle->conflict);
    CHECK_FALSE(english->conflict);
    // The other session is C2's, 10:00-12:00, which this cohort's view does not show.
    CHECK(fle->toolTip.contains(QStringLiteral("SE-000003")));
    CHECK(fle->toolTip.contains(QStringLiteral("10:00")));
    CHECK(fle->toolTip.contains(QStringLiteral("C2")));
    CHECK_FALSE(english->toolTip.contains(QStringLiteral("SE-000003")));

    // The trainer's view shows both sessions of F1 red.
    p.page.showWeek(TimetableView::Trainer, QStringLiteral("F1"), kMonday);
    REQUIRE(p.page.grid()->blocks().size() == 2);
    for (const WeekGrid::Block& b : p.page.grid()->blocks())
        CHECK(b.conflict);
    CHECK(p.page.grid()->block(QStringLiteral("SE-000003"))->toolTip.contains(QStringLiteral("SE-000001")));

    // Moving C2's session to the afternoon ends the clash.
    p.drag(p.page.grid()->blockRect(QStringLiteral("SE-000003")).center(),
           p.page.grid()->blockRect(QStringLiteral("SE-000003")).center() + QPoint(0, 240));
    CHECK(p.office.stored(3).start == QTime(14, 0));
    for (const WeekGrid::Block& b : p.page.grid()->blocks())
        CHECK_FALSE(b.conflict);
}

TEST_CASE("the context menu's actions cancel, mark held and copy to next week, each undoable",
          "[timetable][page]")
{
    OpenPage p;
    QUndoStack* stack = p.office.document->undoStack();
    p.page.grid()->setSelectedRef(QStringLiteral("SE-000002"));
    REQUIRE(p.page.grid()->actions().contains(p.page.cancelAction()));
    REQUIRE(p.page.cancelAction()->isEnabled());

    p.page.cancelAction()->trigger();
    CHECK(p.office.stored(2).status == SessionStatus::Cancelled);
    CHECK_FALSE(p.page.cancelAction()->isEnabled());
    stack->undo();
    CHECK(p.office.stored(2).status == SessionStatus::Planned);

    p.page.heldAction()->trigger();
    CHECK(p.office.stored(2).status == SessionStatus::Held);
    stack->undo();
    CHECK(p.office.stored(2).status == SessionStatus::Planned);

    p.page.copyAction()->trigger();
    auto next = SessionRepository(p.office.db()).between(QDate(2025, 5, 26), QDate(2025, 6, 1));
    REQUIRE(next);
    REQUIRE(next->size() == 1);
    const Session copy = next->at(0);
    CHECK(copy.ref == QStringLiteral("SE-000004"));
    CHECK(copy.cohortRef == QStringLiteral("C1"));
    CHECK(copy.module == Module::English);
    CHECK(copy.date == QDate(2025, 5, 27));
    CHECK(copy.start == QTime(14, 0));
    CHECK(copy.end == QTime(16, 0));
    CHECK(copy.trainerRef == QStringLiteral("F2"));
    CHECK(copy.roomRef == QStringLiteral("LIL-1"));
    CHECK(copy.status == SessionStatus::Planned);
    stack->undo();
    next = SessionRepository(p.office.db()).between(QDate(2025, 5, 26), QDate(2025, 6, 1));
    REQUIRE(next);
    CHECK(next->isEmpty());
    CHECK(stack->canRedo()); // the copy, undone
}

TEST_CASE("marking past sessions held asks first and marks only the ended ones of the cohort",
          "[timetable][page]")
{
    OpenPage p;
    const FixedClock tuesdayNoon(QDateTime(QDate(2025, 5, 20), QTime(13, 0)));
    p.page.setClock(&tuesdayNoon);
    QString asked;
    bool answer = false;
    p.page.setConfirmer([&](const QString& q) {
        asked = q;
        return answer;
    });
    p.page.markPastAction()->trigger();
    CHECK(asked.contains(QStringLiteral("C1")));
    CHECK(p.office.stored(1).status == SessionStatus::Planned);

    answer = true;
    p.page.markPastAction()->trigger();
    CHECK(p.office.stored(1).status == SessionStatus::Held);
    CHECK(p.office.stored(2).status == SessionStatus::Planned); // Tuesday 14:00: not yet
    CHECK(p.office.stored(3).status == SessionStatus::Planned); // another cohort
    p.office.document->undoStack()->undo();
    CHECK(p.office.stored(1).status == SessionStatus::Planned);
}

TEST_CASE("the week's hours are shown against the targets, red when off", "[timetable][page]")
{
    OpenPage p;
    // C1 this week: FLE 3.5 h (target 12-15), English 2 h (2), soft skills none (2).
    const QStringList lines = p.targetLines();
    CHECK(lines.contains(QStringLiteral("FLE 3.5 h / 12-15 h")));
    CHECK(lines.contains(QStringLiteral("English 2 h / 2 h")));
    CHECK(lines.contains(QStringLiteral("Soft skills 0 h / 2 h")));
    const QColor red(0xb0, 0x00, 0x00);
    for (int i = 0; i < p.page.targetsList()->count(); ++i) {
        const QListWidgetItem* item = p.page.targetsList()->item(i);
        const bool off = item->text().startsWith(QStringLiteral("FLE"))
                      || item->text().startsWith(QStringLiteral("Soft"));
        CHECK((item->foreground().color() == red) == off);
    }
}

TEST_CASE("in French the hours have a decimal comma and the week its French title", "[timetable][page]")
{
    OpenPage p;
    ScopedLanguage french{QLocale(QLocale::French, QLocale::France)};
    p.page.reload();
    CHECK(p.targetLines().contains(QStringLiteral("FLE 3,5 h / 12-15 h")));
    CHECK(TimetablePage::weekTitle(kMonday, 5, QLocale()) == QStringLiteral("Semaine 21 · 19-23 mai 2025"));
}

TEST_CASE("previous and next week move the grid by seven days and title it in the locale",
          "[timetable][page]")
{
    OpenPage p;
    CHECK(p.page.weekLabel()->text() == QStringLiteral("Week 21 · 19-23 May 2025"));
    p.page.nextAction()->trigger();
    CHECK(p.page.monday() == QDate(2025, 5, 26));
    CHECK(p.page.grid()->blocks().isEmpty());
    CHECK(p.page.weekLabel()->text() == QStringLiteral("Week 22 · 26-30 May 2025"));
    p.page.previousAction()->trigger();
    p.page.previousAction()->trigger();
    CHECK(p.page.monday() == QDate(2025, 5, 12));
    p.page.nextAction()->trigger();
    CHECK(p.page.grid()->blocks().size() == 2);
    // A week across two months and one across two years.
    CHECK(TimetablePage::weekTitle(QDate(2025, 3, 31), 5, kEnglish)
          == QStringLiteral("Week 14 · 31 March-4 April 2025"));
    CHECK(TimetablePage::weekTitle(QDate(2025, 12, 29), 5, kEnglish)
          == QStringLiteral("Week 1 · 29 December 2025-2 January 2026"));
}

TEST_CASE("the trainer and room views list their records and show their sessions", "[timetable][page]")
{
    OpenPage p;
    p.page.viewBox()->setCurrentIndex(p.page.viewBox()->findData(int(TimetableView::Room)));
    QStringList rooms;
    for (int i = 0; i < p.page.subjectBox()->count(); ++i)
        rooms << p.page.subjectBox()->itemData(i).toString();
    CHECK(rooms == QStringList{QStringLiteral("LIL-1"), QStringLiteral("LIL-2")});
    // LIL-1 holds SE-000001 and SE-000002.
    CHECK(p.page.grid()->blocks().size() == 2);
    CHECK(p.page.grid()->block(QStringLiteral("SE-000002")));
}
