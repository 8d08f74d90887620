// SPDX-License-Identifier: GPL-3.0-or-later
// ImportWriter: SQLite's C API on the handle of the Database's Qt Sql connection, like
// BulkLoader, but inside the import's own Transaction and with every setting left as it is
// (the journal, synchronous FULL, foreign keys and triggers all apply as for any save).
#include "ImportWriter.h"

#include "Database.h"
#include "SqlSupport.h"
#include "core/domain/Participant.h"

#include <sqlite3.h>

namespace parcours {

struct ImportWriter::Impl
{
    sqlite3* db = nullptr;
    sqlite3_stmt* participant = nullptr;

    ~Impl() { sqlite3_finalize(participant); }
};

namespace {

/// The columns of participant in the order ParticipantRepository::save writes them.
constexpr const char* kInsertParticipant =
    "INSERT INTO participant (ref, first_name, last_name, birth_date, gender, country_of_origin, languages,"
    " french_level_entry, status, arrival_date, phone, email, professional_project, sector, referrer,"
    " consent_date, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";

/// QDate::toString(Qt::ISODate) for the years a stored date has (1 to 9999), without its
/// formatting machinery: four digits, then two, then two.
QString isoDate(const QDate& date)
{
    if (date.year() < 1 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    QString out(10, QLatin1Char('-'));
    QChar* c = out.data();
    const auto put = [&c](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            c[i] = QLatin1Char(char('0' + value % 10));
        c += digits + 1;
    };
    put(date.year(), 4);
    put(date.month(), 2);
    put(date.day(), 2);
    return out;
}

/// Binds the statement's parameters one after the other. Text is bound without a copy: every
/// QString bound must live until step() (the caller's value, or a local kept in `kept`).
class Binder
{
public:
    explicit Binder(sqlite3_stmt* stmt) : m_stmt(stmt) {}

    /// Text as QVariant(QString) binds it: a null string is NULL.
    void text(const QString& value)
    {
        if (value.isNull())
            null();
        else
            bind(value);
    }
    /// storage::textOrNull: empty is NULL.
    void textOrNull(const QString& value)
    {
        if (value.isEmpty())
            null();
        else
            bind(value);
    }
    /// storage::dateOrNull: ISO, or NULL.
    void date(const QDate& value, QString& kept)
    {
        if (!value.isValid())
            return null();
        kept = isoDate(value);
        bind(kept);
    }
    /// storage::codeOrNull.
    template<class E>
    void code(std::optional<E> value, QString& kept)
    {
        if (!value)
            return null();
        kept = codeOf(*value);
        bind(kept);
    }
    /// storage::listOrNull: joined with '|', NULL when that is empty.
    void list(const QStringList& value, QString& kept)
    {
        kept = value.join(QLatin1Char('|'));
        textOrNull(kept);
    }
    int failed() const { return m_failed; }

private:
    void bind(const QString& value)
    {
        check(sqlite3_bind_text16(m_stmt, ++m_index, value.utf16(), int(value.size() * sizeof(QChar)), SQLITE_STATIC));
    }
    void null() { check(sqlite3_bind_null(m_stmt, ++m_index)); }
    void check(int rc)
    {
        if (rc != SQLITE_OK && m_failed == SQLITE_OK)
            m_failed = rc;
    }

    sqlite3_stmt* m_stmt;
    int m_index = 0;
    int m_failed = SQLITE_OK;
};

} // namespace

ImportWriter::ImportWriter(Database& db) : m_db(db), d(std::make_unique<Impl>()) {}

ImportWriter::~ImportWriter() = default;

Result<qint64> ImportWriter::insertParticipant(const Participant& value)
{
    if (auto ok = storage::requireWritable(m_db); !ok)
        return fail(ok.error());
    if (!d->db) {
        auto db = storage::sqliteHandle(m_db.connectionName());
        if (!db)
            return fail(db.error());
        d->db = *db;
    }
    if (!d->participant) {
        const int rc = sqlite3_prepare_v3(d->db, kInsertParticipant, -1, SQLITE_PREPARE_PERSISTENT, &d->participant, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(d->participant);
            d->participant = nullptr;
            return fail(storage::sqliteError(d->db, rc, kInsertParticipant));
        }
    }
    sqlite3_stmt* stmt = d->participant;
    QString birth, gender, languages, level, status, arrival, consent;
    Binder b(stmt);
    b.text(value.ref);
    b.text(value.firstName);
    b.text(value.lastName);
    b.date(value.birthDate, birth);
    b.code(value.gender, gender);
    b.textOrNull(value.countryOfOrigin);
    b.list(value.languages, languages);
    b.code(value.frenchLevelEntry, level);
    b.code(value.status, status);
    b.date(value.arrivalDate, arrival);
    b.textOrNull(value.phone);
    b.textOrNull(value.email);
    b.textOrNull(value.professionalProject);
    b.textOrNull(value.sector);
    b.textOrNull(value.referrer);
    b.date(value.consentDate, consent);
    b.textOrNull(value.notes);
    const int rc = b.failed() != SQLITE_OK ? b.failed() : sqlite3_step(stmt);
    const qint64 id = sqlite3_last_insert_rowid(d->db);
    Result<qint64> out = id;
    if (rc != SQLITE_DONE)
        out = fail(storage::sqliteError(d->db, sqlite3_extended_errcode(d->db), kInsertParticipant));
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return out;
}

} // namespace parcours
