// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListTableModel.h"
#include "core/Result.h"
#include "core/domain/Room.h"

#include <QHash>

namespace parcours::ui {

/// The rooms of every site of the open file; a proxy keeps those of one site (FilterRole of the
/// Site column is the site's ref).
class RoomTableModel : public ListTableModel<Room>
{
    Q_OBJECT
public:
    enum Column
    {
        Ref,
        Name,
        Site,
        Capacity,
        ColumnCount
    };

    explicit RoomTableModel(QObject* parent = nullptr);

    /// Reads every room and site (two queries); on failure the model keeps what it had.
    [[nodiscard]] Result<void> reload(Database& db) override;
    /// `siteNames` maps a site ref to its name.
    void setRows(QList<Room> rows, QHash<QString, QString> siteNames = {});

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return ColumnCount; }
    EntityKind kind() const override { return EntityKind::Room; }
    QString text(const Room& r, int column) const override;
    QVariant sortValue(const Room& r, int column) const override;
    QVariant filterValue(const Room& r, int column) const override;
    QVariant value(const Room& r, int column, int role) const override;
    bool isEditable(int column) const override { return column == Name || column == Capacity; }
    QVariant editValue(const Room& r, int column) const override;
    std::optional<Room> edited(const Room& r, int column, const QVariant& value) const override;
    Result<std::optional<Room>> fetch(Database& db, const QString& ref) const override;
    bool dependsOn(EntityKind kind) const override { return kind == EntityKind::Site; }
    Result<void> reloadExtra(Database& db) override;
    void clearExtra() override { m_siteNames.clear(); }

private:
    QHash<QString, QString> m_siteNames;
};

} // namespace parcours::ui
