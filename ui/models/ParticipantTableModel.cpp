// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantTableModel.h"

#include "Format.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/ParticipantRepository.h"

namespace parcours::ui {

namespace {

struct Membership
{
    QHash<QString, QString> latestName;
    QHash<QString, QStringList> cohortsOf;
};

/// Which cohorts each participant is enrolled in, from two queries.
Result<Membership> readMembership(Database& db)
{
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
    Membership m;
    for (const Enrolment& e : *enrolments) {
        const parcours::Cohort* c = byRef.value(e.cohortRef);
        if (!c)
            continue;
        m.cohortsOf[e.participantRef].append(c->ref);
        const parcours::Cohort* current = latest.value(e.participantRef);
        if (!current || current->startDate < c->startDate)
            latest.insert(e.participantRef, c);
    }
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        m.latestName.insert(it.key(), it.value()->name);
    return m;
}

} // namespace

ParticipantTableModel::ParticipantTableModel(QObject* parent) : ListTableModel(parent) {}

Result<void> ParticipantTableModel::reload(Database& db)
{
    auto participants = ParticipantRepository(db).all();
    if (!participants)
        return fail(participants.error());
    auto membership = readMembership(db);
    if (!membership)
        return fail(membership.error());
    setRows(std::move(*participants), std::move(membership->latestName),
            std::move(membership->cohortsOf));
    return {};
}

Result<void> ParticipantTableModel::reloadExtra(Database& db)
{
    auto membership = readMembership(db);
    if (!membership)
        return fail(membership.error());
    m_cohortNames = std::move(membership->latestName);
    m_cohortsOf = std::move(membership->cohortsOf);
    extraChanged();
    return {};
}

void ParticipantTableModel::setRows(QList<Participant> rows, QHash<QString, QString> cohortNames,
                                    QHash<QString, QStringList> cohortsOf)
{
    // Set before the reset that tells the views: nothing reads in between.
    m_cohortNames = std::move(cohortNames);
    m_cohortsOf = std::move(cohortsOf);
    resetRows(std::move(rows));
}

Result<std::optional<Participant>> ParticipantTableModel::fetch(Database& db,
                                                                const QString& ref) const
{
    return ParticipantRepository(db).find(ref);
}

bool ParticipantTableModel::dependsOn(EntityKind kind) const
{
    return kind == EntityKind::Enrolment || kind == EntityKind::Cohort;
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

QString ParticipantTableModel::searchSource(const Participant& p) const
{
    // Every column's text(), in column order, the labels and dates through small caches.
    const auto label = [this](int key, const auto& value) {
        auto it = m_labelTexts.constFind(key);
        if (it == m_labelTexts.cend())
            it = m_labelTexts.insert(key, format::label(value));
        return *it;
    };
    QString arrival;
    if (p.arrivalDate.isValid()) {
        auto it = m_dateTexts.constFind(p.arrivalDate);
        if (it == m_dateTexts.cend())
            it = m_dateTexts.insert(p.arrivalDate, format::shortDate(p.arrivalDate));
        arrival = *it;
    }
    const QLatin1Char end('\n');
    QString all;
    all.reserve(160);
    all += p.ref + end + p.lastName + end + p.firstName + end + m_cohortNames.value(p.ref) + end;
    all += (p.status ? label(int(*p.status), *p.status) : QString()) + end;
    all += p.countryOfOrigin + end;
    all += (p.frenchLevelEntry ? label(1000 + int(*p.frenchLevelEntry), *p.frenchLevelEntry) : QString()) + end;
    all += arrival + end + p.phone + end + p.email + end;
    return all;
}

QVariant ParticipantTableModel::sortValue(const Participant& p, int column) const
{
    switch (column) {
    case LastName:
        return QString(p.lastName + QLatin1Char(' ') + p.firstName);
    case FirstName:
        return QString(p.firstName + QLatin1Char(' ') + p.lastName);
    case FrenchLevel:
        return p.frenchLevelEntry ? int(*p.frenchLevelEntry) : -1;
    case ArrivalDate:
        return p.arrivalDate;
    }
    return {};
}

QVariant ParticipantTableModel::filterValue(const Participant& p, int column) const
{
    switch (column) {
    case Status:
        return p.status ? codeOf(*p.status) : QString();
    case FrenchLevel:
        return p.frenchLevelEntry ? codeOf(*p.frenchLevelEntry) : QString();
    case Cohort:
        return m_cohortsOf.value(p.ref);
    }
    return {};
}

bool ParticipantTableModel::isEditable(int column) const
{
    return column == LastName || column == FirstName || column == Phone || column == Email;
}

std::optional<Participant> ParticipantTableModel::edited(const Participant& p, int column,
                                                         const QVariant& value) const
{
    Participant changed = p;
    const QString text = value.toString().trimmed();
    switch (column) {
    case LastName:
        changed.lastName = text;
        break;
    case FirstName:
        changed.firstName = text;
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

QString ParticipantTableModel::duplicateKey(const Participant& p)
{
    if (!p.birthDate.isValid() || p.firstName.trimmed().isEmpty() || p.lastName.trimmed().isEmpty())
        return {};
    return codes::fold(p.firstName) + QLatin1Char('|') + codes::fold(p.lastName) + QLatin1Char('|')
        + p.birthDate.toString(Qt::ISODate);
}

QStringList ParticipantTableModel::probableDuplicates(const Participant& p) const
{
    const QString key = duplicateKey(p);
    if (key.isEmpty())
        return {};
    if (m_duplicateIndex.isEmpty()) {
        for (int i = 0; i < m_rows.size(); ++i) {
            const QString k = duplicateKey(m_rows.at(i));
            if (!k.isEmpty())
                m_duplicateIndex.insert(k, i);
        }
    }
    QStringList refs;
    for (auto it = m_duplicateIndex.constFind(key); it != m_duplicateIndex.cend() && it.key() == key;
         ++it) {
        const QString& ref = m_rows.at(it.value()).ref;
        if (ref != p.ref)
            refs << ref;
    }
    refs.sort();
    return refs;
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
