// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiteTableModel.h"

#include "core/storage/SiteRepository.h"

#include <QLocale>

namespace parcours::ui {

namespace {

Result<QHash<QString, int>> roomCounts(Database& db)
{
    auto rooms = SiteRepository(db).rooms();
    if (!rooms)
        return fail(rooms.error());
    QHash<QString, int> counts;
    for (const parcours::Room& r : *rooms)
        ++counts[r.siteRef];
    return counts;
}

QString hours(const QTime& from, const QTime& to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    const QLocale locale;
    return SiteTableModel::tr("%1 to %2")
        .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat));
}

} // namespace

SiteTableModel::SiteTableModel(QObject* parent) : ListTableModel(parent) {}

Result<void> SiteTableModel::reload(Database& db)
{
    auto sites = SiteRepository(db).all();
    if (!sites)
        return fail(sites.error());
    auto rooms = roomCounts(db);
    if (!rooms)
        return fail(rooms.error());
    setRows(std::move(*sites), std::move(*rooms));
    return {};
}

Result<void> SiteTableModel::reloadExtra(Database& db)
{
    auto rooms = roomCounts(db);
    if (!rooms)
        return fail(rooms.error());
    m_rooms = std::move(*rooms);
    extraChanged();
    return {};
}

void SiteTableModel::setRows(QList<Site> rows, QHash<QString, int> rooms)
{
    // Set before the reset that tells the views: nothing reads in between.
    m_rooms = std::move(rooms);
    resetRows(std::move(rows));
}

Result<std::optional<Site>> SiteTableModel::fetch(Database& db, const QString& ref) const
{
    return SiteRepository(db).find(ref);
}

QString SiteTableModel::text(const Site& s, int column) const
{
    switch (column) {
    case Ref:
        return s.ref;
    case Name:
        return s.name;
    case Address:
        return s.address;
    case City:
        return s.city;
    case Hours:
        return hours(s.opens, s.closes);
    case Lunch:
        return hours(s.lunchStart, s.lunchEnd);
    case Rooms:
        return QString::number(m_rooms.value(s.ref));
    }
    return {};
}

QVariant SiteTableModel::sortValue(const Site& s, int column) const
{
    switch (column) {
    case Hours:
        return s.opens;
    case Lunch:
        return s.lunchStart;
    case Rooms:
        return m_rooms.value(s.ref);
    }
    return {};
}

QVariant SiteTableModel::value(const Site&, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == Rooms)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

std::optional<Site> SiteTableModel::edited(const Site& s, int column, const QVariant& value) const
{
    Site changed = s;
    const QString text = value.toString().trimmed();
    switch (column) {
    case Name:
        changed.name = text;
        break;
    case Address:
        changed.address = text;
        break;
    case City:
        changed.city = text;
        break;
    default:
        return std::nullopt;
    }
    return changed;
}

QVariant SiteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ref:
        return tr("Ref.");
    case Name:
        return tr("Name");
    case Address:
        return tr("Address");
    case City:
        return tr("City");
    case Hours:
        return tr("Opening hours");
    case Lunch:
        return tr("Lunch break");
    case Rooms:
        return tr("Rooms");
    }
    return {};
}

} // namespace parcours::ui
