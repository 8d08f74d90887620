// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/CsvReader.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace parcours::ui {

/// The import wizard's first page: the CSV file, the table it feeds, and its first rows as
/// CsvReader reads them.
class ImportSourcePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSourcePage(QWidget* parent = nullptr);

    /// How many rows of the file the preview shows.
    static constexpr int kPreviewRows = 8;

    void setFile(const QString& path);
    QString file() const { return m_path; }
    void setTable(const QString& table);
    QString table() const;
    const CsvDocument& document() const { return m_doc; }

    QLineEdit* pathField() const { return m_pathField; }
    QComboBox* tableBox() const { return m_table; }
    QTableWidget* preview() const { return m_preview; }
    QLabel* info() const { return m_info; }

    bool isComplete() const override;

private:
    void browse();
    void read();
    void showPreview();
    /// The table whose name the file's name holds (`participants.csv`, `Bénévoles 2025.csv`).
    static QString tableFromName(const QString& path);

    QString m_path;
    CsvDocument m_doc;
    bool m_read = false;
    bool m_tableChosen = false; ///< the person chose the table: the file's name no longer does

    QLineEdit* m_pathField;
    QComboBox* m_table;
    QLabel* m_info;
    QTableWidget* m_preview;
};

} // namespace parcours::ui
