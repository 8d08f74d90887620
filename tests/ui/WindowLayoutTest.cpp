// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a small laptop screen, in French (the longer language) with the demo
// data: every page fits 1280x800 and 1366x768 without a control squeezed below the size its
// text needs; the Timetable page opens on the week of the (fixed) today; the list of cohorts
// needs no sideways scrolling; the menus, the keyboard and screen readers reach every action
// and control.
#include "CatchQt.h"
#include "UiTestSupport.h"
#include "core/storage/CohortRepository.h"
#include "ui/Document.h"
#include "ui/MainWindow.h"
#include "ui/Navigation.h"
#include "ui/forms/RecordForm.h"
#include "ui/pages/CohortPage.h"
#include "ui/pages/TablePage.h"
#include "ui/pages/TimetablePage.h"
#include "ui/pages/WelcomePage.h"
#include "ui/widgets/WeekGrid.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace parcours;
using namespace parcours::ui;

namespace {

// The demo's day in packaging/screenshots: a Monday in the second month of a running cohort.
constexpr const char* kToday = "2026-03-16";

/// PARCOURS_TODAY set while the object lives.
struct FixedToday
{
    explicit FixedToday(const char* day) { qputenv("PARCOURS_TODAY", day); }
    ~FixedToday() { qunsetenv("PARCOURS_TODAY"); }
};

/// The window over a fresh demo file made for kToday, its errors failing the test.
struct DemoWindow
{
    DemoWindow()
    {
        window.setErrorReporter(
            [](const QString& message, const QString&) { FAIL(message.toStdString()); });
        REQUIRE(window.openDemo(dir.filePath(QStringLiteral("demo.parcours"))));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    QTemporaryDir dir;
    MainWindow window;
};

/// The cohort of the demo running on kToday.
QString runningCohort(Database& db)
{
    const QDate today = QDate::fromString(QLatin1String(kToday), Qt::ISODate);
    auto all = CohortRepository(db).all();
    REQUIRE(all);
    QStringList running;
    for (const Cohort& c : *all)
        if (c.startDate <= today && today <= c.endDate)
            running << c.ref;
    REQUIRE(running.size() == 1);
    return running.constFirst();
}

bool insideScrollArea(const QWidget* widget, const QWidget* root)
{
    for (const QWidget* w = widget->parentWidget(); w && w != root; w = w->parentWidget())
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(w->parentWidget()))
            if (w == area->viewport())
                return true;
    return false;
}

/// The controls of `root` shown smaller than their text needs: cut words, clipped buttons.
QStringList squeezed(QWidget* root)
{
    QStringList out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || insideScrollArea(w, root))
            continue;
        // The parts of a compound control (a date box's line) are laid out by it.
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
            qobject_cast<QComboBox*>(w->parentWidget()))
            continue;
        const bool hasText = qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                             qobject_cast<QLineEdit*>(w) ||
                             (qobject_cast<QLabel*>(w) && !qobject_cast<QLabel*>(w)->wordWrap());
        if (!hasText || w->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            continue;
        const QSize need = w->minimumSizeHint().expandedTo(w->minimumSize());
        if (w->width() < need.width() || w->height() < need.height()) {
            QString text;
            if (auto* b = qobject_cast<QAbstractButton*>(w))
                text = b->text();
            else if (auto* l = qobject_cast<QLabel*>(w))
                text = l->text();
            out << QStringLiteral("%1 %2 '%3' in %4: %5x%6 < %7x%8")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                            text,
                            w->parentWidget()
                                ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                                : QString())
                       .arg(w->width())
                       .arg(w->height())
                       .arg(need.width())
                       .arg(need.height());
        }
    }
    return out;
}

/// The controls of `root` that Tab reaches and a screen reader cannot name.
QStringList nameless(QWidget* root)
{
    QStringList out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        // The parts of a compound control speak through it (an editable box's line, a
        // spin box's line, a table's viewport).
        QWidget* parent = w->parentWidget();
        if (qobject_cast<QComboBox*>(parent) || qobject_cast<QAbstractSpinBox*>(parent) ||
            qobject_cast<QAbstractScrollArea*>(parent))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(w);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            out << QStringLiteral("%1 %2 in %3")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                            parent ? QString::fromLatin1(parent->metaObject()->className())
                                   : QString());
    }
    return out;
}

/// The widgets of `root` in the order Tab visits them, from `from` (the disabled ones too, in
/// their place: Tab skips them only while they are).
QList<QWidget*> tabChain(QWidget* root, QWidget* from)
{
    QList<QWidget*> chain;
    QWidget* w = from;
    do {
        if (w->isVisibleTo(root) && (w->focusPolicy() & Qt::TabFocus) && root->isAncestorOf(w))
            chain << w;
        w = w->nextInFocusChain();
    } while (w && w != from && chain.size() < 500);
    return chain;
}

QString describe(const QSize& s)
{
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

} // namespace

TEST_CASE("every page fits 1280x800 and 1366x768 in French with nothing squeezed",
          "[ui][window][layout]")
{
    test::IsolatedSettings settings;
    FixedToday today(kToday);
    test::ScopedLanguage french(QLocale(QLocale::French, QLocale::France));
    DemoWindow demo;
    MainWindow& window = demo.window;

    // What the window may take: the screen less a title bar (30 pixels) and a panel or task
    // bar (40 pixels) on the 768-pixel-high screen.
    const QSize room(1280, 768 - 30 - 40);
    QList<std::pair<QString, std::function<QWidget*()>>> pages;
    for (Page page : Navigation::pages())
        pages.append({Navigation::key(page), [&window, page] {
                          window.showPage(page);
                          return window.pageWidget(page);
                      }});
    pages.append({QStringLiteral("cohort"), [&window] {
                      REQUIRE(window.showCohort(runningCohort(*window.database())));
                      return static_cast<QWidget*>(window.cohortPage());
                  }});
    for (const auto& [name, show] : pages) {
        INFO("page " << name.toStdString());
        QWidget* page = show();
        REQUIRE(page->isVisible());
        QApplication::processEvents();
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        INFO("window minimum " << describe(minimum).toStdString() << ", page minimum "
                               << describe(page->minimumSizeHint()).toStdString());
        CHECK(minimum.width() <= room.width());
        CHECK(minimum.height() <= room.height());
        window.resize(room);
        QApplication::processEvents();
        CHECK(window.size() == room);
        CHECK(squeezed(&window) == QStringList());
    }
}

TEST_CASE("the Timetable page opens on the week of PARCOURS_TODAY, on the cohort running then",
          "[ui][window][timetable]")
{
    test::IsolatedSettings settings;
    FixedToday today(kToday);
    DemoWindow demo;
    demo.window.showPage(Page::Timetable);
    auto* page = qobject_cast<TimetablePage*>(demo.window.pageWidget(Page::Timetable));
    REQUIRE(page);
    CHECK(page->monday() == QDate(2026, 3, 16));
    CHECK(page->subjectBox()->currentData().toString() == runningCohort(*demo.window.database()));
    CHECK_FALSE(page->grid()->blocks().isEmpty());
    // This week stays the fixed one.
    page->nextAction()->trigger();
    page->thisWeek();
    CHECK(page->monday() == QDate(2026, 3, 16));
}

TEST_CASE("the list of cohorts needs no sideways scrolling at 1280x800 in French",
          "[ui][window][layout]")
{
    test::IsolatedSettings settings;
    FixedToday today(kToday);
    test::ScopedLanguage french(QLocale(QLocale::French, QLocale::France));
    DemoWindow demo;
    demo.window.resize(1280, 800);
    demo.window.showPage(Page::Cohorts);
    QApplication::processEvents();
    TablePage* list = demo.window.tablePage(Page::Cohorts);
    REQUIRE(list);
    REQUIRE(list->view()->model()->rowCount() == 3);
    CHECK(list->view()->horizontalScrollBar()->maximum() == 0);
    // A name cut short shows whole in its tooltip.
    const QModelIndex name = list->view()->model()->index(0, 1);
    CHECK(name.data(Qt::ToolTipRole).toString() == name.data().toString());
    CHECK_FALSE(name.data().toString().isEmpty());
    // Every column still shows at least its header.
    QHeaderView* header = list->view()->horizontalHeader();
    for (int i = 0; i < header->count(); ++i) {
        INFO("column " << i);
        CHECK(header->sectionSize(i) >= header->sectionSizeHint(i));
    }
}

TEST_CASE("the menus hold the actions of the issue, each with a key or a mnemonic",
          "[ui][window][keyboard]")
{
    test::IsolatedSettings settings;
    MainWindow window;
    QMap<QString, QStringList> menus;
    for (QAction* top : window.menuBar()->actions()) {
        INFO("menu " << top->text().toStdString());
        CHECK(top->text().contains(QLatin1Char('&')));
        QStringList items;
        for (QAction* a : top->menu()->actions()) {
            if (a->isSeparator())
                continue;
            INFO("item " << a->text().toStdString());
            CHECK((a->text().contains(QLatin1Char('&')) || !a->shortcut().isEmpty()));
            items << a->text().remove(QLatin1Char('&'));
        }
        menus.insert(top->text().remove(QLatin1Char('&')), items);
    }
    CHECK(menus.keys() == QStringList{QStringLiteral("Edit"), QStringLiteral("File"),
                                      QStringLiteral("Go"), QStringLiteral("Help")});
    CHECK(menus.value(QStringLiteral("File")) ==
          QStringList{QStringLiteral("New…"), QStringLiteral("Open…"),
                      QStringLiteral("Open recent"), QStringLiteral("Try the demo"),
                      QStringLiteral("Import a folder…"), QStringLiteral("Import a CSV file…"),
                      QStringLiteral("Export a folder…"), QStringLiteral("Back up…"),
                      QStringLiteral("Restore a backup…"),
                      // Issue 9: the audit log, the staff name it records, retention (GDPR).
                      QStringLiteral("Audit log…"), QStringLiteral("Your name…"),
                      QStringLiteral("Retention of personal data…"),
                      QStringLiteral("Report settings…"), QStringLiteral("Close"),
                      QStringLiteral("Quit")});
    const QStringList edit = menus.value(QStringLiteral("Edit"));
    REQUIRE(edit.size() == 3);
    CHECK(edit.at(0).startsWith(QStringLiteral("Undo")));
    CHECK(edit.at(1).startsWith(QStringLiteral("Redo")));
    CHECK(edit.at(2) == QStringLiteral("Find"));
    CHECK(menus.value(QStringLiteral("Go")).size() == Navigation::pages().size());
    CHECK(menus.value(QStringLiteral("Help")).contains(QStringLiteral("About Parcours")));
    CHECK(window.undoAction()->shortcuts().contains(QKeySequence::Undo));
    CHECK(
        window.redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    CHECK(window.findAction()->shortcuts().contains(QKeySequence::Find));
}

TEST_CASE(
    "every control of the lists, forms and cohort page has a name a screen reader says, in French",
    "[ui][window][keyboard]")
{
    test::IsolatedSettings settings;
    FixedToday today(kToday);
    test::ScopedLanguage french(QLocale(QLocale::French, QLocale::France));
    DemoWindow demo;
    MainWindow& window = demo.window;
    for (Page page : {Page::Cohorts, Page::Participants, Page::Volunteers, Page::Trainers,
                      Page::Sites, Page::Timetable, Page::Dashboard}) {
        INFO("page " << Navigation::key(page).toStdString());
        window.showPage(page);
        QApplication::processEvents();
        CHECK(nameless(window.pageWidget(page)) == QStringList());
    }
    REQUIRE(window.showCohort(runningCohort(*window.database())));
    CHECK(nameless(window.cohortPage()) == QStringList());
    window.closeFile();
    CHECK(nameless(window.welcomePage()) == QStringList());
}

TEST_CASE("Tab goes from the search to the list, then down the form to its buttons",
          "[ui][window][keyboard]")
{
    test::IsolatedSettings settings;
    FixedToday today(kToday);
    DemoWindow demo;
    demo.window.showPage(Page::Participants);
    TablePage* list = demo.window.tablePage(Page::Participants);
    REQUIRE(list);
    list->view()->selectRow(0);
    QApplication::processEvents();
    const QList<QWidget*> chain = tabChain(list, list->searchField());
    const auto at = [&chain](const QWidget* w) {
        const int i = int(chain.indexOf(const_cast<QWidget*>(w)));
        CHECK(i >= 0);
        return i;
    };
    const auto buttons = list->findChildren<QPushButton*>();
    QPushButton* save = nullptr;
    for (QPushButton* b : buttons)
        if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Save"))
            save = b;
    REQUIRE(save);
    QLineEdit* firstName = nullptr;
    QLineEdit* lastName = nullptr;
    for (QLineEdit* e : list->findChildren<QLineEdit*>()) {
        if (e->accessibleName() == QStringLiteral("First name"))
            firstName = e;
        else if (e->accessibleName() == QStringLiteral("Last name"))
            lastName = e;
    }
    REQUIRE(firstName);
    REQUIRE(lastName);
    CHECK(at(list->searchField()) == 0);
    CHECK(at(list->view()) > 0);
    CHECK(at(firstName) > at(list->view()));
    CHECK(at(lastName) == at(firstName) + 1);
    CHECK(at(save) > at(lastName));
}

TEST_CASE("a record shown in a form shows each text from its start", "[ui][window][editing]")
{
    // A long name in a narrow field shows its first words, the cursor before them, not its end.
    test::IsolatedSettings settings;
    FixedToday today(kToday);
    DemoWindow demo;
    demo.window.resize(1280, 800);
    for (Page page :
         {Page::Cohorts, Page::Participants, Page::Volunteers, Page::Trainers, Page::Sites}) {
        INFO("page " << Navigation::key(page).toStdString());
        demo.window.showPage(page);
        // Sites: the page holds two lists, the sites and the rooms of the site chosen.
        int texts = 0;
        QList<TablePage*> lists = demo.window.pageWidget(page)->findChildren<TablePage*>();
        if (auto* own = qobject_cast<TablePage*>(demo.window.pageWidget(page)))
            lists.prepend(own);
        for (TablePage* list : lists) {
            REQUIRE(list->form());
            for (int row = 0; row < qMin(5, list->view()->model()->rowCount()); ++row) {
                list->view()->selectRow(row);
                QApplication::processEvents();
                for (QLineEdit* field : list->form()->findChildren<QLineEdit*>()) {
                    if (field->text().isEmpty() ||
                        qobject_cast<QAbstractSpinBox*>(field->parentWidget()) ||
                        qobject_cast<QComboBox*>(field->parentWidget()))
                        continue;
                    INFO("row " << row << ", field " << field->accessibleName().toStdString()
                                << ": " << field->text().toStdString());
                    CHECK(field->cursorPosition() == 0);
                    ++texts;
                }
            }
        }
        CHECK(texts > 0);
    }
}
