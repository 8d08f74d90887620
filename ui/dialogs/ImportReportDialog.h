// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ExchangeImporter.h"

#include <QDialog>

class QPushButton;

namespace parcours::ui {

class ImportReportView;

/// The report of a folder import. After the check (a dry run) it offers to import for real,
/// only when no row is bad; after the import it says what was done.
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `dryRun`: the report of the check; accepting the dialog means "import now".
    ImportReportDialog(const ImportReport& report, bool dryRun, const QString& folder,
                       QWidget* parent = nullptr);

    ImportReportView* view() const { return m_view; }
    /// "Import" after a check; nullptr after an import.
    QPushButton* importButton() const { return m_import; }

private:
    ImportReportView* m_view;
    QPushButton* m_import = nullptr;
};

} // namespace parcours::ui
