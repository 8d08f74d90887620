// SPDX-License-Identifier: GPL-3.0-or-later
#include "CohortTableModel.h"

#include "Format.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/SiteRepository.h"

namespace parcours::ui {

namespace {

struct Extra
{
    QHash<QString, QString> siteNames;
    QHash<QString, int> enrolled;
};

Result<Extra> readExtra(Database& db)
{
    auto enrolments = CohortRepository(db).enrolments();
    if (!enrolments)
        return fail(enrolments.error());
    auto sites = SiteRepository(db).all();
    if (!sites)
        return fail(sites.error());
    Extra extra;
    for (const parcours::Site& s : *sites)
        extra.siteNames.insert(s.ref, s.name);
    for (const Enrolment& e : *enrolments)
        if (e.status != EnrolmentStatus::Withdrawn)
            ++extra.enrolled[e.cohortRef];
    return extra;
}

} // namespace

CohortTableModel::CohortTableModel(QObject* parent) : ListTableModel(parent) {}

Result<void> CohortTableModel::reload(Database& db)
{
    auto cohorts = CohortRepository(db).all();
    if (!cohorts)
        return fail(cohorts.error());
    auto extra = readExtra(db);
    if (!extra)
        return fail(extra.error());
    setRows(std::move(*cohorts), std::move(extra->siteNames), std::move(extra->enrolled));
    return {};
}

Result<void> CohortTableModel::reloadExtra(Database& db)
{
    auto extra = readExtra(db);
    if (!extra)
        return fail(extra.error());
    m_siteNames = std::move(extra->siteNames);
    m_enrolled = std::move(extra->enrolled);
    extraChanged();
    return {};
}

void CohortTableModel::setRows(QList<Cohort> rows, QHash<QString, QString> siteNames,
                               QHash<QString, int> enrolled)
{
    // Set before the reset that tells the views: nothing reads in between.
    m_siteNames = std::move(siteNames);
    m_enrolled = std::move(enrolled);
    resetRows(std::move(rows));
}

Result<std::optional<Cohort>> CohortTableModel::fetch(Database& db, const QString& ref) const
{
    return CohortRepository(db).find(ref);
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

QVariant CohortTableModel::sortValue(const Cohort& c, int column) const
{
    switch (column) {
    case StartDate:
        return c.startDate;
    case EndDate:
        return c.endDate;
    case Enrolled:
        return m_enrolled.value(c.ref);
    case Capacity:
        return c.capacity;
    }
    return {};
}

QVariant CohortTableModel::filterValue(const Cohort& c, int column) const
{
    if (column == Site)
        return c.siteRef;
    return {};
}

QVariant CohortTableModel::value(const Cohort& c, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && (column == Enrolled || column == Capacity))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Enrolled && m_enrolled.value(c.ref) > c.capacity)
        return tr("More participants are enrolled than the cohort has places.");
    return {};
}

std::optional<Cohort> CohortTableModel::edited(const Cohort& c, int column,
                                               const QVariant& value) const
{
    Cohort changed = c;
    if (column == Name)
        changed.name = value.toString().trimmed();
    else if (column == Programme)
        changed.programme = value.toString().trimmed();
    else
        return std::nullopt;
    return changed;
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
