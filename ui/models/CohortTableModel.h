// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListTableModel.h"
#include "core/Result.h"
#include "core/domain/Cohort.h"

#include <QHash>

namespace parcours {
class Database;
}

namespace parcours::ui {

/// The cohorts of the open file, one row each, with their site and how many are enrolled.
class CohortTableModel : public ListTableModel<Cohort>
{
    Q_OBJECT
public:
    enum Column
    {
        Ref,
        Name,
        Programme,
        Site,
        StartDate,
        EndDate,
        Enrolled,
        Capacity,
        ColumnCount
    };

    explicit CohortTableModel(QObject* parent = nullptr);

    /// Reads every cohort, site and enrolment; on failure the model keeps what it had.
    [[nodiscard]] Result<void> reload(Database& db);
    /// Shows these cohorts; `siteNames` maps a site ref to its name, `enrolled` a cohort ref to
    /// the number of participants enrolled in it (withdrawn ones left out).
    void setRows(QList<Cohort> rows, QHash<QString, QString> siteNames = {},
                 QHash<QString, int> enrolled = {});

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void clearExtra() override
    {
        m_siteNames.clear();
        m_enrolled.clear();
    }
    QString text(const Cohort& c, int column) const;

    QHash<QString, QString> m_siteNames;
    QHash<QString, int> m_enrolled;
};

} // namespace parcours::ui
