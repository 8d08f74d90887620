// SPDX-License-Identifier: GPL-3.0-or-later
// BulkLoader: SQLite's C API on the handle of the Database's Qt Sql connection (Qt's SQLite
// driver and Parcours link the same system libsqlite3), because binding QVariants through
// QSqlQuery costs several times what SQLite itself needs per row.
#include "BulkLoader.h"

#include "Database.h"
#include "MarkTotals.h"
#include "SqlSupport.h"
#include "core/domain/CheckIn.h"
#include "core/domain/Cohort.h"
#include "core/domain/Enrolment.h"
#include "core/domain/Outcome.h"
#include "core/domain/Pairing.h"
#include "core/domain/Participant.h"
#include "core/domain/Room.h"
#include "core/domain/Session.h"
#include "core/domain/Site.h"
#include "core/domain/Trainer.h"
#include "core/domain/TrainerUnavailability.h"
#include "core/domain/Volunteer.h"

#include <sqlite3.h>

#include <cstdio>
#include <vector>

namespace parcours {

namespace {

Error sqliteError(sqlite3* db, int rc, const QString& what)
{
    return Error{storage::errorCodeOfSqlite(rc),
                 QStringLiteral("%1: %2").arg(what, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc))),
                 {},
                 {}};
}

Result<void> exec(sqlite3* db, const QByteArray& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    Error e{storage::errorCodeOfSqlite(rc),
            QStringLiteral("%1: %2").arg(QString::fromUtf8(sql), QString::fromUtf8(message ? message : sqlite3_errstr(rc))),
            {},
            {}};
    sqlite3_free(message);
    return fail(std::move(e));
}

/// The first column of the first row of `sql`, as text.
Result<QString> pragmaText(sqlite3* db, const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqliteError(db, rc, QString::fromUtf8(sql)));
    QString out;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(sqliteError(db, rc, QString::fromUtf8(sql)));
    return out;
}

template<class E>
const char* code(E value)
{
    return EnumCodes<E>::table[static_cast<std::size_t>(value)].code;
}

/// One prepared INSERT, bound column by column from 1, then run().
class Insert
{
public:
    Insert() = default;
    Insert(const Insert&) = delete;
    Insert& operator=(const Insert&) = delete;
    ~Insert() { sqlite3_finalize(m_stmt); }

    Result<void> prepare(sqlite3* db, const char* sql)
    {
        m_db = db;
        m_sql = sql;
        const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
        if (rc != SQLITE_OK)
            return fail(sqliteError(db, rc, QString::fromUtf8(sql)));
        return {};
    }

    Insert& integer(qint64 v)
    {
        sqlite3_bind_int64(m_stmt, ++m_column, v);
        return *this;
    }
    Insert& optionalInteger(std::optional<qint64> v) { return v ? integer(*v) : null(); }
    Insert& real(double v)
    {
        sqlite3_bind_double(m_stmt, ++m_column, v);
        return *this;
    }
    Insert& null()
    {
        sqlite3_bind_null(m_stmt, ++m_column);
        return *this;
    }
    /// A code or other fixed text that outlives the statement's run.
    Insert& code(const char* text)
    {
        sqlite3_bind_text(m_stmt, ++m_column, text, -1, SQLITE_STATIC);
        return *this;
    }
    template<class E>
    Insert& optionalCode(std::optional<E> v)
    {
        return v ? code(EnumCodes<E>::table[static_cast<std::size_t>(*v)].code) : null();
    }
    /// Text as the repositories store it: NULL when empty.
    Insert& text(const QString& v)
    {
        if (v.isEmpty())
            return null();
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_stmt, ++m_column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Insert& date(const QDate& v)
    {
        if (!v.isValid())
            return null();
        char buffer[16];
        const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", v.year(), v.month(), v.day());
        sqlite3_bind_text(m_stmt, ++m_column, buffer, n, SQLITE_TRANSIENT);
        return *this;
    }
    Insert& time(const QTime& v)
    {
        if (!v.isValid())
            return null();
        char buffer[8];
        const int n = std::snprintf(buffer, sizeof buffer, "%02d:%02d", v.hour(), v.minute());
        sqlite3_bind_text(m_stmt, ++m_column, buffer, n, SQLITE_TRANSIENT);
        return *this;
    }

    Result<void> run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        m_column = 0;
        if (rc != SQLITE_DONE)
            return fail(sqliteError(m_db, rc, QString::fromUtf8(m_sql)));
        m_rows += sqlite3_changes(m_db);
        return {};
    }
    /// The rows this statement inserted.
    qint64 rows() const { return m_rows; }

private:
    sqlite3* m_db = nullptr;
    const char* m_sql = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_column = 0;
    qint64 m_rows = 0;
};

} // namespace

// Attendance marks go in this many rows per INSERT: most of SQLite's cost per statement (starting
// the VM, the statement journal, the reset) is then paid once for many rows.
constexpr int kAttendanceBatch = 64;

struct Mark
{
    qint64 session;
    qint64 participant;
    const char* status;
    int minutesLate;
};

struct BulkLoader::Impl
{
    sqlite3* db = nullptr;
    std::vector<Mark> marks; ///< attendance not written yet
    Insert attendanceBatch;
    bool open = false;
    QList<QByteArray> indexes; ///< CREATE INDEX statements dropped at begin, made again at finish
    QList<QByteArray> triggers; ///< CREATE TRIGGER statements of the attendance totals, likewise
    /// The audit log's row triggers, dropped at begin and made again at finish: the load
    /// records one summary entry instead of one per row (AuditLog.md).
    QList<QByteArray> auditTriggers;
    AuditActor actor;
    Insert site, room, trainer, trainerModule, unavailability, cohort, participant, volunteer, enrolment, session,
        attendance, pairing, checkIn, outcome;

    Result<void> prepare()
    {
        struct Statement
        {
            Insert* insert;
            const char* sql;
        };
        const Statement statements[] = {
            {&site, "INSERT INTO site (id, ref, name, address, city, opens, closes, lunch_start, lunch_end)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&room, "INSERT INTO room (id, ref, site_id, name, capacity) VALUES (?, ?, ?, ?, ?)"},
            {&trainer, "INSERT INTO trainer (id, ref, name, kind, email, phone, max_hours_week)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"},
            {&trainerModule, "INSERT INTO trainer_module (trainer_id, module) VALUES (?, ?)"},
            {&unavailability, "INSERT INTO trainer_unavailability (trainer_id, weekday, start, \"end\", from_date, to_date)"
                              " VALUES (?, ?, ?, ?, ?, ?)"},
            {&cohort, "INSERT INTO cohort (id, ref, name, programme, site_id, start_date, end_date, capacity,"
                      " fle_hours_min, fle_hours_max, english_hours, soft_skills_hours)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&participant, "INSERT INTO participant (id, ref, first_name, last_name, birth_date, gender,"
                           " country_of_origin, languages, french_level_entry, status, arrival_date, phone, email,"
                           " professional_project, sector, referrer, consent_date, notes)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&volunteer, "INSERT INTO volunteer (id, ref, first_name, last_name, role, email, phone, profession,"
                         " employer, sector, school, languages, max_pairings, available_from, available_to, notes,"
                         " charter_signed_on, training_on)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&enrolment, "INSERT INTO enrolment (cohort_id, participant_id, enrolled_on, status, exit_date,"
                         " exit_reason, french_level_exit) VALUES (?, ?, ?, ?, ?, ?, ?)"},
            {&session, "INSERT INTO session (id, ref, cohort_id, module, date, start, \"end\", trainer_id, room_id,"
                       " status, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&attendance, "INSERT INTO attendance (session_id, participant_id, status, minutes_late) VALUES (?, ?, ?, ?)"},
            {&pairing, "INSERT INTO pairing (id, ref, participant_id, volunteer_id, role, cohort_id, start_date,"
                       " end_date, status, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&checkIn, "INSERT INTO checkin (pairing_id, date, duration_minutes, kind, notes) VALUES (?, ?, ?, ?, ?)"},
            {&outcome, "INSERT INTO outcome (participant_id, cohort_id, milestone, situation, recorded_on, employer,"
                       " sector, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
        };
        for (const Statement& s : statements)
            if (auto r = s.insert->prepare(db, s.sql); !r)
                return r;
        static const QByteArray batch = [] {
            QByteArray sql("INSERT INTO attendance (session_id, participant_id, status, minutes_late) VALUES (?, ?, ?, ?)");
            for (int i = 1; i < kAttendanceBatch; ++i)
                sql += ", (?, ?, ?, ?)";
            return sql;
        }();
        return attendanceBatch.prepare(db, batch.constData());
    }

    /// Writes the marks kept so far, a batch at a time, the rest one by one.
    Result<void> flushMarks()
    {
        std::size_t i = 0;
        for (; i + kAttendanceBatch <= marks.size(); i += kAttendanceBatch) {
            for (std::size_t k = i; k < i + kAttendanceBatch; ++k)
                attendanceBatch.integer(marks[k].session).integer(marks[k].participant).code(marks[k].status)
                    .integer(marks[k].minutesLate);
            if (auto r = attendanceBatch.run(); !r)
                return r;
        }
        for (; i < marks.size(); ++i)
            if (auto r = attendance.integer(marks[i].session).integer(marks[i].participant).code(marks[i].status)
                             .integer(marks[i].minutesLate).run();
                !r)
                return r;
        marks.clear();
        return {};
    }

    /// The audit log's one entry for the whole load: who, and how many rows.
    Result<void> recordLoad()
    {
        qint64 rows = 0;
        for (const Insert* i : {&site, &room, &trainer, &trainerModule, &unavailability, &cohort, &participant,
                                &volunteer, &enrolment, &session, &attendance, &attendanceBatch, &pairing, &checkIn,
                                &outcome})
            rows += i->rows();
        Insert entry;
        if (auto r = entry.prepare(db, "INSERT INTO audit_log (at, actor, os_user, program, action, kind, count)"
                                       " VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?, ?, 'bulk_load', 'database', ?)");
            !r)
            return r;
        return entry.text(actor.name).text(actor.osUser).text(actor.program).integer(rows).run();
    }

    /// The connection's settings for a normal file (Database's configure()), restored whatever happened.
    void restoreSettings()
    {
        for (const char* sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                                "PRAGMA cache_size = -2000", "PRAGMA temp_store = DEFAULT"}) {
            if (auto r = exec(db, sql); !r)
                qCWarning(lcStorage) << "bulk load: cannot restore" << sql << r.error().detail;
        }
    }
};

BulkLoader::BulkLoader(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

BulkLoader::~BulkLoader()
{
    if (d && d->open) {
        if (auto r = exec(d->db, "ROLLBACK"); !r)
            qCWarning(lcStorage) << "bulk load: rollback failed:" << r.error().detail;
        d->open = false;
        d->restoreSettings();
    }
}

Result<std::unique_ptr<BulkLoader>> BulkLoader::begin(Database& db)
{
    if (db.isReadOnly())
        return fail(ErrorCode::ReadOnly, QStringLiteral("'%1' is open read-only.").arg(db.path()));
    if (db.inTransaction())
        return fail(ErrorCode::Usage, QStringLiteral("A bulk load cannot run inside a transaction."));
    auto handle = storage::sqliteHandle(db.connectionName());
    if (!handle)
        return fail(handle.error());
    auto impl = std::make_unique<Impl>();
    impl->db = *handle;

    // The journal of an empty file stays tiny, and a rollback still works; the settings can
    // only change outside a transaction.
    auto journal = pragmaText(impl->db, "PRAGMA journal_mode = DELETE");
    if (!journal)
        return fail(journal.error());
    if (journal->toLower() != QLatin1String("delete")) {
        impl->restoreSettings();
        return fail(ErrorCode::Busy, QStringLiteral("'%1' is in use by another program (journal mode stays '%2').")
                                         .arg(db.path(), *journal));
    }
    std::unique_ptr<BulkLoader> loader(new BulkLoader(std::move(impl)));
    Impl& d = *loader->d;
    // Temporary data stays where SQLite puts it by default (files): the sorts of finish() (the
    // attendance index, the recount of the mark totals over 8 million marks) took 1.5x to 2x
    // the CPU time with temp_store = MEMORY, measured on the large demo (import-fast's note).
    for (const char* sql : {"PRAGMA synchronous = OFF", "PRAGMA foreign_keys = OFF", "PRAGMA cache_size = -262144"}) {
        if (auto r = exec(d.db, sql); !r) {
            d.restoreSettings();
            return fail(r.error());
        }
    }
    if (auto r = exec(d.db, "BEGIN IMMEDIATE"); !r) {
        d.restoreSettings();
        return fail(r.error());
    }
    d.open = true; // from here on the destructor rolls back and restores

    // Indexes are sorted once at the end rather than kept up to date row by row.
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(d.db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                                      " ORDER BY rowid", -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqliteError(d.db, rc, QStringLiteral("reading the indexes")));
    QList<QByteArray> names;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        names << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        d.indexes << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return fail(sqliteError(d.db, rc, QStringLiteral("reading the indexes")));
    for (const QByteArray& name : std::as_const(names))
        if (auto r = exec(d.db, "DROP INDEX \"" + name + '"'); !r)
            return fail(r.error());

    // The attendance totals are counted once at the end, set-based, rather than named stale
    // by a trigger for each of millions of rows (MarkTotals.md).
    rc = sqlite3_prepare_v2(d.db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, ?) = ?"
                                  " ORDER BY rowid", -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqliteError(d.db, rc, QStringLiteral("reading the triggers")));
    const QByteArray prefix = MarkTotals::triggerPrefix();
    sqlite3_bind_int(stmt, 1, int(prefix.size()));
    sqlite3_bind_text(stmt, 2, prefix.constData(), int(prefix.size()), SQLITE_TRANSIENT);
    names.clear();
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        names << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        d.triggers << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return fail(sqliteError(d.db, rc, QStringLiteral("reading the triggers")));
    for (const QByteArray& name : std::as_const(names))
        if (auto r = exec(d.db, "DROP TRIGGER \"" + name + '"'); !r)
            return fail(r.error());

    rc = sqlite3_prepare_v2(d.db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                                  " AND name LIKE 'audit\\_row\\_%' ESCAPE '\\' ORDER BY rowid", -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqliteError(d.db, rc, QStringLiteral("reading the audit triggers")));
    names.clear();
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        names << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        d.auditTriggers << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return fail(sqliteError(d.db, rc, QStringLiteral("reading the audit triggers")));
    for (const QByteArray& name : std::as_const(names))
        if (auto r = exec(d.db, "DROP TRIGGER \"" + name + '"'); !r)
            return fail(r.error());
    d.actor = db.auditActor();

    if (auto r = d.prepare(); !r)
        return fail(r.error());
    return loader;
}

Result<void> BulkLoader::finish()
{
    if (!d->open)
        return fail(ErrorCode::Usage, QStringLiteral("The bulk load is already finished."));
    if (auto r = d->flushMarks(); !r)
        return r; // the destructor rolls back
    for (const QByteArray& sql : std::as_const(d->indexes))
        if (auto r = exec(d->db, sql); !r)
            return r;
    if (!d->triggers.isEmpty()) {
        // Every cohort counted in one statement, then the triggers back for the writes to come.
        if (auto r = exec(d->db, MarkTotals::staleEverything()); !r)
            return r;
        for (const QByteArray& sql : MarkTotals::refreshStatements())
            if (auto r = exec(d->db, sql); !r)
                return r;
        for (const QByteArray& sql : std::as_const(d->triggers))
            if (auto r = exec(d->db, sql); !r)
                return r;
    }
    if (!d->auditTriggers.isEmpty()) {
        for (const QByteArray& sql : std::as_const(d->auditTriggers))
            if (auto r = exec(d->db, sql); !r)
                return r;
        if (auto r = d->recordLoad(); !r)
            return r;
    }
    if (auto r = exec(d->db, "COMMIT"); !r)
        return r;
    d->open = false;
    d->restoreSettings();
    return {};
}

Result<void> BulkLoader::site(qint64 id, const Site& v)
{
    return d->site.integer(id).text(v.ref).text(v.name).text(v.address).text(v.city).time(v.opens).time(v.closes)
        .time(v.lunchStart).time(v.lunchEnd).run();
}

Result<void> BulkLoader::room(qint64 id, qint64 siteId, const Room& v)
{
    return d->room.integer(id).text(v.ref).integer(siteId).text(v.name)
        .optionalInteger(v.capacity ? std::optional<qint64>(*v.capacity) : std::nullopt).run();
}

Result<void> BulkLoader::trainer(qint64 id, const Trainer& v)
{
    Insert& t = d->trainer.integer(id).text(v.ref).text(v.name).code(code(v.kind)).text(v.email).text(v.phone);
    if (v.maxHoursWeek)
        t.real(*v.maxHoursWeek);
    else
        t.null();
    if (auto r = t.run(); !r)
        return r;
    for (Module m : v.modules)
        if (auto r = d->trainerModule.integer(id).code(code(m)).run(); !r)
            return r;
    return {};
}

Result<void> BulkLoader::unavailability(qint64 trainerId, const TrainerUnavailability& v)
{
    return d->unavailability.integer(trainerId).integer(v.weekday).time(v.start).time(v.end).date(v.fromDate)
        .date(v.toDate).run();
}

Result<void> BulkLoader::cohort(qint64 id, std::optional<qint64> siteId, const Cohort& v)
{
    return d->cohort.integer(id).text(v.ref).text(v.name).text(v.programme).optionalInteger(siteId).date(v.startDate)
        .date(v.endDate).integer(v.capacity).real(v.fleHoursMin).real(v.fleHoursMax).real(v.englishHours)
        .real(v.softSkillsHours).run();
}

Result<void> BulkLoader::participant(qint64 id, const Participant& v)
{
    return d->participant.integer(id).text(v.ref).text(v.firstName).text(v.lastName).date(v.birthDate)
        .optionalCode(v.gender).text(v.countryOfOrigin).text(v.languages.join(QLatin1Char('|')))
        .optionalCode(v.frenchLevelEntry).optionalCode(v.status).date(v.arrivalDate).text(v.phone).text(v.email).text(v.professionalProject).text(v.sector)
        .text(v.referrer).date(v.consentDate).text(v.notes).run();
}

Result<void> BulkLoader::volunteer(qint64 id, const Volunteer& v)
{
    return d->volunteer.integer(id).text(v.ref).text(v.firstName).text(v.lastName).code(code(v.role)).text(v.email)
        .text(v.phone).text(v.profession).text(v.employer).text(v.sector).text(v.school)
        .text(v.languages.join(QLatin1Char('|'))).integer(v.maxPairings).date(v.availableFrom).date(v.availableTo)
        .text(v.notes).date(v.charterSignedOn).date(v.trainingOn).run();
}

Result<void> BulkLoader::enrolment(qint64 cohortId, qint64 participantId, const Enrolment& v)
{
    return d->enrolment.integer(cohortId).integer(participantId).date(v.enrolledOn).code(code(v.status))
        .date(v.exitDate).text(v.exitReason).optionalCode(v.frenchLevelExit).run();
}

Result<void> BulkLoader::session(qint64 id, qint64 cohortId, std::optional<qint64> trainerId,
                                 std::optional<qint64> roomId, const Session& v)
{
    return d->session.integer(id).text(v.ref).integer(cohortId).code(code(v.module)).date(v.date).time(v.start)
        .time(v.end).optionalInteger(trainerId).optionalInteger(roomId).code(code(v.status)).text(v.title).run();
}

Result<void> BulkLoader::attendance(qint64 sessionId, qint64 participantId, AttendanceStatus status, int minutesLate)
{
    d->marks.push_back({sessionId, participantId, code(status), minutesLate});
    if (d->marks.size() < std::size_t(kAttendanceBatch))
        return {};
    return d->flushMarks();
}

Result<void> BulkLoader::pairing(qint64 id, qint64 participantId, qint64 volunteerId, std::optional<qint64> cohortId,
                                 const Pairing& v)
{
    return d->pairing.integer(id).text(v.ref).integer(participantId).integer(volunteerId).code(code(v.role))
        .optionalInteger(cohortId).date(v.startDate).date(v.endDate).code(code(v.status)).text(v.endReason).run();
}

Result<void> BulkLoader::checkIn(qint64 pairingId, const CheckIn& v)
{
    return d->checkIn.integer(pairingId).date(v.date)
        .optionalInteger(v.durationMinutes ? std::optional<qint64>(*v.durationMinutes) : std::nullopt)
        .optionalCode(v.kind).text(v.notes).run();
}

Result<void> BulkLoader::outcome(qint64 participantId, qint64 cohortId, const Outcome& v)
{
    return d->outcome.integer(participantId).integer(cohortId).code(code(v.milestone)).code(code(v.situation))
        .date(v.recordedOn).text(v.employer).text(v.sector).text(v.notes).run();
}

} // namespace parcours
