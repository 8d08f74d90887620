// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListTableModel.h"
#include "core/Result.h"
#include "core/domain/Site.h"

#include <QHash>

namespace parcours::ui {

/// The sites of the open file, with their opening hours and how many rooms each has.
class SiteTableModel : public ListTableModel<Site>
{
    Q_OBJECT
public:
    enum Column
    {
        Ref,
        Name,
        Address,
        City,
        Hours,
        Lunch,
        Rooms,
        ColumnCount
    };

    explicit SiteTableModel(QObject* parent = nullptr);

    /// Reads every site and room (two queries); on failure the model keeps what it had.
    [[nodiscard]] Result<void> reload(Database& db) override;
    /// `rooms` maps a site ref to its number of rooms.
    void setRows(QList<Site> rows, QHash<QString, int> rooms = {});

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return ColumnCount; }
    EntityKind kind() const override { return EntityKind::Site; }
    QString text(const Site& s, int column) const override;
    QVariant sortValue(const Site& s, int column) const override;
    QVariant value(const Site& s, int column, int role) const override;
    bool isEditable(int column) const override
    {
        return column == Name || column == Address || column == City;
    }
    std::optional<Site> edited(const Site& s, int column, const QVariant& value) const override;
    Result<std::optional<Site>> fetch(Database& db, const QString& ref) const override;
    bool dependsOn(EntityKind kind) const override { return kind == EntityKind::Room; }
    Result<void> reloadExtra(Database& db) override;
    void clearExtra() override { m_rooms.clear(); }

private:
    QHash<QString, int> m_rooms;
};

} // namespace parcours::ui
