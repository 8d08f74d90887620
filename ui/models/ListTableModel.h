// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Codes.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "ui/Document.h"
#include "ui/commands/SaveCommand.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <optional>

namespace parcours::ui {

/// Roles the table models answer besides Qt's own.
enum TableRole
{
    SortRole = Qt::UserRole + 1, ///< the value a proxy sorts by: a QDate, a number, a string
    RefRole,                     ///< the ref of the row's entity, for actions on a row
    FilterRole,                  ///< a coded column's code (or list of codes) for filters
    SearchTextRole,              ///< the row's text in every column, folded (see codes::fold)
};

/// The rows of one list of entities, read through the repositories in one go (no query per
/// row). Attached to a Document, it follows the ChangeNotifier: the one row of a saved or
/// removed record is updated in place, a change of several records rereads the list. Inline
/// edits (setData) push a SaveCommand: the model never writes by itself.
template<class T>
class ListTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

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
            return searchText(index.row());
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
        std::optional<T> changed = edited(current, index.column(), value);
        if (!changed)
            return false;
        if (editValue(current, index.column()) == editValue(*changed, index.column()))
            return true; // nothing to save, nothing to undo
        auto pushed = m_document->push(new SaveCommand<T>(*m_document, std::move(*changed), false));
        if (!pushed)
            m_document->reportFailure(pushed.error());
        return bool(pushed);
    }

    const QList<T>& rows() const { return m_rows; }
    const T& at(int row) const { return m_rows.at(row); }
    /// The row of the record `ref`, or -1.
    int rowOfRef(const QString& ref) const
    {
        if (m_index.isEmpty() && !m_rows.isEmpty())
            for (int i = 0; i < m_rows.size(); ++i)
                m_index.insert(m_rows.at(i).ref, i);
        return m_index.value(ref, -1);
    }

    /// Follows `document` (nullptr: none). Does not read: call reload().
    void attach(Document* document)
    {
        for (const QMetaObject::Connection& c : std::as_const(m_connections))
            QObject::disconnect(c);
        m_connections.clear();
        m_document = document;
        if (!document)
            return;
        ChangeNotifier* n = document->notifier();
        m_connections << QObject::connect(n, &ChangeNotifier::saved, this,
                                          [this](EntityKind k, const QString& ref) {
                                              if (k == kind())
                                                  refreshRow(ref);
                                              else if (dependsOn(k))
                                                  refreshExtra();
                                          });
        m_connections << QObject::connect(n, &ChangeNotifier::removed, this,
                                          [this](EntityKind k, const QString& ref) {
                                              if (k == kind())
                                                  dropRow(ref);
                                              else if (dependsOn(k))
                                                  refreshExtra();
                                          });
        m_connections << QObject::connect(n, &ChangeNotifier::changed, this, [this](EntityKind k) {
            if (k == kind())
                reloadQuietly();
            else if (dependsOn(k))
                refreshExtra();
        });
        m_connections << QObject::connect(n, &ChangeNotifier::reset, this,
                                          [this] { reloadQuietly(); });
    }
    Document* document() const { return m_document; }

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
        m_rows = std::move(rows);
        forgetCaches();
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
    virtual std::optional<T> edited(const T&, int, const QVariant&) const { return std::nullopt; }
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

    /// The search text of a row, folded once and kept until the row changes.
    QString searchText(int row) const
    {
        if (m_folded.size() != m_rows.size())
            m_folded = QList<QString>(m_rows.size());
        QString& folded = m_folded[row];
        if (folded.isNull()) {
            QString all;
            const T& r = m_rows.at(row);
            for (int c = 0; c < columns(); ++c) {
                all += text(r, c);
                all += QLatin1Char('\n');
            }
            folded = codes::fold(all);
            if (folded.isNull())
                folded = QLatin1String("");
        }
        return folded;
    }

    /// What a subclass calls after its extra data changed: every cell may show another text.
    void extraChanged()
    {
        m_folded.clear();
        rowsChanged();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columns() - 1));
    }

    QList<T> m_rows;

private:
    void forgetCaches()
    {
        m_index.clear();
        m_folded.clear();
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
            if (row < m_folded.size())
                m_folded[row] = QString();
            rowsChanged();
            emit dataChanged(index(row, 0), index(row, columns() - 1));
            return;
        }
        const int end = int(m_rows.size());
        beginInsertRows({}, end, end);
        m_rows.append(std::move(**found));
        if (!m_index.isEmpty() || end == 0)
            m_index.insert(m_rows.constLast().ref, end);
        if (m_folded.size() == end)
            m_folded.append(QString());
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
        if (row < m_folded.size())
            m_folded.removeAt(row);
        rowsChanged();
        endRemoveRows();
    }

    QPointer<Document> m_document;
    QList<QMetaObject::Connection> m_connections;
    mutable QHash<QString, int> m_index;
    mutable QList<QString> m_folded;
};

} // namespace parcours::ui
