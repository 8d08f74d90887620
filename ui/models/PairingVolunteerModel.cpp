// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingVolunteerModel.h"

#include "Format.h"
#include "ListTableModel.h"
#include "PairingTableModel.h"
#include "core/services/ChangeNotifier.h"
#include "ui/Document.h"

#include <QBrush>
#include <QColor>
#include <QMimeData>

namespace parcours::ui {

PairingVolunteerModel::PairingVolunteerModel(QObject* parent) : QAbstractTableModel(parent) {}

void PairingVolunteerModel::setDocument(Document* document)
{
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    if (document) {
        ChangeNotifier* n = document->notifier();
        const auto follow = [this](EntityKind kind) {
            if (kind == EntityKind::Pairing || kind == EntityKind::Volunteer)
                reloadQuietly();
        };
        m_connections << connect(n, &ChangeNotifier::saved, this,
                                 [follow](EntityKind kind, const QString&) { follow(kind); });
        m_connections << connect(n, &ChangeNotifier::removed, this,
                                 [follow](EntityKind kind, const QString&) { follow(kind); });
        m_connections << connect(n, &ChangeNotifier::changed, this, follow);
        m_connections << connect(n, &ChangeNotifier::reset, this, [this] { reloadQuietly(); });
    }
    reloadQuietly();
}

void PairingVolunteerModel::setRole(PairingRole role)
{
    if (role == m_role)
        return;
    m_role = role;
    reloadQuietly();
}

Result<void> PairingVolunteerModel::reload()
{
    QList<VolunteerLoad> rows;
    if (m_document) {
        auto read = PairingService(m_document->database()).volunteerLoads(m_role);
        if (!read)
            return fail(read.error());
        rows = std::move(*read);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

void PairingVolunteerModel::reloadQuietly()
{
    if (auto done = reload(); !done && m_document)
        m_document->reportFailure(done.error());
}

int PairingVolunteerModel::rowOf(const QString& volunteerRef) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).volunteer.ref == volunteerRef)
            return i;
    return -1;
}

QString PairingVolunteerModel::loadText(const VolunteerLoad& load)
{
    return tr("%1 / %2").arg(QLocale().toString(load.active),
                             QLocale().toString(load.volunteer.maxPairings));
}

int PairingVolunteerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PairingVolunteerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairingVolunteerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VolunteerLoad& v = m_rows.at(index.row());
    const bool full = v.remaining() <= 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return v.volunteer.fullName();
        case Load:
            return loadText(v);
        case Readiness:
            return v.missing.isEmpty() ? tr("Ready") : tr("Not ready");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Load: {
            QString tip = tr("%n active pairing(s)", nullptr, v.active) + QLatin1Char('\n') +
                          tr("Capacity: %n pairing(s)", nullptr, v.volunteer.maxPairings);
            if (v.proposed > 0)
                tip += QLatin1Char('\n') + tr("%n proposed (not counted)", nullptr, v.proposed);
            return tip;
        }
        case Readiness:
            return v.missing.isEmpty()
                       ? tr("Onboarding complete")
                       : tr("Missing: %1").arg(VolunteerReadiness::labels(v.missing));
        default: {
            QStringList lines{v.volunteer.ref, format::label(v.volunteer.role)};
            for (const QString& s : {v.volunteer.profession, v.volunteer.sector, v.volunteer.school})
                if (!s.isEmpty())
                    lines << s;
            lines << tr("Drag onto a participant's mentor or coach cell to pair them.");
            return lines.join(QLatin1Char('\n'));
        }
        }
    case Qt::ForegroundRole:
        if (index.column() == Load && full)
            return QBrush(QColor(0xa4, 0x26, 0x2c));
        if (index.column() == Readiness && !v.missing.isEmpty())
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Load)
            return int(Qt::AlignCenter);
        return {};
    case RefRole:
        return v.volunteer.ref;
    case SortRole:
        switch (index.column()) {
        case Name:
            return codes::fold(v.volunteer.lastName + QLatin1Char(' ') + v.volunteer.firstName);
        case Load:
            return v.remaining();
        default:
            return int(v.missing.size());
        }
    case FilterRole:
        if (index.column() == Load)
            return full ? QStringLiteral("full") : QStringLiteral("room");
        return {};
    case SearchTextRole:
        return codes::fold(v.volunteer.fullName() + QLatin1Char('\n') + v.volunteer.profession +
                           QLatin1Char('\n') + v.volunteer.sector + QLatin1Char('\n') +
                           v.volunteer.school);
    default:
        return {};
    }
}

QVariant PairingVolunteerModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Volunteer");
    case Load:
        return tr("Load");
    case Readiness:
        return tr("Readiness");
    default:
        return {};
    }
}

Qt::ItemFlags PairingVolunteerModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) // the view asks about its empty area: nothing to drop there
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList PairingVolunteerModel::mimeTypes() const
{
    return {QString::fromLatin1(kVolunteerMimeType)};
}

QMimeData* PairingVolunteerModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList refs;
    for (const QModelIndex& index : indexes) {
        const QString ref = data(index, RefRole).toString();
        if (!ref.isEmpty() && !refs.contains(ref))
            refs << ref;
    }
    if (refs.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QLatin1String(kVolunteerMimeType), refs.join(QLatin1Char('\n')).toUtf8());
    data->setText(refs.join(QLatin1Char('\n')));
    return data;
}

Qt::DropActions PairingVolunteerModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace parcours::ui
