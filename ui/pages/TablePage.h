// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/exchange/CsvWriter.h"

#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace parcours {
struct Error;
}

namespace parcours::ui {

class RecordForm;
class TableFilterProxy;

/// A page that lists one kind of entity: a heading, a search field, filters on the coded
/// columns, a sortable table with the record's form beside it, how many rows are shown out of
/// how many, and the export of the rows shown.
class TablePage : public QWidget
{
    Q_OBJECT
public:
    /// One choice of a filter: what it shows, and the code it keeps.
    struct Choice
    {
        QString label;
        QString code;
    };

    /// `countText(shown, total)` says how many rows are shown; `emptyText` is shown instead of
    /// the table when the file holds none. An empty `title` shows no heading.
    TablePage(const QString& title, QAbstractItemModel* model, int sortColumn,
              std::function<QString(int shown, int total)> countText, const QString& emptyText,
              QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    TableFilterProxy* proxy() const { return m_proxy; }
    QLineEdit* searchField() const { return m_search; }
    QLabel* countLabel() const { return m_count; }
    QLabel* heading() const { return m_heading; }
    /// True when the "nothing here yet" message is shown instead of the table.
    bool showsEmptyState() const;

    /// Adds a filter above the list: a combo box named `label` whose first choice keeps every
    /// row and the others keep the rows whose `column` holds their code. `choices` is asked
    /// again by refreshFilters() (choices that depend on the file, such as cohorts).
    QComboBox* addFilter(int column, const QString& label, std::function<QList<Choice>()> choices);
    void refreshFilters();

    /// Puts the record's form beside the list; selecting a row shows it there.
    void setForm(RecordForm* form);
    RecordForm* form() const { return m_form; }

    /// The ref of the row selected, or empty.
    QString currentRef() const;
    /// Selects the row of `ref` and scrolls to it; false when the list does not show it.
    bool selectRef(const QString& ref);

    /// Puts a button for `action` in the bar above the list, before Export (an action on the
    /// row chosen, such as opening a cohort's page).
    QToolButton* addButton(QAction* action);

    QAction* exportCsvAction() const { return m_exportCsv; }
    QAction* exportExcelAction() const { return m_exportExcel; }
    /// Writes the rows shown, in the order shown, with the table's headers.
    [[nodiscard]] Result<void> exportTo(const QString& path, CsvDialect dialect) const;
    /// The name a file dialog proposes for an export ("Participants.csv").
    void setExportName(const QString& name) { m_exportName = name; }

    /// Says again how many rows are shown (when what the count text says has changed).
    void refreshCount() { updateCount(); }
    /// Sizes the columns to the rows shown (done by itself when the list is read); when they
    /// are wider than the list, the widest give up width first, so that the list scrolls
    /// sideways only when even their headers cannot fit.
    void fitColumns();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void currentRefChanged(const QString& ref);
    /// Something the person asked for failed (an export): the window says why.
    void failed(const QString& message, const parcours::Error& error);

private:
    void updateCount();
    void currentChanged();
    void applySearch();
    /// Runs `change` (of the search or a filter) keeping the record shown in the form.
    void filter(const std::function<void()>& change);
    void exportDialog(CsvDialect dialect);
    /// Gives the columns their fitted widths, shared out within the list's width.
    void shareWidth();

    QAbstractItemModel* m_model;
    TableFilterProxy* m_proxy;
    QLabel* m_heading;
    QLineEdit* m_search;
    QHBoxLayout* m_filters;
    QHBoxLayout* m_buttons;
    QToolButton* m_exportButton;
    QAction* m_exportCsv;
    QAction* m_exportExcel;
    QSplitter* m_splitter;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_empty;
    QLabel* m_count;
    QTimer* m_searchDelay;
    RecordForm* m_form = nullptr;
    std::function<QString(int, int)> m_countText;
    struct Filter
    {
        QComboBox* combo;
        int column;
        std::function<QList<Choice>()> choices;
    };
    QList<Filter> m_filterCombos;
    QString m_exportName;
    QString m_shownRef;
    QList<int> m_fitted; ///< the columns' widths for their contents, from fitColumns()
    int m_sharedFor = -1; ///< the list's width the columns were last shared out for
    bool m_reselecting = false;
};

} // namespace parcours::ui
