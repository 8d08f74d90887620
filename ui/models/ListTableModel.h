// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Codes.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "ui/Document.h"
#include "ui/commands/SaveCommand.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QList>
#include <QPointer>
#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>
#include <type_traits>

namespace parcours::ui {

/// Roles the table models answer besides Qt's own.
enum TableRole
{
    SortRole = Qt::UserRole + 1, ///< the value a proxy sorts by: a QDate, a number, a string
    RefRole,                     ///< the ref of the row's entity, for actions on a row
    FilterRole,                  ///< a coded column's code (or list of codes) for filters
    SearchTextRole,              ///< the row's text in every column, folded (see codes::fold)
};

/// What TableFilterProxy reads straight from its source when the source offers it, instead of
/// a QVariant per row and per call of data(): on 100,000 rows a keystroke of the search and a
/// sort are then a loop over kept strings and keys.
class RowKeySource
{
public:
    virtual ~RowKeySource() = default;
    /// The collation key of `row` in `column` (made once per row, kept until the row changes),
    /// or nullptr when that column does not sort as text. Two keys compare as
    /// QString::localeAwareCompare compares their texts (QCollator's contract).
    virtual const QCollatorSortKey* sortKey(int row, int column) const = 0;
    /// The row's text in every column, folded (codes::fold): what the search looks in. Valid
    /// until the rows change.
    virtual QStringView foldedText(int row) const = 0;
    /// The row of the record `ref`, or -1.
    virtual int rowOfRef(const QString& ref) const = 0;
    /// Told by a proxy that it sorts by `column` (-1: none): a source may then make that
    /// column's keys with its rows, at each reset, rather than when first asked.
    virtual void sortsBy(int column) const { Q_UNUSED(column) }
};

/// The rows of one list of entities, read through the repositories in one go (no query per
/// row). Attached to a Document, it follows the ChangeNotifier: the one row of a saved or
/// removed record is updated in place, a change of several records rereads the list. Inline
/// edits (setData) push a SaveCommand: the model never writes by itself.
///
/// A list is read when it is first needed (ensureRead(), called when its page is shown), not
/// when the file is opened: until then it is "unread", empty, and ignores the notifier.
///
/// T is what a row holds; Record what is saved and what a form edits. They are the same type
/// unless the rows hold less than the record (the list of a network's 100,000 participants):
/// then record() reads the record by ref, and edited() makes the record to save.
template<class T, class Record = T>
class ListTableModel : public QAbstractTableModel, public RowKeySource
{
public:
    using QAbstractTableModel::QAbstractTableModel;
    ~ListTableModel() override
    {
        if (m_disposer.joinable())
            m_disposer.join();
    }

    const QCollatorSortKey* sortKey(int row, int column) const override
    {
        if (row < 0 || row >= m_rows.size() || column < 0 || column >= columns())
            return nullptr;
        QList<std::optional<QCollatorSortKey>>& keys = m_sortKeys[column];
        if (keys.size() != m_rows.size())
            keys = QList<std::optional<QCollatorSortKey>>(m_rows.size());
        std::optional<QCollatorSortKey>& key = keys[row];
        if (!key) {
            if (!m_collator)
                m_collator.emplace(); // the default locale's, as QString::localeAwareCompare
            key = makeKey(*m_collator, m_rows.at(row), column);
            if (!key)
                return nullptr;
        }
        return &*key;
    }

    void sortsBy(int column) const override { m_keyedColumn = column; }

    QStringView foldedText(int row) const override { return folded(row); }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : columns();
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T& row = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return text(row, index.column());
        case Qt::EditRole:
            return editValue(row, index.column());
        case RefRole:
            return row.ref;
        case SearchTextRole:
            return folded(index.row()).toString();
        case FilterRole:
            return filterValue(row, index.column());
        case SortRole: {
            const QVariant v = sortValue(row, index.column());
            return v.isValid() ? v : QVariant(text(row, index.column()));
        }
        default:
            return value(row, index.column(), role);
        }
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        Qt::ItemFlags f = QAbstractTableModel::flags(index);
        if (index.isValid() && m_document && !m_document->isReadOnly() && isEditable(index.column()))
            f |= Qt::ItemIsEditable;
        return f;
    }

    /// An inline edit: pushes a command that saves the changed record (undoable). A value the
    /// record refuses is not saved; the window says why.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override
    {
        if (role != Qt::EditRole || !m_document
            || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return false;
        const T& current = m_rows.at(index.row());
        std::optional<Record> changed = edited(current, index.column(), value);
        if (!changed)
            return false;
        if (sameIn(current, *changed, index.column()))
            return true; // nothing to save, nothing to undo
        auto pushed = m_document->push(new SaveCommand<Record>(*m_document, std::move(*changed), false));
        if (!pushed)
            m_document->reportFailure(pushed.error());
        return bool(pushed);
    }

    const QList<T>& rows() const { return m_rows; }
    const T& at(int row) const { return m_rows.at(row); }
    /// The record `ref` as a form edits it, every field; nothing when the list has no row of
    /// that ref. The row itself when rows are records; else a subclass reads it.
    virtual std::optional<Record> record(const QString& ref) const
    {
        if constexpr (std::is_same_v<T, Record>) {
            const int row = rowOfRef(ref);
            if (row < 0)
                return std::nullopt;
            return m_rows.at(row);
        } else {
            Q_UNUSED(ref)
            return std::nullopt;
        }
    }
    /// The row of the record `ref`, or -1.
    int rowOfRef(const QString& ref) const override
    {
        if (m_index.isEmpty() && !m_rows.isEmpty())
            for (int i = 0; i < m_rows.size(); ++i)
                m_index.insert(m_rows.at(i).ref, i);
        return m_index.value(ref, -1);
    }

    /// Follows `document` (nullptr: none). Does not read: call reload() or ensureRead().
    void attach(Document* document)
    {
        for (const QMetaObject::Connection& c : std::as_const(m_connections))
            QObject::disconnect(c);
        m_connections.clear();
        m_document = document;
        m_unread = true;
        if (!document)
            return;
        // An unread list has nothing to update: it reads the file as it is when first needed.
        ChangeNotifier* n = document->notifier();
        m_connections << QObject::connect(n, &ChangeNotifier::saved, this,
                                          [this](EntityKind k, const QString& ref) {
                                              if (m_unread)
                                                  return;
                                              if (k == kind())
                                                  refreshRow(ref);
                                              else if (dependsOn(k))
                                                  refreshExtra();
                                          });
        m_connections << QObject::connect(n, &ChangeNotifier::removed, this,
                                          [this](EntityKind k, const QString& ref) {
                                              if (m_unread)
                                                  return;
                                              if (k == kind())
                                                  dropRow(ref);
                                              else if (dependsOn(k))
                                                  refreshExtra();
                                          });
        m_connections << QObject::connect(n, &ChangeNotifier::changed, this, [this](EntityKind k) {
            if (m_unread)
                return;
            if (k == kind())
                reloadQuietly();
            else if (dependsOn(k))
                refreshExtra();
        });
        m_connections << QObject::connect(n, &ChangeNotifier::reset, this, [this] {
            if (!m_unread)
                reloadQuietly();
        });
    }
    Document* document() const { return m_document; }

    /// True while the rows of the attached file have not been read (see ensureRead()).
    bool isUnread() const { return m_unread; }
    /// Reads the rows of the attached file if they were not read yet; a failure is reported
    /// through the document (Document::reportFailure) and the list stays unread.
    void ensureRead()
    {
        if (m_unread && m_document)
            reloadQuietly();
    }
    /// Lets go of the rows (and their memory) until ensureRead() reads them again.
    void forget()
    {
        clear();
        m_unread = true;
    }

    /// Reads every row again; on failure the model keeps what it had.
    [[nodiscard]] virtual Result<void> reload(Database& db) = 0;

    /// Empties the list, as when the file is closed.
    void clear()
    {
        beginResetModel();
        m_rows.clear();
        clearExtra();
        forgetCaches();
        endResetModel();
    }

protected:
    void resetRows(QList<T> rows)
    {
        beginResetModel();
        // What the old rows held is freed on a second thread: 100,000 rows are some 10^6
        // blocks to give back, which the new ones need not wait for.
        // The folded texts' buffers are kept, to be written over: their memory is already
        // the program's, where new buffers would fault in every page again.
        Garbage garbage{std::move(m_rows), std::move(m_sortKeys), std::move(m_index)};
        QString foldedChars = std::move(m_foldedChars);
        QList<FoldedSpan> foldedAt = std::move(m_foldedAt);
        m_rows = std::move(rows);
        m_unread = false;
        forgetCaches();
        if (m_disposer.joinable())
            m_disposer.join();
        m_disposer = std::thread([garbage = std::move(garbage)]() mutable { garbage = {}; });
        // The keys of the column sorted by, for a long list: made on a second thread while
        // this one folds, then by both. text() and sortValue() must only read (they do).
        const int column = m_keyedColumn;
        const qsizetype n = m_rows.size();
        m_collator.emplace(); // the default locale's, as QString::localeAwareCompare
        if (column < 0 || column >= columns() || n < kKeysAsideMinRows) {
            // with the read, so that no keystroke of the search pays for it
            foldAll(std::move(foldedChars), std::move(foldedAt));
            endResetModel();
            return;
        }
        QList<std::optional<QCollatorSortKey>> keys(n);
        std::optional<QCollatorSortKey>* const out = keys.data();
        std::atomic<qsizetype> next{0}; // the first row of the next rows to key
        std::atomic<bool> asText{true};
        // Each thread its own collator (the same locale and options: the same keys).
        const auto makeKeys = [&](const QCollator& collator) {
            constexpr qsizetype kRowsAtOnce = 256;
            for (qsizetype from = next.fetch_add(kRowsAtOnce); from < n && asText.load(std::memory_order_relaxed);
                 from = next.fetch_add(kRowsAtOnce)) {
                for (qsizetype i = from; i < std::min(n, from + kRowsAtOnce); ++i) {
                    if (!(out[i] = makeKey(collator, m_rows.at(i), column))) {
                        asText = false; // not a text column: no keys (sortKey() says so when asked)
                        break;
                    }
                }
            }
        };
        std::thread keying([&, locale = m_collator->locale()] { makeKeys(QCollator(locale)); });
        foldAll(std::move(foldedChars), std::move(foldedAt));
        makeKeys(*m_collator);
        keying.join();
        if (asText)
            m_sortKeys.insert(column, std::move(keys));
        endResetModel();
    }

    virtual int columns() const = 0;
    /// The kind of record listed.
    virtual EntityKind kind() const = 0;
    /// The text a cell shows (and the search looks in).
    virtual QString text(const T& row, int column) const = 0;
    /// The value sorted by; invalid: the text.
    virtual QVariant sortValue(const T&, int) const { return {}; }
    /// The code(s) a filter compares with; invalid for columns without a filter.
    virtual QVariant filterValue(const T&, int) const { return {}; }
    /// Other roles (alignment, tooltips).
    virtual QVariant value(const T&, int, int) const { return {}; }
    virtual bool isEditable(int) const { return false; }
    /// What an editor starts from.
    virtual QVariant editValue(const T& row, int column) const { return text(row, column); }
    /// The record with `value` put in `column`; nothing when the edit makes no sense.
    virtual std::optional<Record> edited(const T&, int, const QVariant&) const { return std::nullopt; }
    /// True when the edited record shows in `column` what the row shows: nothing to save.
    virtual bool sameIn([[maybe_unused]] const T& row, [[maybe_unused]] const Record& changed,
                        [[maybe_unused]] int column) const
    {
        if constexpr (std::is_same_v<T, Record>)
            return editValue(row, column) == editValue(changed, column);
        else
            return false;
    }
    /// Reads one record (after it was saved).
    [[nodiscard]] virtual Result<std::optional<T>> fetch(Database& db, const QString& ref) const = 0;
    /// True when what the model shows beside the rows (names of cohorts, sites...) depends on
    /// records of `kind`.
    virtual bool dependsOn(EntityKind) const { return false; }
    /// Rereads what the model keeps beside the rows; the default rereads everything.
    [[nodiscard]] virtual Result<void> reloadExtra(Database& db) { return reload(db); }
    /// Drops what a subclass keeps beside the rows (names of cohorts, sites, ...).
    virtual void clearExtra() {}
    /// Called when rows change, so that subclasses drop their own caches.
    virtual void rowsChanged() {}

    /// The search text of a row, folded once and kept until the row changes. The first call
    /// after a reset folds every row (a search looks at them all); resetRows() makes it. The
    /// texts of all rows lie one after the other in one buffer, in row order: no block per
    /// row to make, free, or fetch from memory when a search reads them in turn.
    QStringView folded(int row) const
    {
        if (m_rows.isEmpty())
            return {};
        if (m_foldedAt.size() != m_rows.size())
            foldAll();
        const FoldedSpan span = m_foldedAt.at(row);
        return QStringView(m_foldedChars.constData() + span.from, span.size);
    }

    /// Appends the row's search text folded (codes::fold) to `out`, where the row's text has
    /// begun: every column's text, folded one after the other straight into `out`, without the
    /// joined text. A subclass may give the same words more cheaply (texts it keeps made once
    /// per value).
    virtual void appendFolded(const T& row, codes::FoldWriter& out) const
    {
        for (int c = 0; c < columns(); ++c)
            out.add(text(row, c));
    }

    /// What a subclass calls after its extra data changed: every cell may show another text.
    void extraChanged()
    {
        forgetFolded();
        m_sortKeys.clear();
        rowsChanged();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columns() - 1));
    }

    QList<T> m_rows;

private:
    /// From this many rows, a reset makes the sort keys on a second thread.
    static constexpr qsizetype kKeysAsideMinRows = 5000;

    /// The collation key of `row`'s value in `column` (m_collator made), or nothing when the
    /// column does not sort as text. Only reads: called from a second thread at a reset.
    std::optional<QCollatorSortKey> makeKey(const QCollator& collator, const T& row, int column) const
    {
        QVariant v = sortValue(row, column);
        if (!v.isValid())
            v = text(row, column);
        if (v.typeId() != QMetaType::QString)
            return std::nullopt;
        return collator.sortKey(v.toString());
    }

    /// Where a row's folded text lies in m_foldedChars.
    struct FoldedSpan
    {
        qsizetype from = 0;
        qsizetype size = 0;
    };

    /// Folds every row into one buffer; `chars` and `at`, the buffers of an earlier fold, are
    /// written over when given.
    void foldAll(QString chars = {}, QList<FoldedSpan> at = {}) const
    {
        const qsizetype n = m_rows.size();
        const qsizetype before = chars.size();
        chars.resize(0); // the memory is kept
        // As much as the last fold took, else a guess: the pages never written are never given
        // memory, the rest goes at the squeeze; it grows if short.
        chars.reserve(before ? before : n * 128);
        at.resize(n);
        {
            codes::FoldWriter out(chars);
            FoldedSpan* span = at.data();
            for (qsizetype i = 0; i < n; ++i) {
                out.startText();
                const qsizetype from = out.size();
                appendFolded(m_rows.at(i), out);
                span[i] = {from, out.size() - from};
            }
        }
        if (chars.capacity() > chars.size() + chars.size() / 8)
            chars.squeeze(); // in place: the buffer shrinks where it lies
        m_foldedChars = std::move(chars);
        m_foldedAt = std::move(at);
        m_foldedStale = 0;
    }

    /// Folds row `row` again (after it changed, or was added): its new text goes at the end
    /// of the buffer; the old one is left there, until it is worth folding every row again.
    void refold(int row)
    {
        const bool appended = row == m_rows.size() - 1 && m_foldedAt.size() == row;
        if (!appended && m_foldedAt.size() != m_rows.size())
            return forgetFolded(); // not folded yet: made when needed
        if (row < m_foldedAt.size())
            m_foldedStale += m_foldedAt.at(row).size;
        const qsizetype from = m_foldedChars.size();
        {
            codes::FoldWriter out(m_foldedChars);
            appendFolded(m_rows.at(row), out);
        }
        const FoldedSpan span{from, m_foldedChars.size() - from};
        if (row < m_foldedAt.size())
            m_foldedAt[row] = span;
        else
            m_foldedAt.append(span);
        if (m_foldedStale > 4096 && m_foldedStale > m_foldedChars.size() / 2)
            forgetFolded();
    }

    void forgetFolded()
    {
        m_foldedChars = QString();
        m_foldedAt = {};
        m_foldedStale = 0;
    }

    void forgetCaches()
    {
        m_index.clear();
        forgetFolded();
        m_sortKeys.clear();
        m_collator.reset(); // made again in the locale of the day
        rowsChanged();
    }

    void reloadQuietly()
    {
        if (!m_document)
            return;
        if (auto r = reload(m_document->database()); !r)
            m_document->reportFailure(r.error());
    }

    void refreshExtra()
    {
        if (!m_document)
            return;
        if (auto r = reloadExtra(m_document->database()); !r)
            m_document->reportFailure(r.error());
    }

    void refreshRow(const QString& ref)
    {
        if (!m_document)
            return;
        auto found = fetch(m_document->database(), ref);
        if (!found) {
            m_document->reportFailure(found.error());
            return;
        }
        if (!*found) {
            dropRow(ref);
            return;
        }
        const int row = rowOfRef(ref);
        if (row >= 0) {
            m_rows[row] = std::move(**found);
            if (!m_foldedAt.isEmpty())
                refold(row);
            for (auto& keys : m_sortKeys)
                if (row < keys.size())
                    keys[row].reset();
            rowsChanged();
            emit dataChanged(index(row, 0), index(row, columns() - 1));
            return;
        }
        const int end = int(m_rows.size());
        beginInsertRows({}, end, end);
        m_rows.append(std::move(**found));
        if (!m_index.isEmpty() || end == 0)
            m_index.insert(m_rows.constLast().ref, end);
        if (m_foldedAt.size() == end && end > 0)
            refold(end);
        for (auto& keys : m_sortKeys)
            if (keys.size() == end)
                keys.append(std::nullopt);
        rowsChanged();
        endInsertRows();
    }

    void dropRow(const QString& ref)
    {
        const int row = rowOfRef(ref);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_index.clear(); // rows after it moved up; rebuilt on the next lookup
        if (row < m_foldedAt.size()) {
            m_foldedStale += m_foldedAt.at(row).size;
            m_foldedAt.removeAt(row);
        }
        for (auto& keys : m_sortKeys)
            if (row < keys.size())
                keys.removeAt(row);
        rowsChanged();
        endRemoveRows();
    }

    QPointer<Document> m_document;
    QList<QMetaObject::Connection> m_connections;
    mutable QHash<QString, int> m_index;
    mutable QString m_foldedChars;         ///< every row's folded text, one after the other
    mutable QList<FoldedSpan> m_foldedAt;  ///< by row: where its text lies in m_foldedChars
    mutable qsizetype m_foldedStale = 0;   ///< characters of texts no row uses any more
    mutable QHash<int, QList<std::optional<QCollatorSortKey>>> m_sortKeys; ///< by column, by row
    mutable std::optional<QCollator> m_collator;
    mutable int m_keyedColumn = -1; ///< the column a proxy sorts by (sortsBy)
    /// What the rows replaced by a reset held, freed on m_disposer.
    struct Garbage
    {
        QList<T> rows;
        QHash<int, QList<std::optional<QCollatorSortKey>>> keys;
        QHash<QString, int> index;
    };
    std::thread m_disposer;
    bool m_unread = true;
};

} // namespace parcours::ui
