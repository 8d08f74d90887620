// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/services/PairingService.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace parcours::ui {

class Document;

/// The volunteers who can serve one role, with their load (active pairings against their
/// capacity, "2 / 3") and their readiness, as PairingService::volunteerLoads gives them. The
/// rows can be dragged onto a participant's cell of the pairings (kVolunteerMimeType).
/// Follows the file's notifier like the other lists.
class PairingVolunteerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Load,
        Readiness,
        ColumnCount
    };

    explicit PairingVolunteerModel(QObject* parent = nullptr);

    void setDocument(Document* document);
    void setRole(PairingRole role);
    PairingRole role() const { return m_role; }
    [[nodiscard]] Result<void> reload();

    const QList<VolunteerLoad>& rows() const { return m_rows; }
    int rowOf(const QString& volunteerRef) const;
    /// "2 / 3": active pairings over capacity.
    static QString loadText(const VolunteerLoad& load);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    void reloadQuietly();

    QPointer<Document> m_document;
    QList<QMetaObject::Connection> m_connections;
    PairingRole m_role = PairingRole::Mentor;
    QList<VolunteerLoad> m_rows;
};

} // namespace parcours::ui
