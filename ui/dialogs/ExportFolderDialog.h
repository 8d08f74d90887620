// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ExchangeExporter.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace parcours::ui {

/// File > Export folder: where to write the exchange folder, and how (pseudonymised, for
/// Excel).
class ExportFolderDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportFolderDialog(const QString& folder, QWidget* parent = nullptr);

    QString folder() const;
    ExportOptions options() const;

    QLineEdit* folderField() const { return m_folder; }
    QCheckBox* pseudonymiseBox() const { return m_pseudonymise; }
    QCheckBox* excelBox() const { return m_excel; }
    QPushButton* exportButton() const { return m_export; }

private:
    void browse();

    QLineEdit* m_folder;
    QCheckBox* m_pseudonymise;
    QCheckBox* m_excel;
    QPushButton* m_export;
};

} // namespace parcours::ui
