// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppClock.h"
#include "Document.h"
#include "ErrorMessages.h"
#include "FileActions.h"
#include "PrivacyActions.h"
#include "FileSafety.h"
#include "RecentFiles.h"
#include "core/Clock.h"
#include "core/services/AppPaths.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/BackupRotation.h"
#include "core/storage/Database.h"
#include "core/storage/WriteLock.h"
#include "jobs/BackgroundJob.h"
#include "jobs/JobDialog.h"
#include "models/CohortTableModel.h"
#include "models/ListTableModel.h"
#include "models/TableFilterProxy.h"
#include "models/ParticipantTableModel.h"
#include "models/VolunteerTableModel.h"
#include "pages/AttendancePage.h"
#include "pages/CohortPage.h"
#include "pages/DashboardPage.h"
#include "pages/OutcomesPage.h"
#include "pages/ListPages.h"
#include "pages/PairingsPage.h"
#include "pages/PlaceholderPage.h"
#include "pages/ReportsPage.h"
#include "pages/TablePage.h"
#include "pages/TimetablePage.h"
#include "pages/WelcomePage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>

namespace parcours::ui {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kPageKey = QStringLiteral("window/page");
const QString kSuffix = QStringLiteral(".parcours");
constexpr Page kFirstPage = Page::Dashboard;
// The same seed every time: two people trying the demo on the same day see the same data.
constexpr quint32 kDemoSeed = 1;

QString fileFilter()
{
    return MainWindow::tr("Parcours files (*.parcours)");
}

/// `titles` with a keyboard mnemonic each ("&Cohorts"): the first letter of a word not taken
/// by an earlier title, else any letter not taken, whatever the language.
QStringList withMnemonics(const QStringList& titles)
{
    QString taken;
    QStringList out;
    for (const QString& title : titles) {
        int chosen = -1;
        for (int pass = 0; pass < 2 && chosen < 0; ++pass) {
            for (int i = 0; i < title.size() && chosen < 0; ++i) {
                const QChar c = title.at(i).toLower();
                const bool wordStart = i == 0 || !title.at(i - 1).isLetter();
                if (c.isLetter() && (pass == 1 || wordStart) && !taken.contains(c))
                    chosen = i;
            }
        }
        QString text = title;
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (chosen >= 0) {
            taken += title.at(chosen).toLower();
            text.insert(chosen + int(title.left(chosen).count(QLatin1Char('&'))), QLatin1Char('&'));
        }
        out << text;
    }
    return out;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_undoGroup(new QUndoGroup(this)), m_central(new QStackedWidget(this)),
      m_welcome(new WelcomePage(m_central)), m_workspace(new QWidget(m_central)),
      m_navigation(new QListWidget(m_workspace)), m_pages(new QStackedWidget(m_workspace)),
      m_lists(new ListPages(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/parcours.svg")));
    m_reportError = [this](const QString& message, const QString& details) {
        QMessageBox box(QMessageBox::Warning, tr("Parcours"), message, QMessageBox::Ok, this);
        box.setDetailedText(details);
        box.exec();
    };

    m_fileActions = new FileActions(this);
    m_fileActions->setErrorReporter([this](const QString& message, const QString& details) {
        emit errorReported(message);
        if (m_reportError)
            m_reportError(message, details);
    });
    connect(m_fileActions, &FileActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_fileActions, &FileActions::restoreRequested, this, &MainWindow::restoreBackup);
    m_fileSafety = new FileSafety(this);
    connect(m_fileSafety, &FileSafety::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    createPages();
    createActions();
    connect(m_lists, &ListPages::failed, this, &MainWindow::reportError);

    auto* layout = new QHBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_workspace);
    setCentralWidget(m_central);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnlyLabel = new QLabel(tr("Read-only"), this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setToolTip(tr("This file is open for reading only: changes cannot be saved."));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_readOnlyLabel);

    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::newFileDialog);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openFileDialog);
    connect(m_welcome, &WelcomePage::recentRequested, this,
            [this](const QString& path) { openFile(path); });
    connect(m_welcome, &WelcomePage::demoRequested, this, [this] { openDemo(); });

    resize(1100, 700);
    restoreWindowSettings();
    updateRecentFiles();
    updateFileState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    for (Page page : Navigation::pages()) {
        QWidget* widget = m_lists->createPage(page, m_pages);
        if (!widget && page == Page::Timetable) {
            auto* timetable = new TimetablePage(m_pages);
            connect(timetable, &TimetablePage::failed, this, &MainWindow::reportError);
            connect(timetable, &TimetablePage::message, this,
                    [this](const QString& text) { statusBar()->showMessage(text, 6000); });
            m_attachers.insert(timetable, [timetable](Document* d) { timetable->setDocument(d); });
            widget = timetable;
        }
        if (!widget && page == Page::Outcomes) {
            auto* outcomes = new OutcomesPage(m_pages);
            connect(outcomes, &OutcomesPage::failed, this, &MainWindow::reportError);
            connect(outcomes, &OutcomesPage::message, this,
                    [this](const QString& text) { statusBar()->showMessage(text, 6000); });
            m_attachers.insert(outcomes, [outcomes](Document* d) { outcomes->setDocument(d); });
            widget = outcomes;
        }
        if (!widget && page == Page::Reports) {
            auto* reports = new ReportsPage(m_pages);
            connect(reports, &ReportsPage::failed, this, &MainWindow::reportError);
            connect(reports, &ReportsPage::message, this,
                    [this](const QString& text) { statusBar()->showMessage(text, 6000); });
            m_attachers.insert(reports, [reports](Document* d) { reports->setDocument(d); });
            widget = reports;
        }
        if (!widget && page == Page::Pairings) {
            auto* pairings = new PairingsPage(m_pages);
            connect(pairings, &PairingsPage::failed, this, &MainWindow::reportError);
            connect(pairings, &PairingsPage::message, this,
                    [this](const QString& text) { statusBar()->showMessage(text, 6000); });
            m_attachers.insert(pairings, [pairings](Document* d) { pairings->setDocument(d); });
            widget = pairings;
        }
        if (!widget && page == Page::Dashboard) {
            auto* dashboard = new DashboardPage(m_pages);
            connect(dashboard, &DashboardPage::failed, this, &MainWindow::reportError);
            connect(dashboard, &DashboardPage::cohortActivated, this,
                    [this](const QString& ref) { showCohort(ref); });
            m_attachers.insert(dashboard, [dashboard](Document* d) { dashboard->setDocument(d); });
            widget = dashboard;
        }
        if (!widget && page == Page::Attendance) {
            auto* attendance = new AttendancePage(m_pages);
            connect(attendance, &AttendancePage::failed, this, &MainWindow::reportError);
            connect(attendance, &AttendancePage::message, this,
                    [this](const QString& text) { statusBar()->showMessage(text, 6000); });
            m_attachers.insert(attendance, [attendance](Document* d) { attendance->setDocument(d); });
            widget = attendance;
        }
        if (!widget)
            widget = new PlaceholderPage(Navigation::icon(page), Navigation::title(page),
                                         Navigation::promise(page), m_pages);
        widget->setObjectName(Navigation::key(page) + QStringLiteral("Page"));
        m_pages->addWidget(widget);
        m_pageWidgets << widget;
        auto* item =
            new QListWidgetItem(Navigation::icon(page), Navigation::title(page), m_navigation);
        item->setData(Qt::UserRole, Navigation::key(page));
    }
    // Wide enough for the longest name in the current language, never wider than needed.
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) +
                                2 * m_navigation->frameWidth() + 24);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(int(Navigation::pages().indexOf(kFirstPage)));
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::attachShownPage);

    // A cohort's own page, reached from the list of cohorts; the navigation stays on Cohorts,
    // and a click on it goes back to the list.
    m_cohortPage = new CohortPage(m_lists->participants(), m_pages);
    m_pages->addWidget(m_cohortPage);
    connect(m_navigation, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { m_pages->setCurrentIndex(m_navigation->row(item)); });
    connect(m_cohortPage, &CohortPage::backRequested, this, [this](const QString& ref) {
        showPage(Page::Cohorts);
        if (TablePage* list = tablePage(Page::Cohorts)) {
            list->selectRef(ref);
            list->view()->setFocus(Qt::OtherFocusReason);
        }
    });
    // GDPR: "Erase this person…" beside the lists of people (File > Retention is below).
    m_privacy = new PrivacyActions(this);
    connect(m_privacy, &PrivacyActions::message, this, [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    if (TablePage* participants = tablePage(Page::Participants))
        m_privacy->attach(participants, EntityKind::Participant);
    if (TablePage* volunteers = tablePage(Page::Volunteers))
        m_privacy->attach(volunteers, EntityKind::Volunteer);
    if (TablePage* cohorts = tablePage(Page::Cohorts)) {
        connect(cohorts->view(), &QAbstractItemView::activated, this,
                [this](const QModelIndex& index) { showCohort(index.data(RefRole).toString()); });
        cohorts->view()->setToolTip(tr("Double-click a cohort (or press Enter) to see its "
                                       "enrolments"));
        // The same, seen: a button beside the list for the cohort chosen.
        m_openCohortAction = new QAction(tr("Open the cohort"), this);
        m_openCohortAction->setObjectName(QStringLiteral("openCohortAction"));
        m_openCohortAction->setToolTip(tr("Its details, weekly targets and enrolments (Enter)"));
        m_openCohortAction->setEnabled(false);
        connect(m_openCohortAction, &QAction::triggered, this, [this, cohorts] {
            if (!cohorts->currentRef().isEmpty())
                showCohort(cohorts->currentRef());
        });
        connect(cohorts->view()->selectionModel(), &QItemSelectionModel::currentRowChanged,
                m_openCohortAction, [this](const QModelIndex& current) {
                    m_openCohortAction->setEnabled(current.isValid());
                });
        connect(cohorts->proxy(), &QAbstractItemModel::modelReset, m_openCohortAction,
                [this] { m_openCohortAction->setEnabled(false); });
        cohorts->addButton(m_openCohortAction)->setObjectName(QStringLiteral("openCohortButton"));
    }
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(QIcon(QStringLiteral(":/icons/new-file.svg")), tr("&New…"),
                                         this, &MainWindow::newFileDialog);
    // Ctrl+N makes a new record in the list shown; a new file is rarer.
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newAction->setToolTip(tr("Create a new, empty Parcours file"));
    QAction* openAction = file->addAction(QIcon(QStringLiteral(":/icons/open-file.svg")),
                                          tr("&Open…"), this, &MainWindow::openFileDialog);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setToolTip(tr("Open a Parcours file"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(QIcon(QStringLiteral(":/icons/demo.svg")), tr("Try the &demo"), this,
                    [this] { openDemo(); })
        ->setToolTip(tr("Open a file of invented data to explore Parcours"));
    file->addSeparator();
    file->addAction(m_fileActions->importFolderAction());
    file->addAction(m_fileActions->importCsvAction());
    file->addAction(m_fileActions->exportFolderAction());
    file->addAction(m_fileActions->backUpAction());
    file->addAction(m_fileActions->restoreAction());
    file->addAction(m_fileActions->auditLogAction());
    file->addAction(m_fileActions->staffNameAction());
    file->addAction(m_privacy->retentionAction());
    if (auto* reports = m_pages->findChild<ReportsPage*>())
        file->addAction(reports->settingsAction());
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeFile);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"),
                                           QIcon(QStringLiteral(":/icons/undo.svg"))));
    // The menu names the edit ("Undo Add participant ..."); a toolbar button stays short.
    m_undoAction->setIconText(tr("Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"),
                                           QIcon(QStringLiteral(":/icons/redo.svg"))));
    m_redoAction->setIconText(tr("Redo"));
    // Ctrl+Shift+Z everywhere, and the platform's own when it differs (Ctrl+Y on Windows).
    QList<QKeySequence> redoKeys = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys << key;
    m_redoAction->setShortcuts(redoKeys);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    m_findAction = edit->addAction(tr("&Find"), this, &MainWindow::focusSearch);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setToolTip(tr("Search the list shown"));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    const QList<Page> pages = Navigation::pages();
    QStringList titles;
    for (Page page : pages)
        titles << Navigation::title(page);
    titles = withMnemonics(titles);
    for (int i = 0; i < pages.size(); ++i) {
        const Page page = pages.at(i);
        QAction* action = go->addAction(Navigation::icon(page), titles.at(i), this,
                                        [this, page] { showPage(page); });
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_fileActions->aboutAction());
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);

    QToolBar* toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(newAction);
    toolbar->addAction(openAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    toolbar->addAction(m_fileActions->importCsvAction());
    toolbar->addAction(m_fileActions->exportFolderAction());
    toolbar->addAction(m_fileActions->backUpAction());
}

bool MainWindow::openFile(const QString& path, OpenMode requested)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_document && QFileInfo(m_document->path()).absoluteFilePath() == absolute)
        return true;
    if (!QFileInfo(absolute).isFile()) {
        RecentFiles::remove(absolute);
        updateRecentFiles();
        reportError(
            ErrorMessages::openFailed(Error{ErrorCode::NotFound, absolute, {}, {}}, absolute),
            Error{ErrorCode::NotFound, absolute, {}, {}});
        return false;
    }
    // A file this user may not write is still worth reading: open it read-only and say so.
    // One writer at a time: a file another Parcours writes is offered read-only.
    auto opening = m_fileSafety->prepare(
        absolute, QFileInfo(absolute).isWritable() ? requested : OpenMode::ReadOnly);
    if (!opening)
        return false;
    if (opening->mode == OpenMode::ReadWrite && !migrateIfOlder(absolute))
        return false;
    auto db = Database::open(absolute, opening->mode);
    if (!db && db.error().code == ErrorCode::ReadOnly && opening->mode == OpenMode::ReadWrite) {
        opening->lock.reset();
        db = Database::open(absolute, OpenMode::ReadOnly);
    }
    if (!db) {
        reportError(ErrorMessages::openFailed(db.error(), absolute), db.error());
        return false;
    }
    adopt(std::move(*db), std::move(opening->lock));
    if (m_document)
        m_fileSafety->afterOpen(*m_document);
    return m_document != nullptr;
}

bool MainWindow::migrateIfOlder(const QString& path)
{
    // A file that cannot be read is left to Database::open, which says why.
    if (!Database::needsMigration(path).value_or(false))
        return true;
    // Opening the file read-write on the job's thread migrates it there; that connection is then
    // closed, and the window opens the file, now at the latest schema, as any other.
    BackgroundJob job(path, [](Database&, JobProgress&) -> Result<void> { return {}; });
    job.setOpenMode(OpenMode::ReadWrite);
    const auto outcome = JobDialog::run(job,
                                        tr("Updating %1 for this version of Parcours. A copy of the file "
                                           "as it was is kept beside it.")
                                            .arg(QFileInfo(path).fileName()),
                                        this, JobDialog::Cancel::NotOffered);
    if (outcome == BackgroundJob::Outcome::Done)
        return true;
    // Not writable after all: the open that follows falls back to read-only, as it would have.
    if (job.error() && job.error()->code == ErrorCode::ReadOnly)
        return true;
    const Error error = job.error().value_or(Error{ErrorCode::Io, path, {}, {}});
    reportError(ErrorMessages::openFailed(error, path), error);
    return false;
}

bool MainWindow::createFile(const QString& path)
{
    QString target = QFileInfo(path).absoluteFilePath();
    if (!target.endsWith(kSuffix, Qt::CaseInsensitive))
        target += kSuffix;
    auto lock = WriteLock::acquire(target, QStringLiteral("parcours"));
    if (!lock) {
        reportError(ErrorMessages::createFailed(lock.error(), target), lock.error());
        return false;
    }
    auto db = Database::create(target);
    if (!db) {
        reportError(ErrorMessages::createFailed(db.error(), target), db.error());
        return false;
    }
    adopt(std::move(*db), std::move(*lock));
    if (m_document)
        m_fileSafety->warnAboutLocation(target);
    return m_document != nullptr;
}

QString MainWindow::defaultDemoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.parcours"));
}

bool MainWindow::openDemo(const QString& path)
{
    const QString target = QFileInfo(path.isEmpty() ? defaultDemoPath() : path).absoluteFilePath();
    if (m_document && QFileInfo(m_document->path()).absoluteFilePath() == target)
        closeFile();
    // Another Parcours showing the demo keeps it: its file is not pulled from under it.
    auto lock = WriteLock::acquire(target, QStringLiteral("parcours"));
    if (!lock) {
        reportError(ErrorMessages::createFailed(lock.error(), target), lock.error());
        return false;
    }
    // The demo file is Parcours's own: a new one, dated around today, replaces the last one.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
    QDir().mkpath(QFileInfo(target).absolutePath());

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto db = Database::create(target);
    Result<DemoData> filled = db ? DemoGenerator(AppClock::instance(), kDemoSeed).fill(**db)
                                 : Result<DemoData>(fail(db.error()));
    QApplication::restoreOverrideCursor();
    if (!db) {
        reportError(ErrorMessages::createFailed(db.error(), target), db.error());
        return false;
    }
    if (!filled) {
        db->reset();
        QFile::remove(target);
        reportError(tr("The demo file could not be made."), filled.error());
        return false;
    }
    adopt(std::move(*db), std::move(*lock));
    return m_document != nullptr;
}

void MainWindow::adopt(std::unique_ptr<Database> db, std::unique_ptr<WriteLock> lock)
{
    if (m_document)
        closeFile();
    m_document = new Document(std::move(db), this);
    m_document->holdLock(std::move(lock));
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document, &Document::commandFailed, this, [this](const Error& error) {
        reportError(ErrorMessages::editFailed(error), error);
    });
    m_lists->attach(m_document);
    if (!reload()) {
        closeFile();
        return;
    }
    const QString path = m_document->path();
    RecentFiles::add(path);
    AppPaths::setLastDatabasePath(path);
    updateRecentFiles();
    // The page left last is shown first, so that the pages read only once shown.
    const QString savedPage = QSettings().value(kPageKey).toString();
    for (Page page : Navigation::pages())
        if (Navigation::key(page) == savedPage)
            showPage(page);
    updateFileState();
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 4000);
    emit fileOpened(path);
}

Database* MainWindow::database() const
{
    return m_document ? &m_document->database() : nullptr;
}

bool MainWindow::reload()
{
    if (!m_document)
        return false;
    if (auto result = m_lists->reload(m_document->database()); !result) {
        reportError(ErrorMessages::readFailed(result.error()), result.error());
        return false;
    }
    return true;
}

void MainWindow::attachShownPage()
{
    QWidget* shown = m_pages->currentWidget();
    if (m_detached.remove(shown))
        m_attachers.value(shown)(m_document);
    m_lists->show(currentPage());
}

bool MainWindow::restoreBackup(const QString& backup)
{
    if (!m_document || m_document->isReadOnly())
        return false;
    const QString path = m_document->path();
    m_fileSafety->stopBackup(); // today's backup, if still being made, reads the file replaced
    std::unique_ptr<WriteLock> lock = m_document->releaseLock();
    closeFile(); // every connection closed: the file can be replaced
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto kept = BackupRotation::restore(path, backup, QDateTime::currentDateTime());
    QApplication::restoreOverrideCursor();
    if (!kept)
        reportError(ErrorMessages::restoreFailed(kept.error(), backup), kept.error());
    if (!migrateIfOlder(path)) // a backup made by an older version
        return false;
    auto db = Database::open(path, OpenMode::ReadWrite);
    if (!db) {
        reportError(ErrorMessages::openFailed(db.error(), path), db.error());
        return false;
    }
    adopt(std::move(*db), std::move(lock));
    if (!m_document || !kept)
        return false;
    if (auto logged = AuditLog::recordRestore(m_document->database(), QFileInfo(backup).fileName()); !logged)
        reportError(ErrorMessages::editFailed(logged.error()), logged.error());
    statusBar()->showMessage(tr("Restored %1; the file as it was is kept as %2")
                                 .arg(QFileInfo(backup).fileName(), QFileInfo(*kept).fileName()),
                             8000);
    return true;
}

void MainWindow::closeFile()
{
    const bool hadFile = m_document != nullptr;
    m_lists->attach(nullptr);
    // The undo history belongs to the file: it goes with it.
    delete m_document;
    m_document = nullptr;
    updateRecentFiles();
    updateFileState();
    if (hadFile)
        emit fileClosed();
}

void MainWindow::newFileDialog()
{
    QFileDialog dialog(this, tr("Create a Parcours file"), dialogFolder(), fileFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(kSuffix.mid(1));
    // Parcours never replaces a file: createFile() refuses and says so, no need to ask first.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    createFile(dialog.selectedFiles().constFirst());
}

void MainWindow::openFileDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a Parcours file"), dialogFolder(),
                                     fileFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

QString MainWindow::dialogFolder() const
{
    if (m_document)
        return QFileInfo(m_document->path()).absolutePath();
    const QStringList recent = RecentFiles::list();
    if (!recent.isEmpty())
        return QFileInfo(recent.constFirst()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::updateRecentFiles()
{
    const QStringList files = RecentFiles::list();
    m_recentMenu->clear();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        // "&1 name" gives each entry a keyboard accelerator; a '&' in a name must be doubled.
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name),
                                                  this, [this, path] { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), this, [this] {
            RecentFiles::clear();
            updateRecentFiles();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_welcome->setRecentFiles(files);
}

void MainWindow::updateFileState()
{
    const bool open = m_document != nullptr;
    m_central->setCurrentWidget(open ? m_workspace : static_cast<QWidget*>(m_welcome));
    m_closeAction->setEnabled(open);
    m_findAction->setEnabled(open);
    m_fileActions->setDocument(m_document);
    m_privacy->setDocument(m_document);
    // A page reads the file when it is given it: only the page shown is given it now, the
    // others when first shown (a network's file makes every page's reading long).
    m_detached.clear();
    for (auto it = m_attachers.cbegin(); it != m_attachers.cend(); ++it) {
        if (!open || it.key() == m_pages->currentWidget())
            it.value()(m_document);
        else
            m_detached.insert(it.key());
    }
    m_cohortPage->setDocument(m_document);
    if (!open && m_pages->currentWidget() == m_cohortPage)
        showPage(Page::Cohorts);
    if (!open) {
        setWindowTitle(tr("Parcours"));
        setWindowFilePath(QString());
        m_pathLabel->clear();
        m_readOnlyLabel->hide();
        return;
    }
    setWindowFilePath(m_document->path());
    setWindowTitle(titleFor(m_document->path(), m_document->isReadOnly()));
    m_pathLabel->setText(QDir::toNativeSeparators(m_document->path()));
    m_readOnlyLabel->setVisible(m_document->isReadOnly());
}

QString MainWindow::titleFor(const QString& path, bool readOnly)
{
    const QString name = QFileInfo(path).fileName();
    if (readOnly)
        return tr("%1 [read-only] - Parcours").arg(name);
    return tr("%1 - Parcours").arg(name);
}

bool MainWindow::showsWelcome() const
{
    return m_central->currentWidget() == m_welcome;
}

Page MainWindow::currentPage() const
{
    if (m_pages->currentWidget() == m_cohortPage)
        return Page::Cohorts;
    return Navigation::pages().value(m_pages->currentIndex(), kFirstPage);
}

void MainWindow::showPage(Page page)
{
    const int row = int(Navigation::pages().indexOf(page));
    m_navigation->setCurrentRow(row);
    m_pages->setCurrentIndex(row);
}

bool MainWindow::showCohort(const QString& ref)
{
    if (!m_document || !m_cohortPage->showCohort(ref))
        return false;
    showPage(Page::Cohorts);
    m_pages->setCurrentWidget(m_cohortPage);
    // The list had the focus and is hidden now: the keyboard goes on in the enrolments.
    m_cohortPage->view()->setFocus(Qt::OtherFocusReason);
    return true;
}

QWidget* MainWindow::pageWidget(Page page) const
{
    return m_pageWidgets.value(Navigation::pages().indexOf(page));
}

ParticipantTableModel* MainWindow::participantModel() const
{
    m_lists->participants()->ensureRead();
    return m_lists->participants();
}

VolunteerTableModel* MainWindow::volunteerModel() const
{
    m_lists->volunteers()->ensureRead();
    return m_lists->volunteers();
}

CohortTableModel* MainWindow::cohortModel() const
{
    m_lists->cohorts()->ensureRead();
    return m_lists->cohorts();
}

void MainWindow::setConfirmer(const std::function<bool(const QString&, const QString&)>& confirmer)
{
    m_lists->setConfirmer(confirmer);
}

TablePage* MainWindow::tablePage(Page page) const
{
    // Whoever asks for a list page gets its lists read, shown or not.
    m_lists->read(page);
    return qobject_cast<TablePage*>(pageWidget(page));
}

void MainWindow::reportError(const QString& message, const Error& error)
{
    emit errorReported(message);
    if (m_reportError)
        m_reportError(message, ErrorMessages::details(error));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::saveWindowSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (m_document)
        settings.setValue(kPageKey, Navigation::key(currentPage()));
}

void MainWindow::focusSearch()
{
    // Every page with a list names its search field so; a page without one ignores Find.
    if (QWidget* page = m_pages->currentWidget()) {
        if (auto* field = page->findChild<QLineEdit*>(QStringLiteral("searchField"))) {
            field->setFocus(Qt::ShortcutFocusReason);
            field->selectAll();
        }
    }
}

} // namespace parcours::ui
