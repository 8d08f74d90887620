// SPDX-License-Identifier: GPL-3.0-or-later
// The main window and data safety: the read-only offer when another Parcours writes the file,
// the daily backup on opening, restoring a backup, the warning about risky folders; and how
// their dialogs look (PNG files in PARCOURS_SHOT_DIR when it is set).
#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "core/storage/BackupRotation.h"
#include "core/storage/Database.h"
#include "core/storage/FileLocation.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/WriteLock.h"
#include "ui/Document.h"
#include "ui/FileActions.h"
#include "ui/FileSafety.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/RestoreBackupDialog.h"
#include "ui/jobs/BackgroundJob.h"
#include "ui/models/ParticipantTableModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QSysInfo>
#include <QTableWidget>
#include <QThread>

#include <atomic>

using namespace parcours;
using namespace parcours::ui;
using test::fillSample;
using test::IsolatedSettings;
using test::ScopedLanguage;

namespace {

/// A window whose questions are answered and whose messages are collected.
struct Window
{
    Window()
    {
        window.setErrorReporter([this](const QString& message, const QString&) { errors << message; });
        window.fileSafety()->setReadOnlyOffer([this](const QString& message) {
            offers << message;
            return acceptReadOnly;
        });
        window.fileSafety()->setWarningReporter([this](const QString& message) { warnings << message; });
    }
    IsolatedSettings settings;
    MainWindow window;
    QStringList errors;
    QStringList offers;
    QStringList warnings;
    bool acceptReadOnly = true;
};

struct SampleFile
{
    SampleFile()
    {
        fillSample(file.db());
        file.close();
    }
    test::TestDatabase file;
};

int participants(Database& db)
{
    auto n = ParticipantRepository(db).count();
    REQUIRE(n);
    return *n;
}

void shoot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PARCOURS_SHOT_DIR");
    if (dir.isEmpty())
        return;
    widget.adjustSize();
    widget.show();
    QApplication::processEvents();
    widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    widget.hide();
}

} // namespace

TEST_CASE("a file another Parcours writes is offered read-only, with who holds it since when", "[ui][safety]")
{
    SampleFile sample;
    const QString path = QFileInfo(sample.file.path()).absoluteFilePath();
    auto other = WriteLock::acquire(path, QStringLiteral("parcours"));
    REQUIRE(other);

    SECTION("accepted: the file opens read-only and nothing can be changed")
    {
        Window w;
        REQUIRE(w.window.openFile(path));
        REQUIRE(w.offers.size() == 1);
        CHECK(w.offers.constFirst().contains(QSysInfo::machineHostName()));
        CHECK(w.offers.constFirst().contains((*other)->owner().user));
        REQUIRE(w.window.document());
        CHECK(w.window.document()->isReadOnly());
        CHECK(w.window.windowTitle().contains(QStringLiteral("read-only"), Qt::CaseInsensitive));
        CHECK_FALSE(w.window.fileActions()->importCsvAction()->isEnabled());
        CHECK_FALSE(w.window.fileActions()->restoreAction()->isEnabled());
        // Read-only: no daily backup either (that is the writer's job).
        CHECK_FALSE(QFileInfo::exists(BackupRotation::folderFor(path)));
    }
    SECTION("declined: nothing is opened")
    {
        Window w;
        w.acceptReadOnly = false;
        CHECK_FALSE(w.window.openFile(path));
        CHECK(w.offers.size() == 1);
        CHECK(w.window.document() == nullptr);
        CHECK(w.window.showsWelcome());
    }
}

TEST_CASE("two windows on one file: the second is offered read-only until the first closes it", "[ui][safety]")
{
    SampleFile sample;
    Window first;
    Window second;
    REQUIRE(first.window.openFile(sample.file.path()));
    CHECK_FALSE(first.window.document()->isReadOnly());
    CHECK(QFileInfo::exists(WriteLock::lockPathFor(first.window.document()->path())));

    REQUIRE(second.window.openFile(sample.file.path()));
    CHECK(second.offers.size() == 1);
    CHECK(second.window.document()->isReadOnly());
    second.window.closeFile();

    first.window.closeFile();
    CHECK_FALSE(QFileInfo::exists(WriteLock::lockPathFor(sample.file.path())));
    REQUIRE(second.window.openFile(sample.file.path()));
    CHECK(second.offers.size() == 1); // not asked again
    CHECK_FALSE(second.window.document()->isReadOnly());
}

TEST_CASE("opening a file for writing makes the day's backup; a backup that fails does not stop it",
          "[ui][safety][backup]")
{
    SampleFile sample;
    const QString path = QFileInfo(sample.file.path()).absoluteFilePath();
    SECTION("made")
    {
        Window w;
        REQUIRE(w.window.openFile(path));
        const QList<BackupEntry> backups = BackupRotation::list(path);
        REQUIRE(backups.size() == 1);
        CHECK(backups.constFirst().made.date() == QDate::currentDate());
        CHECK(w.warnings.isEmpty());
        auto copy = Database::open(backups.constFirst().path, OpenMode::ReadOnly);
        REQUIRE(copy);
        CHECK(participants(**copy) == 3);
    }
    SECTION("failed")
    {
        test::writeBytes(BackupRotation::folderFor(path), QByteArrayLiteral("a file in the way"));
        Window w;
        REQUIRE(w.window.openFile(path));
        CHECK_FALSE(w.window.document()->isReadOnly());
        REQUIRE(w.warnings.size() == 1);
        CHECK(w.warnings.constFirst().contains(QStringLiteral("backup")));
        CHECK(w.warnings.constFirst().contains(QDir::toNativeSeparators(BackupRotation::folderFor(path))));
    }
}

TEST_CASE("a large file's daily backup is made on a thread of its own: the window is free meanwhile, and "
          "closing the window stops it and leaves nothing",
          "[ui][safety][backup]")
{
    SampleFile sample;
    const QString path = QFileInfo(sample.file.path()).absoluteFilePath();
    const QString folder = BackupRotation::folderFor(path);
    // The backup holds at its first step until the test lets it go (or the job is cancelled).
    std::atomic<bool> hold{true};
    std::atomic<int> steps{0};
    std::atomic<bool> onGuiThread{false};
    const auto observer = [&](const BackgroundJob& job, int, int) {
        if (QThread::currentThread() == QCoreApplication::instance()->thread())
            onGuiThread = true;
        ++steps;
        while (hold && !job.isCancelRequested())
            QThread::msleep(2);
    };
    const auto waitForFirstStep = [&] {
        for (int i = 0; i < 10000 && steps == 0; ++i)
            QThread::msleep(2);
        REQUIRE(steps > 0);
    };
    const auto filesIn = [](const QString& dir) {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    };

    SECTION("made while the window is free and writes")
    {
        Window w;
        w.window.fileSafety()->setBackgroundFrom(0);
        w.window.fileSafety()->setBackupObserver(observer);
        REQUIRE(w.window.openFile(path));
        // openFile returned to the caller (the event loop) while the backup is still being made.
        waitForFirstStep();
        CHECK(w.window.fileSafety()->isBackingUp());
        CHECK(BackupRotation::list(path).isEmpty());
        CHECK(w.window.statusBar()->currentMessage() == QStringLiteral("Making today's backup…"));
        // The window writes meanwhile: the backup is the file as it was when it began.
        {
            Database& db = w.window.document()->database();
            auto p = ParticipantRepository(db).all();
            REQUIRE(p);
            Transaction tx(db);
            REQUIRE(ParticipantRepository(db).remove(p->constFirst().ref));
            REQUIRE(tx.commit());
        }
        REQUIRE(participants(w.window.document()->database()) == 2);
        hold = false;
        w.window.fileSafety()->waitForBackup();
        CHECK_FALSE(w.window.fileSafety()->isBackingUp());
        CHECK_FALSE(onGuiThread);
        CHECK(w.warnings.isEmpty());
        CHECK(w.window.statusBar()->currentMessage()
              == QStringLiteral("Today's backup is in %1").arg(QDir::toNativeSeparators(folder)));
        const QList<BackupEntry> backups = BackupRotation::list(path);
        REQUIRE(backups.size() == 1);
        CHECK(filesIn(folder).size() == 1);
        auto copy = Database::open(backups.constFirst().path, OpenMode::ReadOnly);
        REQUIRE(copy);
        auto problems = (*copy)->check();
        REQUIRE(problems);
        CHECK(problems->isEmpty());
        CHECK(participants(**copy) == 3);
    }
    SECTION("the window closed while the backup is made: it stops, and no copy is left, whole or partial")
    {
        auto w = std::make_unique<Window>();
        w->window.fileSafety()->setBackgroundFrom(0);
        w->window.fileSafety()->setBackupObserver(observer);
        REQUIRE(w->window.openFile(path));
        waitForFirstStep();
        REQUIRE(w->window.fileSafety()->isBackingUp());
        w.reset(); // the window goes: the backup is cancelled and waited for
        CHECK(BackupRotation::list(path).isEmpty());
        CHECK(filesIn(folder).isEmpty());
        // The file is whole, and the next open of the day makes the backup.
        hold = false;
        Window again;
        again.window.fileSafety()->setBackgroundFrom(0);
        REQUIRE(again.window.openFile(path));
        again.window.fileSafety()->waitForBackup();
        REQUIRE(BackupRotation::list(path).size() == 1);
        CHECK(participants(again.window.document()->database()) == 3);
    }
}

TEST_CASE("File > Restore a backup puts it in place and keeps the file as it was", "[ui][safety][backup]")
{
    SampleFile sample;
    const QString path = QFileInfo(sample.file.path()).absoluteFilePath();
    Window w;
    REQUIRE(w.window.openFile(path));
    const QList<BackupEntry> daily = BackupRotation::list(path);
    REQUIRE(daily.size() == 1);
    {
        Database& db = w.window.document()->database();
        auto p = ParticipantRepository(db).all();
        REQUIRE(p);
        Transaction tx(db);
        REQUIRE(ParticipantRepository(db).remove(p->constFirst().ref));
        REQUIRE(tx.commit());
    }
    REQUIRE(participants(w.window.document()->database()) == 2);

    QString offered;
    w.window.fileActions()->setPathChooser([&](FileActions::Choice choice, const QString& suggestion) {
        CHECK(choice == FileActions::Choice::RestoreBackup);
        offered = suggestion;
        return daily.constFirst().path;
    });
    REQUIRE(w.window.fileActions()->restoreAction()->isEnabled());
    w.window.fileActions()->restoreAction()->trigger();
    CHECK(offered == path);
    REQUIRE(w.window.document());
    CHECK_FALSE(w.window.document()->isReadOnly());
    CHECK(participants(w.window.document()->database()) == 3);
    CHECK(w.window.participantModel()->rowCount() == 3);
    CHECK(w.errors.isEmpty());
    // The lock was held throughout, and the file as it was is a backup now.
    auto intruder = WriteLock::acquire(path, QStringLiteral("test"));
    CHECK(!intruder);
    const QList<BackupEntry> after = BackupRotation::list(path);
    REQUIRE(after.size() == 2);
    CHECK(after.constFirst().beforeRestore);
    auto kept = Database::open(after.constFirst().path, OpenMode::ReadOnly);
    REQUIRE(kept);
    CHECK(participants(**kept) == 2);
}

TEST_CASE("a file in a synchronised folder opens with a warning that points to the multi-office setup",
          "[ui][safety][location]")
{
    QTemporaryDir tmp;
    REQUIRE(QDir(tmp.path()).mkpath(QStringLiteral("OneDrive - Asso/bureau")));
    const QString path = QDir(tmp.path()).filePath(QStringLiteral("OneDrive - Asso/bureau/office.parcours"));
    REQUIRE(Database::create(path));
    Window w;
    REQUIRE(w.window.openFile(path));
    REQUIRE(w.warnings.size() == 1);
    CHECK(w.warnings.constFirst().contains(QStringLiteral("OneDrive")));
    CHECK(w.warnings.constFirst().contains(QStringLiteral("README")));
}

TEST_CASE("the restore dialog lists the backups newest first with their date, kind and size", "[ui][safety][backup]")
{
    ScopedLanguage french{QLocale(QLocale::French, QLocale::France)};
    const QString path = QStringLiteral("/home/marie/Documents/accueil.parcours");
    const QString folder = BackupRotation::folderFor(path);
    const QList<BackupEntry> backups{
        {folder + QStringLiteral("/accueil-2026-03-06-141502-before-restore.parcours"),
         QDateTime(QDate(2026, 3, 6), QTime(14, 15, 2)), 5 * 1024 * 1024 + 300 * 1024, true},
        {folder + QStringLiteral("/accueil-2026-03-06.parcours"), QDateTime(QDate(2026, 3, 6), QTime(0, 0)),
         5 * 1024 * 1024, false},
        {folder + QStringLiteral("/accueil-2026-03-05.parcours"), QDateTime(QDate(2026, 3, 5), QTime(0, 0)),
         4 * 1024 * 1024, false},
    };
    RestoreBackupDialog dialog(path, backups);
    QTableWidget* table = dialog.table();
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 0)->text() == QStringLiteral("vendredi 6 mars 2026 14:15"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("Gardée avant une restauration"));
    CHECK(table->item(1, 0)->text() == QStringLiteral("vendredi 6 mars 2026"));
    CHECK(table->item(1, 1)->text() == QStringLiteral("Sauvegarde du jour"));
    CHECK(table->item(2, 2)->text() == QStringLiteral("4,00 Mio"));
    CHECK_FALSE(dialog.restoreButton()->isEnabled());
    table->selectRow(1);
    CHECK(dialog.restoreButton()->isEnabled());
    CHECK(dialog.chosen() == backups.at(1).path);
    shoot(dialog, QStringLiteral("restore-dialog-fr"));

    RestoreBackupDialog none(path, {});
    CHECK(none.findChild<QLabel*>(QStringLiteral("noBackupLabel"))->isVisibleTo(&none));
    shoot(none, QStringLiteral("restore-dialog-empty-fr"));
}

TEST_CASE("the read-only offer and the location warning in French", "[ui][safety][translations]")
{
    ScopedLanguage french{QLocale(QLocale::French, QLocale::France)};
    LockOwner owner;
    owner.host = QStringLiteral("accueil-pc2");
    owner.user = QStringLiteral("mdupont");
    owner.since = QDateTime(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC);
    const QString text = FileSafety::lockedMessage(QStringLiteral("/srv/asso/accueil.parcours"), owner);
    CHECK(text.contains(QStringLiteral("accueil-pc2")));
    CHECK(text.contains(QStringLiteral("mdupont")));
    CHECK(text.contains(QStringLiteral("lecture seule")));
    auto box = FileSafety::makeOfferBox(text, nullptr);
    CHECK(box->button(QMessageBox::Open)->text() == QStringLiteral("Ouvrir en &lecture seule"));
    shoot(*box, QStringLiteral("locked-offer-fr"));

    FileLocation where;
    where.risk = FileLocation::Risk::NetworkShare;
    where.what = QStringLiteral("SMB/CIFS");
    const QString warning = FileSafety::locationMessage(QStringLiteral("/mnt/nas/accueil.parcours"), where);
    CHECK(warning.contains(QStringLiteral("SMB/CIFS")));
    CHECK(warning.contains(QStringLiteral("README")));
    auto warningBox = FileSafety::makeWarningBox(warning, nullptr);
    shoot(*warningBox, QStringLiteral("location-warning-fr"));
}
