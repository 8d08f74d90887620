// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoomTableModel.h"

#include "core/storage/SiteRepository.h"

namespace parcours::ui {

namespace {

Result<QHash<QString, QString>> siteNames(Database& db)
{
    auto sites = SiteRepository(db).all();
    if (!sites)
        return fail(sites.error());
    QHash<QString, QString> names;
    for (const parcours::Site& s : *sites)
        names.insert(s.ref, s.name);
    return names;
}

} // namespace

RoomTableModel::RoomTableModel(QObject* parent) : ListTableModel(parent) {}

Result<void> RoomTableModel::reload(Database& db)
{
    auto rooms = SiteRepository(db).rooms();
    if (!rooms)
        return fail(rooms.error());
    auto names = siteNames(db);
    if (!names)
        return fail(names.error());
    setRows(std::move(*rooms), std::move(*names));
    return {};
}

Result<void> RoomTableModel::reloadExtra(Database& db)
{
    auto names = siteNames(db);
    if (!names)
        return fail(names.error());
    m_siteNames = std::move(*names);
    extraChanged();
    return {};
}

void RoomTableModel::setRows(QList<Room> rows, QHash<QString, QString> siteNames)
{
    // Set before the reset that tells the views: nothing reads in between.
    m_siteNames = std::move(siteNames);
    resetRows(std::move(rows));
}

Result<std::optional<Room>> RoomTableModel::fetch(Database& db, const QString& ref) const
{
    return SiteRepository(db).findRoom(ref);
}

QString RoomTableModel::text(const Room& r, int column) const
{
    switch (column) {
    case Ref:
        return r.ref;
    case Name:
        return r.name;
    case Site:
        return m_siteNames.value(r.siteRef, r.siteRef);
    case Capacity:
        return r.capacity ? QString::number(*r.capacity) : QString();
    }
    return {};
}

QVariant RoomTableModel::sortValue(const Room& r, int column) const
{
    if (column == Capacity)
        return r.capacity.value_or(0);
    return {};
}

QVariant RoomTableModel::filterValue(const Room& r, int column) const
{
    if (column == Site)
        return r.siteRef;
    return {};
}

QVariant RoomTableModel::value(const Room&, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == Capacity)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RoomTableModel::editValue(const Room& r, int column) const
{
    // A number for the spin box the view's delegate makes; 0 stands for "not given".
    if (column == Capacity)
        return r.capacity.value_or(0);
    return text(r, column);
}

std::optional<Room> RoomTableModel::edited(const Room& r, int column, const QVariant& value) const
{
    Room changed = r;
    if (column == Name) {
        changed.name = value.toString().trimmed();
    } else if (column == Capacity) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok)
            return std::nullopt;
        changed.capacity = n > 0 ? std::optional<int>(n) : std::nullopt;
    } else {
        return std::nullopt;
    }
    return changed;
}

QVariant RoomTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ref:
        return tr("Ref.");
    case Name:
        return tr("Name");
    case Site:
        return tr("Site");
    case Capacity:
        return tr("Seats");
    }
    return {};
}

} // namespace parcours::ui
