// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFolderDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours::ui {

ExportFolderDialog::ExportFolderDialog(const QString& folder, QWidget* parent)
    : QDialog(parent), m_folder(new QLineEdit(QDir::toNativeSeparators(folder), this)),
      m_pseudonymise(new QCheckBox(tr("&Pseudonymise: names and contact details replaced, "
                                      "notes left out"),
                                   this)),
      m_excel(new QCheckBox(tr("For &Excel: semicolons, and formulas neutralised"), this))
{
    setObjectName(QStringLiteral("exportFolderDialog"));
    setWindowTitle(tr("Export a folder"));
    auto* intro = new QLabel(tr("Writes the whole file as CSV files, one per table, that "
                                "Parcours and spreadsheets read. Files of the same name in the "
                                "folder are replaced."),
                             this);
    intro->setWordWrap(true);

    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setAccessibleName(tr("Folder to write into"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Folder"), this);
    label->setBuddy(m_folder);
    form->addRow(label, row);

    m_pseudonymise->setObjectName(QStringLiteral("pseudonymiseBox"));
    m_pseudonymise->setToolTip(tr("For a review or a test outside the office: the people can no "
                                  "longer be recognised, the figures stay the same."));
    m_excel->setObjectName(QStringLiteral("excelBox"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportFolderDialog::browse);
    connect(m_folder, &QLineEdit::textChanged, this,
            [this] { m_export->setEnabled(!this->folder().isEmpty()); });
    m_export->setEnabled(!this->folder().isEmpty());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_pseudonymise);
    layout->addWidget(m_excel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString ExportFolderDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

ExportOptions ExportFolderDialog::options() const
{
    ExportOptions options;
    options.pseudonymise = m_pseudonymise->isChecked();
    options.excel = m_excel->isChecked();
    return options;
}

void ExportFolderDialog::browse()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Folder to export into"), folder());
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

} // namespace parcours::ui
