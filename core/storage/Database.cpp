// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Migrator.h"
#include "OwnerOnly.h"
#include "SqlSupport.h"
#include "SqliteHeader.h"
#include "StatementCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>

#include <atomic>

namespace parcours {

using storage::execDirect;

namespace {

constexpr int kBusyTimeoutMs = 5000;

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("parcours-%1").arg(++counter);
}

void closeConnection(const QString& name)
{
    {
        // Every QSqlDatabase copy must be gone before removeDatabase().
        QSqlDatabase c = QSqlDatabase::database(name, false);
        if (c.isOpen())
            c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// Closes a connection that is only needed for the length of one function.
class ScopedConnection
{
public:
    explicit ScopedConnection(QString name) : m_name(std::move(name)) {}
    ~ScopedConnection()
    {
        if (!m_name.isEmpty())
            closeConnection(m_name);
    }
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;
    /// Hands the connection on to someone who will close it.
    QString release() { return std::exchange(m_name, QString()); }
    const QString& name() const { return m_name; }

private:
    QString m_name;
};

Result<void> openConnection(const QString& name, const QString& databaseName, const QString& options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(ErrorCode::Sql, QStringLiteral("Qt's SQLite driver (QSQLITE) is not installed."));
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    c.setDatabaseName(databaseName);
    c.setConnectOptions(options);
    if (!c.open())
        return fail(storage::sqlError(c.lastError()));
    return {};
}

Result<QVariant> pragmaValue(const QString& connection, const QString& sql)
{
    auto rows = execDirect(connection, sql);
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty() || rows->first().isEmpty())
        return QVariant();
    return rows->first().first();
}

/// The settings every connection needs (WAL, synchronous, foreign keys, secure_delete). A
/// pragma SQLite does not know is silently ignored, so each one is read back.
Result<void> configure(const QString& connection, OpenMode mode)
{
    if (mode == OpenMode::ReadWrite) {
        auto journal = pragmaValue(connection, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!journal)
            return fail(journal.error());
        if (journal->toString().toLower() != QLatin1String("wal"))
            return fail(ErrorCode::Sql, QStringLiteral("The database cannot use write-ahead logging "
                                                       "(journal mode stays '%1').")
                                            .arg(journal->toString()));
    }
    if (auto r = execDirect(connection, QStringLiteral("PRAGMA synchronous = FULL")); !r)
        return fail(r.error());
    if (auto r = execDirect(connection, QStringLiteral("PRAGMA foreign_keys = ON")); !r)
        return fail(r.error());
    // A deletion overwrites what it deletes, so that an erased person is not left in the
    // file's free pages (DataSafety.md, "Privacy").
    auto secure = pragmaValue(connection, QStringLiteral("PRAGMA secure_delete = ON"));
    if (!secure)
        return fail(secure.error());
    if (secure->toInt() != 1)
        return fail(ErrorCode::Sql, QStringLiteral("This SQLite library cannot overwrite deleted data (secure_delete)."));
    auto fk = pragmaValue(connection, QStringLiteral("PRAGMA foreign_keys"));
    if (!fk)
        return fail(fk.error());
    if (fk->toInt() != 1)
        return fail(ErrorCode::Sql, QStringLiteral("This SQLite library does not enforce foreign keys."));
    return {};
}

/// Opens and configures a connection to `path`; returns its name.
Result<QString> connect(const QString& path, OpenMode mode)
{
    ScopedConnection connection(newConnectionName());
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    QString name = path;
    bool queryOnly = false;
    if (mode == OpenMode::ReadOnly) {
        const QFileInfo info(path);
        const bool live = QFileInfo::exists(path + QLatin1String("-wal"))
            || QFileInfo::exists(path + QLatin1String("-shm"));
        const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
        if (!live && folderWritable && info.isWritable()) {
            // Any connection to a WAL file makes its -wal and -shm files, and only one that may
            // write removes them as it closes last: a read-only SQLite connection leaves them
            // behind. When no other program has the file open (no log beside it), it is opened
            // as SQLite sees a writer, with query_only (SQLite refuses every write, and Parcours
            // never tries: the Database is read-only), so that the folder is left as it was.
            queryOnly = true;
        } else {
            options += QLatin1String(";QSQLITE_OPEN_READONLY");
            // A read-only connection to a WAL file needs its -shm file, which cannot be made in a
            // folder this user may not write. Nobody is writing the file when its log is absent
            // (a writer keeps it while open), so it is read as it is on disk.
            if (!live && !folderWritable) {
                options += QLatin1String(";QSQLITE_OPEN_URI");
                name = QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded)
                    + QLatin1String("?mode=ro&immutable=1");
            }
        }
    }
    if (auto r = openConnection(connection.name(), name, options); !r)
        return fail(r.error());
    if (queryOnly) {
        auto on = pragmaValue(connection.name(), QStringLiteral("PRAGMA query_only = ON"));
        if (!on)
            return fail(on.error());
        auto set = pragmaValue(connection.name(), QStringLiteral("PRAGMA query_only"));
        if (!set)
            return fail(set.error());
        if (set->toInt() != 1)
            return fail(ErrorCode::Sql, QStringLiteral("This SQLite library cannot open a file for reading only (query_only)."));
    }
    if (auto r = configure(connection.name(), mode); !r)
        return fail(r.error());
    return connection.release();
}

struct FileFacts
{
    int applicationId = 0;
    int userVersion = 0;
};

/// Reads what kind of database `path` is, through a connection that cannot write. When no
/// journal or log is beside the file, it is opened `immutable`, so that SQLite does not even
/// create the `-wal` and `-shm` files a read-only connection to a WAL file otherwise leaves.
Result<FileFacts> inspect(const QString& path)
{
    ScopedConnection connection(newConnectionName());
    const bool live = QFileInfo::exists(path + QLatin1String("-wal"))
        || QFileInfo::exists(path + QLatin1String("-journal"));
    QString options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    QString name = path;
    if (!live) {
        options += QLatin1String(";QSQLITE_OPEN_URI");
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + QLatin1String("?mode=ro&immutable=1");
    }

    auto unreadable = [&](const Error& e) {
        const ErrorCode code = (e.code == ErrorCode::NotADatabase || e.code == ErrorCode::Busy)
            ? e.code
            : ErrorCode::Corrupt;
        return fail(code, QStringLiteral("'%1' cannot be read as a Parcours database: %2").arg(path, e.detail));
    };
    if (auto r = openConnection(connection.name(), name, options); !r)
        return unreadable(r.error());
    FileFacts facts;
    auto appId = pragmaValue(connection.name(), QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return unreadable(appId.error());
    auto version = pragmaValue(connection.name(), QStringLiteral("PRAGMA user_version"));
    if (!version)
        return unreadable(version.error());
    // Reading the schema makes SQLite parse it: a damaged schema page shows here, not later.
    if (auto r = execDirect(connection.name(), QStringLiteral("SELECT count(*) FROM sqlite_master")); !r)
        return unreadable(r.error());
    facts.applicationId = appId->toInt();
    facts.userVersion = version->toInt();
    return facts;
}

/// backupPathBeforeMigration(), or a numbered variant of it when an earlier copy is there.
QString freeBackupPath(const QString& path, int version)
{
    const QString preferred = Database::backupPathBeforeMigration(path, version);
    QString candidate = preferred;
    for (int n = 2; QFileInfo(candidate).exists() || QFileInfo(candidate).isSymLink(); ++n) {
        candidate = preferred;
        candidate.insert(candidate.size() - 4, QStringLiteral("-%1").arg(n)); // before ".bak"
    }
    return candidate;
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Database::Database(QString path, QString connection, OpenMode mode)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_mode(mode)
    , m_statements(std::make_unique<storage::StatementCache>(m_connection))
{
}

Database::~Database()
{
    m_statements.reset(); // prepared queries die before their connection
    closeConnection(m_connection);
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

QString Database::backupPathBeforeMigration(const QString& path, int version)
{
    return path + QStringLiteral(".v%1.bak").arg(version);
}

Result<std::unique_ptr<Database>> Database::create(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return fail(ErrorCode::Exists,
                    QStringLiteral("'%1' already exists; a new database is never made over a file.").arg(path));
    if (!info.absoluteDir().exists())
        return fail(ErrorCode::Io, QStringLiteral("The folder of '%1' does not exist.").arg(path));

    // Made empty with mode 0600 first: SQLite then opens it as an empty database, and gives its
    // -wal and -shm files the same mode.
    if (auto made = storage::createOwnerOnlyFile(path); !made)
        return fail(made.error());
    auto connection = connect(path, OpenMode::ReadWrite);
    if (!connection) {
        removeDatabaseFiles(path);
        return fail(connection.error());
    }
    std::unique_ptr<Database> db(new Database(path, *connection, OpenMode::ReadWrite));
    auto made = [&]() -> Result<void> {
        if (auto r = execDirect(db->m_connection, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !r)
            return fail(r.error());
        return Migrator::migrate(*db);
    }();
    if (!made) {
        db.reset();
        removeDatabaseFiles(path);
        Error e = made.error();
        e.detail = QStringLiteral("'%1' could not be created: %2").arg(path, e.detail);
        return fail(e);
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::Io, QStringLiteral("There is no file '%1'.").arg(path));
    if (!info.isFile())
        return fail(ErrorCode::NotADatabase, QStringLiteral("'%1' is not a file.").arg(path));

    // Judge the file before anything that could write to it.
    if (auto header = storage::SqliteHeader::read(path); !header)
        return fail(header.error());
    auto facts = inspect(path);
    if (!facts)
        return fail(facts.error());
    if (facts->applicationId != kApplicationId)
        return fail(ErrorCode::NotADatabase,
                    QStringLiteral("'%1' is a SQLite database of another program, not a Parcours file.").arg(path));
    const int latest = latestSchemaVersion();
    if (facts->userVersion > latest)
        return fail(ErrorCode::NewerVersion,
                    QStringLiteral("'%1' was written by a newer version of Parcours (schema version %2; "
                                   "this version reads up to %3). Open it with a newer Parcours.")
                        .arg(path)
                        .arg(facts->userVersion)
                        .arg(latest),
                    {QString::number(facts->userVersion), QString::number(latest)});
    if (mode == OpenMode::ReadWrite && !info.isWritable())
        return fail(ErrorCode::ReadOnly,
                    QStringLiteral("'%1' cannot be written to; open it read-only.").arg(path));

    const bool migrating = mode == OpenMode::ReadWrite && facts->userVersion < latest;
    QString copy;
    if (migrating && facts->userVersion > 0) {
        copy = freeBackupPath(path, facts->userVersion);
        if (auto r = backupDatabaseFile(path, copy); !r) {
            Error e = r.error();
            e.detail = QStringLiteral("'%1' was not migrated, because no copy of it could be kept first: %2")
                           .arg(path, e.detail);
            return fail(e);
        }
    }

    auto connection = connect(path, mode);
    if (!connection)
        return fail(connection.error());
    std::unique_ptr<Database> db(new Database(path, *connection, mode));
    if (migrating) {
        if (auto r = Migrator::migrate(*db); !r) {
            Error e = r.error();
            e.detail = QStringLiteral("'%1' could not be moved up from schema version %2: %3")
                           .arg(path)
                           .arg(facts->userVersion)
                           .arg(e.detail);
            if (!copy.isEmpty())
                e.detail += QStringLiteral(" (a copy made before the attempt is at '%1')").arg(copy);
            return fail(e);
        }
    }
    return db;
}

Result<bool> Database::needsMigration(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return false;
    if (auto header = storage::SqliteHeader::read(path); !header)
        return fail(header.error());
    auto facts = inspect(path);
    if (!facts)
        return fail(facts.error());
    return facts->applicationId == kApplicationId && facts->userVersion < latestSchemaVersion();
}

Result<int> Database::schemaVersion() const
{
    auto v = pragmaValue(m_connection, QStringLiteral("PRAGMA user_version"));
    if (!v)
        return fail(v.error());
    return v->toInt();
}

Result<void> Database::setBusyTimeout(int milliseconds)
{
    if (milliseconds < 0)
        return fail(ErrorCode::Usage, QStringLiteral("A busy timeout cannot be negative."));
    if (auto r = execDirect(m_connection, QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds)); !r)
        return fail(r.error());
    return {};
}

Result<QStringList> Database::check() const
{
    QStringList problems;
    auto integrity = execDirect(m_connection, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return fail(integrity.error());
    for (const QVariantList& row : *integrity) {
        const QString line = row.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << QStringLiteral("integrity: %1").arg(line);
    }
    auto keys = execDirect(m_connection, QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys)
        return fail(keys.error());
    for (const QVariantList& row : *keys)
        problems << QStringLiteral("foreign key: row %1 of table '%2' refers to a missing row of '%3'")
                        .arg(row.value(1).toString(), row.value(0).toString(), row.value(2).toString());
    return problems;
}

Result<void> Database::backupTo(const QString& target) const
{
    return backupDatabaseFile(m_path, target);
}

} // namespace parcours
