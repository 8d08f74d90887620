// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainerTableModel.h"

#include "Format.h"
#include "core/storage/TrainerRepository.h"

#include <QLocale>

namespace parcours::ui {

TrainerTableModel::TrainerTableModel(QObject* parent) : ListTableModel(parent) {}

Result<void> TrainerTableModel::reload(Database& db)
{
    auto trainers = TrainerRepository(db).all();
    if (!trainers)
        return fail(trainers.error());
    setRows(std::move(*trainers));
    return {};
}

Result<std::optional<Trainer>> TrainerTableModel::fetch(Database& db, const QString& ref) const
{
    return TrainerRepository(db).find(ref);
}

QString TrainerTableModel::text(const Trainer& t, int column) const
{
    switch (column) {
    case Ref:
        return t.ref;
    case Name:
        return t.name;
    case Kind:
        return format::label(t.kind);
    case Modules: {
        QStringList labels;
        for (Module m : t.modules)
            labels << format::label(m);
        return labels.join(QStringLiteral(", "));
    }
    case MaxHours:
        return t.maxHoursWeek ? QLocale().toString(*t.maxHoursWeek, 'f', 1) : QString();
    case Phone:
        return t.phone;
    case Email:
        return t.email;
    }
    return {};
}

QVariant TrainerTableModel::sortValue(const Trainer& t, int column) const
{
    switch (column) {
    case Kind:
        return int(t.kind);
    case MaxHours:
        return t.maxHoursWeek ? *t.maxHoursWeek : -1.0;
    }
    return {};
}

QVariant TrainerTableModel::filterValue(const Trainer& t, int column) const
{
    switch (column) {
    case Kind:
        return codeOf(t.kind);
    case Modules: {
        QStringList codes;
        for (Module m : t.modules)
            codes << codeOf(m);
        return codes;
    }
    }
    return {};
}

QVariant TrainerTableModel::value(const Trainer&, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == MaxHours)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

std::optional<Trainer> TrainerTableModel::edited(const Trainer& t, int column,
                                                 const QVariant& value) const
{
    Trainer changed = t;
    const QString text = value.toString().trimmed();
    switch (column) {
    case Name:
        changed.name = text;
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

QVariant TrainerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == MaxHours)
        return tr("The most hours this trainer teaches in a week");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ref:
        return tr("Ref.");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Modules:
        return tr("Modules");
    case MaxHours:
        return tr("Max. hours a week");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    }
    return {};
}

} // namespace parcours::ui
