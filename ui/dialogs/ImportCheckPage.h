// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/CsvReader.h"
#include "core/exchange/ExchangeImporter.h"

#include <QWizardPage>
#include <optional>

namespace parcours {
class Database;
}

namespace parcours::ui {

class ImportReportView;
class ImportWizard;

/// The import wizard's last page: the core importer checks the mapped rows without writing
/// (a dry run) and every bad row is listed with its reason; "Import" then writes them, in one
/// transaction, only when there is none.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportCheckPage(Database& db, ImportWizard* wizard);

    const std::optional<ImportReport>& checkReport() const { return m_check; }
    const std::optional<ImportReport>& result() const { return m_result; }
    ImportReportView* reportView() const { return m_view; }

    void initializePage() override;
    bool isComplete() const override;
    /// Runs the import for real; stays on the page and says why when it fails.
    bool validatePage() override;

private:
    /// The records for the core importer, with refs made for them when the file has none.
    std::optional<CsvDocument> mapped();
    void showError(const QString& message);

    Database& m_db;
    ImportWizard* m_wizard;
    ImportReportView* m_view;
    CsvDocument m_doc;
    std::optional<ImportReport> m_check;
    std::optional<ImportReport> m_result;
};

} // namespace parcours::ui
