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

Result<std::optional<Volunteer>> VolunteerTableModel::fetch(Database& db, const QString& ref) const
{
    return VolunteerRepository(db).find(ref);
}

QString VolunteerTableModel::text(const Volunteer& v, int column) const
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

QVariant VolunteerTableModel::sortValue(const Volunteer& v, int column) const
{
    switch (column) {
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
    }
    return {};
}

QVariant VolunteerTableModel::filterValue(const Volunteer& v, int column) const
{
    // "both" serves as mentor and as coach: the filter on either role keeps it.
    if (column == Role) {
        if (v.role == VolunteerRole::Both)
            return QStringList{codeOf(VolunteerRole::Mentor), codeOf(VolunteerRole::Coach),
                               codeOf(VolunteerRole::Both)};
        return codeOf(v.role);
    }
    return {};
}

QVariant VolunteerTableModel::value(const Volunteer&, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == MaxPairings)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool VolunteerTableModel::isEditable(int column) const
{
    return column == LastName || column == FirstName || column == Sector || column == Phone
        || column == Email;
}

std::optional<Volunteer> VolunteerTableModel::edited(const Volunteer& v, int column,
                                                     const QVariant& value) const
{
    Volunteer changed = v;
    const QString text = value.toString().trimmed();
    switch (column) {
    case LastName:
        changed.lastName = text;
        break;
    case FirstName:
        changed.firstName = text;
        break;
    case Sector:
        changed.sector = text;
        break;
    case Phone:
        changed.phone = text;
        break;
    case Email:
        changed.email = text;
        break;
    default:
        return std::nullopt;
    }
    return changed;
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
