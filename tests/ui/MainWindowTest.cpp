// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "core/storage/Database.h"
#include "ui/models/CohortTableModel.h"
#include "ui/models/ParticipantTableModel.h"
#include "ui/models/TableFilterProxy.h"
#include "ui/models/VolunteerTableModel.h"
#include "ui/pages/OutcomesPage.h"
#include "ui/pages/PairingsPage.h"
#include "ui/pages/AttendancePage.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/ReportsPage.h"
#include "ui/pages/SitesPage.h"
#include "ui/pages/TablePage.h"
#include "ui/pages/TimetablePage.h"
#include "ui/pages/WelcomePage.h"

#include <QCommandLinkButton>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>

using namespace parcours;
using namespace parcours::ui;
using test::fillSample;
using test::IsolatedSettings;
using test::ScopedLanguage;

namespace {

/// A window whose errors are collected instead of shown in a modal box.
struct Window
{
    Window()
    {
        window.setErrorReporter(
            [this](const QString& message, const QString&) { errors << message; });
    }
    MainWindow window;
    QStringList errors;
};

/// A filled file, closed so that only the window holds a connection to it.
struct SampleFile
{
    SampleFile()
    {
        fillSample(file.db());
        file.close();
    }
    test::TestDatabase file;
};

QStringList column(const QAbstractItemModel* model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

/// A file as the first version of Parcours wrote it: schema 1, one site (LIL), then `extraSql`
/// (one statement). Written through a plain Qt Sql connection, not the code under test.
QString makeVersion1File(const QString& path, const QString& extraSql = {})
{
    Database::latestSchemaVersion(); // registers the embedded migrations
    QFile initial(QStringLiteral(":/parcours/migrations/0001_initial.sql"));
    REQUIRE(initial.open(QIODevice::ReadOnly));
    QString script;
    for (const QString& line : QString::fromUtf8(initial.readAll()).split(QLatin1Char('\n')))
        if (!line.trimmed().startsWith(QLatin1String("--")))
            script += line + QLatin1Char('\n');
    QStringList statements = script.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    statements << QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)
               << QStringLiteral("PRAGMA user_version = 1")
               << QStringLiteral("INSERT INTO site (ref, name, city) VALUES ('LIL', 'Maison de l''emploi', 'Lille')");
    if (!extraSql.isEmpty())
        statements << extraSql;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version1"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        for (const QString& sql : std::as_const(statements)) {
            if (sql.trimmed().isEmpty())
                continue;
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(q.exec(sql));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version1"));
    return path;
}

/// user_version of `path`, read through a plain Qt Sql connection.
int userVersionOf(const QString& path)
{
    int version = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        raw.setDatabaseName(path);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (raw.open()) {
            QSqlQuery q(raw);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return version;
}

QStringList navigationTexts(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

} // namespace

TEST_CASE("with no file open the window shows the welcome page", "[ui][window]")
{
    IsolatedSettings settings;
    Window w;
    CHECK(w.window.showsWelcome());
    CHECK(w.window.database() == nullptr);
    CHECK(w.window.windowTitle() == QStringLiteral("Parcours"));
    CHECK(w.window.welcomePage()->createButton()->isVisibleTo(w.window.welcomePage()));
    CHECK(w.window.welcomePage()->openButton()->isVisibleTo(w.window.welcomePage()));
    // No recent files yet: the list is hidden rather than shown empty.
    CHECK_FALSE(w.window.welcomePage()->recentList()->isVisibleTo(w.window.welcomePage()));
}

TEST_CASE("the navigation lists every page in order", "[ui][window]")
{
    IsolatedSettings settings;
    Window w;
    CHECK(navigationTexts(w.window.navigation()) ==
          QStringList({QStringLiteral("Dashboard"), QStringLiteral("Cohorts"),
                       QStringLiteral("Timetable"), QStringLiteral("Pairings"),
                       QStringLiteral("Attendance"), QStringLiteral("Outcomes"),
                       QStringLiteral("Participants"), QStringLiteral("Volunteers"),
                       QStringLiteral("Trainers"), QStringLiteral("Sites and rooms"),
                       QStringLiteral("Reports")}));
    // The lists are tables (sites and rooms two of them); every other page is its own.
    for (Page page : {Page::Cohorts, Page::Participants, Page::Volunteers, Page::Trainers})
        CHECK(w.window.tablePage(page) != nullptr);
    CHECK(qobject_cast<SitesPage*>(w.window.pageWidget(Page::Sites)) != nullptr);
    CHECK(qobject_cast<TimetablePage*>(w.window.pageWidget(Page::Timetable)) != nullptr);
    CHECK(qobject_cast<OutcomesPage*>(w.window.pageWidget(Page::Outcomes)) != nullptr);
    CHECK(qobject_cast<PairingsPage*>(w.window.pageWidget(Page::Pairings)) != nullptr);
    CHECK(qobject_cast<AttendancePage*>(w.window.pageWidget(Page::Attendance)) != nullptr);
    CHECK(qobject_cast<DashboardPage*>(w.window.pageWidget(Page::Dashboard)) != nullptr);
    CHECK(qobject_cast<ReportsPage*>(w.window.pageWidget(Page::Reports)) != nullptr);
    // Choosing an item shows its page.
    w.window.navigation()->setCurrentRow(7);
    CHECK(w.window.currentPage() == Page::Volunteers);
    w.window.showPage(Page::Cohorts);
    CHECK(w.window.navigation()->currentRow() == 1);
}

TEST_CASE("the navigation speaks French with the French translation", "[ui][window][translations]")
{
    IsolatedSettings settings;
    ScopedLanguage french(QLocale(QLocale::French, QLocale::France));
    Window w;
    const QStringList texts = navigationTexts(w.window.navigation());
    REQUIRE(texts.size() == 11);
    CHECK(texts.at(0) == QStringLiteral("Tableau de bord"));
    CHECK(texts.at(3) == QStringLiteral("Trinômes"));
    CHECK(texts.at(4) == QStringLiteral("Émargement"));
    CHECK(texts.at(6) == QStringLiteral("Participant·e·s"));
    CHECK(texts.at(7) == QStringLiteral("Bénévoles"));
    CHECK(texts.at(8) == QStringLiteral("Intervenant·e·s"));
}

TEST_CASE("opening a file lists its participants, volunteers and cohorts", "[ui][window]")
{
    IsolatedSettings settings;
    ScopedLanguage english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    SampleFile sample;
    Window w;
    QStringList opened;
    QObject::connect(&w.window, &MainWindow::fileOpened, [&](const QString& p) { opened << p; });

    REQUIRE(w.window.openFile(sample.file.path()));
    CHECK(w.errors.isEmpty());
    CHECK(opened == QStringList{QFileInfo(sample.file.path()).absoluteFilePath()});
    CHECK_FALSE(w.window.showsWelcome());
    REQUIRE(w.window.database() != nullptr);
    CHECK_FALSE(w.window.database()->isReadOnly());

    const ParticipantTableModel* participants = w.window.participantModel();
    REQUIRE(participants->rowCount() == 3);
    CHECK(
        column(participants, ParticipantTableModel::FirstName) ==
        QStringList({QStringLiteral("Hélène"), QStringLiteral("Ahmad"), QStringLiteral("Amina")}));
    CHECK(column(participants, ParticipantTableModel::Cohort) ==
          QStringList(3, QStringLiteral("Tremplin Lyon 2024-1")));
    CHECK(column(w.window.volunteerModel(), VolunteerTableModel::LastName) ==
          QStringList({QStringLiteral("Dubois"), QStringLiteral("Benali")}));
    const CohortTableModel* cohorts = w.window.cohortModel();
    REQUIRE(cohorts->rowCount() == 1);
    CHECK(cohorts->index(0, CohortTableModel::Site).data() ==
          QStringLiteral("Maison des associations"));
    // Amina withdrew: two of the three are still enrolled.
    CHECK(cohorts->index(0, CohortTableModel::Enrolled).data() == QStringLiteral("2"));

    // Each list says how many it shows.
    CHECK(w.window.tablePage(Page::Participants)->countLabel()->text() ==
          QStringLiteral("3 participants"));
    CHECK(w.window.tablePage(Page::Volunteers)->countLabel()->text() ==
          QStringLiteral("2 volunteers"));
    CHECK(w.window.tablePage(Page::Cohorts)->countLabel()->text() == QStringLiteral("1 cohort"));
}

TEST_CASE("the title and the status bar name the open file", "[ui][window]")
{
    IsolatedSettings settings;
    SampleFile sample;
    Window w;
    REQUIRE(w.window.openFile(sample.file.path()));
    CHECK(w.window.windowTitle() == QStringLiteral("test.parcours - Parcours"));
    CHECK(w.window.windowFilePath() == QFileInfo(sample.file.path()).absoluteFilePath());
    auto* path = w.window.findChild<QLabel*>(QStringLiteral("pathLabel"));
    REQUIRE(path != nullptr);
    CHECK(path->text().endsWith(QStringLiteral("test.parcours")));
    auto* readOnly = w.window.findChild<QLabel*>(QStringLiteral("readOnlyLabel"));
    REQUIRE(readOnly != nullptr);
    CHECK_FALSE(readOnly->isVisibleTo(&w.window));
}

TEST_CASE("a file opened read-only says so in the title and the status bar", "[ui][window]")
{
    IsolatedSettings settings;
    SampleFile sample;
    Window w;
    REQUIRE(w.window.openFile(sample.file.path(), OpenMode::ReadOnly));
    REQUIRE(w.window.database()->isReadOnly());
    CHECK(w.window.windowTitle() == QStringLiteral("test.parcours [read-only] - Parcours"));
    CHECK(w.window.findChild<QLabel*>(QStringLiteral("readOnlyLabel"))->isVisibleTo(&w.window));
    CHECK(w.window.participantModel()->rowCount() == 3);
}

TEST_CASE("sorting the participants by last name orders the rows by last name", "[ui][window]")
{
    IsolatedSettings settings;
    SampleFile sample;
    Window w;
    REQUIRE(w.window.openFile(sample.file.path()));
    TablePage* page = w.window.tablePage(Page::Participants);
    QTableView* view = page->view();

    view->sortByColumn(ParticipantTableModel::LastName, Qt::AscendingOrder);
    CHECK(column(view->model(), ParticipantTableModel::LastName) ==
          QStringList(
              {QStringLiteral("Bakari"), QStringLiteral("Karimi"), QStringLiteral("Zerrouki")}));
    view->sortByColumn(ParticipantTableModel::LastName, Qt::DescendingOrder);
    CHECK(column(view->model(), ParticipantTableModel::LastName) ==
          QStringList(
              {QStringLiteral("Zerrouki"), QStringLiteral("Karimi"), QStringLiteral("Bakari")}));
    view->sortByColumn(ParticipantTableModel::FirstName, Qt::AscendingOrder);
    CHECK(
        column(view->model(), ParticipantTableModel::FirstName) ==
        QStringList({QStringLiteral("Ahmad"), QStringLiteral("Amina"), QStringLiteral("Hélène")}));
}

TEST_CASE("searching a list keeps the matching rows and the count says so", "[ui][window]")
{
    IsolatedSettings settings;
    ScopedLanguage english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    SampleFile sample;
    Window w;
    REQUIRE(w.window.openFile(sample.file.path()));
    TablePage* page = w.window.tablePage(Page::Participants);

    page->searchField()->setText(QStringLiteral("helene"));
    REQUIRE(page->view()->model()->rowCount() == 1);
    CHECK(page->view()->model()->index(0, ParticipantTableModel::FirstName).data() ==
          QStringLiteral("Hélène"));
    CHECK(page->countLabel()->text() == QStringLiteral("1 shown out of 3 participants"));

    page->searchField()->clear();
    CHECK(page->view()->model()->rowCount() == 3);
    CHECK(page->countLabel()->text() == QStringLiteral("3 participants"));
}

TEST_CASE("opening a file of random bytes reports it and keeps the open file", "[ui][window]")
{
    IsolatedSettings settings;
    SampleFile sample;
    Window w;
    REQUIRE(w.window.openFile(sample.file.path()));
    const QString title = w.window.windowTitle();

    QByteArray noise(4096, '\0');
    QRandomGenerator generator(42);
    for (char& c : noise)
        c = char(generator.bounded(256));
    const QString bad = sample.file.dir() + QStringLiteral("/noise.parcours");
    test::writeBytes(bad, noise);

    QStringList reported;
    QObject::connect(&w.window, &MainWindow::errorReported,
                     [&](const QString& m) { reported << m; });
    CHECK_FALSE(w.window.openFile(bad));

    REQUIRE(w.errors.size() == 1);
    CHECK(reported == w.errors);
    CHECK(w.errors.constFirst().contains(QStringLiteral("noise.parcours")));
    CHECK(w.errors.constFirst().contains(QStringLiteral("not a Parcours file")));
    CHECK(test::readBytes(bad) == noise);
    // Nothing changed: the same file is open, listed and named in the title.
    REQUIRE(w.window.database() != nullptr);
    CHECK(w.window.database()->path() == QFileInfo(sample.file.path()).absoluteFilePath());
    CHECK(w.window.windowTitle() == title);
    CHECK(w.window.participantModel()->rowCount() == 3);
}

TEST_CASE("an older file is moved up off the GUI thread, its copy kept, then opened", "[ui][window][migration]")
{
    IsolatedSettings settings;
    QTemporaryDir dir;
    const QString old = makeVersion1File(dir.filePath(QStringLiteral("old.parcours")));
    REQUIRE(Database::needsMigration(old).value_or(false));
    Window w;
    // A timer due at once fires only if the window's events go on while the file is opened:
    // they do while the migration runs on the job's thread, the progress dialog up.
    bool eventsWentOn = false;
    QTimer::singleShot(0, &w.window, [&] { eventsWentOn = true; });
    REQUIRE(w.window.openFile(old));
    CHECK(eventsWentOn);
    CHECK(w.errors.isEmpty());
    REQUIRE(w.window.database() != nullptr);
    CHECK_FALSE(w.window.database()->isReadOnly());
    CHECK(w.window.database()->schemaVersion().value() == Database::latestSchemaVersion());
    const QString copy = Database::backupPathBeforeMigration(QFileInfo(old).absoluteFilePath(), 1);
    REQUIRE(QFileInfo::exists(copy));
    CHECK(userVersionOf(copy) == 1);

    // A file already at the latest schema opens without a turn of the event loop.
    SampleFile current;
    bool ticked = false;
    QTimer::singleShot(0, &w.window, [&] { ticked = true; });
    REQUIRE(w.window.openFile(current.file.path()));
    CHECK_FALSE(ticked);
}

TEST_CASE("an older file whose migration fails is reported and left at its version", "[ui][window][migration]")
{
    IsolatedSettings settings;
    QTemporaryDir dir;
    // A table of migration 2 made by hand: the second step fails half-way.
    const QString old = makeVersion1File(dir.filePath(QStringLiteral("broken.parcours")),
                                         QStringLiteral("CREATE TABLE office_closure (x TEXT)"));
    Window w;
    CHECK_FALSE(w.window.openFile(old));
    REQUIRE(w.errors.size() == 1);
    CHECK(w.errors.constFirst().contains(QStringLiteral("broken.parcours")));
    CHECK(w.window.showsWelcome());
    CHECK(w.window.database() == nullptr);
    CHECK(userVersionOf(old) == 1);
    CHECK(QFileInfo::exists(Database::backupPathBeforeMigration(QFileInfo(old).absoluteFilePath(), 1)));
}

TEST_CASE("a bad file opened from the welcome page leaves the welcome page", "[ui][window]")
{
    IsolatedSettings settings;
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("notes.parcours"));
    test::writeBytes(bad, "Name;Phone\nHélène;0600000000\n");
    Window w;
    CHECK_FALSE(w.window.openFile(bad));
    CHECK(w.errors.size() == 1);
    CHECK(w.window.showsWelcome());
    CHECK(w.window.database() == nullptr);
    CHECK(w.window.windowTitle() == QStringLiteral("Parcours"));
}

TEST_CASE("a recent file that has gone is reported and leaves the recent files", "[ui][window]")
{
    IsolatedSettings settings;
    QString gone;
    {
        SampleFile sample;
        Window w;
        REQUIRE(w.window.openFile(sample.file.path()));
        gone = w.window.database()->path();
        w.window.closeFile();
        REQUIRE(w.window.welcomePage()->recentList()->count() == 1);
    }
    Window w;
    CHECK(w.window.welcomePage()->recentList()->count() == 0);
    CHECK_FALSE(w.window.openFile(gone));
    REQUIRE(w.errors.size() == 1);
    CHECK(w.errors.constFirst().contains(QStringLiteral("no longer exists")));
}

TEST_CASE("creating a file adds the suffix and never replaces a file", "[ui][window]")
{
    IsolatedSettings settings;
    QTemporaryDir dir;
    Window w;
    REQUIRE(w.window.createFile(dir.filePath(QStringLiteral("office"))));
    const QString made = dir.filePath(QStringLiteral("office.parcours"));
    CHECK(QFileInfo(made).isFile());
    CHECK(w.window.database()->path() == made);
    CHECK(w.window.windowTitle() == QStringLiteral("office.parcours - Parcours"));
    // An empty file: each list says there is nothing yet instead of showing an empty table.
    CHECK(w.window.participantModel()->rowCount() == 0);
    CHECK(w.window.tablePage(Page::Participants)->showsEmptyState());
    CHECK(w.window.tablePage(Page::Volunteers)->showsEmptyState());

    const QString existing = dir.filePath(QStringLiteral("keep.parcours"));
    test::writeBytes(existing, "precious");
    CHECK_FALSE(w.window.createFile(existing));
    REQUIRE(w.errors.size() == 1);
    CHECK(w.errors.constFirst().contains(QStringLiteral("already exists")));
    CHECK(test::readBytes(existing) == "precious");
    CHECK(w.window.database()->path() == made);
}

TEST_CASE("closing the file empties the lists and shows the welcome page", "[ui][window]")
{
    IsolatedSettings settings;
    SampleFile sample;
    Window w;
    int closed = 0;
    QObject::connect(&w.window, &MainWindow::fileClosed, [&] { ++closed; });
    REQUIRE(w.window.openFile(sample.file.path()));
    w.window.closeFile();
    CHECK(closed == 1);
    CHECK(w.window.showsWelcome());
    CHECK(w.window.database() == nullptr);
    CHECK(w.window.participantModel()->rowCount() == 0);
    CHECK(w.window.volunteerModel()->rowCount() == 0);
    CHECK(w.window.cohortModel()->rowCount() == 0);
    CHECK(w.window.windowTitle() == QStringLiteral("Parcours"));
    // The file just closed is offered again.
    REQUIRE(w.window.welcomePage()->recentList()->count() == 1);
    CHECK(w.window.welcomePage()->recentList()->item(0)->data(Qt::UserRole) ==
          QFileInfo(sample.file.path()).absoluteFilePath());
}

TEST_CASE("the lists show codes and dates in French with the French translation",
          "[ui][window][translations]")
{
    IsolatedSettings settings;
    ScopedLanguage french(QLocale(QLocale::French, QLocale::France));
    SampleFile sample;
    Window w;
    REQUIRE(w.window.openFile(sample.file.path()));
    const ParticipantTableModel* m = w.window.participantModel();
    CHECK(m->index(0, ParticipantTableModel::Status).data() == QStringLiteral("Réfugié·e"));
    CHECK(m->index(1, ParticipantTableModel::Status).data() ==
          QStringLiteral("Demandeur·se d'asile"));
    CHECK(m->index(0, ParticipantTableModel::ArrivalDate).data() == QStringLiteral("10/05/2022"));
    CHECK(m->headerData(ParticipantTableModel::FirstName, Qt::Horizontal) ==
          QStringLiteral("Prénom"));
    CHECK(w.window.cohortModel()->index(0, CohortTableModel::StartDate).data() ==
          QStringLiteral("08/01/2024"));
    CHECK(w.window.tablePage(Page::Participants)->countLabel()->text() ==
          QStringLiteral("3 participant·e·s"));
    CHECK(w.window.windowTitle() == QStringLiteral("test.parcours - Parcours"));
}

TEST_CASE("trying the demo opens a fresh file of invented data", "[ui][window][demo]")
{
    IsolatedSettings settings;
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.parcours"));
    Window w;
    CHECK(w.window.welcomePage()->demoButton()->isVisibleTo(w.window.welcomePage()));
    REQUIRE(w.window.openDemo(demo));
    CHECK(w.errors.isEmpty());
    CHECK(w.window.windowTitle() == QStringLiteral("demo.parcours - Parcours"));
    // cli.md: the small demo is three cohorts of twenty.
    CHECK(w.window.cohortModel()->rowCount() == 3);
    CHECK(w.window.participantModel()->rowCount() == 60);
    CHECK(w.window.volunteerModel()->rowCount() > 0);

    // Trying it again makes a new demo in place of the old one, not a second helping.
    REQUIRE(w.window.openDemo(demo));
    CHECK(w.errors.isEmpty());
    CHECK(w.window.participantModel()->rowCount() == 60);
}

TEST_CASE("the window remembers its size and page for next time", "[ui][window][settings]")
{
    IsolatedSettings settings;
    SampleFile sample;
    {
        Window w;
        REQUIRE(w.window.openFile(sample.file.path()));
        w.window.resize(900, 640);
        w.window.showPage(Page::Volunteers);
        w.window.close();
    }
    Window w;
    CHECK(w.window.size() == QSize(900, 640));
    REQUIRE(w.window.openFile(sample.file.path()));
    CHECK(w.window.currentPage() == Page::Volunteers);
}
