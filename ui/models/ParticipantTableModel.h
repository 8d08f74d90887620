// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Format.h"
#include "ListTableModel.h"
#include "core/Result.h"
#include "core/domain/Participant.h"
#include "core/storage/ParticipantRepository.h"

#include <QHash>
#include <QLocale>
#include <QMultiHash>

namespace parcours {
class Database;
}

namespace parcours::ui {

/// The participants of the open file, one row each, with the cohort each one follows. A row
/// holds the list's columns only (ParticipantListRow); the form and at() read the whole
/// Participant by ref.
class ParticipantTableModel : public ListTableModel<ParticipantListRow, Participant>
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

    /// Reads the list's columns of every participant with their cohorts
    /// (ParticipantRepository::listRows: a few queries, whatever the number of participants;
    /// a long list in two parts at once, see setSplitReadMinRows()); on failure the model
    /// keeps what it had.
    [[nodiscard]] Result<void> reload(Database& db) override;
    /// Shows these rows.
    void setRows(QList<ParticipantListRow> rows);
    /// Shows these participants; `cohortNames` maps a participant ref to the cohort shown,
    /// `cohortsOf` to the refs of every cohort they are enrolled in (for the cohort filter).
    void setRows(const QList<Participant>& participants, const QHash<QString, QString>& cohortNames = {},
                 const QHash<QString, QStringList>& cohortsOf = {});

    /// The participant of `row` with every field, read from the file by ref when the list
    /// follows one; the row's fields only when it follows none or the read fails (reported
    /// through the document).
    Participant at(int row) const;
    /// The row as the list holds it.
    const ParticipantListRow& rowAt(int row) const { return m_rows.at(row); }
    /// The participant `ref` with every field, read by ref when the list follows a file; nothing
    /// when the list has no such row, or the file has no such participant or cannot be read
    /// (reported): a form shows nothing rather than a record it would save without its fields.
    std::optional<Participant> record(const QString& ref) const override;

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// From this many participants (20,000 unless changed), reload() reads the list in two
    /// parts at once, the second on a connection of its own on a second thread.
    void setSplitReadMinRows(int rows) { m_splitReadMinRows = rows; }

    /// The refs of the other participants with the same first and last names (ignoring case
    /// and accents) and the same birth date: probably the same person entered twice.
    QStringList probableDuplicates(const Participant& p) const;

protected:
    int columns() const override { return ColumnCount; }
    EntityKind kind() const override { return EntityKind::Participant; }
    QString text(const ParticipantListRow& p, int column) const override;
    QVariant sortValue(const ParticipantListRow& p, int column) const override;
    QVariant filterValue(const ParticipantListRow& p, int column) const override;
    bool isEditable(int column) const override;
    std::optional<Participant> edited(const ParticipantListRow& p, int column,
                                      const QVariant& value) const override;
    bool sameIn(const ParticipantListRow& row, const Participant& changed, int column) const override;
    Result<std::optional<ParticipantListRow>> fetch(Database& db, const QString& ref) const override;
    bool dependsOn(EntityKind kind) const override;
    Result<void> reloadExtra(Database& db) override;
    void rowsChanged() override;
    void appendFolded(const ParticipantListRow& p, codes::FoldWriter& out) const override;

private:
    /// Every participant's list row, in ref order.
    Result<QList<ParticipantListRow>> readRows(Database& db) const;
    static QString duplicateKey(const QString& firstName, const QString& lastName, const QDate& birthDate);
    static Participant participantOf(const ParticipantListRow& row);

    int m_splitReadMinRows = 20000;
    mutable QMultiHash<QString, int> m_duplicateIndex;
    /// The text of the label `key` (a status, a level) as shown, made once.
    template<class E>
    const QString& labelText(int key, E value) const
    {
        auto it = m_labelTexts.constFind(key);
        if (it == m_labelTexts.cend())
            it = m_labelTexts.insert(key, format::label(value));
        return *it;
    }
    /// A date as shown, made once per date.
    const QString& dateText(const QDate& date) const;

    // What the search text of 100,000 rows repeats, made once: dates and labels as shown, in
    // the locale they were made in. They are kept when the rows change.
    mutable QHash<QDate, QString> m_dateTexts;
    mutable QHash<int, QString> m_labelTexts;
    QLocale m_textsLocale;
};

} // namespace parcours::ui
