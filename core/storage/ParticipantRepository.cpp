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
// The statements are whole constant texts: string literals joined by the compiler.
#define PARCOURS_LIST_SELECT                                                                       \
    "SELECT p.id, p.ref, p.first_name, p.last_name, p.birth_date, p.country_of_origin,"            \
    " p.french_level_entry, p.status, p.arrival_date, p.phone, p.email, e.cohort_id"              \
    " FROM participant p LEFT JOIN enrolment e ON e.participant_id = p.id"
constexpr const char* kListAll = PARCOURS_LIST_SELECT " ORDER BY p.ref";
constexpr const char* kListOne = PARCOURS_LIST_SELECT " WHERE p.ref = ?1";
constexpr const char* kListBefore = PARCOURS_LIST_SELECT " WHERE p.ref < ?1 ORDER BY p.ref";
constexpr const char* kListFrom = PARCOURS_LIST_SELECT " WHERE p.ref >= ?1 ORDER BY p.ref";
#undef PARCOURS_LIST_SELECT
constexpr int kListCohort = 11; ///< the column of e.cohort_id
// The participants enrolled somewhere and their cohorts, likewise.
constexpr const char* kEnrolled = "SELECT p.id, p.ref, e.cohort_id FROM enrolment e"
                                  " JOIN participant p ON p.id = e.participant_id ORDER BY p.ref";
constexpr int kEnrolledCohort = 2;

struct CohortName
{
    QString ref;
    QString name;
    QDate startDate;
    /// {ref}: the cohortRefs of everyone enrolled in this cohort alone, shared by them.
    QStringList alone;
};

/// Every cohort's ref, name and start by id (a network holds a few thousand): the rows share
/// these strings instead of each holding a copy.
Result<QHash<qint64, CohortName>> cohortNames(const Database& db)
{
    auto rows = SqliteRows::run(db, "SELECT id, ref, name, start_date FROM cohort");
    if (!rows)
        return fail(rows.error());
    QHash<qint64, CohortName> out;
    while (rows->next()) {
        const QString ref = rows->text(1);
        out.insert(rows->integer(0), {ref, rows->text(2), rows->date(3), QStringList{ref}});
    }
    if (auto done = rows->finish(); !done)
        return fail(done.error());
    return out;
}

/// The cohorts of one participant, from the ids of their enrolments.
class CohortsOfOne
{
public:
    /// The cohort ids are in `column` of the rows.
    CohortsOfOne(const QHash<qint64, CohortName>& cohorts, int column) : m_cohorts(cohorts), m_column(column) {}

    /// The cohort of the current row, if any (none: the LEFT JOIN's row of someone enrolled nowhere).
    void add(const SqliteRows& row)
    {
        if (row.isNull(m_column))
            return;
        const auto it = m_cohorts.constFind(row.integer(m_column));
        if (it != m_cohorts.cend())
            m_found.append(&*it);
    }

    /// Puts them into `name` and `refs` (refs in ref order; the latest started, the lower ref
    /// of a tie), and starts again empty.
    void takeInto(QString& name, QStringList& refs)
    {
        if (m_found.size() == 1) {
            name = m_found.front()->name;
            refs = m_found.front()->alone;
            m_found.clear();
            return;
        }
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
    int m_column;
    QVarLengthArray<const CohortName*, 4> m_found;
};

/// Reads the rows of `sql` (kListAll, kListOne or kEnrolled: a participant's id and ref first,
/// their rows one after the other, the cohort id in `cohortColumn`) and calls `onFirst(rows)`
/// at each participant's first row and `onCohorts(name, refs)` once their rows are read.
template<class OnFirst, class OnCohorts>
Result<void> eachParticipant(const Database& db, const char* sql, const QStringList& values, int cohortColumn,
                             OnFirst onFirst, OnCohorts onCohorts)
{
    auto cohorts = cohortNames(db);
    if (!cohorts)
        return fail(cohorts.error());
    auto rows = SqliteRows::run(db, sql, values);
    if (!rows)
        return fail(rows.error());
    CohortsOfOne enrolled(*cohorts, cohortColumn);
    bool any = false;
    qint64 current = 0;
    QString name;
    QStringList refs;
    const auto finish = [&] {
        if (!any)
            return;
        enrolled.takeInto(name, refs);
        onCohorts(std::move(name), std::move(refs));
        name = QString();
        refs = QStringList();
    };
    while (rows->next()) {
        const qint64 id = rows->integer(0);
        if (!any || id != current) {
            finish();
            any = true;
            current = id;
            onFirst(*rows);
        }
        enrolled.add(*rows);
    }
    if (auto done = rows->finish(); !done)
        return fail(done.error());
    finish();
    return {};
}

/// The list rows of `sql` (kListAll or kListOne); room made for `expected` rows.
Result<QList<ParticipantListRow>> listRowsOf(const Database& db, const char* sql, const QStringList& values,
                                             qsizetype expected = 0)
{
    QList<ParticipantListRow> out;
    out.reserve(expected); // no list of 100,000 copied as it grows
    SqliteRows::SharedTexts countries; // a few hundred codes, not one string per row
    auto r = eachParticipant(
        db, sql, values, kListCohort,
        [&](const SqliteRows& q) {
            ParticipantListRow& r = out.emplace_back();
            r.ref = q.text(1);
            r.firstName = q.text(2);
            r.lastName = q.text(3);
            r.birthDate = q.date(4);
            r.countryOfOrigin = q.sharedText(5, countries);
            r.frenchLevelEntry = q.code<CefrLevel>(6);
            r.status = q.code<ParticipantStatus>(7);
            r.arrivalDate = q.date(8);
            r.phone = q.text(9);
            r.email = q.text(10);
        },
        [&](QString name, QStringList refs) {
            out.last().cohortName = std::move(name);
            out.last().cohortRefs = std::move(refs);
        });
    if (!r)
        return fail(r.error());
    return out;
}

} // namespace

Result<QList<ParticipantListRow>> ParticipantRepository::listRows() const
{
    auto n = countRows(m_db, kTable);
    if (!n)
        return fail(n.error());
    return listRows(RefSide::From, QString(), *n);
}

Result<QList<ParticipantListRow>> ParticipantRepository::listRows(RefSide side, const QString& ref,
                                                                  qsizetype expected) const
{
    if (ref.isEmpty()) // nothing sorts before it: every participant, or none
        return side == RefSide::From ? listRowsOf(m_db, kListAll, {}, expected) : QList<ParticipantListRow>();
    return listRowsOf(m_db, side == RefSide::Before ? kListBefore : kListFrom, {ref}, expected);
}

Result<QString> ParticipantRepository::refAt(int offset) const
{
    auto ref = selectValue(m_db, QStringLiteral("SELECT ref FROM participant ORDER BY ref LIMIT 1 OFFSET ?"),
                           {offset});
    if (!ref)
        return fail(ref.error());
    return *ref ? (*ref)->toString() : QString();
}

Result<std::optional<ParticipantListRow>> ParticipantRepository::listRow(const QString& ref) const
{
    auto rows = listRowsOf(m_db, kListOne, {ref});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<ParticipantListRow>();
    return std::optional<ParticipantListRow>(rows->takeFirst());
}

Result<QHash<QString, ParticipantCohorts>> ParticipantRepository::cohortsOfEach() const
{
    QHash<QString, ParticipantCohorts> out;
    QString ref;
    auto r = eachParticipant(
        m_db, kEnrolled, {}, kEnrolledCohort, [&](const SqliteRows& q) { ref = q.text(1); },
        [&](QString name, QStringList refs) { out.insert(ref, {std::move(name), std::move(refs)}); });
    if (!r)
        return fail(r.error());
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
