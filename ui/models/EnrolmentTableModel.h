// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Enrolment.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace parcours::ui {

class Document;
class ParticipantTableModel;

/// The enrolments of one cohort, one row per participant. Names come from the participant list
/// the window holds already (no query per row); the enrolments are read in one query, again
/// whenever the file's notifier says enrolments or participants changed. The dates, the exit
/// reason and the exit level can be edited in place: each edit pushes an undo command.
class EnrolmentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Participant,
        EnrolledOn,
        Status,
        ExitDate,
        ExitReason,
        ExitLevel,
        ColumnCount
    };

    /// `participants` gives the names; it must outlive this model.
    explicit EnrolmentTableModel(const ParticipantTableModel* participants,
                                 QObject* parent = nullptr);

    /// Follows `document` (nullptr: none, the list empties).
    void setDocument(Document* document);
    /// Shows the enrolments of the cohort `ref` (empty: none).
    void setCohort(const QString& ref);
    QString cohortRef() const { return m_cohortRef; }
    /// Reads the cohort's enrolments again; on failure keeps what it had.
    [[nodiscard]] Result<void> reload();

    const QList<Enrolment>& rows() const { return m_rows; }
    const Enrolment& at(int row) const { return m_rows.at(row); }
    /// The row of a participant, or -1.
    int rowOf(const QString& participantRef) const;
    /// How many are enrolled or completed: everyone but the withdrawn.
    int activeCount() const;
    /// `First Last` of a participant, or the ref when the name is unknown.
    QString nameOf(const QString& participantRef) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Pushes a command that saves the changed enrolment; false when the value makes no sense.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    /// The rows were read again (the page updates its counts).
    void reloaded();

private:
    QString text(const Enrolment& e, int column) const;
    void reloadQuietly();

    const ParticipantTableModel* m_participants;
    QPointer<Document> m_document;
    QList<QMetaObject::Connection> m_connections;
    QString m_cohortRef;
    QList<Enrolment> m_rows;
};

} // namespace parcours::ui
