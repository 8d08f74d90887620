// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace parcours::ui {

class TableFilterProxy;

/// A page that lists one kind of entity: a heading, a search field, a sortable table and how
/// many rows are shown out of how many. Read-only for now.
class TablePage : public QWidget
{
    Q_OBJECT
public:
    /// `countText(shown, total)` says how many rows are shown; `emptyText` is shown instead of
    /// the table when the file holds none.
    TablePage(const QString& title, QAbstractItemModel* model, int sortColumn,
              std::function<QString(int shown, int total)> countText, const QString& emptyText,
              QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    TableFilterProxy* proxy() const { return m_proxy; }
    QLineEdit* searchField() const { return m_search; }
    QLabel* countLabel() const { return m_count; }
    /// True when the "nothing here yet" message is shown instead of the table.
    bool showsEmptyState() const;

private:
    void updateCount();
    void fitColumns();

    QAbstractItemModel* m_model;
    TableFilterProxy* m_proxy;
    QLineEdit* m_search;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_empty;
    QLabel* m_count;
    std::function<QString(int, int)> m_countText;
};

} // namespace parcours::ui
