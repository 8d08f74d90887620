// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard offscreen on a real file: the mini fixture (cohort MINI) with three more
// cohorts added as CSV lines, every figure expected computed by hand from indicators.md; the
// bars' values, a click and the keyboard opening a cohort, the empty states, the French text,
// and no rereading while the page is hidden.
#include "ui/pages/DashboardPage.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "core/exchange/ExchangeImporter.h"
#include "core/services/OutcomeService.h"
#include "core/storage/Database.h"
#include "ui/Document.h"
#include "ui/MainWindow.h"
#include "ui/Navigation.h"
#include "ui/jobs/BackgroundJob.h"
#include "ui/pages/CohortPage.h"
#include "ui/pages/DashboardText.h"
#include "ui/widgets/CategoryChartView.h"
#include "ui/widgets/DateField.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QStackedWidget>
#include <QTest>

using namespace parcours;
using namespace parcours::ui;

namespace {

// MINI (the fixture, 3 to 14 March 2025): M1 and M2 completed, m6 cdi and other_training; M3
// withdrew. Held sessions W1-1..W1-6 in ISO week 2025-W10, the W2 ones planned.
// MINI2 (16 to 27 June 2025): M4, M5, M6 completed; m6 cdd_under_6m, none, qualifying_training;
// one held session where M4 is present, M5 absent, M6 unmarked.
// MINI3 (15 to 26 September 2025): M7 completed, no outcome. MINI4 (17 to 28 November 2025):
// M8 still enrolled.
const QMap<QString, QByteArray> kExtra = {
    {QStringLiteral("cohorts.csv"),
     "MINI2,Tremplin Lille été 2025,Tremplin,LIL,2025-06-16,2025-06-27,12,12,15,2,2\n"
     "MINI3,Tremplin Lille automne 2025,Tremplin,LIL,2025-09-15,2025-09-26,12,12,15,2,2\n"
     "MINI4,Tremplin Lille hiver 2025,Tremplin,LIL,2025-11-17,2025-11-28,12,12,15,2,2\n"},
    {QStringLiteral("participants.csv"),
     "M4,Omar,Said,1992-01-10,m,SY,ar,A1,refugee,2023-05-01,,,cuisinier,food,,2025-06-01,\n"
     "M5,Hanna,Bekele,1995-02-11,f,ET,am,A1,refugee,2023-05-01,,,vendeuse,retail,,2025-06-01,\n"
     "M6,Ali,Rahimi,1988-03-12,m,AF,fa,A2,refugee,2023-05-01,,,électricien,building,,2025-06-01,\n"
     "M7,Nour,Haddad,1999-04-13,f,SY,ar,A0,refugee,2024-05-01,,,aide-soignante,health,,2025-09-01,\n"
     "M8,Lina,Karimi,2000-05-14,f,AF,fa,A0,refugee,2024-05-01,,,vendeuse,retail,,2025-11-01,\n"},
    {QStringLiteral("enrolments.csv"),
     "MINI2,M4,2025-06-16,completed,2025-06-27,,\n"
     "MINI2,M5,2025-06-16,completed,2025-06-27,,\n"
     "MINI2,M6,2025-06-16,completed,2025-06-27,,\n"
     "MINI3,M7,2025-09-15,completed,2025-09-26,,\n"
     "MINI4,M8,2025-11-17,enrolled,,,\n"},
    {QStringLiteral("outcomes.csv"),
     "M4,MINI2,m6,cdd_under_6m,2025-12-20,,,\n"
     "M6,MINI2,m6,qualifying_training,2025-12-20,,,\n"},
    {QStringLiteral("sessions.csv"), "S2-1,MINI2,fle,2025-06-16,09:00,12:00,F1,LIL-1,held,\n"},
    {QStringLiteral("attendance.csv"), "S2-1,M4,present,\nS2-1,M5,absent,\n"},
};

const QDate kYearFrom(2025, 1, 1);
const QDate kYearTo(2025, 12, 31);

/// The fixture with the extra lines imported into a fresh file, closed.
struct File
{
    test::TestDatabase file;
    File()
    {
        const QDir source(test::testDataPath(QStringLiteral("exchange-mini")));
        const QDir folder(file.dir() + QStringLiteral("/folder"));
        REQUIRE(QDir().mkpath(folder.path()));
        for (const QString& name : source.entryList(QDir::Files))
            test::writeBytes(folder.filePath(name), test::readBytes(source.filePath(name)) + kExtra.value(name));
        const auto report = ExchangeImporter(file.db()).importDir(folder.path());
        REQUIRE(report.has_value());
        REQUIRE(report->written);
        file.close();
    }
};

/// The page alone over the file, shown.
struct Fixture
{
    test::IsolatedSettings settings;
    // English plural forms come from the English translation, as in the window's tests.
    test::ScopedLanguage language;
    File file;
    std::unique_ptr<Document> document;
    DashboardPage page;

    explicit Fixture(const QLocale& locale = QLocale(QLocale::English, QLocale::UnitedKingdom))
        : language(locale)
    {
        auto db = Database::open(file.file.path());
        REQUIRE(db);
        document = std::make_unique<Document>(std::move(*db));
        page.setDocument(document.get());
        page.resize(1100, 700);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
    }
};

QList<double> valuesOf(const QBarSet* set)
{
    QList<double> out;
    for (int i = 0; i < set->count(); ++i)
        out << set->at(i);
    return out;
}

QBarSeries* barsOf(CategoryChartView* view)
{
    REQUIRE(view->chart()->series().size() == 1);
    auto* series = qobject_cast<QBarSeries*>(view->chart()->series().constFirst());
    REQUIRE(series);
    return series;
}

QStringList axisLabels(CategoryChartView* view)
{
    const auto axes = view->chart()->axes(Qt::Horizontal);
    REQUIRE(axes.size() == 1);
    auto* axis = qobject_cast<QBarCategoryAxis*>(axes.constFirst());
    REQUIRE(axis);
    return axis->categories();
}

} // namespace

TEST_CASE("the dashboard's key figures for a year are those computed by hand", "[ui][dashboard]")
{
    Fixture f;
    f.page.setCustomPeriod(kYearFrom, kYearTo);
    QApplication::processEvents();
    REQUIRE(f.page.data().cohorts.size() == 4);
    // Enrolled 3 + 3 + 1 + 1. At 6 months, completed 2 + 3 + 1 + 0 = 6; dynamic: M1 cdi, M4
    // cdd_under_6m, M6 qualifying_training = 3, so 3/6; permanent: M1's cdi, 1/3; unknown: M5, M7.
    CHECK(f.page.sentenceLabel()->text() ==
          QStringLiteral("8 participants, 4 cohorts, 50% dynamic exits at 6 months, of which 33.3% permanent."));
    CHECK(f.page.noteLabel()->text() ==
          QStringLiteral("Outcome at 6 months not known yet for 2 of the 6 participants who completed the course "
                         "(counted as not dynamic in the rate)."));
    CHECK(f.page.tileValue(DashboardPage::ParticipantsTile)->text() == QStringLiteral("8"));
    CHECK(f.page.tileValue(DashboardPage::CohortsTile)->text() == QStringLiteral("4"));
    CHECK(f.page.tileValue(DashboardPage::DynamicTile)->text() == QStringLiteral("50%"));
    CHECK(f.page.tileValue(DashboardPage::PermanentTile)->text() == QStringLiteral("33.3%"));
    // Held sessions only: MINI present 9, late 2, excused 1, absent 2 (M3's mark after her exit
    // does not count); MINI2 present 1, absent 1. (9 + 2 + 1) / (12 + 1 + 2 + 1) = 12/16.
    CHECK(f.page.tileValue(DashboardPage::AttendanceTile)->text() == QStringLiteral("75%"));
    CHECK(f.page.emptyLabel()->isHidden());
}

TEST_CASE("the dashboard's bars are each cohort's rates, and say why a cohort has none", "[ui][dashboard]")
{
    Fixture f;
    f.page.setCustomPeriod(kYearFrom, kYearTo);
    QApplication::processEvents();

    QBarSeries* exits = barsOf(f.page.exitChart());
    REQUIRE(exits->count() == 1);
    // MINI 1/2, MINI2 2/3 (M5 unknown stays in the denominator); MINI3 and MINI4 no bar.
    const QList<double> rates = valuesOf(exits->barSets().constFirst());
    REQUIRE(rates.size() == 4);
    CHECK(rates.at(0) == Approx(50.0));
    CHECK(rates.at(1) == Approx(200.0 / 3));
    CHECK(rates.at(2) == 0.0);
    CHECK(rates.at(3) == 0.0);
    CHECK(axisLabels(f.page.exitChart()) == QStringList({QStringLiteral("MINI"), QStringLiteral("MINI2"),
                                                         QStringLiteral("MINI3"), QStringLiteral("MINI4")}));
    // Above each bar its rate; where a bar would stand, why there is none.
    QStringList notes;
    for (const CategoryChartView::Category& c : f.page.exitChart()->categories())
        notes << c.note;
    CHECK(notes == QStringList({QStringLiteral("50%"), QStringLiteral("66.7%"), QStringLiteral("no outcome yet"),
                                QStringLiteral("nobody completed yet")}));
    CHECK_FALSE(f.page.exitChart()->categories().at(1).muted);
    CHECK(f.page.exitChart()->categories().at(2).muted);
    CHECK(f.page.exitChart()->categories().at(2).details ==
          QStringLiteral("Tremplin Lille automne 2025 (MINI3): no outcome recorded at 6 months yet for the 1 "
                         "participant who completed the course."));

    // MINI: M1 mentor and coach, M2 coach (K4 only proposed), of 3: 1/3, 2/3, 1/3. The others none.
    QBarSeries* pairings = barsOf(f.page.pairingChart());
    REQUIRE(pairings->count() == 3);
    CHECK(pairings->barSets().at(0)->label() == QStringLiteral("With a mentor"));
    CHECK(pairings->barSets().at(2)->label() == QStringLiteral("Full trio"));
    const QList<double> mentor = valuesOf(pairings->barSets().at(0));
    const QList<double> coach = valuesOf(pairings->barSets().at(1));
    const QList<double> trio = valuesOf(pairings->barSets().at(2));
    CHECK(mentor.at(0) == Approx(100.0 / 3));
    CHECK(coach.at(0) == Approx(200.0 / 3));
    CHECK(trio.at(0) == Approx(100.0 / 3));
    CHECK(mentor.at(1) == 0.0);
    CHECK(coach.at(1) == 0.0);

    // From MINI's first week (3 March) to MINI4's last (24 November): 39 weeks, so month by month,
    // a week in the month of its Thursday: March to November.
    const DashboardData& data = f.page.data();
    CHECK(data.monthly);
    REQUIRE(data.trend.size() == 9);
    CHECK(data.trend.at(0).start == QDate(2025, 3, 1));
    CHECK(data.trend.at(0).marks.present == 9);
    CHECK(data.trend.at(0).marks.unmarked == 1);
    CHECK(data.trend.at(3).start == QDate(2025, 6, 1));
    CHECK(data.trend.at(3).marks.rate() == Approx(0.5));
    CHECK_FALSE(data.trend.at(1).marks.rate().has_value());
    // The line breaks where nothing was marked: March and June are two pieces, and the threshold.
    int points = 0;
    for (QAbstractSeries* s : f.page.attendanceChart()->chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(s); line && line->pen().style() == Qt::SolidLine)
            points += int(line->count());
    CHECK(points == 2);
}

TEST_CASE("one month of the dashboard goes week by week", "[ui][dashboard]")
{
    Fixture f;
    f.page.setCustomPeriod(QDate(2025, 3, 1), QDate(2025, 3, 31));
    QApplication::processEvents();
    CHECK(f.page.sentenceLabel()->text() ==
          QStringLiteral("3 participants, 1 cohort, 50% dynamic exits at 6 months, of which 100% permanent."));
    CHECK(f.page.noteLabel()->isHidden());
    CHECK(f.page.tileValue(DashboardPage::AttendanceTile)->text() == QStringLiteral("78.6%")); // 11/14
    const DashboardData& data = f.page.data();
    CHECK_FALSE(data.monthly);
    REQUIRE(data.trend.size() == 2); // 2025-W10 and 2025-W11
    CHECK(data.trend.at(0).start == QDate(2025, 3, 3));
    CHECK(data.trend.at(1).start == QDate(2025, 3, 10));
    CHECK(f.page.attendanceChart()->categories().at(0).details ==
          QStringLiteral("Week of 3 March 2025: attendance 78.6% (11 present or late of 14 marked; 1 unmarked)."));
}

TEST_CASE("a period without cohorts, or without outcomes yet, says so", "[ui][dashboard]")
{
    Fixture f;
    f.page.setCustomPeriod(QDate(2020, 1, 1), QDate(2020, 12, 31));
    QApplication::processEvents();
    CHECK(f.page.sentenceLabel()->text() == QStringLiteral("No cohort ends between 1 January 2020 and 31 December 2020."));
    CHECK(f.page.emptyLabel()->isVisible());
    CHECK_FALSE(f.page.exitChart()->isVisible());

    f.page.setCustomPeriod(QDate(2025, 9, 1), QDate(2025, 9, 30));
    QApplication::processEvents();
    CHECK(f.page.sentenceLabel()->text() == QStringLiteral("1 participant, 1 cohort; no outcome recorded at 6 months yet."));
    CHECK(f.page.tileValue(DashboardPage::DynamicTile)->text() == QStringLiteral("–"));
    CHECK(f.page.exitChart()->isVisible());
    // MINI3 has no session: nothing marked, no line drawn but a sentence.
    CHECK(f.page.findChild<QLabel*>(QStringLiteral("noAttendance"))->isVisible());

    f.page.setCustomPeriod(QDate(2025, 11, 1), QDate(2025, 11, 30));
    QApplication::processEvents();
    CHECK(f.page.sentenceLabel()->text() == QStringLiteral("1 participant, 1 cohort; nobody has completed the course yet."));
}

TEST_CASE("the dashboard speaks French, figures in the French way", "[ui][dashboard][translations]")
{
    Fixture f(QLocale(QLocale::French, QLocale::France));
    f.page.setCustomPeriod(kYearFrom, kYearTo);
    QApplication::processEvents();
    const QChar nnbsp(0x202F);
    CHECK(f.page.sentenceLabel()->text() ==
          QStringLiteral("8 participant·e·s, 4 cohortes, 50%1% de sorties dynamiques à 6 mois, dont 33,3%1% en CDI.")
              .arg(nnbsp));
    CHECK(f.page.tileValue(DashboardPage::PermanentTile)->text() == QStringLiteral("33,3") + nnbsp + QStringLiteral("%"));
    CHECK(f.page.exitChart()->categories().at(3).note == QStringLiteral("personne n’a encore terminé"));
    CHECK(f.page.periodBox()->itemText(1) == QStringLiteral("12 derniers mois"));

    f.page.setCustomPeriod(QDate(2025, 9, 1), QDate(2025, 9, 30));
    QApplication::processEvents();
    CHECK(f.page.sentenceLabel()->text() ==
          QStringLiteral("1 participant·e, 1 cohorte\u00a0; aucune situation à 6 mois enregistrée pour l’instant."));
    f.page.setCustomPeriod(QDate(2020, 1, 1), QDate(2020, 12, 31));
    QApplication::processEvents();
    CHECK(f.page.sentenceLabel()->text() ==
          QStringLiteral("Aucune cohorte ne se termine entre le 1 janvier 2020 et le 31 décembre 2020."));
}

TEST_CASE("a click on a cohort's bar, or Enter on it, opens that cohort", "[ui][dashboard]")
{
    test::IsolatedSettings settings;
    test::ScopedLanguage english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    File file;
    MainWindow window;
    window.setErrorReporter([](const QString& message, const QString&) { FAIL(message.toStdString()); });
    REQUIRE(window.openFile(file.file.path()));
    window.resize(1280, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // The window opens on the Dashboard.
    REQUIRE(window.currentPage() == Page::Dashboard);
    auto* page = qobject_cast<DashboardPage*>(window.pageWidget(Page::Dashboard));
    REQUIRE(page);
    page->setCustomPeriod(kYearFrom, kYearTo);
    QApplication::processEvents();

    CategoryChartView* chart = page->exitChart();
    // The middle of MINI2's bar (66.7 high).
    const QPoint bar = chart->pointOf(1, 100.0 / 3);
    CHECK(chart->categoryAt(bar) == 1);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, bar);
    CHECK(window.cohortPage()->isVisible());
    CHECK(window.cohortPage()->cohortRef() == QStringLiteral("MINI2"));

    // From the keyboard: the pairing chart, End then Enter opens the last cohort.
    window.showPage(Page::Dashboard);
    page->pairingChart()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(page->pairingChart(), Qt::Key_End);
    CHECK(page->pairingChart()->accessibleDescription().contains(QStringLiteral("MINI4")));
    QTest::keyClick(page->pairingChart(), Qt::Key_Return);
    CHECK(window.cohortPage()->isVisible());
    CHECK(window.cohortPage()->cohortRef() == QStringLiteral("MINI4"));
}

TEST_CASE("the dashboard follows changes, rereading only once shown", "[ui][dashboard]")
{
    test::IsolatedSettings settings;
    test::ScopedLanguage english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    File file;
    MainWindow window;
    window.setErrorReporter([](const QString& message, const QString&) { FAIL(message.toStdString()); });
    REQUIRE(window.openFile(file.file.path()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = qobject_cast<DashboardPage*>(window.pageWidget(Page::Dashboard));
    REQUIRE(page);
    page->setCustomPeriod(kYearFrom, kYearTo);
    QApplication::processEvents();
    window.showPage(Page::Cohorts);
    const int loads = page->loads();

    // M5's outcome at 6 months comes in: a cdi.
    Outcome outcome;
    outcome.participantRef = QStringLiteral("M5");
    outcome.cohortRef = QStringLiteral("MINI2");
    outcome.milestone = Milestone::M6;
    outcome.situation = Situation::Cdi;
    outcome.recordedOn = QDate(2026, 1, 5);
    REQUIRE(OutcomeService(window.document()->database(), window.document()->notifier()).record(outcome));
    QApplication::processEvents();
    CHECK(page->loads() == loads);

    window.showPage(Page::Dashboard);
    QApplication::processEvents();
    CHECK(page->loads() == loads + 1);
    // Dynamic 4 of 6, cdi 2 of those 4.
    CHECK(page->sentenceLabel()->text() ==
          QStringLiteral("8 participants, 4 cohorts, 66.7% dynamic exits at 6 months, of which 50% permanent."));
}

TEST_CASE("a large file's figures are read off the GUI thread, the same as read at once", "[ui][dashboard][scale]")
{
    Fixture f;
    // Four cohorts: more than none, so read in the background as a network's file is.
    f.page.setBackgroundFrom(0);
    f.page.setCustomPeriod(kYearFrom, kYearTo);
    f.page.refresh();
    REQUIRE(f.page.isReading());
    // Meanwhile the page says so, and shows no figure of its own.
    CHECK(f.page.sentenceLabel()->text() == QStringLiteral("Reading the figures of the period…"));
    CHECK(f.page.emptyLabel()->isVisible());
    f.page.waitForFigures();
    CHECK_FALSE(f.page.isReading());
    REQUIRE(f.page.data().cohorts.size() == 4);
    // The same figures as the first test, read at once.
    CHECK(f.page.sentenceLabel()->text() ==
          QStringLiteral("8 participants, 4 cohorts, 50% dynamic exits at 6 months, of which 33.3% permanent."));
    CHECK(f.page.tileValue(DashboardPage::AttendanceTile)->text() == QStringLiteral("75%"));
    CHECK(f.page.emptyLabel()->isHidden());

    // Another period chosen while a reading runs: only the last one's figures are shown.
    f.page.setCustomPeriod(QDate(2025, 1, 1), QDate(2025, 3, 31)); // MINI
    f.page.refresh();
    REQUIRE(f.page.isReading());
    f.page.setCustomPeriod(QDate(2025, 6, 1), QDate(2025, 6, 30)); // MINI2
    f.page.refresh();
    REQUIRE(f.page.isReading());
    f.page.waitForFigures();
    REQUIRE(f.page.data().cohorts.size() == 1);
    CHECK(f.page.data().cohorts.constFirst().ref == QStringLiteral("MINI2"));
    // The reading dropped ends on its own, and changes nothing shown.
    for (int i = 0; i < 1000 && !f.page.findChildren<BackgroundJob*>().isEmpty(); ++i)
        QTest::qWait(10);
    CHECK(f.page.findChildren<BackgroundJob*>().isEmpty());
    REQUIRE(f.page.data().cohorts.size() == 1);
    CHECK(f.page.data().cohorts.constFirst().ref == QStringLiteral("MINI2"));
}
