// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/FollowUps.h"

#include <QAbstractTableModel>

namespace parcours::ui {

/// Outcomes, one row per enrolment and milestone: who, the cohort, the milestone and when it
/// is due, the latest situation recorded with its class, and the French levels at entry and
/// exit. The follow-ups list shows the same rows (the view hides the columns it does not need).
/// Read-only: outcomes are recorded through the page's form, one undo command each.
class OutcomeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Participant,
        Cohort,
        Milestone,
        DueDate,
        FollowUp,
        Situation,
        Class,
        RecordedOn,
        Employer,
        Sector,
        FrenchLevels,
        Phone,
        ColumnCount
    };

    explicit OutcomeTableModel(QObject* parent = nullptr);

    /// Shows `rows`, with their follow-up state on `today`.
    void setRows(QList<OutcomeRow> rows, const QDate& today);
    const QList<OutcomeRow>& rows() const { return m_rows; }
    const OutcomeRow& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The translated name of a situation's class ("Durable", ...).
    static QString classText(SituationClass c);
    static QString stateText(FollowUpState s);
    /// "AHMADI Bilal".
    static QString nameOf(const OutcomeRow& row);

private:
    QString text(const OutcomeRow& row, int column) const;
    QVariant sortValue(const OutcomeRow& row, int column) const;

    QList<OutcomeRow> m_rows;
    QDate m_today;
};

} // namespace parcours::ui
