// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCheckPage.h"

#include "ExchangeLabels.h"
#include "ImportMapping.h"
#include "ImportWizard.h"
#include "ui/ErrorMessages.h"
#include "ui/FileTransferMessages.h"
#include "ui/widgets/ImportReportView.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace parcours::ui {

ImportCheckPage::ImportCheckPage(Database& db, ImportWizard* wizard)
    : QWizardPage(wizard), m_db(db), m_wizard(wizard), m_view(new ImportReportView(this))
{
    setTitle(tr("Check"));
    setSubTitle(tr("Every row has been checked; nothing is written until you click Import."));
    setFinalPage(true);
    // Problems name the column as the file does: `Date de naissance (birth_date)`.
    m_view->setColumnName([this](const QString&, const QString& column) {
        const QStringList header = m_wizard->document().records.value(0).cells;
        const int index = int(m_wizard->targets().indexOf(column));
        const QString name =
            index >= 0 ? header.value(index).trimmed() : ExchangeLabels::column(column);
        return name.isEmpty() || name == column ? column : tr("%1 (%2)").arg(name, column);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
}

std::optional<CsvDocument> ImportCheckPage::mapped()
{
    QStringList refs;
    if (m_wizard->generatesRefs()) {
        auto made = ImportMapping::generateRefs(m_db, m_wizard->table(),
                                                int(m_wizard->document().records.size()) - 1);
        if (!made) {
            showError(ErrorMessages::readFailed(made.error()));
            return std::nullopt;
        }
        refs = *made;
    }
    return ImportMapping::apply(m_wizard->document(), m_wizard->targets(), refs);
}

void ImportCheckPage::initializePage()
{
    m_check.reset();
    m_result.reset();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (auto doc = mapped()) {
        m_doc = *doc;
        auto report = ExchangeImporter(m_db).importRecords(
            m_wizard->table(), m_doc, QFileInfo(m_wizard->file()).fileName(), true);
        if (report) {
            m_check = *report;
            m_view->setReport(*report, true);
        } else {
            showError(FileTransferMessages::importFailed(report.error()));
        }
    }
    QApplication::restoreOverrideCursor();
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    return m_check && m_check->ok() && !m_result;
}

bool ImportCheckPage::validatePage()
{
    if (!isComplete())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = ExchangeImporter(m_db).importRecords(m_wizard->table(), m_doc,
                                                       QFileInfo(m_wizard->file()).fileName());
    QApplication::restoreOverrideCursor();
    if (!report) {
        showError(FileTransferMessages::importFailed(report.error()));
        return false;
    }
    m_view->setReport(*report, !report->written);
    if (!report->written) {
        // The file changed under us between the check and now (another program wrote).
        m_check = *report;
        emit completeChanged();
        return false;
    }
    m_result = *report;
    return true;
}

void ImportCheckPage::showError(const QString& message)
{
    m_view->setReport(ImportReport(), true);
    m_view->summary()->setText(message);
}

} // namespace parcours::ui
