// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableFilterProxy.h"

#include "ListTableModel.h"
#include "core/domain/Codes.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace parcours::ui {

namespace {

// Past this many rows changed at once (a model whose extra data changed: every row), the
// rows are sorted and filtered again in one go rather than moved one by one.
constexpr int kMoveRowsMax = 64;

/// QSortFilterProxyModel's comparison of two SortRole values (locale-aware strings), so that
/// lists without collation keys sort as before.
bool variantLess(const QVariant& left, const QVariant& right)
{
    if (left.userType() == QMetaType::UnknownType)
        return false;
    if (right.userType() == QMetaType::UnknownType)
        return true;
    switch (left.userType()) {
    case QMetaType::Int:
        return left.toInt() < right.toInt();
    case QMetaType::UInt:
        return left.toUInt() < right.toUInt();
    case QMetaType::LongLong:
        return left.toLongLong() < right.toLongLong();
    case QMetaType::ULongLong:
        return left.toULongLong() < right.toULongLong();
    case QMetaType::Float:
        return left.toFloat() < right.toFloat();
    case QMetaType::Double:
        return left.toDouble() < right.toDouble();
    case QMetaType::QChar:
        return left.toChar() < right.toChar();
    case QMetaType::QDate:
        return left.toDate() < right.toDate();
    case QMetaType::QTime:
        return left.toTime() < right.toTime();
    case QMetaType::QDateTime:
        return left.toDateTime() < right.toDateTime();
    default:
        return left.toString().localeAwareCompare(right.toString()) < 0;
    }
}

} // namespace

TableFilterProxy::TableFilterProxy(QObject* parent) : QAbstractProxyModel(parent), m_sortRole(SortRole)
{
}

void TableFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    forgetSearches();
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_keys = dynamic_cast<const RowKeySource*>(model);
    if (m_keys && m_sortRole == SortRole)
        m_keys->sortsBy(m_sortColumn);
    if (model) {
        m_connections << connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                                 [this] { beginResetModel(); });
        m_connections << connect(model, &QAbstractItemModel::modelReset, this, &TableFilterProxy::sourceReset);
        // Gone before the proxy: nothing of it is kept (the base shows an empty model).
        m_connections << connect(model, &QObject::destroyed, this, [this] {
            beginResetModel();
            forgetSearches();
            m_keys = nullptr;
            m_sorted.clear();
            m_accepted.clear();
            m_shown.clear();
            m_proxyOf.clear();
            endResetModel();
        });
        m_connections << connect(model, &QAbstractItemModel::dataChanged, this,
                                 &TableFilterProxy::sourceDataChanged);
        m_connections << connect(model, &QAbstractItemModel::rowsInserted, this,
                                 &TableFilterProxy::sourceRowsInserted);
        m_connections << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                 &TableFilterProxy::sourceRowsAboutToBeRemoved);
        m_connections << connect(model, &QAbstractItemModel::rowsRemoved, this,
                                 &TableFilterProxy::sourceRowsRemoved);
        m_connections << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                                 &TableFilterProxy::sourceLayoutAboutToBeChanged);
        m_connections << connect(model, &QAbstractItemModel::layoutChanged, this,
                                 &TableFilterProxy::sourceLayoutChanged);
        m_connections << connect(model, &QAbstractItemModel::headerDataChanged, this,
                                 [this](Qt::Orientation orientation, int first, int last) {
                                     if (orientation == Qt::Horizontal)
                                         emit headerDataChanged(orientation, first, last);
                                 });
        // Columns added, removed or moved, rows moved: rare in a flat list; read again.
        const auto begin = [this] { beginResetModel(); };
        m_connections << connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, begin);
        m_connections << connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, begin);
        m_connections << connect(model, &QAbstractItemModel::columnsAboutToBeMoved, this, begin);
        m_connections << connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, begin);
        for (auto signal : {&QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
            m_connections << connect(model, signal, this, &TableFilterProxy::sourceReset);
        for (auto signal : {&QAbstractItemModel::columnsMoved, &QAbstractItemModel::rowsMoved})
            m_connections << connect(model, signal, this, &TableFilterProxy::sourceReset);
    }
    sortAll();
    filterAll();
    rebuildShown();
    endResetModel();
}

void TableFilterProxy::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QStringList words = codes::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    // The rows of the search shown are kept (unless they are already) for the next ones.
    if (std::none_of(m_kept.cbegin(), m_kept.cend(), [this](const Kept& k) { return k.words == m_words; })) {
        if (m_kept.size() == kKeptMax)
            m_kept.removeFirst();
        m_kept.append({m_words, m_accepted, m_shown.size()});
    }
    m_words = words;
    relayout([this] {
        searchRows();
        rebuildShown();
    });
}

void TableFilterProxy::searchRows()
{
    const int n = sourceModel() ? sourceModel()->rowCount() : 0;
    // A search made before (a letter erased): its rows again, no test.
    for (qsizetype k = 0; k < m_kept.size(); ++k) {
        if (m_kept.at(k).words == m_words && m_kept.at(k).accepted.size() == n) {
            m_kept.move(k, m_kept.size() - 1);
            m_accepted = m_kept.constLast().accepted;
            return;
        }
    }
    // A row holding every word of this search holds every word of a search whose every word
    // is inside one of them ("gog" is inside "gogo", "go" inside "gox"): only the rows of the
    // smallest such search are tested. They passed the column filters already.
    const Kept* within = nullptr;
    for (const Kept& kept : std::as_const(m_kept)) {
        if (kept.accepted.size() != n || (within && within->count <= kept.count))
            continue;
        if (std::all_of(kept.words.cbegin(), kept.words.cend(), [this](const QString& old) {
                return std::any_of(m_words.cbegin(), m_words.cend(),
                                   [&old](const QString& word) { return word.contains(old); });
            }))
            within = &kept;
    }
    // The rows to test, in source order: the folded texts were made, and lie in memory, in
    // that order.
    std::vector<int> rows;
    rows.reserve(size_t(within ? within->count : n));
    for (int row = 0; row < n; ++row)
        if (!within || within->accepted.at(row))
            rows.push_back(row);
    QList<bool> accepted(n, false);
    bool* out = accepted.data();
    qsizetype count = 0;
    const bool filters = !within && !m_filters.isEmpty();
    const size_t tested = rows.size();
    for (size_t k = 0; k < tested; ++k) {
#if defined(__SSE2__)
        // The rows tested skip about the texts (a narrowing search): asked from memory a few
        // rows ahead, a text is there when its turn comes (a search is a wait for memory more
        // than a computation).
        constexpr size_t kAhead = 8;
        if (m_keys && !m_words.isEmpty() && k + kAhead < tested) {
            const QStringView ahead = m_keys->foldedText(rows[k + kAhead]);
            const char* data = reinterpret_cast<const char*>(ahead.constData());
            const char* end = data + ahead.size() * qsizetype(sizeof(QChar));
            for (; data < end; data += 64)
                _mm_prefetch(data, _MM_HINT_T0);
        }
#endif
        const int row = rows[k];
        if (matchesWords(row) && (!filters || passesFilters(row))) {
            out[row] = true;
            ++count;
        }
    }
    m_accepted = std::move(accepted);
    if (m_kept.size() == kKeptMax)
        m_kept.removeFirst();
    m_kept.append({m_words, m_accepted, count});
}

void TableFilterProxy::forgetSearches()
{
    m_kept.clear();
}

bool TableFilterProxy::containsWord(QStringView text, QStringView word)
{
    const qsizetype n = word.size();
    const qsizetype size = text.size();
    if (n == 0)
        return true;
    if (n > size)
        return false;
    if (n == 1)
        return text.contains(word.front()); // Qt's own vector search of one character
    const char16_t* s = text.utf16();
    const char16_t* w = word.utf16();
    const char16_t first = w[0];
    const char16_t last = w[n - 1];
    const qsizetype starts = size - n + 1; // the places the word could start at
    qsizetype i = 0;
#if defined(__SSE2__)
    // Eight places at once: where the first letter is, and the last one n - 1 further; only
    // those places are compared whole (W. Mula's "SIMD-friendly algorithms for substring
    // searching"). The loads stay inside the text: s[i + 7] and s[i + n - 1 + 7] are at most
    // s[size - 1].
    const __m128i firsts = _mm_set1_epi16(short(first));
    const __m128i lasts = _mm_set1_epi16(short(last));
    for (; i + 8 <= starts; i += 8) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + n - 1));
        // Two bits (bytes) per place where both letters are.
        uint mask = uint(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi16(a, firsts), _mm_cmpeq_epi16(b, lasts))));
        while (mask) {
            const qsizetype at = i + qsizetype(qCountTrailingZeroBits(mask) / 2);
            if (n == 2 || std::memcmp(s + at + 1, w + 1, size_t(n - 2) * sizeof(char16_t)) == 0)
                return true;
            mask &= mask - 1;
            mask &= mask - 1;
        }
    }
#endif
    for (; i < starts; ++i)
        if (s[i] == first && s[i + n - 1] == last && std::equal(s + i + 1, s + i + n - 1, w + 1))
            return true;
    return false;
}

void TableFilterProxy::setColumnFilter(int column, const QVariant& code)
{
    forgetSearches();
    if (!code.isValid())
        m_filters.remove(column);
    else
        m_filters.insert(column, code);
    relayout([this] {
        filterAll();
        rebuildShown();
    });
}

void TableFilterProxy::setSortRole(int role)
{
    if (role == m_sortRole)
        return;
    m_sortRole = role;
    if (m_keys)
        m_keys->sortsBy(role == SortRole ? m_sortColumn : -1);
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_order);
}

void TableFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_order = order;
    if (m_keys && m_sortRole == SortRole)
        m_keys->sortsBy(column);
    relayout([this] {
        sortAll();
        rebuildShown();
    });
}

QModelIndex TableFilterProxy::indexOfRef(const QString& ref) const
{
    if (m_keys) {
        const int row = m_keys->rowOfRef(ref);
        return row >= 0 && row < m_proxyOf.size() ? index(m_proxyOf.at(row), 0) : QModelIndex();
    }
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex i = index(row, 0);
        if (i.data(RefRole).toString() == ref)
            return i;
    }
    return {};
}

QVariant TableFilterProxy::data(const QModelIndex& index, int role) const
{
    QVariant value = QAbstractProxyModel::data(index, role);
    if (role == Qt::ToolTipRole && !value.isValid())
        value = QAbstractProxyModel::data(index, Qt::DisplayRole);
    return value;
}

QVariant TableFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Vertical && section >= 0 && section < m_shown.size())
        section = m_shown.at(section);
    return sourceModel()->headerData(section, orientation, role);
}

QModelIndex TableFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_shown.size() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TableFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex TableFilterProxy::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int TableFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int TableFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool TableFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex TableFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_shown.size())
        return {};
    return sourceModel()->index(m_shown.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex TableFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid()
        || sourceIndex.row() >= m_proxyOf.size())
        return {};
    const int row = m_proxyOf.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

bool TableFilterProxy::accepts(int sourceRow) const
{
    return passesFilters(sourceRow) && matchesWords(sourceRow);
}

bool TableFilterProxy::passesFilters(int sourceRow) const
{
    const QAbstractItemModel* model = sourceModel();
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        const QVariant value = model->index(sourceRow, it.key()).data(FilterRole);
        const QString wanted = it.value().toString();
        if (value.typeId() == QMetaType::QStringList) {
            if (!value.toStringList().contains(wanted))
                return false;
        } else if (value.toString() != wanted) {
            return false;
        }
    }
    return true;
}

bool TableFilterProxy::matchesWords(int sourceRow) const
{
    if (m_words.isEmpty())
        return true;
    if (m_keys) {
        const QStringView folded = m_keys->foldedText(sourceRow);
        for (const QString& word : m_words)
            if (!containsWord(folded, word))
                return false;
        return true;
    }
    const QAbstractItemModel* model = sourceModel();
    QString row = model->index(sourceRow, 0).data(SearchTextRole).toString();
    if (row.isNull()) {
        // A model without a folded search text: fold its cells now.
        for (int column = 0; column < model->columnCount(); ++column) {
            row += codes::fold(model->index(sourceRow, column).data().toString());
            row += QLatin1Char('\n');
        }
    }
    for (const QString& word : m_words)
        if (!containsWord(row, word))
            return false;
    return true;
}

bool TableFilterProxy::lessThan(int a, int b) const
{
    if (m_keys && m_sortRole == SortRole) {
        const QCollatorSortKey* ka = m_keys->sortKey(a, m_sortColumn);
        const QCollatorSortKey* kb = ka ? m_keys->sortKey(b, m_sortColumn) : nullptr;
        if (ka && kb)
            return ka->compare(*kb) < 0;
    }
    const QAbstractItemModel* model = sourceModel();
    return variantLess(model->index(a, m_sortColumn).data(m_sortRole),
                       model->index(b, m_sortColumn).data(m_sortRole));
}

void TableFilterProxy::sortAll()
{
    const QAbstractItemModel* model = sourceModel();
    const int n = model ? model->rowCount() : 0;
    QList<int> previous = std::move(m_sorted); // the order before, of every row then
    m_sorted = QList<int>(n);
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (n < 2 || m_sortColumn < 0 || m_sortColumn >= model->columnCount())
        return;
    const bool ascending = m_order == Qt::AscendingOrder;
    // One look-up per row, then comparisons of kept keys or values: no QModelIndex, no
    // virtual call per comparison. Stable, as QSortFilterProxyModel: ties in source order.
    if (m_keys && m_sortRole == SortRole) {
        std::vector<const QCollatorSortKey*> keys(size_t(n), nullptr);
        bool all = true;
        for (int row = 0; row < n && all; ++row)
            all = (keys[size_t(row)] = m_keys->sortKey(row, m_sortColumn)) != nullptr;
        if (all) {
            const auto less = [&](int a, int b) {
                return ascending ? keys[size_t(a)]->compare(*keys[size_t(b)]) < 0
                                 : keys[size_t(b)]->compare(*keys[size_t(a)]) < 0;
            };
            // As many rows as before (a list read again): when the order before is still
            // that of the sort, ties in source order, it is the one stable_sort would give,
            // checked in n - 1 comparisons.
            if (previous.size() == n) {
                bool sorted = true;
                for (int k = 1; k < n && sorted; ++k) {
                    const int a = previous.at(k - 1);
                    const int b = previous.at(k);
                    sorted = !less(b, a) && (a < b || less(a, b));
                }
                if (sorted) {
                    m_sorted = std::move(previous);
                    return;
                }
            }
            std::stable_sort(m_sorted.begin(), m_sorted.end(), less);
            return;
        }
    }
    std::vector<QVariant> values(static_cast<size_t>(n));
    for (int row = 0; row < n; ++row)
        values[size_t(row)] = model->index(row, m_sortColumn).data(m_sortRole);
    std::stable_sort(m_sorted.begin(), m_sorted.end(), [&](int a, int b) {
        return ascending ? variantLess(values[size_t(a)], values[size_t(b)])
                         : variantLess(values[size_t(b)], values[size_t(a)]);
    });
}

void TableFilterProxy::filterAll()
{
    const int n = sourceModel() ? sourceModel()->rowCount() : 0;
    m_accepted.resize(n);
    const bool all = m_filters.isEmpty() && m_words.isEmpty();
    for (int row = 0; row < n; ++row)
        m_accepted[row] = all || accepts(row);
}

void TableFilterProxy::rebuildShown()
{
    m_shown.clear();
    m_shown.reserve(m_sorted.size());
    m_proxyOf = QList<int>(m_sorted.size(), -1);
    for (int row : std::as_const(m_sorted)) {
        if (m_accepted.at(row)) {
            m_proxyOf[row] = int(m_shown.size());
            m_shown.append(row);
        }
    }
}

void TableFilterProxy::relayout(const std::function<void()>& change)
{
    beginRelayout();
    change();
    endRelayout();
}

void TableFilterProxy::beginRelayout()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_relayoutFrom = persistentIndexList();
    m_relayoutRows.clear();
    m_relayoutRows.reserve(m_relayoutFrom.size());
    for (const QModelIndex& i : std::as_const(m_relayoutFrom))
        m_relayoutRows.append(i.row() >= 0 && i.row() < m_shown.size() ? m_shown.at(i.row()) : -1);
}

void TableFilterProxy::endRelayout(const std::function<int(int)>& remap)
{
    QModelIndexList to;
    to.reserve(m_relayoutFrom.size());
    for (int k = 0; k < m_relayoutFrom.size(); ++k) {
        int row = m_relayoutRows.at(k);
        if (row >= 0 && remap)
            row = remap(row);
        const int shown = row >= 0 && row < m_proxyOf.size() ? m_proxyOf.at(row) : -1;
        to.append(shown < 0 ? QModelIndex() : createIndex(shown, m_relayoutFrom.at(k).column()));
    }
    changePersistentIndexList(m_relayoutFrom, to);
    m_relayoutFrom.clear();
    m_relayoutRows.clear();
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TableFilterProxy::sourceReset()
{
    // Begun by modelAboutToBeReset (or the columnsAboutTo… / rowsAboutToBeMoved signals).
    forgetSearches();
    sortAll();
    filterAll();
    rebuildShown();
    endResetModel();
}

void TableFilterProxy::sourceDataChanged(const QModelIndex& from, const QModelIndex& to,
                                         const QList<int>& roles)
{
    if (!from.isValid() || from.parent().isValid() || m_accepted.size() != sourceModel()->rowCount())
        return;
    forgetSearches(); // the rows changed may hold other words now
    const int first = from.row();
    const int last = to.row();
    const auto inPlace = [&](int row) {
        const qsizetype at = m_sorted.indexOf(row);
        return (at == 0 || before(m_sorted.at(at - 1), row))
            && (at == m_sorted.size() - 1 || before(row, m_sorted.at(at + 1)));
    };
    const auto tellChanged = [&] {
        for (int row = first; row <= last; ++row)
            if (const int shown = m_proxyOf.at(row); shown >= 0)
                emit dataChanged(index(shown, from.column()), index(shown, to.column()), roles);
    };

    if (last - first >= kMoveRowsMax) {
        relayout([this] {
            sortAll();
            filterAll();
            rebuildShown();
        });
        if (!m_shown.isEmpty())
            emit dataChanged(index(0, from.column()), index(int(m_shown.size()) - 1, to.column()), roles);
        return;
    }
    bool same = true;
    for (int row = first; row <= last && same; ++row)
        same = accepts(row) == m_accepted.at(row) && inPlace(row);
    if (!same) {
        relayout([&] {
            for (int row = first; row <= last; ++row) {
                m_accepted[row] = accepts(row);
                if (inPlace(row))
                    continue;
                m_sorted.removeAt(m_sorted.indexOf(row));
                const auto at = std::lower_bound(m_sorted.begin(), m_sorted.end(), row,
                                                 [this](int a, int b) { return before(a, b); });
                m_sorted.insert(at - m_sorted.begin(), row);
            }
            rebuildShown();
        });
    }
    tellChanged();
}

bool TableFilterProxy::before(int a, int b) const
{
    if (m_sortColumn < 0)
        return a < b;
    const bool ascending = m_order == Qt::AscendingOrder;
    if (ascending ? lessThan(a, b) : lessThan(b, a))
        return true;
    if (ascending ? lessThan(b, a) : lessThan(a, b))
        return false;
    return a < b;
}

void TableFilterProxy::sourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    forgetSearches();
    // First the rows kept renumbered: the new rows are there, not shown yet.
    const int count = last - first + 1;
    for (int& row : m_sorted)
        if (row >= first)
            row += count;
    for (int& row : m_shown)
        if (row >= first)
            row += count;
    m_proxyOf.insert(first, count, -1);
    m_accepted.insert(first, count, false);
    const auto place = [this](int row) {
        const auto at = std::lower_bound(m_sorted.begin(), m_sorted.end(), row,
                                         [this](int a, int b) { return before(a, b); });
        return int(at - m_sorted.begin());
    };
    if (count > 1) {
        relayout([&] {
            for (int row = first; row <= last; ++row) {
                m_accepted[row] = accepts(row);
                m_sorted.insert(place(row), row);
            }
            rebuildShown();
        });
        return;
    }
    // One row (a record added): told as one row inserted where it sorts, when shown.
    const int at = place(first);
    if (!accepts(first)) {
        m_sorted.insert(at, first);
        return;
    }
    int shownBefore = 0; // the rows shown that sort before it
    for (int k = 0; k < at; ++k)
        if (m_accepted.at(m_sorted.at(k)))
            ++shownBefore;
    beginInsertRows({}, shownBefore, shownBefore);
    m_sorted.insert(at, first);
    m_accepted[first] = true;
    rebuildShown();
    endInsertRows();
}

void TableFilterProxy::sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    m_removing = Removing::Silently;
    if (parent.isValid())
        return;
    int low = -1, high = -1, shown = 0;
    for (int row = first; row <= last && row < m_proxyOf.size(); ++row) {
        if (const int p = m_proxyOf.at(row); p >= 0) {
            low = low < 0 ? p : std::min(low, p);
            high = std::max(high, p);
            ++shown;
        }
    }
    if (shown == 0)
        return;
    if (high - low + 1 == shown) {
        m_removing = Removing::AsRows;
        beginRemoveRows({}, low, high);
    } else {
        m_removing = Removing::AsLayout;
        beginRelayout();
    }
}

void TableFilterProxy::sourceRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    forgetSearches();
    const int count = last - first + 1;
    m_sorted.removeIf([&](int row) { return row >= first && row <= last; });
    for (int& row : m_sorted)
        if (row > last)
            row -= count;
    m_accepted.remove(first, count);
    rebuildShown();
    const Removing how = m_removing;
    m_removing = Removing::Silently;
    if (how == Removing::AsRows)
        endRemoveRows();
    else if (how == Removing::AsLayout)
        endRelayout([first, last, count](int row) { return row < first ? row : row > last ? row - count : -1; });
}

void TableFilterProxy::sourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    for (const QModelIndex& i : std::as_const(m_layoutProxy))
        m_layoutSource.append(QPersistentModelIndex(mapToSource(i)));
}

void TableFilterProxy::sourceLayoutChanged()
{
    forgetSearches();
    sortAll();
    filterAll();
    rebuildShown();
    QModelIndexList to;
    for (const QPersistentModelIndex& source : std::as_const(m_layoutSource))
        to.append(mapFromSource(source));
    changePersistentIndexList(m_layoutProxy, to);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

} // namespace parcours::ui
