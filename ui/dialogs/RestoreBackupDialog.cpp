// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreBackupDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours::ui {

RestoreBackupDialog::RestoreBackupDialog(const QString& databasePath, const QList<BackupEntry>& backups,
                                         QWidget* parent)
    : QDialog(parent), m_backups(backups), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Restore a backup"));
    setObjectName(QStringLiteral("restoreBackupDialog"));
    auto* intro = new QLabel(
        tr("Choose the backup to put in place of “%1”. The file as it is now is first kept as a "
           "backup too, so nothing is lost.\n\nBackups are kept in the folder “%2”.")
            .arg(QDir::toNativeSeparators(databasePath),
                 QDir::toNativeSeparators(BackupRotation::folderFor(databasePath))),
        this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setAccessibleName(tr("Backups"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Kind"), tr("Size")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setRowCount(int(backups.size()));
    const QLocale locale;
    for (int row = 0; row < backups.size(); ++row) {
        const BackupEntry& b = backups.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(madeText(b)));
        m_table->setItem(row, 1, new QTableWidgetItem(b.beforeRestore ? tr("Kept before a restore")
                                                                      : tr("Daily backup")));
        auto* size = new QTableWidgetItem(locale.formattedDataSize(b.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, size);
        for (int c = 0; c < 3; ++c)
            m_table->item(row, c)->setToolTip(QDir::toNativeSeparators(b.path));
    }

    auto* empty = new QLabel(tr("There is no backup of this file yet. Parcours makes one each day "
                                "the file is opened for changes."),
                             this);
    empty->setObjectName(QStringLiteral("noBackupLabel"));
    empty->setWordWrap(true);
    empty->setVisible(backups.isEmpty());
    m_table->setVisible(!backups.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!chosen().isEmpty()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (!chosen().isEmpty())
            accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    resize(560, 380);
}

QString RestoreBackupDialog::chosen() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_backups.value(rows.first().row()).path;
}

QString RestoreBackupDialog::madeText(const BackupEntry& entry)
{
    const QLocale locale;
    const QString day = locale.toString(entry.made.date(), QLocale::LongFormat);
    if (entry.beforeRestore)
        return day + QLatin1Char(' ') + locale.toString(entry.made.time(), QLocale::ShortFormat);
    return day;
}

} // namespace parcours::ui
