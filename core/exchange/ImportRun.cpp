// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRun.h"

#include "ExchangeHeader.h"
#include "ExchangeTables.h"

#include "core/domain/Validation.h"
#include "core/storage/PrivacyRepository.h"

#include <algorithm>

namespace parcours {

namespace {

/// A row's key as two 64-bit hashes made with different seeds: the same key always gives the
/// same digest, and two different keys among ten million share one with a chance of about
/// 10^-25. The keys seen in a file (millions of marks) are then kept in 16 bytes each instead
/// of as strings.
struct KeyDigest
{
    size_t a = 0;
    size_t b = 0;
    bool operator==(const KeyDigest& other) const { return a == other.a && b == other.b; }
};

size_t qHash(const KeyDigest& key, size_t seed = 0) noexcept
{
    return key.a ^ seed;
}

KeyDigest digestOf(const QString& key)
{
    return {qHash(key, size_t(0x9E3779B97F4A7C15ull)), qHash(key, size_t(0xC2B2AE3D27D4EB4Full))};
}

} // namespace

ImportRun::ImportRun(Database& db, ImportReport& report)
    : m_db(db), m_report(report), m_sites(db), m_cohorts(db), m_participants(db), m_volunteers(db),
      m_trainers(db), m_sessions(db), m_pairings(db), m_outcomes(db), m_writer(db), m_stored(db)
{
}

Result<void> ImportRun::importFile(const QString& table, CsvRecordStream& records, const QString& file)
{
    // What the file adds to the report, to be taken back if a record cannot be read.
    const qsizetype problemsBefore = m_report.problems.size();
    const qsizetype noticesBefore = m_report.notices.size();
    const int insertedBefore = m_report.inserted;
    const int updatedBefore = m_report.updated;
    const bool rowsReadBefore = m_report.rowsRead.contains(file);
    m_savedFromFile.clear();
    m_readError.reset();

    if (records.windows1252())
        m_report.notices << tr("%1: not valid UTF-8, read as Windows-1252").arg(file);

    using Import = Result<void> (ImportRun::*)(CsvRecordStream&, const QString&);
    static const QHash<QString, Import> imports = {
        {QStringLiteral("sites"), &ImportRun::importSites},
        {QStringLiteral("rooms"), &ImportRun::importRooms},
        {QStringLiteral("cohorts"), &ImportRun::importCohorts},
        {QStringLiteral("participants"), &ImportRun::importParticipants},
        {QStringLiteral("volunteers"), &ImportRun::importVolunteers},
        {QStringLiteral("trainers"), &ImportRun::importTrainers},
        {QStringLiteral("trainer_unavailability"), &ImportRun::importUnavailability},
        {QStringLiteral("enrolments"), &ImportRun::importEnrolments},
        {QStringLiteral("sessions"), &ImportRun::importSessions},
        {QStringLiteral("attendance"), &ImportRun::importAttendance},
        {QStringLiteral("pairings"), &ImportRun::importPairings},
        {QStringLiteral("checkins"), &ImportRun::importCheckins},
        {QStringLiteral("outcomes"), &ImportRun::importOutcomes},
    };
    const Import import = imports.value(table);
    if (!import)
        return fail(ErrorCode::Usage, QStringLiteral("unknown exchange table '%1'").arg(table), {table});
    auto done = (this->*import)(records, file);
    if (done || !m_readError || m_readError->code != ErrorCode::Invalid)
        return done;

    // A record that cannot be read: the file is one problem, as if it had not been read at all.
    m_report.problems.resize(problemsBefore);
    m_report.notices.resize(noticesBefore);
    m_report.inserted = insertedBefore;
    m_report.updated = updatedBefore;
    if (!rowsReadBefore)
        m_report.rowsRead.remove(file);
    auto& good = m_good[table];
    for (const QString& ref : std::as_const(m_savedFromFile)) {
        good.remove(ref);
        m_bad[table].insert(ref);
    }
    for (Problem p : m_readError->problems) {
        p.file = file;
        m_report.problems << p;
    }
    m_readError.reset();
    markBroken(table);
    return {};
}

// In this member template lupdate cannot tell the class (it files tr() under "parcours::T"):
// the context is written out, as the rest of ImportRun translates in "Exchange".
template<class T>
Result<void> ImportRun::run(const ExchangeTable<T>& table, CsvRecordStream& records,
                            const QString& file, const Hooks<T>& hooks)
{
    const auto at = [&file](int line, const QString& field, const QString& reason) {
        return Problem{file, line, field, reason};
    };
    // The next record; false at the end or when it cannot be read (m_readError says which).
    const auto next = [&](CsvRecord& record) -> Result<bool> {
        auto got = records.next(record);
        if (!got) {
            m_readError = got.error();
            return fail(got.error());
        }
        return *got;
    };
    CsvRecord head;
    if (auto got = next(head); !got)
        return fail(got.error());
    else if (!*got) {
        m_report.rowsRead[file] = 0;
        m_report.notices << QCoreApplication::translate("Exchange", "%1: empty file, nothing to import").arg(file);
        return {};
    }

    const ExchangeHeader header(head.cells, table.header());
    for (const QString& name : header.unknown())
        m_report.notices << QCoreApplication::translate("Exchange", "%1:%2: unknown column '%3' ignored").arg(file).arg(head.line).arg(name);
    QList<Problem> fileProblems;
    for (const QString& name : header.repeated())
        fileProblems << at(head.line, name, QCoreApplication::translate("Exchange", "the column appears more than once"));
    for (int c = 0; c < table.columns.size(); ++c)
        if (table.columns.at(c).required && !header.has(c))
            fileProblems << at(head.line, table.columns.at(c).name, QCoreApplication::translate("Exchange", "required column is missing"));
    CsvRecord record;
    int rows = 0;
    if (!fileProblems.isEmpty()) {
        m_report.problems << fileProblems;
        m_broken.insert(table.name);
        for (;;) { // the rows are counted (and must be readable), not imported
            auto got = next(record);
            if (!got)
                return fail(got.error());
            if (!*got)
                break;
            ++rows;
        }
        m_report.rowsRead[file] = rows;
        return {};
    }

    const int refColumn = table.hasRef() ? table.indexOf(QStringLiteral("ref")) : -1;
    const auto columnIndex = [&table](const QString& field) {
        const int i = table.indexOf(field);
        return i < 0 ? int(table.columns.size()) : i;
    };
    QHash<KeyDigest, int> firstLine; // the line of each key seen in this file

    for (;;) {
        auto got = next(record);
        if (!got)
            return fail(got.error());
        if (!*got)
            break;
        ++rows;
        QList<Problem> problems;
        QSet<QString> badFields;

        const auto apply = [&](T& target, bool report) {
            for (int c = 0; c < table.columns.size(); ++c) {
                if (!header.has(c))
                    continue;
                const auto& column = table.columns.at(c);
                const QString cell = record.cells.value(header.cellOf().at(c));
                const QString reason = column.read(target, cell);
                if (!report)
                    continue;
                if (!reason.isEmpty()) {
                    problems << at(record.line, column.name, reason);
                    badFields.insert(column.name);
                } else if (column.required && cell.isEmpty()) {
                    problems << at(record.line, column.name, QCoreApplication::translate("Exchange", "is required"));
                    badFields.insert(column.name);
                }
            }
        };

        T row{};
        apply(row, true);
        for (qsizetype extra = head.cells.size(); extra < record.cells.size(); ++extra) {
            if (!record.cells.at(extra).isEmpty()) {
                problems << at(record.line, QString(),
                               QCoreApplication::translate("Exchange", "the row has %1 cells but the header has %2")
                                   .arg(record.cells.size())
                                   .arg(head.cells.size()));
                break;
            }
        }

        const QString ownRef = refColumn >= 0 ? table.columns.at(refColumn).write(row, QLatin1Char('.'))
                                              : QString();
        bool keyOk = true;
        for (const QString& k : table.keyColumns)
            keyOk = keyOk && !badFields.contains(k);

        bool duplicate = false;
        std::optional<T> before;
        if (keyOk) {
            const QString key = table.key(row);
            const KeyDigest digest = digestOf(key);
            if (const auto first = firstLine.constFind(digest); first != firstLine.cend()) {
                duplicate = true;
                const QString field = table.keyColumns.first();
                problems << at(record.line, field,
                               table.hasRef()
                                   ? QCoreApplication::translate("Exchange", "duplicate ref '%1' (first on line %2)").arg(ownRef).arg(*first)
                                   : QCoreApplication::translate("Exchange", "the same %1 as line %2")
                                         .arg(table.keyColumns.join(QLatin1String(", ")))
                                         .arg(*first));
            } else {
                firstLine.insert(digest, record.line);
                auto stored = hooks.existing(row);
                if (!stored)
                    return fail(stored.error());
                before = *stored;
                if (before) {
                    T merged = *before;
                    apply(merged, false);
                    row = merged;
                }
            }
        }

        for (const Problem& p : row.validate()) {
            if (badFields.contains(p.field))
                continue; // the cell itself is already reported
            problems << at(record.line, p.field, p.reason);
        }

        bool dependsOnBadRow = false;
        const QList<RefUse> uses = hooks.refs(row);
        for (const RefUse& use : uses) {
            if (use.ref.isEmpty() || badFields.contains(use.column))
                continue;
            // A malformed ref (Validation::requireRef) is a fault of this cell, reported even
            // when a bad row of this import has the same ref: mending that row would not mend
            // this cell. The row's validate() has already reported it for a required column.
            const bool reported = std::any_of(problems.cbegin(), problems.cend(),
                                              [&](const Problem& p) { return p.field == use.column; });
            if (!reported) {
                Validation format;
                format.requireRef(use.column, use.ref);
                for (const Problem& p : format.problems())
                    problems << at(record.line, p.field, p.reason);
            }
            auto resolution = resolve(use.table, use.ref);
            if (!resolution)
                return fail(resolution.error());
            if (*resolution == Resolution::Bad)
                dependsOnBadRow = true;
            else if (*resolution == Resolution::Unknown)
                problems << at(record.line, use.column,
                               QCoreApplication::translate("Exchange", "unknown %1 '%2'").arg(singular(use.table), use.ref));
        }

        bool saved = false;
        if (problems.isEmpty() && !dependsOnBadRow && !duplicate) {
            m_line = record.line;
            // A row whose key is stored nowhere was validated above: it is inserted as it is.
            Result<void> result;
            if (!before && hooks.insert) {
                if (auto inserted = hooks.insert(row); !inserted)
                    result = fail(inserted.error());
            } else if (auto stored = hooks.save(row); !stored) {
                result = fail(stored.error());
            }
            if (result) {
                saved = true;
                if (!ownRef.isEmpty()) {
                    m_good[table.name].insert(ownRef);
                    m_savedFromFile << ownRef;
                }
                ++(before ? m_report.updated : m_report.inserted);
            } else if (stopsImport(result.error().code)) {
                return fail(result.error());
            } else {
                for (const Problem& p : problemsOf(result.error(), uses))
                    problems << at(record.line, p.field, p.reason);
            }
        }
        if (!saved && !duplicate && !ownRef.isEmpty() && !m_good.value(table.name).contains(ownRef))
            m_bad[table.name].insert(ownRef);

        std::stable_sort(problems.begin(), problems.end(), [&](const Problem& a, const Problem& b) {
            return columnIndex(a.field) < columnIndex(b.field);
        });
        m_report.problems << problems;
    }
    m_report.rowsRead[file] = rows;
    return {};
}

Result<ImportRun::Resolution> ImportRun::resolve(const QString& table, const QString& ref)
{
    if (m_good.value(table).contains(ref))
        return Resolution::Known;
    if (m_bad.value(table).contains(ref))
        return Resolution::Bad;
    if (m_missing.value(table).contains(ref))
        return m_broken.contains(table) ? Resolution::Bad : Resolution::Unknown;
    auto exists = existsInDatabase(table, ref);
    if (!exists)
        return fail(exists.error());
    if (*exists) {
        m_good[table].insert(ref);
        return Resolution::Known;
    }
    m_missing[table].insert(ref);
    return m_broken.contains(table) ? Resolution::Bad : Resolution::Unknown;
}

Result<bool> ImportRun::existsInDatabase(const QString& table, const QString& ref)
{
    return m_stored.contains(table, ref);
}

Result<QString> ImportRun::cohortOfSession(const QString& sessionRef)
{
    if (const auto it = m_sessionCohort.constFind(sessionRef); it != m_sessionCohort.cend())
        return *it;
    auto session = m_sessions.find(sessionRef);
    if (!session)
        return fail(session.error());
    const QString cohort = *session ? (*session)->cohortRef : QString();
    m_sessionCohort.insert(sessionRef, cohort);
    return cohort;
}

bool ImportRun::stopsImport(ErrorCode code)
{
    // What is wrong with the file or the machine, not with a row.
    switch (code) {
    case ErrorCode::Io:
    case ErrorCode::NotADatabase:
    case ErrorCode::NewerVersion:
    case ErrorCode::Corrupt:
    case ErrorCode::ReadOnly:
    case ErrorCode::Busy:
    case ErrorCode::Locked:
    case ErrorCode::DiskFull:
    case ErrorCode::Usage:
        return true;
    case ErrorCode::Sql:
    case ErrorCode::Invalid:
    case ErrorCode::NotFound:
    case ErrorCode::Exists:
        break;
    }
    return false;
}

QList<Problem> ImportRun::problemsOf(const Error& error, const QList<RefUse>& uses) const
{
    if (!error.problems.isEmpty())
        return error.problems;
    QString field;
    if (error.code == ErrorCode::NotFound) {
        for (const RefUse& use : uses)
            if (error.args.contains(use.ref) || error.detail.contains(use.ref))
                field = use.column;
    }
    return {Problem{{}, 0, field, error.detail}};
}

QString ImportRun::singular(const QString& table)
{
    if (table == QLatin1String("sites"))
        return tr("site");
    if (table == QLatin1String("rooms"))
        return tr("room");
    if (table == QLatin1String("cohorts"))
        return tr("cohort");
    if (table == QLatin1String("participants"))
        return tr("participant");
    if (table == QLatin1String("volunteers"))
        return tr("volunteer");
    if (table == QLatin1String("trainers"))
        return tr("trainer");
    if (table == QLatin1String("sessions"))
        return tr("session");
    if (table == QLatin1String("pairings"))
        return tr("pairing");
    return table;
}

// --- The thirteen tables ---------------------------------------------------------------------

namespace {

/// Wraps a repository's `find(ref)`-shaped call for Hooks::existing: only a ref stored before
/// the import is looked up (one query per table for the refs, not one per row).
template<class T, class Find>
std::function<Result<std::optional<T>>(const T&)> byRef(StoredRefs& stored, const QString& table, Find find)
{
    return [&stored, table, find](const T& row) -> Result<std::optional<T>> {
        auto known = stored.contains(table, row.ref);
        if (!known)
            return fail(known.error());
        if (!*known)
            return std::optional<T>();
        return find(row.ref);
    };
}

} // namespace

Result<void> ImportRun::importSites(CsvRecordStream& records, const QString& file)
{
    Hooks<Site> h;
    h.refs = [](const Site&) { return QList<RefUse>(); };
    h.existing = byRef<Site>(m_stored, QStringLiteral("sites"), [this](const QString& ref) { return m_sites.find(ref); });
    h.save = [this](const Site& s) { return m_sites.save(s); };
    return run(ExchangeTables::sites(), records, file, h);
}

Result<void> ImportRun::importRooms(CsvRecordStream& records, const QString& file)
{
    Hooks<Room> h;
    h.refs = [](const Room& r) {
        return QList<RefUse>{{QStringLiteral("site_ref"), QStringLiteral("sites"), r.siteRef}};
    };
    h.existing = byRef<Room>(m_stored, QStringLiteral("rooms"), [this](const QString& ref) { return m_sites.findRoom(ref); });
    h.save = [this](const Room& r) { return m_sites.saveRoom(r); };
    return run(ExchangeTables::rooms(), records, file, h);
}

Result<void> ImportRun::importCohorts(CsvRecordStream& records, const QString& file)
{
    Hooks<Cohort> h;
    h.refs = [](const Cohort& c) {
        return QList<RefUse>{{QStringLiteral("site_ref"), QStringLiteral("sites"), c.siteRef}};
    };
    h.existing = byRef<Cohort>(m_stored, QStringLiteral("cohorts"), [this](const QString& ref) { return m_cohorts.find(ref); });
    h.save = [this](const Cohort& c) { return m_cohorts.save(c); };
    return run(ExchangeTables::cohorts(), records, file, h);
}

Result<void> ImportRun::importParticipants(CsvRecordStream& records, const QString& file)
{
    Hooks<Participant> h;
    h.refs = [](const Participant&) { return QList<RefUse>(); };
    h.existing = byRef<Participant>(m_stored, QStringLiteral("participants"), [this](const QString& ref) { return m_participants.find(ref); });
    h.save = [this](const Participant& p) { return m_participants.save(p); };
    h.insert = [this](const Participant& p) { return m_writer.insertParticipant(p); };
    return run(ExchangeTables::participants(), records, file, h);
}

Result<void> ImportRun::importVolunteers(CsvRecordStream& records, const QString& file)
{
    Hooks<Volunteer> h;
    h.refs = [](const Volunteer&) { return QList<RefUse>(); };
    h.existing = byRef<Volunteer>(m_stored, QStringLiteral("volunteers"), [this](const QString& ref) { return m_volunteers.find(ref); });
    h.save = [this](const Volunteer& v) { return m_volunteers.save(v); };
    return run(ExchangeTables::volunteers(), records, file, h);
}

Result<void> ImportRun::importTrainers(CsvRecordStream& records, const QString& file)
{
    Hooks<Trainer> h;
    h.refs = [](const Trainer&) { return QList<RefUse>(); };
    h.existing = byRef<Trainer>(m_stored, QStringLiteral("trainers"), [this](const QString& ref) { return m_trainers.find(ref); });
    h.save = [this](const Trainer& t) { return m_trainers.save(t); };
    return run(ExchangeTables::trainers(), records, file, h);
}

Result<void> ImportRun::importUnavailability(CsvRecordStream& records, const QString& file)
{
    const auto& table = ExchangeTables::trainerUnavailability();
    Hooks<TrainerUnavailability> h;
    h.refs = [](const TrainerUnavailability& u) {
        return QList<RefUse>{{QStringLiteral("trainer_ref"), QStringLiteral("trainers"), u.trainerRef}};
    };
    h.existing = [this, &table](const TrainerUnavailability& u) -> Result<std::optional<TrainerUnavailability>> {
        if (!m_unavailability) {
            auto all = m_trainers.unavailability();
            if (!all)
                return fail(all.error());
            m_unavailability.emplace();
            for (const TrainerUnavailability& stored : std::as_const(*all))
                m_unavailability->insert(table.key(stored), stored);
        }
        const auto it = m_unavailability->constFind(table.key(u));
        if (it == m_unavailability->cend())
            return std::optional<TrainerUnavailability>();
        return std::optional<TrainerUnavailability>(*it);
    };
    h.save = [this](const TrainerUnavailability& u) { return m_trainers.saveUnavailability(u); };
    return run(table, records, file, h);
}

Result<void> ImportRun::importEnrolments(CsvRecordStream& records, const QString& file)
{
    Hooks<Enrolment> h;
    h.refs = [](const Enrolment& e) {
        return QList<RefUse>{{QStringLiteral("cohort_ref"), QStringLiteral("cohorts"), e.cohortRef},
                             {QStringLiteral("participant_ref"), QStringLiteral("participants"), e.participantRef}};
    };
    h.existing = [this](const Enrolment& e) -> Result<std::optional<Enrolment>> {
        if (!m_enrolmentsByCohort.contains(e.cohortRef)) {
            auto stored = m_cohorts.enrolmentsOf(e.cohortRef);
            if (!stored)
                return fail(stored.error());
            auto& byParticipant = m_enrolmentsByCohort[e.cohortRef];
            for (const Enrolment& s : std::as_const(*stored))
                byParticipant.insert(s.participantRef, s);
        }
        const auto& byParticipant = m_enrolmentsByCohort[e.cohortRef];
        const auto it = byParticipant.constFind(e.participantRef);
        if (it == byParticipant.cend())
            return std::optional<Enrolment>();
        return std::optional<Enrolment>(*it);
    };
    // A participant without a consent date is enrolled all the same (a folder records what
    // happened elsewhere, and existing folders must keep importing), with the override the
    // program asks for, its reason naming the row; the report says so (DataSafety.md, "Privacy").
    h.save = [this, file](const Enrolment& e) -> Result<Enrolment> {
        const bool added = !m_enrolmentsByCohort.value(e.cohortRef).contains(e.participantRef);
        auto saved = m_cohorts.saveEnrolment(e);
        if (!saved || !added)
            return saved;
        if (!m_consented.contains(e.participantRef)) {
            auto participant = m_participants.find(e.participantRef);
            if (!participant)
                return fail(participant.error());
            m_consented.insert(e.participantRef, *participant && (*participant)->consentDate.isValid());
        }
        if (m_consented.value(e.participantRef))
            return saved;
        const QString reason = tr("imported from %1, line %2, without a consent date").arg(file).arg(m_line);
        if (auto kept = PrivacyRepository(m_db).setConsentOverride(saved->id, reason, QDate::currentDate()); !kept)
            return fail(kept.error());
        m_report.notices << tr("%1:%2: participant_ref: '%3' has no consent date; enrolled in '%4' without it "
                               "(record the consent date in the participant's details)")
                                .arg(file)
                                .arg(m_line)
                                .arg(e.participantRef, e.cohortRef);
        return saved;
    };
    return run(ExchangeTables::enrolments(), records, file, h);
}

Result<void> ImportRun::importSessions(CsvRecordStream& records, const QString& file)
{
    Hooks<Session> h;
    h.refs = [](const Session& s) {
        return QList<RefUse>{{QStringLiteral("cohort_ref"), QStringLiteral("cohorts"), s.cohortRef},
                             {QStringLiteral("trainer_ref"), QStringLiteral("trainers"), s.trainerRef},
                             {QStringLiteral("room_ref"), QStringLiteral("rooms"), s.roomRef}};
    };
    h.existing = byRef<Session>(m_stored, QStringLiteral("sessions"), [this](const QString& ref) { return m_sessions.find(ref); });
    h.save = [this](const Session& s) -> Result<Session> {
        auto saved = m_sessions.save(s);
        if (saved)
            m_sessionCohort.insert(saved->ref, saved->cohortRef);
        return saved;
    };
    return run(ExchangeTables::sessions(), records, file, h);
}

Result<void> ImportRun::importAttendance(CsvRecordStream& records, const QString& file)
{
    Hooks<Attendance> h;
    h.refs = [](const Attendance& a) {
        return QList<RefUse>{{QStringLiteral("session_ref"), QStringLiteral("sessions"), a.sessionRef},
                             {QStringLiteral("participant_ref"), QStringLiteral("participants"), a.participantRef}};
    };
    h.existing = [this](const Attendance& a) -> Result<std::optional<Attendance>> {
        auto cohort = cohortOfSession(a.sessionRef);
        if (!cohort)
            return fail(cohort.error());
        if (cohort->isEmpty())
            return std::optional<Attendance>(); // no such session: the ref check reports it
        if (!m_attendanceByCohort.contains(*cohort)) {
            auto stored = m_sessions.attendanceOfCohort(*cohort);
            if (!stored)
                return fail(stored.error());
            auto& byKey = m_attendanceByCohort[*cohort];
            for (const Attendance& s : std::as_const(*stored))
                byKey.insert(s.sessionRef + QChar(0x1F) + s.participantRef, s);
        }
        const auto& byKey = m_attendanceByCohort[*cohort];
        const auto it = byKey.constFind(a.sessionRef + QChar(0x1F) + a.participantRef);
        if (it == byKey.cend())
            return std::optional<Attendance>();
        return std::optional<Attendance>(*it);
    };
    h.save = [this](const Attendance& a) { return m_sessions.saveAttendance(a); };
    return run(ExchangeTables::attendance(), records, file, h);
}

Result<void> ImportRun::importPairings(CsvRecordStream& records, const QString& file)
{
    Hooks<Pairing> h;
    h.refs = [](const Pairing& k) {
        return QList<RefUse>{{QStringLiteral("participant_ref"), QStringLiteral("participants"), k.participantRef},
                             {QStringLiteral("volunteer_ref"), QStringLiteral("volunteers"), k.volunteerRef},
                             {QStringLiteral("cohort_ref"), QStringLiteral("cohorts"), k.cohortRef}};
    };
    h.existing = byRef<Pairing>(m_stored, QStringLiteral("pairings"), [this](const QString& ref) { return m_pairings.find(ref); });
    h.save = [this](const Pairing& k) { return m_pairings.save(k); };
    return run(ExchangeTables::pairings(), records, file, h);
}

Result<void> ImportRun::importCheckins(CsvRecordStream& records, const QString& file)
{
    const auto& table = ExchangeTables::checkins();
    Hooks<CheckIn> h;
    h.refs = [](const CheckIn& c) {
        return QList<RefUse>{{QStringLiteral("pairing_ref"), QStringLiteral("pairings"), c.pairingRef}};
    };
    h.existing = [this, &table](const CheckIn& c) -> Result<std::optional<CheckIn>> {
        if (!m_checkIns) {
            auto all = m_pairings.checkIns();
            if (!all)
                return fail(all.error());
            m_checkIns.emplace();
            for (const CheckIn& stored : std::as_const(*all))
                m_checkIns->insert(table.key(stored), stored);
        }
        const auto it = m_checkIns->constFind(table.key(c));
        if (it == m_checkIns->cend())
            return std::optional<CheckIn>();
        return std::optional<CheckIn>(*it);
    };
    h.save = [this](const CheckIn& c) { return m_pairings.saveCheckIn(c); };
    return run(table, records, file, h);
}

Result<void> ImportRun::importOutcomes(CsvRecordStream& records, const QString& file)
{
    const auto& table = ExchangeTables::outcomes();
    Hooks<Outcome> h;
    h.refs = [](const Outcome& o) {
        return QList<RefUse>{{QStringLiteral("participant_ref"), QStringLiteral("participants"), o.participantRef},
                             {QStringLiteral("cohort_ref"), QStringLiteral("cohorts"), o.cohortRef}};
    };
    h.existing = [this, &table](const Outcome& o) -> Result<std::optional<Outcome>> {
        if (!m_outcomesByCohort.contains(o.cohortRef)) {
            auto stored = m_outcomes.ofCohort(o.cohortRef);
            if (!stored)
                return fail(stored.error());
            auto& byKey = m_outcomesByCohort[o.cohortRef];
            for (const Outcome& s : std::as_const(*stored))
                byKey.insert(table.key(s), s);
        }
        const auto& byKey = m_outcomesByCohort[o.cohortRef];
        const auto it = byKey.constFind(table.key(o));
        if (it == byKey.cend())
            return std::optional<Outcome>();
        return std::optional<Outcome>(*it);
    };
    h.save = [this](const Outcome& o) { return m_outcomes.save(o); };
    return run(table, records, file, h);
}

} // namespace parcours
