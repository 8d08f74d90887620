// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantTableModel.h"

#include <thread>

namespace parcours::ui {

ParticipantTableModel::ParticipantTableModel(QObject* parent) : ListTableModel(parent) {}

Result<void> ParticipantTableModel::reload(Database& db)
{
    auto rows = readRows(db);
    if (!rows)
        return fail(rows.error());
    setRows(std::move(*rows));
    return {};
}

Result<QList<ParticipantListRow>> ParticipantTableModel::readRows(Database& db) const
{
    const ParticipantRepository here(db);
    auto count = here.count();
    if (!count)
        return fail(count.error());
    using Side = ParticipantRepository::RefSide;
    // A long list is read in two parts at once: the second on a connection of its own, on a
    // second thread. Not inside a transaction, whose writes another connection would not see.
    const int n = *count;
    if (n < m_splitReadMinRows || db.inTransaction())
        return here.listRows(Side::From, QString(), n); // every participant
    // The second connection starts cold (opened, its own page cache empty): it takes the
    // smaller part, two fifths, so that both end about together (large demo, perf).
    const int firstPart = n - n * 2 / 5;
    auto middle = here.refAt(firstPart);
    if (!middle)
        return fail(middle.error());
    Result<QList<ParticipantListRow>> second = QList<ParticipantListRow>();
    std::thread reader([&, path = db.path(), ref = *middle] {
        if (auto other = Database::open(path, OpenMode::ReadOnly))
            second = ParticipantRepository(**other).listRows(Side::From, ref, n - firstPart);
        else
            second = fail(other.error());
    });
    auto first = here.listRows(Side::Before, *middle, n); // room for both parts
    reader.join();
    if (!first)
        return fail(first.error());
    if (!second) // the second connection could not read its part: this one does
        second = here.listRows(Side::From, *middle, n - first->size());
    if (!second)
        return fail(second.error());
    first->append(std::move(*second));
    return first;
}

Result<void> ParticipantTableModel::reloadExtra(Database& db)
{
    auto cohorts = ParticipantRepository(db).cohortsOfEach();
    if (!cohorts)
        return fail(cohorts.error());
    for (ParticipantListRow& row : m_rows) {
        const auto it = cohorts->constFind(row.ref);
        row.cohortName = it == cohorts->cend() ? QString() : it->cohortName;
        row.cohortRefs = it == cohorts->cend() ? QStringList() : it->cohortRefs;
    }
    extraChanged();
    return {};
}

void ParticipantTableModel::setRows(QList<ParticipantListRow> rows)
{
    resetRows(std::move(rows));
}

void ParticipantTableModel::setRows(const QList<Participant>& participants,
                                    const QHash<QString, QString>& cohortNames,
                                    const QHash<QString, QStringList>& cohortsOf)
{
    QList<ParticipantListRow> rows;
    rows.reserve(participants.size());
    for (const Participant& p : participants) {
        ParticipantListRow r;
        r.ref = p.ref;
        r.firstName = p.firstName;
        r.lastName = p.lastName;
        r.birthDate = p.birthDate;
        r.countryOfOrigin = p.countryOfOrigin;
        r.frenchLevelEntry = p.frenchLevelEntry;
        r.status = p.status;
        r.arrivalDate = p.arrivalDate;
        r.phone = p.phone;
        r.email = p.email;
        r.cohortName = cohortNames.value(p.ref);
        r.cohortRefs = cohortsOf.value(p.ref);
        rows.append(std::move(r));
    }
    resetRows(std::move(rows));
}

Participant ParticipantTableModel::participantOf(const ParticipantListRow& row)
{
    Participant p;
    p.ref = row.ref;
    p.firstName = row.firstName;
    p.lastName = row.lastName;
    p.birthDate = row.birthDate;
    p.countryOfOrigin = row.countryOfOrigin;
    p.frenchLevelEntry = row.frenchLevelEntry;
    p.status = row.status;
    p.arrivalDate = row.arrivalDate;
    p.phone = row.phone;
    p.email = row.email;
    return p;
}

std::optional<Participant> ParticipantTableModel::record(const QString& ref) const
{
    const int row = rowOfRef(ref);
    if (row < 0)
        return std::nullopt;
    Document* doc = document();
    if (!doc)
        return participantOf(m_rows.at(row));
    // Nothing rather than the row's fields when the file cannot give the record: a form or an
    // inline edit would save those alone and drop the others.
    auto found = ParticipantRepository(doc->database()).find(ref);
    if (!found) {
        doc->reportFailure(found.error());
        return std::nullopt;
    }
    if (!*found) // removed from the file, the list not told yet
        return std::nullopt;
    return std::move(**found);
}

Participant ParticipantTableModel::at(int row) const
{
    return record(m_rows.at(row).ref).value_or(participantOf(m_rows.at(row)));
}

Result<std::optional<ParticipantListRow>> ParticipantTableModel::fetch(Database& db,
                                                                       const QString& ref) const
{
    return ParticipantRepository(db).listRow(ref);
}

bool ParticipantTableModel::dependsOn(EntityKind kind) const
{
    return kind == EntityKind::Enrolment || kind == EntityKind::Cohort;
}

QString ParticipantTableModel::text(const ParticipantListRow& p, int column) const
{
    switch (column) {
    case Ref:
        return p.ref;
    case LastName:
        return p.lastName;
    case FirstName:
        return p.firstName;
    case Cohort:
        return p.cohortName;
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

void ParticipantTableModel::rowsChanged()
{
    m_duplicateIndex.clear();
    // The dates and labels as shown do not depend on the rows, only on the language.
    if (const QLocale now; now != m_textsLocale) {
        m_dateTexts.clear();
        m_labelTexts.clear();
        m_textsLocale = now;
    }
}

const QString& ParticipantTableModel::dateText(const QDate& date) const
{
    auto it = m_dateTexts.constFind(date);
    if (it == m_dateTexts.cend())
        it = m_dateTexts.insert(date, format::shortDate(date));
    return *it;
}

void ParticipantTableModel::appendFolded(const ParticipantListRow& p, codes::FoldWriter& out) const
{
    // Every column's text as text() gives it, the labels and dates made once per value.
    out.add(p.ref);
    out.add(p.lastName);
    out.add(p.firstName);
    out.add(p.cohortName);
    if (p.status)
        out.add(labelText(int(*p.status), *p.status));
    out.add(p.countryOfOrigin);
    if (p.frenchLevelEntry)
        out.add(labelText(1000 + int(*p.frenchLevelEntry), *p.frenchLevelEntry));
    if (p.arrivalDate.isValid())
        out.add(dateText(p.arrivalDate));
    out.add(p.phone);
    out.add(p.email);
}

QVariant ParticipantTableModel::sortValue(const ParticipantListRow& p, int column) const
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

QVariant ParticipantTableModel::filterValue(const ParticipantListRow& p, int column) const
{
    switch (column) {
    case Status:
        return p.status ? codeOf(*p.status) : QString();
    case FrenchLevel:
        return p.frenchLevelEntry ? codeOf(*p.frenchLevelEntry) : QString();
    case Cohort:
        return p.cohortRefs;
    }
    return {};
}

bool ParticipantTableModel::isEditable(int column) const
{
    return column == LastName || column == FirstName || column == Phone || column == Email;
}

std::optional<Participant> ParticipantTableModel::edited(const ParticipantListRow& p, int column,
                                                         const QVariant& value) const
{
    if (!isEditable(column))
        return std::nullopt;
    // The whole record is saved: read it, so that the fields the list does not hold stay.
    std::optional<Participant> changed = record(p.ref);
    if (!changed)
        return std::nullopt;
    const QString text = value.toString().trimmed();
    switch (column) {
    case LastName:
        changed->lastName = text;
        break;
    case FirstName:
        changed->firstName = text;
        break;
    case Phone:
        changed->phone = text;
        break;
    case Email:
        changed->email = text;
        break;
    default:
        return std::nullopt;
    }
    return changed;
}

bool ParticipantTableModel::sameIn(const ParticipantListRow& row, const Participant& changed, int column) const
{
    switch (column) {
    case LastName:
        return row.lastName == changed.lastName;
    case FirstName:
        return row.firstName == changed.firstName;
    case Phone:
        return row.phone == changed.phone;
    case Email:
        return row.email == changed.email;
    default:
        return false;
    }
}

QString ParticipantTableModel::duplicateKey(const QString& firstName, const QString& lastName,
                                            const QDate& birthDate)
{
    if (!birthDate.isValid() || firstName.trimmed().isEmpty() || lastName.trimmed().isEmpty())
        return {};
    return codes::fold(firstName) + QLatin1Char('|') + codes::fold(lastName) + QLatin1Char('|')
        + birthDate.toString(Qt::ISODate);
}

QStringList ParticipantTableModel::probableDuplicates(const Participant& p) const
{
    const QString key = duplicateKey(p.firstName, p.lastName, p.birthDate);
    if (key.isEmpty())
        return {};
    if (m_duplicateIndex.isEmpty()) {
        for (int i = 0; i < m_rows.size(); ++i) {
            const ParticipantListRow& r = m_rows.at(i);
            const QString k = duplicateKey(r.firstName, r.lastName, r.birthDate);
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
