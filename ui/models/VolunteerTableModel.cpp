// SPDX-License-Identifier: GPL-3.0-or-later
#include "VolunteerTableModel.h"

#include "Format.h"
#include "core/storage/VolunteerRepository.h"

namespace parcours::ui {

VolunteerTableModel::VolunteerTableModel(QObject* parent) : ListTableModel(parent) {}

Result<void> VolunteerTableModel::reload(Database& db)
{
    auto volunteers = VolunteerRepository(db).all();
    if (!volunteers)
        return fail(volunteers.error());
    setRows(std::move(*volunteers));
    return {};
}

int VolunteerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VolunteerTableModel::text(const Volunteer& v, int column)
{
    switch (column) {
    case Ref:
        return v.ref;
    case LastName:
        return v.lastName;
    case FirstName:
        return v.firstName;
    case Role:
        return format::label(v.role);
    // A mentor is a professional, a coach a student: one column shows either.
    case Occupation:
        return v.profession.isEmpty() && !v.school.isEmpty() ? tr("Student") : v.profession;
    case Organisation:
        return v.employer.isEmpty() ? v.school : v.employer;
    case Sector:
        return v.sector;
    case MaxPairings:
        return QString::number(v.maxPairings);
    case AvailableFrom:
        return format::shortDate(v.availableFrom);
    case AvailableTo:
        return format::shortDate(v.availableTo);
    case Phone:
        return v.phone;
    case Email:
        return v.email;
    }
    return {};
}

QVariant VolunteerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Volunteer& v = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(v, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == MaxPairings)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case LastName:
            return QString(v.lastName + QLatin1Char(' ') + v.firstName);
        case FirstName:
            return QString(v.firstName + QLatin1Char(' ') + v.lastName);
        case Role:
            return int(v.role);
        case MaxPairings:
            return v.maxPairings;
        case AvailableFrom:
            return v.availableFrom;
        case AvailableTo:
            return v.availableTo;
        default:
            return text(v, index.column());
        }
    case RefRole:
        return v.ref;
    }
    return {};
}

QVariant VolunteerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == MaxPairings)
        return tr("How many participants this volunteer can follow at the same time");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ref:
        return tr("Ref.");
    case LastName:
        return tr("Last name");
    case FirstName:
        return tr("First name");
    case Role:
        return tr("Role");
    case Occupation:
        return tr("Occupation");
    case Organisation:
        return tr("Employer or school");
    case Sector:
        return tr("Sector");
    case MaxPairings:
        return tr("Max. participants");
    case AvailableFrom:
        return tr("Available from");
    case AvailableTo:
        return tr("Available until");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    }
    return {};
}

} // namespace parcours::ui
