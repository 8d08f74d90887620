// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantTableModel.h"

#include "Format.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/ParticipantRepository.h"

namespace parcours::ui {

ParticipantTableModel::ParticipantTableModel(QObject* parent) : ListTableModel(parent) {}

Result<void> ParticipantTableModel::reload(Database& db)
{
    auto participants = ParticipantRepository(db).all();
    if (!participants)
        return fail(participants.error());
    CohortRepository cohorts(db);
    auto cohortList = cohorts.all();
    if (!cohortList)
        return fail(cohortList.error());
    auto enrolments = cohorts.enrolments();
    if (!enrolments)
        return fail(enrolments.error());

    // A participant may have followed several cohorts: the table shows the latest one.
    QHash<QString, const parcours::Cohort*> byRef;
    for (const parcours::Cohort& c : *cohortList)
        byRef.insert(c.ref, &c);
    QHash<QString, const parcours::Cohort*> latest;
    for (const Enrolment& e : *enrolments) {
        const parcours::Cohort* c = byRef.value(e.cohortRef);
        if (!c)
            continue;
        const parcours::Cohort* current = latest.value(e.participantRef);
        if (!current || current->startDate < c->startDate)
            latest.insert(e.participantRef, c);
    }
    QHash<QString, QString> names;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        names.insert(it.key(), it.value()->name);

    setRows(std::move(*participants), std::move(names));
    return {};
}

void ParticipantTableModel::setRows(QList<Participant> rows, QHash<QString, QString> cohortNames)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_cohortNames = std::move(cohortNames);
    endResetModel();
}

int ParticipantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ParticipantTableModel::text(const Participant& p, int column) const
{
    switch (column) {
    case Ref:
        return p.ref;
    case LastName:
        return p.lastName;
    case FirstName:
        return p.firstName;
    case Cohort:
        return m_cohortNames.value(p.ref);
    case Status:
        return format::label(p.status);
    case Country:
        return p.countryOfOrigin;
    case FrenchLevel:
        return format::label(p.frenchLevelEntry);
    case ArrivalDate:
        return format::shortDate(p.arrivalDate);
    case Phone:
        return p.phone;
    case Email:
        return p.email;
    }
    return {};
}

QVariant ParticipantTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant& p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(p, index.column());
    case SortRole:
        switch (index.column()) {
        case LastName:
            return QString(p.lastName + QLatin1Char(' ') + p.firstName);
        case FirstName:
            return QString(p.firstName + QLatin1Char(' ') + p.lastName);
        case FrenchLevel:
            return p.frenchLevelEntry ? int(*p.frenchLevelEntry) : -1;
        case ArrivalDate:
            return p.arrivalDate;
        default:
            return text(p, index.column());
        }
    case RefRole:
        return p.ref;
    }
    return {};
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ref:
        return tr("Ref.");
    case LastName:
        return tr("Last name");
    case FirstName:
        return tr("First name");
    case Cohort:
        return tr("Cohort");
    case Status:
        return tr("Status");
    case Country:
        return tr("Country");
    case FrenchLevel:
        return tr("French level");
    case ArrivalDate:
        return tr("Arrived in France");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    }
    return {};
}

} // namespace parcours::ui
