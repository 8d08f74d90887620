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

    /// Reads every volunteer (one query); on failure the model keeps what it had.
    [[nodiscard]] Result<void> reload(Database& db) override;
    void setRows(QList<Volunteer> rows) { resetRows(std::move(rows)); }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return ColumnCount; }
    EntityKind kind() const override { return EntityKind::Volunteer; }
    QString text(const Volunteer& v, int column) const override;
    QVariant sortValue(const Volunteer& v, int column) const override;
    QVariant filterValue(const Volunteer& v, int column) const override;
    QVariant value(const Volunteer& v, int column, int role) const override;
    bool isEditable(int column) const override;
    std::optional<Volunteer> edited(const Volunteer& v, int column,
                                    const QVariant& value) const override;
    Result<std::optional<Volunteer>> fetch(Database& db, const QString& ref) const override;
};

} // namespace parcours::ui
