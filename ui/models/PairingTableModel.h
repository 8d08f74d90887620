// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/services/PairingService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <functional>
#include <optional>

namespace parcours::ui {

class Document;

/// The pairings of one cohort as PairingService::cohortPairings gives them: one row per
/// participant of the cohort (withdrawn ones left out), with the mentor and the coach of each
/// and their pairing's status. Per role the row shows the pairing that counts now (the active
/// one, else the latest proposed one) or, when there is none, the latest ended one, so that an
/// ending shows with its reason (a rematch keeps the history; the tooltip counts it).
///
/// Read again whenever the file's notifier says pairings, enrolments, participants or
/// volunteers changed. A volunteer dragged from the
/// volunteers' list (kVolunteerMimeType) can be dropped on a mentor or coach cell: the model
/// hands the drop to the page's handler and never writes by itself.
class PairingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Participant,
        Mentor,
        MentorStatus,
        Coach,
        CoachStatus,
        ColumnCount
    };
    /// Roles besides Qt's and TableRole's.
    enum Role
    {
        PairingRefRole = Qt::UserRole + 40, ///< the ref of the cell's pairing (role columns)
        VolunteerRefRole,                   ///< the ref of the cell's volunteer (role columns)
    };

    struct Row
    {
        ParticipantPairings pairings;
        std::optional<Pairing> mentor; ///< shown: current, else the latest ended
        std::optional<Pairing> coach;

        const QString& participantRef() const { return pairings.participant.ref; }
        const std::optional<Pairing>& of(PairingRole role) const
        {
            return role == PairingRole::Mentor ? mentor : coach;
        }
        /// No active or proposed pairing in `role`.
        bool lacks(PairingRole role) const { return !pairings.current(role).has_value(); }
        /// How many pairings in `role` the participant had in this cohort.
        int history(PairingRole role) const;
    };

    /// What a drop asks for: `volunteerRef` as the `role` of `participantRef`. True when done.
    using DropHandler = std::function<bool(const QString& participantRef, PairingRole role,
                                           const QString& volunteerRef)>;

    explicit PairingTableModel(QObject* parent = nullptr);

    /// Follows `document` (nullptr: none, the table empties).
    void setDocument(Document* document);
    void setCohort(const QString& ref);
    QString cohortRef() const { return m_cohortRef; }
    /// Reads the cohort again; on failure keeps what it had.
    [[nodiscard]] Result<void> reload();
    void setDropHandler(DropHandler handler) { m_drop = std::move(handler); }

    const QList<Row>& rows() const { return m_rows; }
    const Row& at(int row) const { return m_rows.at(row); }
    int rowOf(const QString& participantRef) const;
    /// How many rows lack a mentor, and a coach (no active or proposed pairing).
    int lacking(PairingRole role) const;
    QString participantName(const QString& ref) const;
    const std::optional<Cohort>& cohort() const { return m_cohort; }
    QString volunteerName(const QString& ref) const;
    /// The role of a column (Mentor and MentorStatus: mentor; Coach, CoachStatus: coach).
    static std::optional<PairingRole> roleOf(int column);
    /// The column of the volunteer's name for `role`.
    static int columnOf(PairingRole role) { return role == PairingRole::Mentor ? Mentor : Coach; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void reloaded();

private:
    QString statusText(const std::optional<Pairing>& pairing) const;
    QString cellTip(const Row& row, PairingRole role) const;
    void reloadQuietly();
    bool writable() const;

    QPointer<Document> m_document;
    QList<QMetaObject::Connection> m_connections;
    QString m_cohortRef;
    std::optional<Cohort> m_cohort;
    QList<Row> m_rows;
    QHash<QString, QString> m_volunteerNames; ///< ref -> "First Last"
    DropHandler m_drop;
};

/// The MIME type of volunteers dragged onto the pairings: their refs, one per line (UTF-8).
inline constexpr char kVolunteerMimeType[] = "application/x-parcours-volunteer-refs";

} // namespace parcours::ui
