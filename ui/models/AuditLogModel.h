// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AuditLog.h"

#include <QAbstractTableModel>

namespace parcours {
class Database;
}

namespace parcours::ui {

/// The audit log's entries that pass a filter, newest first, read a page at a time as the view
/// scrolls (canFetchMore/fetchMore), so that a log of 100,000 entries opens at once.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, Action, Kind, Record, Fields, ColumnCount };
    static constexpr int kPage = 500;

    explicit AuditLogModel(QObject* parent = nullptr);

    /// Reads the first page of `db`'s entries that pass `filter`; false (and an empty model)
    /// when the log cannot be read, with the error in lastError().
    bool load(const Database* db, const AuditFilter& filter);
    const Error& lastError() const { return m_error; }
    /// How many entries pass the filter (all of them, not only the rows read so far).
    qint64 total() const { return m_total; }
    const AuditEntry& entry(int row) const { return m_rows.at(row); }

    /// A person's words for an action code ("update" -> "Changed") and a kind ("participant").
    static QString actionText(const QString& action);
    static QString kindText(const QString& kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    const Database* m_db = nullptr;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    Error m_error;
};

} // namespace parcours::ui
