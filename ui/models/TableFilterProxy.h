// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <functional>

namespace parcours::ui {

class RowKeySource;

/// Sorts a flat table model by its SortRole and keeps the rows that match a search and the
/// column filters. The search: every word must appear in some column, ignoring case and accents
/// ("helene" finds "Hélène"); it reads the row's text folded once by the model (straight from
/// a RowKeySource, else its SearchTextRole). Sorting by a text column compares the source's
/// collation keys when it has them (RowKeySource), else the SortRole values as
/// QSortFilterProxyModel does (locale-aware). A column filter keeps the rows whose FilterRole
/// equals the code chosen, or holds it when it is a list.
///
/// Not a QSortFilterProxyModel: on 100,000 rows that one re-filters through a QModelIndex and
/// a QVariant per row and key, and tells the view of every run of rows hidden or shown again
/// (erasing a search re-sorted and re-inserted every row). This proxy keeps every source row
/// in the order of the sort (`m_sorted`, sorted again only when the sort or the rows' keys
/// change) and the rows shown are those of that order the search and filters keep: a keystroke
/// is one substring test per row and ONE layoutChanged (the selection follows its row). A
/// changed row moves alone; a row whose place and visibility stay is one dataChanged.
///
/// A keystroke tests as few rows as it can: the rows of each search are kept (the last
/// kKeptMax searches, one flag per source row) until the source or a column filter changes.
/// A search already made (a letter erased: "gog" after "gogo") takes its rows back without a
/// test; another one tests only the rows of the smallest kept search whose every word is
/// inside one of its words (typing on, or "gox" after "gogo" was erased to "go").
class TableFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit TableFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }

    /// Keeps the rows whose `column` holds `code`; an invalid QVariant removes the filter.
    void setColumnFilter(int column, const QVariant& code);
    QVariant columnFilter(int column) const { return m_filters.value(column); }

    /// The role sorted by (SortRole unless set).
    void setSortRole(int role);
    int sortRole() const { return m_sortRole; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The row shown for the record `ref` (RefRole), or an invalid index.
    QModelIndex indexOfRef(const QString& ref) const;

    /// True when `word` is inside `text`, as QStringView::contains (case-sensitive, UTF-16
    /// code units compared), with a test of the word's first and last letters at eight places
    /// at once: the search's test of one row.
    static bool containsWord(QStringView text, QStringView word);

    /// A cell without a tooltip of its own shows its whole text as one: a column narrowed to
    /// fit the list cuts its texts short.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& idx) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

    void setSourceModel(QAbstractItemModel* model) override;

private:
    /// True when source row `row` passes the search and the column filters.
    bool accepts(int row) const;
    /// True when source row `row` holds every word of the search.
    bool matchesWords(int row) const;
    /// True when source row `row` passes the column filters.
    bool passesFilters(int row) const;
    /// The rows of the search `m_words`, into `m_accepted`: taken back when kept, else tested
    /// among the rows of the smallest kept search that holds them all, else among every row.
    void searchRows();
    /// Forgets the rows of the searches made (the source or a column filter changed).
    void forgetSearches();
    /// True when source row `a` sorts before `b` by the current column (one pair).
    bool lessThan(int a, int b) const;
    /// The total order of `m_sorted`: the sort's, ties in source order.
    bool before(int a, int b) const;
    /// Every source row again, in the order of the sort (stable: ties in source order).
    void sortAll();
    /// Every row's acceptance again.
    void filterAll();
    /// The rows shown, from `m_sorted` and `m_accepted`.
    void rebuildShown();
    /// Runs `change` as one layout change of the rows shown: persistent indexes (the
    /// selection) follow their source row.
    void relayout(const std::function<void()>& change);
    /// The two halves of relayout(); `remap` gives the new number of a source row numbered
    /// before the change, or -1 when it is gone.
    void beginRelayout();
    void endRelayout(const std::function<int(int)>& remap = {});

    void sourceReset();
    void sourceDataChanged(const QModelIndex& from, const QModelIndex& to, const QList<int>& roles);
    void sourceRowsInserted(const QModelIndex& parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex& parent, int first, int last);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();

    const RowKeySource* m_keys = nullptr; ///< the source model, when it is one
    QList<QMetaObject::Connection> m_connections;
    QString m_text;
    QStringList m_words; ///< folded
    QHash<int, QVariant> m_filters;
    int m_sortRole;
    int m_sortColumn = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;

    QList<int> m_sorted;      ///< every source row, in the order of the sort
    QList<bool> m_accepted;   ///< by source row: kept by the search and filters
    QList<int> m_shown;       ///< by proxy row: its source row
    QList<int> m_proxyOf;     ///< by source row: its proxy row, or -1
    /// The rows of a search made: `accepted` as m_accepted was for `words` (with the column
    /// filters of the moment), `count` of them true.
    struct Kept
    {
        QStringList words;
        QList<bool> accepted;
        qsizetype count = 0;
    };
    static constexpr int kKeptMax = 16;
    QList<Kept> m_kept; ///< the most recent last
    /// Between a source's layoutAboutToBeChanged and layoutChanged: the source rows of the
    /// persistent indexes, and those indexes.
    QList<QPersistentModelIndex> m_layoutSource;
    QModelIndexList m_layoutProxy;
    /// Between beginRelayout() and endRelayout(): the persistent indexes and their source rows.
    QModelIndexList m_relayoutFrom;
    QList<int> m_relayoutRows;
    /// Between rowsAboutToBeRemoved and rowsRemoved: how the removal is told to the views
    /// (no row shown removed; one run of rows shown; rows shown apart: a layout change).
    enum class Removing { Silently, AsRows, AsLayout };
    Removing m_removing = Removing::Silently;
};

} // namespace parcours::ui
