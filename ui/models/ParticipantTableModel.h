// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListTableModel.h"
#include "core/Result.h"
#include "core/domain/Participant.h"

#include <QHash>
#include <QMultiHash>

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

    /// Reads every participant, cohort and enrolment (three queries, whatever the number of
    /// participants); on failure the model keeps what it had.
    [[nodiscard]] Result<void> reload(Database& db) override;
    /// Shows these participants; `cohortNames` maps a participant ref to the cohort shown,
    /// `cohortsOf` to the refs of every cohort they are enrolled in (for the cohort filter).
    void setRows(QList<Participant> rows, QHash<QString, QString> cohortNames = {},
                 QHash<QString, QStringList> cohortsOf = {});

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The refs of the other participants with the same first and last names (ignoring case
    /// and accents) and the same birth date: probably the same person entered twice.
    QStringList probableDuplicates(const Participant& p) const;

protected:
    int columns() const override { return ColumnCount; }
    EntityKind kind() const override { return EntityKind::Participant; }
    QString text(const Participant& p, int column) const override;
    QVariant sortValue(const Participant& p, int column) const override;
    QVariant filterValue(const Participant& p, int column) const override;
    bool isEditable(int column) const override;
    std::optional<Participant> edited(const Participant& p, int column,
                                      const QVariant& value) const override;
    Result<std::optional<Participant>> fetch(Database& db, const QString& ref) const override;
    bool dependsOn(EntityKind kind) const override;
    Result<void> reloadExtra(Database& db) override;
    void clearExtra() override
    {
        m_cohortNames.clear();
        m_cohortsOf.clear();
    }
    void rowsChanged() override
    {
        m_duplicateIndex.clear();
        m_dateTexts.clear();
        m_labelTexts.clear();
    }
    QString searchSource(const Participant& p) const override;

private:
    static QString duplicateKey(const Participant& p);

    QHash<QString, QString> m_cohortNames;
    QHash<QString, QStringList> m_cohortsOf;
    mutable QMultiHash<QString, int> m_duplicateIndex;
    // What the search text of 100,000 rows repeats, made once: dates and labels as shown.
    mutable QHash<QDate, QString> m_dateTexts;
    mutable QHash<int, QString> m_labelTexts;
};

} // namespace parcours::ui
