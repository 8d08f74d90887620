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
    [[nodiscard]] Result<void> reload(Database& db) override;
    /// Shows these cohorts; `siteNames` maps a site ref to its name, `enrolled` a cohort ref to
    /// the number of participants enrolled in it (withdrawn ones left out).
    void setRows(QList<Cohort> rows, QHash<QString, QString> siteNames = {},
                 QHash<QString, int> enrolled = {});

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int columns() const override { return ColumnCount; }
    EntityKind kind() const override { return EntityKind::Cohort; }
    QString text(const Cohort& c, int column) const override;
    QVariant sortValue(const Cohort& c, int column) const override;
    QVariant filterValue(const Cohort& c, int column) const override;
    QVariant value(const Cohort& c, int column, int role) const override;
    bool isEditable(int column) const override { return column == Name || column == Programme; }
    std::optional<Cohort> edited(const Cohort& c, int column, const QVariant& value) const override;
    Result<std::optional<Cohort>> fetch(Database& db, const QString& ref) const override;
    bool dependsOn(EntityKind kind) const override
    {
        return kind == EntityKind::Site || kind == EntityKind::Enrolment;
    }
    Result<void> reloadExtra(Database& db) override;
    void clearExtra() override
    {
        m_siteNames.clear();
        m_enrolled.clear();
    }

private:
    QHash<QString, QString> m_siteNames;
    QHash<QString, int> m_enrolled;
};

} // namespace parcours::ui
