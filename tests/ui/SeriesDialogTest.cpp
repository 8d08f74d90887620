// SPDX-License-Identifier: GPL-3.0-or-later
// Series and closures from the Timetable page on a real file (TimetableUiFixture.h): the New
// series dialog checks as the person types and previews the sessions and the skipped days; the
// series is one undo step; the closures dialog; a drag or an edit inside a series and its scope.
#include "CatchQt.h"
#include "ModalDriver.h"
#include "TimetableUiFixture.h"
#include "UiTestSupport.h"

#include "core/storage/CohortRepository.h"
#include "core/storage/OfficeClosureRepository.h"
#include "core/storage/SeriesRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "ui/dialogs/ClosuresDialog.h"
#include "ui/dialogs/SeriesDialog.h"
#include "ui/dialogs/SessionDialog.h"
#include "ui/pages/TimetablePage.h"
#include "ui/widgets/WeekGrid.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

using namespace parcours;
using namespace parcours::ui;
using namespace parcours::test;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);

QList<Session> sessionsOf(Database& db, const QString& seriesRef)
{
    auto list = SessionRepository(db).ofSeries(seriesRef);
    REQUIRE(list);
    return *list;
}

int seriesCount(Database& db)
{
    auto all = SeriesRepository(db).all();
    REQUIRE(all);
    return int(all->size());
}

QStringList items(const QListWidget* list)
{
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    return lines;
}

bool okEnabled(const QDialogButtonBox* buttons)
{
    return buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

/// The page on the office, showing C1's week of 19 May on a grid of one pixel a minute and 100
/// pixels a day (see WeekGridTest).
struct SeriesPage
{
    SeriesPage()
    {
        page.setDocument(office.document.get());
        page.setInformer([this](const QString&, const QString& text) { informed << text; });
        page.showWeek(TimetableView::Cohort, QStringLiteral("C1"), QDate(2025, 5, 19));
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
    /// The block of the series' session on `date` in the grid.
    QString seriesBlockOn(const QDate& date) const
    {
        for (const WeekGrid::Block& b : page.grid()->blocks())
            if (b.session.date == date && !b.session.seriesRef.isEmpty())
                return b.session.ref;
        return {};
    }

    ScopedLanguage english{kEnglish};
    TimetableOffice office;
    TimetablePage page;
    QStringList informed;
};

/// The dialog on the office's cohorts, trainers and rooms, previewing through the service.
struct OpenDialog
{
    OpenDialog()
    {
        Database& db = office.db();
        auto cohorts = CohortRepository(db).all();
        auto trainers = TrainerRepository(db).all();
        auto rooms = SiteRepository(db).rooms();
        REQUIRE(cohorts);
        REQUIRE(trainers);
        REQUIRE(rooms);
        dialog = std::make_unique<SeriesDialog>(
            *cohorts, *trainers, *rooms, [&db](const Series& rule) { return TimetableService(db).preview(rule); },
            QStringLiteral("C1"));
    }
    ScopedLanguage english{kEnglish};
    TimetableOffice office;
    std::unique_ptr<SeriesDialog> dialog;
};

} // namespace

TEST_CASE("New series: the dialog previews 28 sessions and names the 8 days skipped; one undo step "
          "removes them all and redo brings the same ones back",
          "[timetable][series-dialog]")
{
    SeriesPage p;
    Database& db = p.office.db();
    REQUIRE(p.page.newSeriesAction()->isEnabled());
    QStringList shownSkipped;
    QString summary;
    ModalDriver<SeriesDialog> driver([&](SeriesDialog* d) {
        // C1 runs from Monday 14 April to Friday 13 June 2025: weeks 1 to 9.
        CHECK(d->cohortBox()->currentData().toString() == QStringLiteral("C1"));
        CHECK(d->byWeeksButton()->isChecked());
        CHECK(d->firstWeekBox()->value() == 1);
        CHECK(d->lastWeekBox()->value() == 9);
        CHECK(d->firstDateEdit()->date() == QDate(2025, 4, 14));
        CHECK(d->lastDateEdit()->date() == QDate(2025, 6, 13));
        for (int day = 1; day <= 6; ++day)
            CHECK(d->weekdayBox(day)->isChecked() == (day <= 4));
        d->startEdit()->setTime(QTime(9, 0));
        d->endEdit()->setTime(QTime(12, 30));
        d->trainerBox()->setCurrentIndex(d->trainerBox()->findData(QStringLiteral("F1")));
        d->roomBox()->setCurrentIndex(d->roomBox()->findData(QStringLiteral("LIL-1")));
        d->titleEdit()->insert(QStringLiteral("Français")); // keyClicks knows only ASCII
        summary = d->summaryLabel()->text();
        shownSkipped = items(d->skippedList());
        d->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    p.page.newSeriesAction()->trigger();
    REQUIRE(driver.seen());

    // 36 Mondays to Thursdays less Easter Monday, 1 and 8 May, Ascension, Whit Monday, the
    // Lille move (12-13 May) and the closure of every site on 2 June; Roubaix's 14 May is not Lille's.
    CHECK(summary == QStringLiteral("28 sessions, from 14/04/2025 to 12/06/2025. 8 days skipped:"));
    CHECK(shownSkipped == QStringList{
                              QStringLiteral("Monday 21 April 2025: Easter Monday"),
                              QStringLiteral("Thursday 1 May 2025: Labour Day"),
                              QStringLiteral("Thursday 8 May 2025: Victory in Europe Day"),
                              QStringLiteral("Monday 12 May 2025: Office closed: Déménagement"),
                              QStringLiteral("Tuesday 13 May 2025: Office closed: Déménagement"),
                              QStringLiteral("Thursday 29 May 2025: Ascension Day"),
                              QStringLiteral("Monday 2 June 2025: Office closed"),
                              QStringLiteral("Monday 9 June 2025: Whit Monday"),
                          });

    const QList<Session> made = sessionsOf(db, QStringLiteral("SR-000001"));
    REQUIRE(made.size() == 28);
    CHECK(made.first().ref == QStringLiteral("SE-000004"));
    CHECK(made.first().date == QDate(2025, 4, 14));
    CHECK(made.last().date == QDate(2025, 6, 12));
    for (const Session& s : made) {
        CHECK(s.cohortRef == QStringLiteral("C1"));
        CHECK(s.module == Module::Fle);
        CHECK(s.start == QTime(9, 0));
        CHECK(s.end == QTime(12, 30));
        CHECK(s.trainerRef == QStringLiteral("F1"));
        CHECK(s.roomRef == QStringLiteral("LIL-1"));
        CHECK(s.title == QStringLiteral("Français"));
    }
    // The person is told what was skipped, and the page shows the series' first week.
    REQUIRE(p.informed.size() == 1);
    CHECK(p.informed[0].startsWith(QStringLiteral("Series SR-000001: 28 sessions made.\n8 days skipped:\n")));
    CHECK(p.informed[0].contains(QStringLiteral("• Thursday 29 May 2025: Ascension Day")));
    CHECK(p.page.monday() == QDate(2025, 4, 14));
    CHECK(p.page.grid()->blocks().size() == 4);

    QUndoStack* stack = p.office.document->undoStack();
    REQUIRE(stack->count() == 1);
    CHECK(stack->undoText() == QStringLiteral("New series SR-000001"));
    stack->undo();
    CHECK(sessionsOf(db, QStringLiteral("SR-000001")).isEmpty());
    CHECK(seriesCount(db) == 0);
    auto all = SessionRepository(db).all();
    REQUIRE(all);
    CHECK(all->size() == 3); // the fixture's three
    CHECK(p.page.grid()->blocks().isEmpty());

    stack->redo();
    const QList<Session> again = sessionsOf(db, QStringLiteral("SR-000001"));
    REQUIRE(again.size() == 28);
    CHECK(again.first().ref == QStringLiteral("SE-000004"));
    CHECK(again.last().ref == QStringLiteral("SE-000031"));
    CHECK(seriesCount(db) == 1);
    CHECK(p.page.grid()->blocks().size() == 4);
}

TEST_CASE("New series: cancelling the dialog makes nothing", "[timetable][series-dialog]")
{
    SeriesPage p;
    ModalDriver<SeriesDialog> driver([](SeriesDialog* d) { d->reject(); });
    p.page.newSeriesAction()->trigger();
    REQUIRE(driver.seen());
    CHECK(seriesCount(p.office.db()) == 0);
    CHECK(p.office.document->undoStack()->count() == 0);
    CHECK(p.informed.isEmpty());
}

TEST_CASE("the series dialog checks the rule as the person types and keeps Create disabled while "
          "something is wrong",
          "[timetable][series-dialog]")
{
    OpenDialog o;
    SeriesDialog& d = *o.dialog;
    REQUIRE(d.problems().isEmpty());
    REQUIRE(okEnabled(d.buttons()));

    // No day ticked.
    for (int day = 1; day <= 4; ++day)
        d.weekdayBox(day)->setChecked(false);
    CHECK(d.problems() == QStringList{QStringLiteral("Tick at least one day of the week.")});
    CHECK_FALSE(okEnabled(d.buttons()));
    CHECK(d.problemLabel()->text() == QStringLiteral("Tick at least one day of the week."));
    CHECK(d.summaryLabel()->text().isEmpty());

    // Tuesdays only, from 15 April to 10 June: nine, less the Lille move on 13 May.
    d.weekdayBox(2)->setChecked(true);
    CHECK(okEnabled(d.buttons()));
    CHECK(d.summaryLabel()->text() == QStringLiteral("8 sessions, from 15/04/2025 to 10/06/2025. 1 day skipped:"));
    CHECK(items(d.skippedList()) == QStringList{QStringLiteral("Tuesday 13 May 2025: Office closed: Déménagement")});
    CHECK(d.series().weekdays == QList<int>{2});

    // An end before the start.
    d.endEdit()->setTime(QTime(8, 30));
    CHECK(d.problems() == QStringList{QStringLiteral("The sessions must end after they start.")});
    CHECK_FALSE(okEnabled(d.buttons()));
    d.endEdit()->setTime(QTime(12, 0));
    CHECK(okEnabled(d.buttons()));

    // Weeks the wrong way round.
    d.firstWeekBox()->setValue(3);
    d.lastWeekBox()->setValue(2);
    CHECK(d.problems() == QStringList{QStringLiteral("The last week must not come before the first.")});
    d.lastWeekBox()->setValue(3);
    CHECK(okEnabled(d.buttons()));
    // Week 3 of C1 is 28 April to 4 May: one Tuesday, 29 April.
    CHECK(d.series().firstDate == QDate(2025, 4, 28));
    CHECK(d.series().lastDate == QDate(2025, 5, 4));
    CHECK(d.summaryLabel()->text() == QStringLiteral("1 session, from 29/04/2025 to 29/04/2025. No day skipped."));

    // Dates: outside the cohort, the wrong way round, then a period with only closed days.
    d.byDatesButton()->click();
    REQUIRE(d.firstDateEdit()->isEnabled());
    CHECK_FALSE(d.firstWeekBox()->isEnabled());
    d.firstDateEdit()->setDate(QDate(2025, 4, 1));
    CHECK(d.problems()
          == QStringList{QStringLiteral("The dates must be inside the cohort's, from 14/04/2025 to 13/06/2025.")});
    d.firstDateEdit()->setDate(QDate(2025, 5, 20));
    d.lastDateEdit()->setDate(QDate(2025, 5, 19));
    CHECK(d.problems() == QStringList{QStringLiteral("The last date must not come before the first.")});
    d.firstDateEdit()->setDate(QDate(2025, 5, 12));
    d.lastDateEdit()->setDate(QDate(2025, 5, 13));
    CHECK(d.problems()
          == QStringList{QStringLiteral("Every day of this period is closed: the series would make no session.")});
    CHECK_FALSE(okEnabled(d.buttons()));
    d.lastDateEdit()->setDate(QDate(2025, 5, 20));
    CHECK(okEnabled(d.buttons()));
    const Series s = d.series();
    CHECK(s.cohortRef == QStringLiteral("C1"));
    CHECK(s.firstDate == QDate(2025, 5, 12));
    CHECK(s.lastDate == QDate(2025, 5, 20));
    CHECK(s.start == QTime(9, 0));
    CHECK(s.end == QTime(12, 0));
    CHECK(d.occurrences().sessions.size() == 1); // Tuesday 20 May
}

TEST_CASE("the closures dialog adds, checks and removes closures; each OK is one undo step and a new "
          "series skips the new days",
          "[timetable][closures]")
{
    SeriesPage p;
    Database& db = p.office.db();
    const auto stored = [&db] {
        auto all = OfficeClosureRepository(db).all();
        REQUIRE(all);
        return *all;
    };
    REQUIRE(stored().size() == 3);
    REQUIRE(p.page.closuresAction()->isEnabled());

    ModalDriver<ClosuresDialog> driver([](ClosuresDialog* d) {
        QTableWidget* t = d->table();
        REQUIRE(t->rowCount() == 3);
        CHECK(qobject_cast<QLineEdit*>(t->cellWidget(0, 3))->text() == QStringLiteral("Déménagement"));
        CHECK(qobject_cast<QComboBox*>(t->cellWidget(0, 2))->currentData().toString() == QStringLiteral("LIL"));
        CHECK(qobject_cast<QComboBox*>(t->cellWidget(2, 2))->currentText() == QStringLiteral("All sites"));
        d->addButton()->click();
        REQUIRE(t->rowCount() == 4);
        auto* from = qobject_cast<QDateEdit*>(t->cellWidget(3, 0));
        auto* to = qobject_cast<QDateEdit*>(t->cellWidget(3, 1));
        from->setDate(QDate(2025, 5, 27));
        to->setDate(QDate(2025, 5, 26));
        CHECK_FALSE(okEnabled(d->buttons()));
        CHECK(d->problemLabel()->text() == QStringLiteral("Line 4: the last day must not come before the first."));
        from->setDate(QDate(2025, 5, 26));
        to->setDate(QDate(2025, 5, 27));
        CHECK(okEnabled(d->buttons()));
        auto* site = qobject_cast<QComboBox*>(t->cellWidget(3, 2));
        site->setCurrentIndex(site->findData(QStringLiteral("LIL")));
        QTest::keyClicks(t->cellWidget(3, 3), QStringLiteral("Formation interne"));
        // Roubaix's closure goes.
        t->setCurrentCell(1, 3);
        d->removeButton()->click();
        CHECK(t->rowCount() == 3);
        d->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    p.page.closuresAction()->trigger();
    REQUIRE(driver.seen());

    QList<OfficeClosure> now = stored();
    REQUIRE(now.size() == 3);
    CHECK(now[0].label == QStringLiteral("Déménagement"));
    CHECK(now[1].fromDate == QDate(2025, 5, 26));
    CHECK(now[1].toDate == QDate(2025, 5, 27));
    CHECK(now[1].siteRef == QStringLiteral("LIL"));
    CHECK(now[1].label == QStringLiteral("Formation interne"));
    CHECK(now[2].fromDate == QDate(2025, 6, 2));
    CHECK(now[2].siteRef.isEmpty());

    // The French series now skips 26 and 27 May as well: 10 days, 26 sessions.
    auto preview = TimetableService(db).preview(frenchSeries());
    REQUIRE(preview);
    CHECK(preview->skipped.size() == 10);
    CHECK(preview->sessions.size() == 26);

    QUndoStack* stack = p.office.document->undoStack();
    REQUIRE(stack->count() == 1);
    stack->undo();
    now = stored();
    REQUIRE(now.size() == 3);
    CHECK(now[1].siteRef == QStringLiteral("RBX"));
    CHECK(now[1].fromDate == QDate(2025, 5, 14));
    CHECK(now[1].label == QStringLiteral("Roubaix"));
    stack->redo();
    now = stored();
    REQUIRE(now.size() == 3);
    CHECK(now[1].label == QStringLiteral("Formation interne"));

    // OK with nothing changed adds no undo step.
    ModalDriver<ClosuresDialog> unchanged([](ClosuresDialog* d) { d->buttons()->button(QDialogButtonBox::Ok)->click(); });
    p.page.closuresAction()->trigger();
    REQUIRE(unchanged.seen());
    CHECK(stack->count() == 1);
}

TEST_CASE("dragging a block of a series asks how far the move reaches: this one, the following ones, "
          "or nothing when cancelled",
          "[timetable][series-dialog][drag]")
{
    SeriesPage p;
    Database& db = p.office.db();
    REQUIRE(TimetableService(db, p.office.document->notifier()).createSeries(frenchSeries()));
    p.page.reload();
    const QString wednesday = p.seriesBlockOn(QDate(2025, 5, 21));
    const QString thursday = p.seriesBlockOn(QDate(2025, 5, 22));
    const QString tuesday = p.seriesBlockOn(QDate(2025, 5, 20));
    REQUIRE_FALSE(wednesday.isEmpty());
    const auto find = [&db](const QString& ref) {
        auto s = SessionRepository(db).find(ref);
        REQUIRE(s);
        REQUIRE(s->has_value());
        return **s;
    };
    QUndoStack* stack = p.office.document->undoStack();
    std::optional<EditScope> answer;
    QStringList asked;
    p.page.setScopeChooser([&](const Session& s) {
        asked << s.ref;
        return answer;
    });
    // Wednesday 09:00-12:30: x 250-345, y 84-293. An hour down.
    const QPoint from = p.page.grid()->blockRect(wednesday).center();

    // Cancelled: nothing moves, the block goes back.
    p.drag(from, from + QPoint(0, 60));
    CHECK(asked == QStringList{wednesday});
    CHECK(find(wednesday).start == QTime(9, 0));
    CHECK(p.page.grid()->block(wednesday)->session.start == QTime(9, 0));
    CHECK(stack->count() == 0);

    // This one only: it stays in its series, the others keep their time.
    answer = EditScope::Occurrence;
    p.drag(from, from + QPoint(0, 60));
    CHECK(find(wednesday).start == QTime(10, 0));
    CHECK(find(wednesday).end == QTime(13, 30));
    CHECK(find(wednesday).seriesRef == QStringLiteral("SR-000001"));
    CHECK(find(thursday).start == QTime(9, 0));
    CHECK(find(tuesday).start == QTime(9, 0));
    REQUIRE(stack->count() == 1);
    stack->undo();
    CHECK(find(wednesday).start == QTime(9, 0));

    // This one and the following ones: Wednesday to 12 June move, Tuesday stays.
    answer = EditScope::Following;
    p.drag(from, from + QPoint(0, 60));
    CHECK(find(wednesday).start == QTime(10, 0));
    CHECK(find(thursday).start == QTime(10, 0));
    CHECK(find(tuesday).start == QTime(9, 0));
    int moved = 0;
    const auto all = SessionRepository(db).all();
    REQUIRE(all);
    for (const Session& s : *all)
        if (s.start == QTime(10, 0) && s.module == Module::Fle && s.cohortRef == QStringLiteral("C1"))
            ++moved;
    CHECK(moved == 11); // 21, 22 May; 26-28 May (29 Ascension); 3-5 June (2 closed); 10-12 June (9 Whit Monday)
    stack->undo();
    CHECK(find(thursday).start == QTime(9, 0));
    CHECK(find(wednesday).seriesRef == QStringLiteral("SR-000001"));
}

TEST_CASE("the edit dialog of a session of a series changes the whole series when asked", "[timetable][series-dialog]")
{
    SeriesPage p;
    Database& db = p.office.db();
    REQUIRE(TimetableService(db, p.office.document->notifier()).createSeries(frenchSeries()));
    p.page.reload();
    const QString wednesday = p.seriesBlockOn(QDate(2025, 5, 21));
    p.page.grid()->setSelectedRef(wednesday);
    ModalDriver<SessionDialog> driver([](SessionDialog* d) {
        REQUIRE(d->scopeGroup());
        CHECK(d->scopeGroup()->checkedId() == int(EditScope::Occurrence));
        d->scopeGroup()->button(int(EditScope::Series))->click();
        d->startEdit()->setTime(QTime(9, 30));
        d->accept();
    });
    p.page.editAction()->trigger();
    REQUIRE(driver.seen());
    const QList<Session> all = sessionsOf(db, QStringLiteral("SR-000001"));
    REQUIRE(all.size() == 28);
    for (const Session& s : all) {
        CHECK(s.start == QTime(9, 30));
        CHECK(s.end == QTime(12, 30));
    }
    p.office.document->undoStack()->undo();
    for (const Session& s : sessionsOf(db, QStringLiteral("SR-000001")))
        CHECK(s.start == QTime(9, 0));
}

TEST_CASE("double-clicking a block opens the session's dialog; cancelling it changes nothing", "[timetable][page]")
{
    SeriesPage p;
    const QPoint centre = p.page.grid()->blockRect(QStringLiteral("SE-000002")).center();
    QString shown;
    ModalDriver<SessionDialog> driver([&](SessionDialog* d) {
        shown = d->windowTitle();
        CHECK_FALSE(d->scopeGroup()); // a session of its own: no scope to choose
        d->startEdit()->setTime(QTime(15, 0));
        d->reject();
    });
    QTest::mouseDClick(p.page.grid(), Qt::LeftButton, Qt::NoModifier, centre);
    REQUIRE(driver.seen());
    CHECK(shown == QStringLiteral("Session SE-000002"));
    CHECK(p.office.stored(2).start == QTime(14, 0));
    CHECK(p.office.document->undoStack()->count() == 0);
}
