// SPDX-License-Identifier: GPL-3.0-or-later
// The way from the list of cohorts to a cohort's page and back, through the main window.
#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/models/EnrolmentTableModel.h"
#include "ui/pages/CohortPage.h"
#include "ui/pages/TablePage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace parcours;
using namespace parcours::ui;

TEST_CASE("Enter on a cohort of the list opens its page; All cohorts goes back to it",
          "[ui][cohort]")
{
    test::IsolatedSettings settings;
    test::TestDatabase file;
    test::fillSample(file.db());
    file.close();
    MainWindow window;
    window.setErrorReporter(
        [](const QString& message, const QString&) { FAIL(message.toStdString()); });
    REQUIRE(window.openFile(file.path()));
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(Page::Cohorts);
    TablePage* list = window.tablePage(Page::Cohorts);
    REQUIRE(list);
    list->selectRef(QStringLiteral("C-2024-1"));
    QTest::keyClick(list->view(), Qt::Key_Return);

    CohortPage* page = window.cohortPage();
    CHECK(page->isVisibleTo(&window));
    CHECK(page->cohortRef() == QStringLiteral("C-2024-1"));
    CHECK(page->enrolments()->rowCount() == 3);
    CHECK(window.currentPage() == Page::Cohorts);
    CHECK(window.navigation()->currentRow() == Navigation::pages().indexOf(Page::Cohorts));
    // Find (Ctrl+F) reaches the page's own search field.
    window.findAction()->trigger();
    CHECK(page->searchField()->hasFocus());

    page->findChild<QToolButton*>(QStringLiteral("backButton"))->click();
    CHECK_FALSE(page->isVisibleTo(&window));
    CHECK(list->isVisibleTo(&window));
    CHECK(list->currentRef() == QStringLiteral("C-2024-1"));

    // Another page from the navigation, then a cohort again; closing the file leaves it.
    REQUIRE(window.showCohort(QStringLiteral("C-2024-1")));
    window.showPage(Page::Participants);
    CHECK_FALSE(page->isVisibleTo(&window));
    CHECK_FALSE(window.showCohort(QStringLiteral("NO-SUCH-COHORT")));
    REQUIRE(window.showCohort(QStringLiteral("C-2024-1")));
    window.closeFile();
    CHECK(page->cohortRef().isEmpty());
    CHECK(page->enrolments()->rowCount() == 0);
}

TEST_CASE("Open the cohort, beside the list, opens the page of the cohort chosen", "[ui][cohort]")
{
    test::IsolatedSettings settings;
    test::TestDatabase file;
    test::fillSample(file.db());
    file.close();
    MainWindow window;
    window.setErrorReporter(
        [](const QString& message, const QString&) { FAIL(message.toStdString()); });
    REQUIRE(window.openFile(file.path()));
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(Page::Cohorts);
    TablePage* list = window.tablePage(Page::Cohorts);
    REQUIRE(list);
    auto* button = list->findChild<QToolButton*>(QStringLiteral("openCohortButton"));
    REQUIRE(button);
    CHECK(button->isVisibleTo(&window));
    CHECK(button->defaultAction() == window.openCohortAction());
    list->view()->selectionModel()->clear();
    CHECK_FALSE(button->isEnabled()); // nothing chosen: nothing to open
    REQUIRE(list->selectRef(QStringLiteral("C-2024-1")));
    REQUIRE(button->isEnabled());
    button->click();
    CohortPage* page = window.cohortPage();
    CHECK(page->isVisibleTo(&window));
    CHECK(page->cohortRef() == QStringLiteral("C-2024-1"));
    // The keyboard goes on in the page (the list that had it is hidden).
    CHECK(page->view()->hasFocus());

    // A cohort the file lacks leaves the page shown as it was.
    CHECK_FALSE(window.showCohort(QStringLiteral("NO-SUCH-COHORT")));
    CHECK(page->isVisibleTo(&window));
    CHECK(page->cohortRef() == QStringLiteral("C-2024-1"));
    CHECK(page->enrolments()->rowCount() == 3);
}
