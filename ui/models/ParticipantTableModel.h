// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListTableModel.h"
#include "core/Result.h"
#include "core/domain/Participant.h"

#include <QHash>

namespace parcours {
class Database;
}

namespace parcours::ui {

/// The participants of the open file, one row each, with the cohort each one follows.
class ParticipantTableModel : public ListTableModel<Participant>
{
    Q_OBJECT
public:
    enum Column
    {
        Ref,
        LastName,
        FirstName,
        Cohort,
        Status,
        Country,
        FrenchLevel,
        ArrivalDate,
        Phone,
        Email,
        ColumnCount
    };

    explicit ParticipantTableModel(QObject* parent = nullptr);

    /// Reads every participant and their cohorts; on failure the model keeps what it had.
    [[nodiscard]] Result<void> reload(Database& db);
    /// Shows these participants; `cohortNames` maps a participant ref to the cohort shown.
    void setRows(QList<Participant> rows, QHash<QString, QString> cohortNames = {});

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void clearExtra() override { m_cohortNames.clear(); }
    QString text(const Participant& p, int column) const;

    QHash<QString, QString> m_cohortNames;
};

} // namespace parcours::ui
