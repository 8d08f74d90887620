// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/BackupRotation.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace parcours::ui {

/// File > Restore a backup: the copies in the file's backup folder, newest first, with when
/// each was made and its size; Restore puts the chosen one in place (the file as it is now is
/// kept as a backup first).
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreBackupDialog(const QString& databasePath, const QList<BackupEntry>& backups,
                        QWidget* parent = nullptr);

    /// The backup chosen, or an empty string.
    QString chosen() const;
    QTableWidget* table() const { return m_table; }
    QPushButton* restoreButton() const { return m_restore; }

    /// How a backup's time is shown: the day for a daily copy, day and time for the others.
    static QString madeText(const BackupEntry& entry);

private:
    QList<BackupEntry> m_backups;
    QTableWidget* m_table;
    QPushButton* m_restore;
};

} // namespace parcours::ui
