// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FileActions.h"

#include "CatchQt.h"
#include "ModalDriver.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "ui/Document.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/ExportFolderDialog.h"
#include "ui/dialogs/ImportReportDialog.h"
#include "ui/dialogs/ImportWizard.h"
#include "ui/models/ParticipantTableModel.h"
#include "ui/widgets/ImportReportView.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace parcours;
using namespace parcours::ui;
using test::ModalDriver;
using test::readBytes;
using test::writeBytes;

namespace {

/// A window over a file, with errors collected and paths given instead of asked.
struct Window
{
    Window()
    {
        window.setErrorReporter(
            [this](const QString& message, const QString&) { errors << message; });
        window.fileActions()->setPathChooser(
            [this](FileActions::Choice choice, const QString& suggestion) {
                choices << choice;
                suggestions << suggestion;
                return path;
            });
    }
    MainWindow window;
    QStringList errors;
    QString path; ///< what the path chooser answers
    QList<FileActions::Choice> choices;
    QStringList suggestions;
};

void copyMini(const QString& dir)
{
    const QDir source(test::testDataPath(QStringLiteral("exchange-mini")));
    QDir().mkpath(dir);
    for (const QString& name : source.entryList({QStringLiteral("*.csv")}, QDir::Files))
        writeBytes(QDir(dir).filePath(name), readBytes(source.filePath(name)));
}

int participants(Database& db)
{
    auto count = ParticipantRepository(db).count();
    REQUIRE(count);
    return *count;
}

} // namespace

TEST_CASE("file actions are greyed without a file, the imports also on a read-only file",
          "[ui][file]")
{
    test::IsolatedSettings settings;
    test::TestDatabase file;
    file.close();
    Window w;
    FileActions* actions = w.window.fileActions();
    const QList<QAction*> all = {actions->importFolderAction(), actions->importCsvAction(),
                                 actions->exportFolderAction(), actions->backUpAction()};
    for (QAction* action : all)
        CHECK_FALSE(action->isEnabled());
    CHECK(actions->aboutAction()->isEnabled());

    REQUIRE(w.window.openFile(file.path()));
    for (QAction* action : all)
        CHECK(action->isEnabled());

    w.window.closeFile();
    REQUIRE(w.window.openFile(file.path(), OpenMode::ReadOnly));
    CHECK_FALSE(actions->importFolderAction()->isEnabled());
    CHECK_FALSE(actions->importCsvAction()->isEnabled());
    CHECK(actions->exportFolderAction()->isEnabled());
    CHECK(actions->backUpAction()->isEnabled());
    CHECK(w.window.findChild<QLabel*>(QStringLiteral("readOnlyLabel"))->isVisibleTo(&w.window));
}

TEST_CASE("import folder: checked first, the report shown, then imported on confirmation",
          "[ui][file]")
{
    test::IsolatedSettings settings;
    test::ScopedLanguage french(QLocale(QLocale::French, QLocale::France));
    test::TestDatabase file;
    file.close();
    QTemporaryDir dir;
    copyMini(dir.path());
    Window w;
    REQUIRE(w.window.openFile(file.path()));
    w.path = dir.path();

    // Cancelled after the check: nothing written.
    QString summary;
    ModalDriver<ImportReportDialog> cancel([&summary](ImportReportDialog* dialog) {
        summary = dialog->view()->summary()->text();
        CHECK(dialog->importButton()->isEnabled());
        CHECK(dialog->view()->problemLines().isEmpty());
        dialog->reject();
    });
    w.window.fileActions()->importFolderAction()->trigger();
    CHECK(cancel.seen());
    CHECK(w.choices == QList<FileActions::Choice>{FileActions::Choice::ImportFolder});
    // 1 site, 1 room, 1 cohort, 3 participants, 2 volunteers, 2 trainers, 3 enrolments,
    // 11 sessions, 15 marks, 4 pairings, 1 check-in, 3 outcomes: 47 rows, all new.
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("47 lignes lues")));
    CHECK(summary.contains(QStringLiteral("47 nouvelles lignes")));
    CHECK(participants(*w.window.database()) == 0);

    // Confirmed: written, the lists show it, the history before it is gone.
    ModalDriver<ImportReportDialog> confirm(
        [](ImportReportDialog* dialog) { dialog->importButton()->click(); });
    w.window.fileActions()->importFolderAction()->trigger();
    CHECK(confirm.seen());
    CHECK(participants(*w.window.database()) == 3);
    CHECK(w.window.participantModel()->rowCount() == 3);
    auto enrolments = CohortRepository(*w.window.database()).enrolmentsOf(QStringLiteral("MINI"));
    REQUIRE(enrolments);
    CHECK(enrolments->size() == 3);
    CHECK(w.window.document()->undoStack()->count() == 0);
    CHECK(w.errors.isEmpty());
}

TEST_CASE("import folder: a folder with bad rows lists them all and cannot be imported",
          "[ui][file]")
{
    test::IsolatedSettings settings;
    test::TestDatabase file;
    file.close();
    QTemporaryDir dir;
    copyMini(dir.path());
    // Line 3 of participants.csv loses its last name; line 2 of cohorts.csv gets an end before
    // its start.
    writeBytes(dir.filePath(QStringLiteral("participants.csv")),
               "ref,first_name,last_name,french_level_entry\nM1,Bilal,Ahmadi,A1\nM2,Selam,,Z3\n"
               "M3,Iryna,Shevchenko,A2\n");
    writeBytes(dir.filePath(QStringLiteral("cohorts.csv")),
               "ref,name,site_ref,start_date,end_date\nMINI,Tremplin,LIL,2025-03-14,2025-03-03\n");
    Window w;
    REQUIRE(w.window.openFile(file.path()));
    w.path = dir.path();

    QStringList lines;
    bool importEnabled = true;
    ModalDriver<ImportReportDialog> look([&](ImportReportDialog* dialog) {
        lines = dialog->view()->problemLines();
        importEnabled = dialog->importButton()->isEnabled();
        dialog->accept(); // even forced, a report with problems imports nothing
    });
    w.window.fileActions()->importFolderAction()->trigger();
    REQUIRE(look.seen());
    CHECK_FALSE(importEnabled);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).startsWith(QStringLiteral("cohorts.csv:2: End date (end_date): ")));
    CHECK(lines.at(1).startsWith(QStringLiteral("participants.csv:3: Last name (last_name): ")));
    CHECK(lines.at(2).startsWith(
        QStringLiteral("participants.csv:3: French level at entry (french_level_entry): ")));
    CHECK(participants(*w.window.database()) == 0);
    auto cohorts = CohortRepository(*w.window.database()).count();
    REQUIRE(cohorts);
    CHECK(*cohorts == 0);
}

TEST_CASE("export folder writes every table's file, pseudonymised when asked", "[ui][file]")
{
    test::IsolatedSettings settings;
    test::TestDatabase file;
    test::fillSample(file.db());
    file.close();
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("export"));
    Window w;
    REQUIRE(w.window.openFile(file.path()));

    ModalDriver<ExportFolderDialog> fill([&target](ExportFolderDialog* dialog) {
        dialog->folderField()->setText(target);
        dialog->pseudonymiseBox()->setChecked(true);
        dialog->exportButton()->click();
    });
    w.window.fileActions()->exportFolderAction()->trigger();
    REQUIRE(fill.seen());
    CHECK(w.errors.isEmpty());
    const QStringList files =
        QDir(target).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    CHECK(files == QStringList({QStringLiteral("attendance.csv"), QStringLiteral("checkins.csv"),
                                QStringLiteral("cohorts.csv"), QStringLiteral("enrolments.csv"),
                                QStringLiteral("outcomes.csv"), QStringLiteral("pairings.csv"),
                                QStringLiteral("participants.csv"), QStringLiteral("rooms.csv"),
                                QStringLiteral("sessions.csv"), QStringLiteral("sites.csv"),
                                QStringLiteral("trainer_unavailability.csv"),
                                QStringLiteral("trainers.csv"), QStringLiteral("volunteers.csv")}));
    const QString people =
        QString::fromUtf8(readBytes(QDir(target).filePath(QStringLiteral("participants.csv"))));
    CHECK(people.startsWith(QStringLiteral("ref,first_name,last_name,birth_date,")));
    CHECK(people.count(QLatin1Char('\n')) == 4); // the header and three participants
    CHECK_FALSE(people.contains(QStringLiteral("Zerrouki")));
    CHECK_FALSE(people.contains(QStringLiteral("Hélène")));

    // Without pseudonyms, the names are there.
    REQUIRE(w.window.fileActions()->exportFolder(out.filePath(QStringLiteral("plain")), {}));
    const QString plain =
        QString::fromUtf8(readBytes(out.filePath(QStringLiteral("plain/participants.csv"))));
    CHECK(plain.contains(QStringLiteral("P-000001,Hélène,Zerrouki,")));
}

TEST_CASE("back up writes a copy that opens, and never replaces a file", "[ui][file]")
{
    test::IsolatedSettings settings;
    test::TestDatabase file;
    test::fillSample(file.db());
    file.close();
    QTemporaryDir out;
    Window w;
    REQUIRE(w.window.openFile(file.path()));
    w.path = out.filePath(QStringLiteral("copie.parcours"));

    w.window.fileActions()->backUpAction()->trigger();
    CHECK(w.errors.isEmpty());
    REQUIRE(w.choices == QList<FileActions::Choice>{FileActions::Choice::BackupFile});
    CHECK(w.suggestions.first().endsWith(
        QStringLiteral("-backup-%1.parcours").arg(QDate::currentDate().toString(Qt::ISODate))));
    {
        auto copy = Database::open(w.path, OpenMode::ReadOnly);
        REQUIRE(copy);
        CHECK(participants(**copy) == 3);
    }

    // A second backup to the same name is refused; the first copy stays as it was.
    const QByteArray before = readBytes(w.path);
    w.window.fileActions()->backUpAction()->trigger();
    REQUIRE(w.errors.size() == 1);
    CHECK(w.errors.first().contains(QStringLiteral("already exists")));
    CHECK(readBytes(w.path) == before);
}

TEST_CASE("Help > About shows the version, the licence and the credits", "[ui][file]")
{
    test::IsolatedSettings settings;
    Window w;
    QString heading, licence, fullText, credits;
    bool textShown = false;
    ModalDriver<AboutDialog> about([&](AboutDialog* dialog) {
        heading = dialog->heading()->text();
        licence = dialog->licence()->text();
        dialog->licenceButton()->click();
        textShown = dialog->licenceView()->isVisible();
        fullText = dialog->licenceView()->toPlainText();
        for (int row = 0; row < dialog->credits()->rowCount(); ++row)
            credits += dialog->credits()->item(row, 0)->text() + QLatin1Char(':') +
                       dialog->credits()->item(row, 2)->text() + QLatin1Char(' ');
        dialog->reject();
    });
    w.window.fileActions()->aboutAction()->trigger();
    REQUIRE(about.seen());
    // PARCOURS_VERSION is the project version of CMakeLists.txt, passed to every target.
    CHECK(heading.contains(QStringLiteral("Version %1").arg(QLatin1String(PARCOURS_VERSION))));
    CHECK(AboutDialog::versionText().startsWith(QLatin1String(PARCOURS_VERSION)));
    CHECK(licence.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(textShown);
    CHECK(fullText.contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
    CHECK(fullText.contains(QStringLiteral("Version 3, 29 June 2007")));
    CHECK(fullText.size() > 30000);
    CHECK(credits == QStringLiteral("Qt 6:LGPL-3.0 SQLite:public domain tl::expected:CC0-1.0 "
                                    "Catch2:BSL-1.0 "));
}

TEST_CASE("File > Import a CSV file runs the wizard and the lists show what it wrote", "[ui][file]")
{
    test::IsolatedSettings settings;
    test::TestDatabase file;
    test::fillSample(file.db()); // P-000001 to P-000003
    file.close();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("nouveaux.csv"));
    writeBytes(csv, "Pr\xC3\xA9nom;Nom\nNour;Haddad\nSelam;Haile\n");
    Window w;
    REQUIRE(w.window.openFile(file.path()));

    ModalDriver<ImportWizard> drive([&csv](ImportWizard* wizard) {
        wizard->setFile(csv);
        wizard->next();
        wizard->next();
        wizard->button(QWizard::FinishButton)->click();
    });
    w.window.fileActions()->importCsvAction()->trigger();
    REQUIRE(drive.seen());
    CHECK(w.errors.isEmpty());
    CHECK(participants(*w.window.database()) == 5);
    auto haile = ParticipantRepository(*w.window.database()).find(QStringLiteral("P-000005"));
    REQUIRE(haile);
    REQUIRE(*haile);
    CHECK((*haile)->fullName() == QStringLiteral("Selam Haile"));
    // The list follows through the file's notifier, without a reload by hand.
    CHECK(w.window.participantModel()->rowCount() == 5);
}
