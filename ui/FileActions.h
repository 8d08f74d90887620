// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ExchangeExporter.h"
#include "core/exchange/ExchangeImporter.h"

#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace parcours::ui {

class Document;

/// The File menu's ways in and out of the open file: import an exchange folder (checked first,
/// then imported on confirmation), import one CSV file (the import wizard), export a folder,
/// back up; and Help > About. Each action is greyed while it cannot be used: no file open, or,
/// for the imports, a file open read-only.
class FileActions : public QObject
{
    Q_OBJECT
public:
    /// What a path is asked for.
    enum class Choice
    {
        ImportFolder,
        BackupFile,
        RestoreBackup, ///< one of the file's backups (the suggestion is the open file)
    };
    /// Asks the person for a path (`suggestion` first); empty when they cancel. The default
    /// shows a file dialog; tests give their own so that nothing modal blocks them.
    using PathChooser = std::function<QString(Choice choice, const QString& suggestion)>;
    /// Shows an error: a sentence and technical details.
    using ErrorReporter = std::function<void(const QString& message, const QString& details)>;

    /// Dialogs open over `window`.
    explicit FileActions(QWidget* window);

    QAction* importFolderAction() const { return m_importFolder; }
    QAction* importCsvAction() const { return m_importCsv; }
    QAction* exportFolderAction() const { return m_exportFolder; }
    QAction* backUpAction() const { return m_backUp; }
    QAction* restoreAction() const { return m_restore; }
    QAction* aboutAction() const { return m_about; }
    /// File > Audit log…: who changed what (AuditLogDialog).
    QAction* auditLogAction() const { return m_auditLog; }
    /// File > Your name…: the staff name the audit log records this person's changes under.
    QAction* staffNameAction() const { return m_staffName; }
    /// Keeps `name` as the staff name (empty: the system user) and records the open file's
    /// next changes under it.
    void setStaffName(const QString& name);

    /// The open file, or nullptr; enables the actions that fit it.
    void setDocument(Document* document);
    void setPathChooser(PathChooser chooser) { m_choose = std::move(chooser); }
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }

    /// Checks the folder (a dry run), shows the report and, when the person confirms, imports
    /// it. True when something was written.
    bool importFolder(const QString& dir);
    /// Opens the import wizard; true when it imported.
    bool importCsv(const QString& file = QString());
    /// Asks where and how (ExportFolderDialog), then exports.
    bool exportFolderDialog();
    bool exportFolder(const QString& dir, const ExportOptions& options);
    bool backUp(const QString& target);
    void showAbout();

    /// Where a backup goes unless the person says otherwise: `name-backup-2025-03-14.parcours`
    /// beside the file.
    static QString suggestedBackupPath(const QString& path, const QDate& day);

signals:
    /// An import wrote into the file (the lists are told through the document's notifier too).
    void imported(const parcours::ImportReport& report);
    /// The person chose a backup to put in place of the open file (MainWindow::restoreBackup).
    void restoreRequested(const QString& backup);
    /// A short message for the status bar.
    void message(const QString& text);

private:
    void updateState();
    void afterImport(const ImportReport& report);
    void reportError(const QString& message, const Error& error);
    QString defaultChoice(Choice choice, const QString& suggestion) const;

    QWidget* m_window;
    Document* m_document = nullptr;
    PathChooser m_choose;
    ErrorReporter m_reportError;
    QString m_lastExportDir; ///< proposed again

    QAction* m_importFolder;
    QAction* m_importCsv;
    QAction* m_exportFolder;
    QAction* m_backUp;
    QAction* m_restore;
    QAction* m_about;
    QAction* m_auditLog;
    QAction* m_staffName;
};

} // namespace parcours::ui
