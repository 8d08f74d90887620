// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListTableModel.h"
#include "core/Result.h"
#include "core/domain/Volunteer.h"

namespace parcours {
class Database;
}

namespace parcours::ui {

/// The volunteers (mentors and coaches) of the open file, one row each.
class VolunteerTableModel : public ListTableModel<Volunteer>
{
    Q_OBJECT
public:
    enum Column
    {
        Ref,
        LastName,
        FirstName,
        Role,
        Occupation,
        Organisation,
        Sector,
        MaxPairings,
        AvailableFrom,
        AvailableTo,
        Phone,
        Email,
        ColumnCount
    };

    explicit VolunteerTableModel(QObject* parent = nullptr);

    /// Reads every volunteer; on failure the model keeps what it had.
    [[nodiscard]] Result<void> reload(Database& db);
    void setRows(QList<Volunteer> rows) { resetRows(std::move(rows)); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString text(const Volunteer& v, int column);
};

} // namespace parcours::ui
