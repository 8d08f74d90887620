// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileActions.h"

#include "Document.h"
#include "ErrorMessages.h"
#include "FileTransferMessages.h"
#include "StaffName.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/BackupRotation.h"
#include "core/storage/Database.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/AuditLogDialog.h"
#include "dialogs/ExportFolderDialog.h"
#include "dialogs/ImportReportDialog.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/RestoreBackupDialog.h"
#include "widgets/ImportReportView.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QWidget>

namespace parcours::ui {

FileActions::FileActions(QWidget* window)
    : QObject(window), m_window(window), m_importFolder(new QAction(tr("Import a &folder…"), this)),
      m_importCsv(new QAction(QIcon(QStringLiteral(":/icons/import.svg")),
                              tr("&Import a CSV file…"), this)),
      m_exportFolder(
          new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export a folder…"), this)),
      m_backUp(new QAction(QIcon(QStringLiteral(":/icons/backup.svg")), tr("&Back up…"), this)),
      m_restore(new QAction(tr("Res&tore a backup…"), this)),
      m_about(new QAction(tr("&About Parcours"), this)),
      m_auditLog(new QAction(tr("Audit &log…"), this)),
      m_staffName(new QAction(tr("Your &name…"), this))
{
    m_auditLog->setObjectName(QStringLiteral("auditLogAction"));
    m_auditLog->setToolTip(tr("Who changed which record, and when"));
    m_staffName->setObjectName(QStringLiteral("staffNameAction"));
    m_staffName->setToolTip(tr("The name your changes are recorded under in the audit log"));
    connect(m_auditLog, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        AuditLogDialog dialog(m_document->database(), m_window);
        dialog.exec();
    });
    connect(m_staffName, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            m_window, tr("Your name"),
            tr("The name your changes are recorded under in the audit log of every file you open on "
               "this computer. Leave it empty to use the system user (%1).")
                .arg(AuditActor::ofThisProcess().osUser),
            QLineEdit::Normal, StaffName::current(), &ok);
        if (ok)
            setStaffName(name);
    });
    m_importFolder->setObjectName(QStringLiteral("importFolderAction"));
    m_importFolder->setToolTip(
        tr("Import an exchange folder: one CSV file per table, checked before anything is "
           "written"));
    m_importCsv->setObjectName(QStringLiteral("importCsvAction"));
    m_importCsv->setIconText(tr("Import"));
    m_importCsv->setToolTip(
        tr("Import one CSV file from a spreadsheet: participants, volunteers, cohorts, …"));
    m_exportFolder->setObjectName(QStringLiteral("exportFolderAction"));
    m_exportFolder->setIconText(tr("Export"));
    m_exportFolder->setToolTip(tr("Write the whole file as CSV files, one per table"));
    m_backUp->setObjectName(QStringLiteral("backUpAction"));
    m_backUp->setIconText(tr("Back up"));
    m_backUp->setToolTip(tr("Save a copy of the whole file, safe even while it is in use"));
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_restore->setToolTip(tr("Put one of the automatic backups in place of the open file; the "
                             "file as it is now is kept as a backup first"));
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);

    connect(m_importFolder, &QAction::triggered, this, [this] {
        const QString dir = m_choose(Choice::ImportFolder, QString());
        if (!dir.isEmpty())
            importFolder(dir);
    });
    connect(m_importCsv, &QAction::triggered, this, [this] { importCsv(); });
    connect(m_exportFolder, &QAction::triggered, this, &FileActions::exportFolderDialog);
    connect(m_backUp, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        const QString target = m_choose(
            Choice::BackupFile, suggestedBackupPath(m_document->path(), QDate::currentDate()));
        if (!target.isEmpty())
            backUp(target);
    });
    connect(m_restore, &QAction::triggered, this, [this] {
        if (!m_document || m_document->isReadOnly())
            return;
        const QString backup = m_choose(Choice::RestoreBackup, m_document->path());
        if (!backup.isEmpty())
            emit restoreRequested(backup);
    });
    connect(m_about, &QAction::triggered, this, &FileActions::showAbout);

    m_choose = [this](Choice choice, const QString& suggestion) {
        return defaultChoice(choice, suggestion);
    };
    m_reportError = [this](const QString& text, const QString& details) {
        QMessageBox box(QMessageBox::Warning, tr("Parcours"), text, QMessageBox::Ok, m_window);
        box.setDetailedText(details);
        box.exec();
    };
    updateState();
}

void FileActions::setDocument(Document* document)
{
    if (m_document != document)
        m_lastExportDir.clear();
    m_document = document;
    updateState();
}

void FileActions::setStaffName(const QString& name)
{
    StaffName::set(name);
    if (m_document)
        m_document->database().setAuditActor(StaffName::actor());
    emit message(tr("Your changes are now recorded as “%1”").arg(StaffName::actor().name));
}

void FileActions::updateState()
{
    const bool open = m_document != nullptr;
    const bool writable = open && !m_document->isReadOnly();
    m_importFolder->setEnabled(writable);
    m_importCsv->setEnabled(writable);
    m_exportFolder->setEnabled(open);
    m_backUp->setEnabled(open);
    m_auditLog->setEnabled(open);
    // Only the program that holds the file's write lock may replace it.
    m_restore->setEnabled(writable);
    const QString readOnly = tr("This file is open for reading only.");
    for (QAction* action : {m_importFolder, m_importCsv, m_restore})
        action->setStatusTip(open && !writable ? readOnly : QString());
}

QString FileActions::defaultChoice(Choice choice, const QString& suggestion) const
{
    const QString folder = m_document ? QFileInfo(m_document->path()).absolutePath() : QString();
    switch (choice) {
    case Choice::ImportFolder:
        return QFileDialog::getExistingDirectory(m_window, tr("Folder to import"), folder);
    case Choice::BackupFile: {
        QFileDialog dialog(m_window, tr("Back up to"), suggestion,
                           tr("Parcours files (*.parcours)"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(QStringLiteral("parcours"));
        // A backup never replaces a file: backUp() refuses and says so.
        dialog.setOption(QFileDialog::DontConfirmOverwrite);
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return {};
        return dialog.selectedFiles().constFirst();
    }
    case Choice::RestoreBackup: {
        RestoreBackupDialog dialog(suggestion, BackupRotation::list(suggestion), m_window);
        if (dialog.exec() != QDialog::Accepted)
            return {};
        return dialog.chosen();
    }
    }
    return {};
}

bool FileActions::importFolder(const QString& dir)
{
    if (!m_document || m_document->isReadOnly())
        return false;
    ExchangeImporter importer(m_document->database());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto check = importer.importDir(dir, true);
    QApplication::restoreOverrideCursor();
    if (!check) {
        reportError(FileTransferMessages::importFailed(check.error()), check.error());
        return false;
    }
    ImportReportDialog confirm(*check, true, dir, m_window);
    if (confirm.exec() != QDialog::Accepted || !check->ok())
        return false;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto done = importer.importDir(dir);
    QApplication::restoreOverrideCursor();
    if (!done) {
        reportError(FileTransferMessages::importFailed(done.error()), done.error());
        return false;
    }
    if (!done->written) {
        // The file changed between the check and the import: show what is wrong now.
        ImportReportDialog again(*done, true, dir, m_window);
        again.importButton()->hide();
        again.exec();
        return false;
    }
    afterImport(*done);
    return true;
}

bool FileActions::importCsv(const QString& file)
{
    if (!m_document || m_document->isReadOnly())
        return false;
    ImportWizard wizard(m_document->database(), m_window);
    if (!file.isEmpty())
        wizard.setFile(file);
    if (wizard.exec() != QDialog::Accepted || !wizard.result())
        return false;
    afterImport(*wizard.result());
    return true;
}

void FileActions::afterImport(const ImportReport& report)
{
    // An import is not an edit that can be undone, and the edits before it may no longer fit
    // what it wrote: their history ends here.
    m_document->undoStack()->clear();
    m_document->notifier()->notifyReset();
    emit imported(report);
    emit message(ImportReportView::summaryOf(report, false));
}

bool FileActions::exportFolderDialog()
{
    if (!m_document)
        return false;
    const QString suggestion =
        !m_lastExportDir.isEmpty()
            ? m_lastExportDir
            : QDir(QFileInfo(m_document->path()).absolutePath())
                  .filePath(QFileInfo(m_document->path()).completeBaseName() +
                            QStringLiteral("-csv"));
    ExportFolderDialog dialog(suggestion, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.folder().isEmpty())
        return false;
    return exportFolder(dialog.folder(), dialog.options());
}

bool FileActions::exportFolder(const QString& dir, const ExportOptions& options)
{
    if (!m_document)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto done = ExchangeExporter(m_document->database()).exportDir(dir, options);
    QApplication::restoreOverrideCursor();
    if (!done) {
        reportError(FileTransferMessages::exportFailed(done.error(), dir), done.error());
        return false;
    }
    m_lastExportDir = dir;
    emit message(tr("Exported into %1").arg(QDir::toNativeSeparators(dir)));
    return true;
}

bool FileActions::backUp(const QString& target)
{
    if (!m_document)
        return false;
    const QString absolute = QFileInfo(target).absoluteFilePath();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto done = m_document->database().backupTo(absolute);
    QApplication::restoreOverrideCursor();
    if (!done) {
        reportError(FileTransferMessages::backupFailed(done.error(), absolute), done.error());
        return false;
    }
    emit message(tr("Backed up to %1").arg(QDir::toNativeSeparators(absolute)));
    return true;
}

void FileActions::showAbout()
{
    AboutDialog dialog(m_window);
    dialog.exec();
}

QString FileActions::suggestedBackupPath(const QString& path, const QDate& day)
{
    const QFileInfo file(path);
    return QDir(file.absolutePath())
        .filePath(
            tr("%1-backup-%2.parcours").arg(file.completeBaseName(), day.toString(Qt::ISODate)));
}

void FileActions::reportError(const QString& text, const Error& error)
{
    if (m_reportError)
        m_reportError(text, ErrorMessages::details(error));
}

} // namespace parcours::ui
