// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportReportDialog.h"

#include "ui/widgets/ImportReportView.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours::ui {

ImportReportDialog::ImportReportDialog(const ImportReport& report, bool dryRun,
                                       const QString& folder, QWidget* parent)
    : QDialog(parent), m_view(new ImportReportView(this))
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(dryRun ? tr("Import a folder: check") : tr("Import a folder: done"));
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString shown = QDir::toNativeSeparators(folder);
    intro->setText(dryRun ? tr("Every file of “%1” has been checked. Nothing is written until "
                               "you click Import, and then all or nothing.")
                                .arg(shown)
                          : tr("The files of “%1” have been imported.").arg(shown));
    m_view->setReport(report, dryRun);

    auto* buttons = new QDialogButtonBox(this);
    if (dryRun) {
        m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
        m_import->setObjectName(QStringLiteral("importButton"));
        int rows = 0;
        for (int n : report.rowsRead)
            rows += n;
        m_import->setEnabled(report.ok() && rows > 0);
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, report.problems.isEmpty() ? 360 : 520);
}

} // namespace parcours::ui
