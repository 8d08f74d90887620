// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantRepository.h"

#include "SqlSupport.h"

#include <QSqlQuery>
#include <QVarLengthArray>

#include <algorithm>

namespace parcours {

using namespace storage;

namespace {

const QString kTable = QStringLiteral("participant");
const QStringList kColumns = {
    QStringLiteral("ref"),
    QStringLiteral("first_name"),
    QStringLiteral("last_name"),
    QStringLiteral("birth_date"),
    QStringLiteral("gender"),
    QStringLiteral("country_of_origin"),
    QStringLiteral("languages"),
    QStringLiteral("french_level_entry"),
    QStringLiteral("status"),
    QStringLiteral("arrival_date"),
    QStringLiteral("phone"),
    QStringLiteral("email"),
    QStringLiteral("professional_project"),
    QStringLiteral("sector"),
    QStringLiteral("referrer"),
    QStringLiteral("consent_date"),
    QStringLiteral("notes"),
};
const QString kSelect = QStringLiteral("SELECT id, ") + kColumns.join(QLatin1String(", ")) + QStringLiteral(" FROM participant");

Participant participantFrom(const QSqlQuery& q)
{
    Participant p;
    p.id = q.value(0).toLongLong();
    p.ref = q.value(1).toString();
    p.firstName = q.value(2).toString();
    p.lastName = q.value(3).toString();
    p.birthDate = dateFrom(q.value(4));
    p.gender = optionalCodeFrom<Gender>(q.value(5));
    p.countryOfOrigin = textFrom(q.value(6));
    p.languages = listFrom(q.value(7));
    p.frenchLevelEntry = optionalCodeFrom<CefrLevel>(q.value(8));
    p.status = optionalCodeFrom<ParticipantStatus>(q.value(9));
    p.arrivalDate = dateFrom(q.value(10));
    p.phone = textFrom(q.value(11));
    p.email = textFrom(q.value(12));
    p.professionalProject = textFrom(q.value(13));
    p.sector = textFrom(q.value(14));
    p.referrer = textFrom(q.value(15));
    p.consentDate = dateFrom(q.value(16));
    p.notes = textFrom(q.value(17));
    return p;
}

} // namespace

Result<QList<Participant>> ParticipantRepository::all() const
{
    return selectList<Participant>(m_db, kSelect + QLatin1String(" ORDER BY ref"), {}, participantFrom);
}

Result<void> ParticipantRepository::forEach(const std::function<void(const Participant&)>& onParticipant) const
{
    return select(m_db, kSelect + QLatin1String(" ORDER BY ref"), {},
                  [&](const QSqlQuery& q) { onParticipant(participantFrom(q)); });
}

Result<std::optional<Participant>> ParticipantRepository::find(const QString& ref) const
{
    return selectFirst<Participant>(m_db, kSelect + QLatin1String(" WHERE ref = ?"), {ref}, participantFrom);
}

namespace {

// The list of participants: the list's columns only, each participant's enrolments joined
// (one row per enrolment, a participant's rows one after the other since refs are unique).
const QString kListSelect = QStringLiteral(
    "SELECT p.ref, p.first_name, p.last_name, p.birth_date, p.country_of_origin,"
    " p.french_level_entry, p.status, p.arrival_date, p.phone, p.email, e.cohort_id"
    " FROM participant p LEFT JOIN enrolment e ON e.participant_id = p.id");

struct CohortName
{
    QString ref;
    QString name;
    QDate startDate;
};

/// Every cohort's ref, name and start by id (a network holds a few thousand): the rows share
/// these strings instead of each holding a copy.
Result<QHash<qint64, CohortName>> cohortNames(const Database& db)
{
    QHash<qint64, CohortName> out;
    auto r = select(db, QStringLiteral("SELECT id, ref, name, start_date FROM cohort"), {},
                    [&](const QSqlQuery& q) {
                        out.insert(q.value(0).toLongLong(),
                                   {q.value(1).toString(), q.value(2).toString(), dateFrom(q.value(3))});
                    });
    if (!r)
        return fail(r.error());
    return out;
}

/// The cohorts of one participant, from the ids of their enrolments.
class CohortsOfOne
{
public:
    explicit CohortsOfOne(const QHash<qint64, CohortName>& cohorts) : m_cohorts(cohorts) {}

    void add(const QVariant& cohortId)
    {
        if (cohortId.isNull())
            return; // enrolled nowhere (the LEFT JOIN's row)
        const auto it = m_cohorts.constFind(cohortId.toLongLong());
        if (it != m_cohorts.cend())
            m_found.append(&*it);
    }

    /// Puts them into `out` (refs in ref order; the latest started, the lower ref of a tie),
    /// and starts again empty.
    void takeInto(QString& name, QStringList& refs)
    {
        std::sort(m_found.begin(), m_found.end(),
                  [](const CohortName* a, const CohortName* b) { return a->ref < b->ref; });
        const CohortName* latest = nullptr;
        refs.reserve(m_found.size());
        for (const CohortName* c : std::as_const(m_found)) {
            refs.append(c->ref);
            if (!latest || latest->startDate < c->startDate)
                latest = c;
        }
        name = latest ? latest->name : QString();
        m_found.clear();
    }

private:
    const QHash<qint64, CohortName>& m_cohorts;
    QVarLengthArray<const CohortName*, 4> m_found;
};

ParticipantListRow listRowFrom(const QSqlQuery& q, const QString& ref)
{
    ParticipantListRow r;
    r.ref = ref;
    r.firstName = q.value(1).toString();
    r.lastName = q.value(2).toString();
    r.birthDate = dateFrom(q.value(3));
    r.countryOfOrigin = textFrom(q.value(4));
    r.frenchLevelEntry = optionalCodeFrom<CefrLevel>(q.value(5));
    r.status = optionalCodeFrom<ParticipantStatus>(q.value(6));
    r.arrivalDate = dateFrom(q.value(7));
    r.phone = textFrom(q.value(8));
    r.email = textFrom(q.value(9));
    return r;
}

/// The list rows of `sql` (kListSelect and what follows it); room made for `expected` rows.
Result<QList<ParticipantListRow>> listRowsOf(const Database& db, const QString& sql, const QVariantList& values,
                                             qsizetype expected = 0)
{
    auto cohorts = cohortNames(db);
    if (!cohorts)
        return fail(cohorts.error());
    QList<ParticipantListRow> out;
    out.reserve(expected); // no list of 100,000 copied as it grows
    CohortsOfOne enrolled(*cohorts);
    const auto finish = [&] {
        if (!out.isEmpty())
            enrolled.takeInto(out.last().cohortName, out.last().cohortRefs);
    };
    auto r = select(db, sql, values, [&](const QSqlQuery& q) {
        const QString ref = q.value(0).toString();
        if (out.isEmpty() || out.constLast().ref != ref) {
            finish();
            out.append(listRowFrom(q, ref));
        }
        enrolled.add(q.value(10));
    });
    if (!r)
        return fail(r.error());
    finish();
    return out;
}

} // namespace

Result<QList<ParticipantListRow>> ParticipantRepository::listRows() const
{
    auto n = countRows(m_db, kTable);
    if (!n)
        return fail(n.error());
    return listRowsOf(m_db, kListSelect + QLatin1String(" ORDER BY p.ref"), {}, *n);
}

Result<std::optional<ParticipantListRow>> ParticipantRepository::listRow(const QString& ref) const
{
    auto rows = listRowsOf(m_db, kListSelect + QLatin1String(" WHERE p.ref = ?"), {ref});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<ParticipantListRow>();
    return std::optional<ParticipantListRow>(rows->takeFirst());
}

Result<QHash<QString, ParticipantCohorts>> ParticipantRepository::cohortsOfEach() const
{
    auto cohorts = cohortNames(m_db);
    if (!cohorts)
        return fail(cohorts.error());
    QHash<QString, ParticipantCohorts> out;
    CohortsOfOne enrolled(*cohorts);
    QString current;
    const auto finish = [&] {
        if (current.isEmpty())
            return;
        ParticipantCohorts& c = out[current];
        enrolled.takeInto(c.cohortName, c.cohortRefs);
    };
    auto r = select(m_db,
                    QStringLiteral("SELECT p.ref, e.cohort_id FROM enrolment e"
                                   " JOIN participant p ON p.id = e.participant_id ORDER BY p.ref"),
                    {}, [&](const QSqlQuery& q) {
                        const QString ref = q.value(0).toString();
                        if (ref != current) {
                            finish();
                            current = ref;
                        }
                        enrolled.add(q.value(1));
                    });
    if (!r)
        return fail(r.error());
    finish();
    return out;
}

Result<int> ParticipantRepository::count() const
{
    return countRows(m_db, kTable);
}

namespace {

Result<QHash<QString, CefrLevel>> entryLevels(const Database& db, const QString& cohortCondition,
                                              const QVariantList& values)
{
    QHash<QString, CefrLevel> out;
    auto r = select(db,
                    QStringLiteral("SELECT p.ref, p.french_level_entry FROM participant p"
                                   " WHERE p.french_level_entry IS NOT NULL AND p.id IN"
                                   " (SELECT e.participant_id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id"
                                   " WHERE ")
                        + cohortCondition + QLatin1Char(')'),
                    values, [&](const QSqlQuery& q) {
                        if (auto level = optionalCodeFrom<CefrLevel>(q.value(1)))
                            out.insert(q.value(0).toString(), *level);
                    });
    if (!r)
        return fail(r.error());
    return out;
}

} // namespace

Result<QHash<QString, CefrLevel>> ParticipantRepository::entryLevelsOfCohort(const QString& cohortRef) const
{
    return entryLevels(m_db, QStringLiteral("c.ref = ?"), {cohortRef});
}

Result<QHash<QString, CefrLevel>> ParticipantRepository::entryLevelsOfPeriod(const QDate& from, const QDate& to) const
{
    return entryLevels(m_db, QStringLiteral("c.end_date BETWEEN ? AND ?"), {dateOrNull(from), dateOrNull(to)});
}

Result<Participant> ParticipantRepository::save(Participant value)
{
    if (auto ok = checkBeforeSave(m_db, value, QStringLiteral("participant '%1'").arg(value.ref)); !ok)
        return fail(ok.error());
    auto existing = idOfRef(m_db, kTable, value.ref);
    if (!existing)
        return fail(existing.error());
    const QVariantList values = {
        value.ref,
        value.firstName,
        value.lastName,
        dateOrNull(value.birthDate),
        codeOrNull(value.gender),
        textOrNull(value.countryOfOrigin),
        listOrNull(value.languages),
        codeOrNull(value.frenchLevelEntry),
        codeOrNull(value.status),
        dateOrNull(value.arrivalDate),
        textOrNull(value.phone),
        textOrNull(value.email),
        textOrNull(value.professionalProject),
        textOrNull(value.sector),
        textOrNull(value.referrer),
        dateOrNull(value.consentDate),
        textOrNull(value.notes),
    };
    auto id = insertOrUpdate(m_db, kTable, kColumns, values, *existing);
    if (!id)
        return fail(id.error());
    value.id = *id;
    return value;
}

Result<void> ParticipantRepository::remove(const QString& ref)
{
    return removeRows(m_db, QStringLiteral("DELETE FROM participant WHERE ref = ?"), {ref},
                      QStringLiteral("There is no participant '%1'.").arg(ref));
}

Result<QString> ParticipantRepository::nextRef() const
{
    return storage::nextRef(m_db, kTable, QStringLiteral("P-"));
}

} // namespace parcours
