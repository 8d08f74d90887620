// SPDX-License-Identifier: GPL-3.0-or-later
#include "CohortTableModel.h"

#include "Format.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/SiteRepository.h"

namespace parcours::ui {

CohortTableModel::CohortTableModel(QObject* parent) : ListTableModel(parent) {}

Result<void> CohortTableModel::reload(Database& db)
{
    CohortRepository repository(db);
    auto cohorts = repository.all();
    if (!cohorts)
        return fail(cohorts.error());
    auto enrolments = repository.enrolments();
    if (!enrolments)
        return fail(enrolments.error());
    auto sites = SiteRepository(db).all();
    if (!sites)
        return fail(sites.error());

    QHash<QString, QString> siteNames;
    for (const parcours::Site& s : *sites)
        siteNames.insert(s.ref, s.name);
    QHash<QString, int> enrolled;
    for (const Enrolment& e : *enrolments)
        if (e.status != EnrolmentStatus::Withdrawn)
            ++enrolled[e.cohortRef];
    setRows(std::move(*cohorts), std::move(siteNames), std::move(enrolled));
    return {};
}

void CohortTableModel::setRows(QList<Cohort> rows, QHash<QString, QString> siteNames,
                               QHash<QString, int> enrolled)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_siteNames = std::move(siteNames);
    m_enrolled = std::move(enrolled);
    endResetModel();
}

int CohortTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CohortTableModel::text(const Cohort& c, int column) const
{
    switch (column) {
    case Ref:
        return c.ref;
    case Name:
        return c.name;
    case Programme:
        return c.programme;
    case Site:
        return m_siteNames.value(c.siteRef, c.siteRef);
    case StartDate:
        return format::shortDate(c.startDate);
    case EndDate:
        return format::shortDate(c.endDate);
    case Enrolled:
        return QString::number(m_enrolled.value(c.ref));
    case Capacity:
        return QString::number(c.capacity);
    }
    return {};
}

QVariant CohortTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cohort& c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(c, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Enrolled || index.column() == Capacity)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case StartDate:
            return c.startDate;
        case EndDate:
            return c.endDate;
        case Enrolled:
            return m_enrolled.value(c.ref);
        case Capacity:
            return c.capacity;
        default:
            return text(c, index.column());
        }
    case RefRole:
        return c.ref;
    }
    return {};
}

QVariant CohortTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ref:
        return tr("Ref.");
    case Name:
        return tr("Name");
    case Programme:
        return tr("Programme");
    case Site:
        return tr("Site");
    case StartDate:
        return tr("Start");
    case EndDate:
        return tr("End");
    case Enrolled:
        return tr("Enrolled");
    case Capacity:
        return tr("Places");
    }
    return {};
}

} // namespace parcours::ui
