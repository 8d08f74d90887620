// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListTableModel.h"
#include "core/Result.h"
#include "core/domain/Trainer.h"

namespace parcours::ui {

/// The trainers of the open file (staff, volunteer teachers, external experts), one row each.
class TrainerTableModel : public ListTableModel<Trainer>
{
    Q_OBJECT
public:
    enum Column
    {
        Ref,
        Name,
        Kind,
        Modules,
        MaxHours,
        Phone,
        Email,
        ColumnCount
    };

    explicit TrainerTableModel(QObject* parent = nullptr);

    /// Reads every trainer with their modules (two queries); on failure keeps what it had.
    [[nodiscard]] Result<void> reload(Database& db) override;
    void setRows(QList<Trainer> rows) { resetRows(std::move(rows)); }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return ColumnCount; }
    EntityKind kind() const override { return EntityKind::Trainer; }
    QString text(const Trainer& t, int column) const override;
    QVariant sortValue(const Trainer& t, int column) const override;
    QVariant filterValue(const Trainer& t, int column) const override;
    QVariant value(const Trainer& t, int column, int role) const override;
    bool isEditable(int column) const override
    {
        return column == Name || column == Phone || column == Email;
    }
    std::optional<Trainer> edited(const Trainer& t, int column,
                                  const QVariant& value) const override;
    Result<std::optional<Trainer>> fetch(Database& db, const QString& ref) const override;
};

} // namespace parcours::ui
