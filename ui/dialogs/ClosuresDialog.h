// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/OfficeClosure.h"
#include "core/domain/Site.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace parcours::ui {

/// Edits the office's closures, one a line: from, to (included), the site or every site, and
/// the reason. A series made afterwards skips these days, telling why. OK stays disabled while
/// a line ends before it starts.
class ClosuresDialog : public QDialog
{
    Q_OBJECT
public:
    ClosuresDialog(const QList<OfficeClosure>& closures, const QList<Site>& sites, QWidget* parent = nullptr);

    /// The closures as edited, in the order of the lines (ids kept for the lines that were there).
    QList<OfficeClosure> closures() const;

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* problemLabel() const { return m_problem; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    /// Adds a line (from and to `from`, every site, no reason) and returns its row.
    int addLine(const QDate& from);

private:
    enum Column { From, To, SiteColumn, Reason, ColumnCount };
    void addRow(const OfficeClosure& closure);
    void check();

    QList<Site> m_sites;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace parcours::ui
