// SPDX-License-Identifier: GPL-3.0-or-later
// The Attendance page on a real file, on a fixed Wednesday 5 March 2025 at noon: the week it
// opens on, keys typed in French and English, arrows, Delete, minutes late, All present with undo
// and redo, cells that stand out or take no mark, the alerts; its model under
// QAbstractItemModelTester; the cohort page's alerts box.
#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "core/services/AttendanceService.h"
#include "core/services/EditService.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/Transaction.h"
#include "ui/Document.h"
#include "ui/models/AttendanceGridModel.h"
#include "ui/models/ParticipantTableModel.h"
#include "ui/pages/AttendancePage.h"
#include "ui/pages/CohortPage.h"
#include "ui/widgets/AlertsBox.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace parcours;
using namespace parcours::ui;
using namespace parcours::test;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);
const QLocale kFrench(QLocale::French, QLocale::France);
const FixedClock kWednesdayNoon(QDateTime(QDate(2025, 3, 5), QTime(12, 0)));

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

/// Cohort C-1, 3 to 28 March 2025 (and C-0, which ended in February). Enrolled in C-1: P-1 Zoé
/// Martin, P-2 Ahmad Bakri (from Wed 5), P-3 Lina Haddad. Week 10 of C-1: SE-1 Mon 09:00-12:00
/// FLE held, SE-2 Mon 13:30-16:30 English planned, SE-3 Tue 09:00 FLE cancelled, SE-4 Thu
/// 09:00 FLE planned. Rows by last name: Bakri, Haddad, Martin; columns SE-1 to SE-4.
void sample(Database& db)
{
    EditService edits(db);
    Cohort old;
    old.ref = s("C-0");
    old.name = s("Tremplin hiver");
    old.startDate = QDate(2025, 1, 6);
    old.endDate = QDate(2025, 2, 28);
    REQUIRE(edits.save(old));
    Cohort c;
    c.ref = s("C-1");
    c.name = s("Tremplin printemps");
    c.startDate = QDate(2025, 3, 3);
    c.endDate = QDate(2025, 3, 28);
    REQUIRE(edits.save(c));
    const std::tuple<const char*, const char*, const char*, QDate> people[] = {
        {"P-1", "Zoé", "Martin", QDate()},
        {"P-2", "Ahmad", "Bakri", QDate(2025, 3, 5)},
        {"P-3", "Lina", "Haddad", QDate()},
    };
    for (const auto& [ref, first, last, from] : people) {
        Participant p;
        p.ref = s(ref);
        p.firstName = s(first);
        p.lastName = s(last);
        REQUIRE(edits.save(p));
        Enrolment e;
        e.cohortRef = c.ref;
        e.participantRef = p.ref;
        e.enrolledOn = from;
        REQUIRE(edits.save(e));
    }
    Transaction tx(db);
    REQUIRE(tx.begun());
    const std::tuple<const char*, QDate, QTime, Module, SessionStatus> sessions[] = {
        {"SE-1", QDate(2025, 3, 3), QTime(9, 0), Module::Fle, SessionStatus::Held},
        {"SE-2", QDate(2025, 3, 3), QTime(13, 30), Module::English, SessionStatus::Planned},
        {"SE-3", QDate(2025, 3, 4), QTime(9, 0), Module::Fle, SessionStatus::Cancelled},
        {"SE-4", QDate(2025, 3, 6), QTime(9, 0), Module::Fle, SessionStatus::Planned},
    };
    for (const auto& [ref, date, start, module, status] : sessions) {
        Session x;
        x.ref = s(ref);
        x.cohortRef = c.ref;
        x.date = date;
        x.start = start;
        x.end = start.addSecs(3 * 3600);
        x.module = module;
        x.status = status;
        REQUIRE(SessionRepository(db).save(x));
    }
    REQUIRE(tx.commit());
}

QStringList marksIn(Database& db)
{
    auto all = SessionRepository(db).attendance();
    REQUIRE(all);
    QStringList out;
    for (const Attendance& a : *all)
        out << QStringLiteral("%1 %2 %3 %4").arg(a.sessionRef, a.participantRef, codeOf(a.status)).arg(a.minutesLate);
    return out;
}

SessionStatus statusOf(Database& db, const char* ref)
{
    auto found = SessionRepository(db).find(s(ref));
    REQUIRE(found);
    REQUIRE(found->has_value());
    return (*found)->status;
}

struct Office
{
    explicit Office(const Clock& clock = kWednesdayNoon)
    {
        sample(file.db());
        file.close();
        auto db = Database::open(file.path());
        REQUIRE(db);
        document = std::make_unique<Document>(std::move(*db));
        page.setClock(&clock);
        page.setDocument(document.get());
        page.resize(1100, 600);
        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
    }
    Database& db() { return document->database(); }
    AttendanceGridModel* model() { return page.model(); }
    QTableView* view() { return page.view(); }
    void at(int row, int column) { view()->setCurrentIndex(model()->index(row, column)); }
    QPoint current() const { return {page.view()->currentIndex().row(), page.view()->currentIndex().column()}; }
    void type(const char* keys)
    {
        for (const char* k = keys; *k; ++k)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : view(), *k);
    }

    TestDatabase file;
    std::unique_ptr<Document> document;
    AttendancePage page;
};

} // namespace

TEST_CASE("the attendance page opens on the running cohort's current week", "[attendance][page]")
{
    ScopedLanguage english{kEnglish};
    Office o;
    CHECK(o.page.cohortRef() == s("C-1"));
    CHECK(o.page.cohortBox()->currentData().toString() == s("C-1"));
    CHECK(o.page.monday() == QDate(2025, 3, 3));
    CHECK(o.page.weekLabel()->text() == s("Week 10 · 3-7 March 2025"));
    REQUIRE(o.model()->rowCount() == 3);
    REQUIRE(o.model()->columnCount() == 4);
    CHECK(o.model()->headerData(0, Qt::Vertical).toString() == s("Ahmad Bakri"));
    CHECK(o.model()->headerData(2, Qt::Vertical).toString() == s("Zoé Martin"));
    CHECK(o.model()->headerData(1, Qt::Horizontal).toString() == s("Mon 3\n13:30–16:30\nEnglish"));
    CHECK(o.model()->headerData(2, Qt::Horizontal).toString() == s("Tue 4\n09:00–12:00\nFrench (FLE)\ncancelled"));

    o.page.nextWeek();
    CHECK(o.page.monday() == QDate(2025, 3, 10));
    CHECK(o.model()->columnCount() == 0);
    CHECK(o.page.summaryLabel()->text() == s("No session this week."));
    o.page.previousWeek();
    CHECK(o.model()->columnCount() == 4);

    // After the cohort ended, "this week" is its last week; C-0 chosen shows its last week too.
    const FixedClock june(QDateTime(QDate(2025, 6, 1), QTime(9, 0)));
    o.page.setClock(&june);
    o.page.thisWeek();
    CHECK(o.page.monday() == QDate(2025, 3, 24));
    o.page.showWeek(s("C-0"), QDate(2025, 2, 28));
    CHECK(o.page.monday() == QDate(2025, 2, 24));
    CHECK(o.model()->rowCount() == 0);
}

TEST_CASE("cells stand out when a past session is not marked; others take no mark", "[attendance][page]")
{
    ScopedLanguage english{kEnglish};
    Office o;
    AttendanceGridModel* m = o.model();
    // Haddad at SE-1 (held, Monday) and Martin at SE-2 (planned but over): missing.
    CHECK(m->index(1, 0).data(AttendanceGridModel::MissingRole).toBool());
    CHECK(m->index(2, 1).data(AttendanceGridModel::MissingRole).toBool());
    CHECK(m->index(1, 0).data(Qt::BackgroundRole).value<QBrush>().color() == QColor(0xff, 0xb3, 0x4d));
    // Bakri is enrolled from Wednesday: Monday is not his; Tuesday is cancelled; Thursday is to come.
    for (const QModelIndex& i : {m->index(0, 0), m->index(1, 2), m->index(2, 3)}) {
        CHECK_FALSE(i.data(AttendanceGridModel::MissingRole).toBool());
        CHECK_FALSE(i.data(AttendanceGridModel::MarkableRole).toBool());
        CHECK_FALSE(m->flags(i).testFlag(Qt::ItemIsEditable));
    }
    CHECK(m->index(0, 3).data(Qt::AccessibleTextRole).toString() == s("Ahmad Bakri, Thu 6 09:00–12:00 French (FLE): to come"));
    CHECK(o.page.summaryLabel()->text() == s("4 marks missing for the sessions held so far (in orange)."));

    // Typing on them writes nothing.
    o.view()->setFocus();
    for (const QPoint cell : {QPoint(0, 0), QPoint(1, 2), QPoint(2, 3)}) {
        o.at(cell.x(), cell.y());
        QTest::keyClick(o.view(), Qt::Key_P);
    }
    CHECK(marksIn(o.db()).isEmpty());
    CHECK(o.document->undoStack()->count() == 0);
}

TEST_CASE("French keys mark the cells, move down, take minutes late; arrows and Delete", "[attendance][page]")
{
    ScopedLanguage french{kFrench};
    Office o;
    CHECK(AttendanceGridModel::letter(AttendanceStatus::Late) == s("R"));
    CHECK(o.page.legendLabel()->text().contains(s("<b>R</b> en retard")));
    o.view()->setFocus();
    o.at(1, 0); // Haddad, SE-1

    // "L" is no letter in French: nothing.
    QTest::keyClick(o.view(), Qt::Key_L);
    CHECK(marksIn(o.db()).isEmpty());

    // R: late, then the minutes; Enter: back to the grid, one row down.
    QTest::keyClick(o.view(), Qt::Key_R);
    CHECK(o.page.minutesBox()->hasFocus());
    CHECK(o.page.minutesBox()->isEnabled());
    QTest::keyClicks(o.page.minutesBox(), s("15"));
    QTest::keyClick(o.page.minutesBox(), Qt::Key_Return);
    CHECK(o.view()->hasFocus());
    CHECK(o.current() == QPoint(2, 0));
    CHECK(marksIn(o.db()) == QStringList{s("SE-1 P-3 late 15")});
    CHECK(o.model()->index(1, 0).data().toString() == s("R 15′"));

    // A: Martin absent; the last row stays current.
    QTest::keyClick(o.view(), Qt::Key_A);
    CHECK(o.current() == QPoint(2, 0));
    // Right arrow to SE-2, E: excused, which makes SE-2 held.
    QTest::keyClick(o.view(), Qt::Key_Right);
    CHECK(o.current() == QPoint(2, 1));
    QTest::keyClick(o.view(), Qt::Key_E);
    CHECK(marksIn(o.db()) == QStringList{s("SE-1 P-1 absent 0"), s("SE-1 P-3 late 15"), s("SE-2 P-1 excused 0")});
    CHECK(statusOf(o.db(), "SE-2") == SessionStatus::Held);
    // Up to Haddad at SE-2, lower-case p: present.
    QTest::keyClick(o.view(), Qt::Key_Up);
    CHECK(o.current() == QPoint(1, 1));
    QTest::keyClick(o.view(), 'p');
    CHECK(o.model()->index(1, 1).data().toString() == s("P"));

    // Delete clears Martin's SE-1 mark.
    o.at(2, 0);
    QTest::keyClick(o.view(), Qt::Key_Delete);
    CHECK(marksIn(o.db()) == QStringList{s("SE-1 P-3 late 15"), s("SE-2 P-1 excused 0"), s("SE-2 P-3 present 0")});
    CHECK(o.model()->index(2, 0).data(AttendanceGridModel::MissingRole).toBool());

    // Each key is one step: late, its minutes, absent, excused, present, the clearing.
    QUndoStack* undo = o.document->undoStack();
    CHECK(undo->count() == 6);
    undo->undo(); // the clearing
    CHECK(marksIn(o.db()).contains(s("SE-1 P-1 absent 0")));
    undo->undo();
    undo->undo(); // the excused mark: SE-2 planned again
    CHECK(statusOf(o.db(), "SE-2") == SessionStatus::Planned);
    undo->undo();
    undo->undo(); // the minutes
    CHECK(marksIn(o.db()) == QStringList{s("SE-1 P-3 late 0")});
    undo->redo();
    CHECK(marksIn(o.db()) == QStringList{s("SE-1 P-3 late 15")});
}

TEST_CASE("English keys are P, L, E, A; R marks nothing", "[attendance][page]")
{
    ScopedLanguage english{kEnglish};
    Office o;
    o.view()->setFocus();
    o.at(0, 0); // Bakri at SE-1: not expected; down to Haddad
    QTest::keyClick(o.view(), Qt::Key_Down);
    CHECK(o.current() == QPoint(1, 0));
    QTest::keyClick(o.view(), Qt::Key_R);
    CHECK(marksIn(o.db()).isEmpty());
    QTest::keyClick(o.view(), Qt::Key_L);
    CHECK(o.page.minutesBox()->hasFocus());
    QTest::keyClick(o.page.minutesBox(), Qt::Key_Escape);
    CHECK(o.view()->hasFocus());
    CHECK(marksIn(o.db()) == QStringList{s("SE-1 P-3 late 0")});
    // The minutes box follows the current cell and sets the minutes of a late mark.
    o.page.minutesBox()->setValue(5);
    emit o.page.minutesBox()->editingFinished();
    CHECK(marksIn(o.db()) == QStringList{s("SE-1 P-3 late 5")});
    CHECK(o.model()->index(1, 0).data().toString() == s("L 5′"));
    o.at(2, 0);
    CHECK_FALSE(o.page.minutesBox()->isEnabled());
    QTest::keyClick(o.view(), Qt::Key_A);
    CHECK(o.model()->index(2, 0).data().toString() == s("A"));
    CHECK(o.page.legendLabel()->text().contains(s("<b>L</b> late")));
}

TEST_CASE("All present marks the unmarked of the current session in one step", "[attendance][page]")
{
    ScopedLanguage english{kEnglish};
    Office o;
    QUndoStack* undo = o.document->undoStack();
    o.view()->setFocus();
    o.at(2, 1); // Martin at SE-2 (planned, over): absent first
    QTest::keyClick(o.view(), Qt::Key_A);
    REQUIRE(undo->count() == 1);
    CHECK(o.page.allPresentButton()->isEnabled());

    QTest::mouseClick(o.page.allPresentButton(), Qt::LeftButton);
    // Haddad present; Martin keeps his absence; Bakri is not expected on Monday.
    CHECK(marksIn(o.db()) == QStringList{s("SE-2 P-1 absent 0"), s("SE-2 P-3 present 0")});
    CHECK(undo->count() == 2);
    CHECK_FALSE(o.page.allPresentButton()->isEnabled());

    undo->undo();
    CHECK(marksIn(o.db()) == QStringList{s("SE-2 P-1 absent 0")});
    CHECK(statusOf(o.db(), "SE-2") == SessionStatus::Held); // made held by the first mark
    undo->redo();
    CHECK(marksIn(o.db()) == QStringList{s("SE-2 P-1 absent 0"), s("SE-2 P-3 present 0")});
    undo->undo();
    undo->undo();
    CHECK(marksIn(o.db()).isEmpty());
    CHECK(statusOf(o.db(), "SE-2") == SessionStatus::Planned);

    // On a session to come there is nothing to mark.
    o.at(2, 3);
    CHECK_FALSE(o.page.allPresentButton()->isEnabled());
    CHECK_FALSE(o.page.markAllPresent());
}

TEST_CASE("the attendance model passes QAbstractItemModelTester through marks and weeks", "[attendance][page]")
{
    ScopedLanguage english{kEnglish};
    Office o;
    QAbstractItemModelTester tester(o.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    o.view()->setFocus();
    o.at(1, 0);
    QTest::keyClick(o.view(), Qt::Key_P);
    QTest::keyClick(o.view(), Qt::Key_A);
    o.at(1, 1);
    REQUIRE(o.page.markAllPresent());
    o.document->undoStack()->undo();
    o.page.nextWeek();
    o.page.previousWeek();
    CHECK(o.model()->rowCount() == 3);
    CHECK(o.model()->index(2, 0).data().toString() == s("A"));
}

TEST_CASE("alerts of the cohort show on the attendance page and the cohort page", "[attendance][alerts][page]")
{
    ScopedLanguage english{kEnglish};
    Office o;
    // Martin absent at SE-1 and SE-2: 0 %, below 80 %.
    o.view()->setFocus();
    o.at(2, 0);
    QTest::keyClick(o.view(), Qt::Key_A);
    o.at(2, 1);
    QTest::keyClick(o.view(), Qt::Key_A);
    QListWidget* list = o.page.alertsBox()->list();
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text() == s("Zoé Martin: attends 0%, below 80%"));
    CHECK(o.page.thresholdBox()->value() == 80);

    ParticipantTableModel participants;
    CohortPage cohortPage(&participants);
    cohortPage.setClock(kWednesdayNoon);
    cohortPage.setDocument(o.document.get());
    REQUIRE(cohortPage.showCohort(s("C-1")));
    REQUIRE(cohortPage.alertsBox()->list()->count() == 1);
    CHECK(cohortPage.alertsBox()->list()->item(0)->text() == s("Zoé Martin: attends 0%, below 80%"));

    // Present at SE-1 instead: 1 / 2 = 50 %; a threshold of 50 % clears the alert, on both pages.
    o.at(2, 0);
    QTest::keyClick(o.view(), Qt::Key_P);
    CHECK(list->item(0)->text() == s("Zoé Martin: attends 50%, below 80%"));
    o.page.thresholdBox()->setValue(50);
    emit o.page.thresholdBox()->editingFinished();
    CHECK(AttendanceService(o.db()).thresholdPercent() == 50);
    CHECK(list->item(0)->text() == s("No alert: nobody missed 3 sessions in a row or attends less than 50%."));
    CHECK(cohortPage.alertsBox()->list()->item(0)->text().startsWith(s("No alert")));
}

TEST_CASE("the sign-in sheet of the week shown is written to the PDF file chosen", "[attendance][page]")
{
    ScopedLanguage english{kEnglish};
    Office o;
    QString suggested;
    const QString path = o.file.dir() + QStringLiteral("/sheet.pdf");
    o.page.setPathAsker([&](const QString& name) {
        suggested = name;
        return path;
    });
    REQUIRE(o.page.sheetButton()->isEnabled());
    QTest::mouseClick(o.page.sheetButton(), Qt::LeftButton);
    CHECK(suggested == s("sign-in-C-1-2025-W10.pdf"));
    CHECK(readBytes(path).startsWith("%PDF"));

    // A week with no session has no sheet; cancelling writes nothing.
    o.page.nextWeek();
    CHECK_FALSE(o.page.sheetButton()->isEnabled());
    o.page.previousWeek();
    o.page.setPathAsker([](const QString&) { return QString(); });
    CHECK_FALSE(o.page.printSignInSheet());
}
