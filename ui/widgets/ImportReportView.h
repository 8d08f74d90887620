// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ExchangeImporter.h"

#include <QWidget>
#include <functional>

class QLabel;
class QListWidget;

namespace parcours::ui {

/// Shows what an import found or did: a summary, every bad row as `file:line: column: reason`
/// and the notices (encoding, ignored columns, absent files).
class ImportReportView : public QWidget
{
    Q_OBJECT
public:
    /// How a column is named in the problems: by default its label and its code, `Birth date
    /// (birth_date)`; the import wizard names the file's own header instead.
    using ColumnName = std::function<QString(const QString& file, const QString& column)>;

    explicit ImportReportView(QWidget* parent = nullptr);

    void setColumnName(ColumnName name) { m_columnName = std::move(name); }
    /// `dryRun`: the report of a check, nothing written yet.
    void setReport(const ImportReport& report, bool dryRun);

    QLabel* summary() const { return m_summary; }
    QListWidget* problemList() const { return m_problems; }
    QListWidget* noticeList() const { return m_notices; }
    /// The problems as shown, one line each.
    QStringList problemLines() const;

    /// The summary sentence of a report.
    static QString summaryOf(const ImportReport& report, bool dryRun);

private:
    QString lineOf(const Problem& problem) const;

    QLabel* m_summary;
    QLabel* m_problemHeading;
    QListWidget* m_problems;
    QLabel* m_noticeHeading;
    QListWidget* m_notices;
    ColumnName m_columnName;
};

} // namespace parcours::ui
