// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Navigation.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace parcours {
struct Error;
class WriteLock;
}

namespace parcours::ui {

class CohortPage;
class CohortTableModel;
class Document;
class ListPages;
class FileActions;
class PrivacyActions;
class FileSafety;
class ParticipantTableModel;
class TablePage;
class VolunteerTableModel;
class WelcomePage;

/// The desktop program's main window: a navigation list of pages beside the page shown, over
/// the one open `.parcours` file, or the welcome page while no file is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Shows an error to the person: a sentence and technical details. The default shows a
    /// message box; tests put their own so that nothing modal blocks them.
    using ErrorReporter = std::function<void(const QString& message, const QString& details)>;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens `path` in place of the open file. On failure tells the person why and keeps the
    /// file that was open. A file this user may not write is opened read-only.
    bool openFile(const QString& path, OpenMode mode = OpenMode::ReadWrite);
    /// Makes a new, empty file at `path` (never replacing one) and opens it.
    bool createFile(const QString& path);
    /// Makes a fresh demo file at `path` (by default `demo.parcours` in the user's data folder,
    /// replacing the previous demo there), fills it with invented data and opens it.
    bool openDemo(const QString& path = QString());
    /// Where "Try the demo" puts its file.
    static QString defaultDemoPath();
    /// Closes the open file and shows the welcome page.
    void closeFile();
    /// Reads the open file again into every list.
    bool reload();

    /// The open file's database, or nullptr.
    Database* database() const;
    /// The open file with its undo stack and change notifier, or nullptr.
    Document* document() const { return m_document; }
    /// Edit menu: undo and redo of the open file's undo stack; find focuses the page's search.
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    QAction* findAction() const { return m_findAction; }
    /// File menu: imports, export, backup; Help > About.
    FileActions* fileActions() const { return m_fileActions; }
    /// The write lock, the read-only offer, the daily backups and the location warnings.
    FileSafety* fileSafety() const { return m_fileSafety; }
    /// Puts `backup` in place of the open file (kept as a backup first) and opens it again,
    /// without letting go of its write lock. On failure the file is reopened as it was.
    bool restoreBackup(const QString& backup);
    bool showsWelcome() const;
    Page currentPage() const;
    void showPage(Page page);
    /// Shows the page of the cohort `ref` (its details and enrolments); false when the open
    /// file has no such cohort.
    bool showCohort(const QString& ref);
    CohortPage* cohortPage() const { return m_cohortPage; }
    /// "Open the cohort": the page of the cohort chosen in the list of cohorts.
    QAction* openCohortAction() const { return m_openCohortAction; }
    PrivacyActions* privacyActions() const { return m_privacy; }
    /// The widget of a page: a TablePage for the lists, a placeholder for pages to come.
    QWidget* pageWidget(Page page) const;
    /// The list page of Cohorts, Participants or Volunteers (its list read first if its page
    /// was not shown yet, as participantModel() does); nullptr for the others.
    TablePage* tablePage(Page page) const;
    QListWidget* navigation() const { return m_navigation; }
    WelcomePage* welcomePage() const { return m_welcome; }
    /// The long lists, read first if their page was not shown yet.
    ParticipantTableModel* participantModel() const;
    VolunteerTableModel* volunteerModel() const;
    CohortTableModel* cohortModel() const;
    /// The list pages with their models and forms.
    ListPages* lists() const { return m_lists; }
    /// How a deletion with dependants is confirmed (tests answer without a modal box).
    void setConfirmer(const std::function<bool(const QString&, const QString&)>& confirmer);
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }

    /// The title for a file: `name - Parcours`, with a read-only mark when so.
    static QString titleFor(const QString& path, bool readOnly);

signals:
    void fileOpened(const QString& path);
    void fileClosed();
    void errorReported(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createPages();
    void newFileDialog();
    void openFileDialog();
    void updateRecentFiles();
    void updateFileState();
    void adopt(std::unique_ptr<Database> db, std::unique_ptr<WriteLock> lock);
    /// Moves `path` up to the latest schema, if older, off the GUI thread with a progress
    /// dialog (a large file can take a while: the copy kept first, then the migrations). False
    /// when the migration failed, the failure reported; the file then stays at its version.
    bool migrateIfOlder(const QString& path);
    /// Gives the page shown the open file if it does not have it yet, and reads its lists.
    void attachShownPage();
    void focusSearch();
    void reportError(const QString& message, const Error& error);
    QString dialogFolder() const;
    void restoreWindowSettings();
    void saveWindowSettings() const;

    Document* m_document = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    FileActions* m_fileActions = nullptr;
    PrivacyActions* m_privacy = nullptr;
    FileSafety* m_fileSafety = nullptr;
    ErrorReporter m_reportError;

    QStackedWidget* m_central = nullptr;
    WelcomePage* m_welcome = nullptr;
    QWidget* m_workspace = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QList<QWidget*> m_pageWidgets; ///< in the order of Navigation::pages()
    /// How each page that follows the open file is given it (setDocument).
    QHash<QWidget*, std::function<void(Document*)>> m_attachers;
    /// The pages not yet given the open file: a page reads only once first shown.
    QSet<QWidget*> m_detached;

    ListPages* m_lists = nullptr;
    CohortPage* m_cohortPage = nullptr;

    QMenu* m_recentMenu = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_openCohortAction = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_readOnlyLabel = nullptr;
};

} // namespace parcours::ui
