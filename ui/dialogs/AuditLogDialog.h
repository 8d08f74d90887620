// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AuditLog.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace parcours {
class Database;
}

namespace parcours::ui {

class AuditLogModel;

/// File > Audit log: who changed which record and when, newest first, filtered by days,
/// person and record, and saved as CSV. Reads the log a page at a time (AuditLogModel).
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    /// Asks where to save the CSV; empty when the person cancels. Tests give their own.
    using PathChooser = std::function<QString(const QString& suggestion)>;

    explicit AuditLogDialog(const Database& db, QWidget* parent = nullptr);

    void setPathChooser(PathChooser chooser) { m_choose = std::move(chooser); }
    /// Saves what the filter shows as CSV for Excel; false (after saying why) on failure.
    bool exportCsv();

    AuditLogModel* model() const { return m_model; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* actorBox() const { return m_actor; }
    QLineEdit* recordEdit() const { return m_record; }
    QLabel* countLabel() const { return m_count; }
    QTableView* view() const { return m_view; }

    /// Reads the log again with the filter as the controls show it.
    void refresh();
    /// The filter as the controls show it.
    AuditFilter filter() const;

private:
    const Database& m_db;
    PathChooser m_choose;
    AuditLogModel* m_model;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_actor;
    QLineEdit* m_record;
    QLabel* m_count;
    QTableView* m_view;
    QPushButton* m_export;
};

} // namespace parcours::ui
