// SPDX-License-Identifier: GPL-3.0-or-later
// backupDatabaseFile(): the online backup API of the sqlite3 C library, which Qt Sql does not
// expose. The copy is made beside the target and renamed into place only once it passed
// integrity_check, so that the target is never a half-written file.
#include "Database.h"
#include "DatabaseBackup.h"

#include "SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

namespace parcours {

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr int kMaxBusyRetries = 50;
constexpr int kRetryPauseMs = 100;

/// One sqlite3 connection, closed when it goes out of scope.
class Handle
{
public:
    Handle() = default;
    ~Handle() { sqlite3_close_v2(m_db); }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    sqlite3** out() { return &m_db; }
    sqlite3* get() const { return m_db; }
    QString message() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory"); }

private:
    sqlite3* m_db = nullptr;
};

Error sqliteFailure(int rc, const QString& detail)
{
    return Error{storage::errorCodeOfSqlite(rc), detail, {}, {}};
}

/// Every line of `PRAGMA integrity_check` other than "ok".
Result<QStringList> integrityProblems(sqlite3* db)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqliteFailure(rc, QString::fromUtf8(sqlite3_errmsg(db))));
    QStringList problems;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        const QString line = QString::fromUtf8(text ? text : "");
        if (line != QLatin1String("ok"))
            problems << line;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return fail(sqliteFailure(rc, QString::fromUtf8(sqlite3_errstr(rc))));
    return problems;
}

/// Pages copied per backup step between two progress reports.
constexpr int kPagesPerStep = 4096;

/// Copies `source` into the (empty) database file `copy` and checks the copy.
Result<void> copyInto(const QString& source, const QString& copy, const BackupProgress& progress)
{
    Handle from;
    int rc = sqlite3_open_v2(QFile::encodeName(source).constData(), from.out(), SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqliteFailure(rc, QStringLiteral("'%1' cannot be opened: %2").arg(source, from.message())));
    sqlite3_busy_timeout(from.get(), kBusyTimeoutMs);

    Handle to;
    rc = sqlite3_open_v2(QFile::encodeName(copy).constData(), to.out(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqliteFailure(rc, QStringLiteral("'%1' cannot be written: %2").arg(copy, to.message())));
    sqlite3_busy_timeout(to.get(), kBusyTimeoutMs);

    sqlite3_backup* backup = sqlite3_backup_init(to.get(), "main", from.get(), "main");
    if (!backup)
        return fail(sqliteFailure(sqlite3_errcode(to.get()), QStringLiteral("The backup of '%1' cannot start: %2")
                                                                  .arg(source, to.message())));
    // Every step runs under one read transaction of the source, opened here and held to the
    // end: the copy is one committed state, whatever other connections write meanwhile (in WAL
    // mode they write on; the backup is never restarted by their writes). Without a progress
    // function one step copies every page; with one, kPagesPerStep at a time, reporting
    // between steps, and a false answer stops the copy.
    if (progress) {
        if (char* error = nullptr; sqlite3_exec(from.get(), "BEGIN; SELECT count(*) FROM sqlite_master",
                                                nullptr, nullptr, &error) != SQLITE_OK) {
            const QString message = QString::fromUtf8(error ? error : "?");
            sqlite3_free(error);
            sqlite3_backup_finish(backup);
            return fail(sqliteFailure(sqlite3_errcode(from.get()),
                                      QStringLiteral("'%1' cannot be read: %2").arg(source, message)));
        }
    }
    int retries = 0;
    int pages = 0;
    bool stopped = false;
    do {
        rc = sqlite3_backup_step(backup, progress ? kPagesPerStep : -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++retries > kMaxBusyRetries)
                break;
            sqlite3_sleep(kRetryPauseMs);
        } else if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE)) {
            pages = sqlite3_backup_pagecount(backup);
            if (!progress(pages - sqlite3_backup_remaining(backup), pages)) {
                stopped = true;
                break;
            }
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    if (progress)
        sqlite3_exec(from.get(), "COMMIT", nullptr, nullptr, nullptr);
    if (stopped)
        return fail(ErrorCode::Io, QStringLiteral("The backup of '%1' was stopped before its end.").arg(source));
    if (rc != SQLITE_DONE)
        return fail(sqliteFailure(rc, QStringLiteral("The backup of '%1' failed: %2")
                                          .arg(source, QString::fromUtf8(sqlite3_errstr(rc)))));
    if (finished != SQLITE_OK)
        return fail(sqliteFailure(finished, QStringLiteral("The backup of '%1' failed: %2").arg(source, to.message())));

    // A copy is one self-contained file: in rollback-journal mode, reading it later (even
    // read-only, in a backup folder) leaves no -wal or -shm beside it. Parcours switches it back
    // to WAL when it opens it for writing.
    if (char* error = nullptr; sqlite3_exec(to.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, &error)
                               != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : "?");
        sqlite3_free(error);
        return fail(sqliteFailure(sqlite3_errcode(to.get()),
                                  QStringLiteral("The copy of '%1' cannot be finished: %2").arg(source, message)));
    }

    // integrity_check is one VM instruction: a cancel cannot stop it; one is looked for after it.
    auto problems = integrityProblems(to.get());
    if (progress && !progress(pages, pages))
        return fail(ErrorCode::Io, QStringLiteral("The backup of '%1' was stopped before its end.").arg(source));
    if (!problems)
        return fail(problems.error());
    if (!problems->isEmpty())
        return fail(ErrorCode::Corrupt, QStringLiteral("The copy of '%1' fails its integrity check: %2")
                                            .arg(source, problems->join(QLatin1String("; "))));
    return {};
}

} // namespace

Result<void> backupDatabaseFile(const QString& source, const QString& target)
{
    return backupDatabaseFile(source, target, BackupProgress());
}

Result<void> backupDatabaseFile(const QString& source, const QString& target, const BackupProgress& progress)
{
    const QFileInfo to(target);
    if (to.exists() || to.isSymLink())
        return fail(ErrorCode::Exists, QStringLiteral("'%1' already exists; a backup never replaces a file.").arg(target));
    if (!QFileInfo(source).isFile())
        return fail(ErrorCode::Io, QStringLiteral("There is no file '%1'.").arg(source));
    if (!to.absoluteDir().exists())
        return fail(ErrorCode::Io, QStringLiteral("The folder of '%1' does not exist.").arg(target));

    QTemporaryFile temporary(to.absoluteDir().filePath(QLatin1Char('.') + to.fileName() + QLatin1String(".XXXXXX")));
    if (!temporary.open())
        return fail(ErrorCode::Io, QStringLiteral("Cannot write beside '%1': %2").arg(target, temporary.errorString()));
    const QString copy = temporary.fileName();
    temporary.close(); // SQLite opens it by name; QTemporaryFile still removes it on failure

    if (auto r = copyInto(source, copy, progress); !r) {
        for (const char* suffix : {"-journal", "-wal", "-shm"})
            QFile::remove(copy + QLatin1String(suffix));
        return r;
    }
    if (QFileInfo(target).exists())
        return fail(ErrorCode::Exists, QStringLiteral("'%1' appeared while the backup was made; it was left alone.").arg(target));
    if (!QFile::rename(copy, target))
        return fail(ErrorCode::Io, QStringLiteral("The backup could not be moved to '%1'.").arg(target));
    temporary.setAutoRemove(false);
    return {};
}

} // namespace parcours
