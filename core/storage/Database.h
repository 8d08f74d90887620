// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/AuditActor.h"

#include <QString>

#include <memory>

namespace parcours {

namespace storage {
class StatementCache;
}

/// How a file was opened.
enum class OpenMode {
    ReadWrite, ///< migrate if older (after keeping a copy), then read and write
    ReadOnly,  ///< never write, never migrate
};

/// One open `.parcours` file: a SQLite database reached through Qt Sql, with the settings every
/// connection needs (WAL, synchronous=FULL, foreign keys, busy timeout).
///
/// Opening checks what the file is before anything can write to it: a file that is not a
/// SQLite database, another program's database, or a newer Parcours file is refused and left
/// byte-identical. QtSql stays behind this class: repositories reach the connection through
/// connectionName() in their .cpp files only.
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Creates a new, empty Parcours file at `path` with the latest schema.
    /// Fails with ErrorCode::Exists when anything is at that path.
    [[nodiscard]] static Result<std::unique_ptr<Database>> create(const QString& path);

    /// Opens an existing Parcours file. In ReadWrite mode, an older schema is migrated after a
    /// copy of the file is kept beside it (see backupPathBeforeMigration()).
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path,
                                                                OpenMode mode = OpenMode::ReadWrite);

    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_mode == OpenMode::ReadOnly; }
    /// The Qt Sql connection name; only for code in core/storage.
    const QString& connectionName() const { return m_connection; }

    /// The schema version in the file (`PRAGMA user_version`).
    [[nodiscard]] Result<int> schemaVersion() const;
    /// The version this build of Parcours writes.
    static int latestSchemaVersion();
    /// `PRAGMA application_id` of Parcours files.
    static constexpr int kApplicationId = 0x50415243; // "PARC"

    /// True when opening `path` ReadWrite would first move it up to the latest schema (a Parcours
    /// file written by an older version). Reads the file without writing to it; an error when it
    /// cannot be read, false for anything open() would refuse.
    [[nodiscard]] static Result<bool> needsMigration(const QString& path);

    /// Where the copy made before migrating from `version` is kept.
    static QString backupPathBeforeMigration(const QString& path, int version);

    /// `PRAGMA integrity_check` and `PRAGMA foreign_key_check`: one line per problem found,
    /// empty when the file is sound.
    [[nodiscard]] Result<QStringList> check() const;

    /// A consistent copy of the whole database into `target` (which must not exist), through
    /// SQLite's online backup API: safe while another process writes.
    [[nodiscard]] Result<void> backupTo(const QString& target) const;

    /// True while a Transaction is open on this database.
    bool inTransaction() const { return m_transactionDepth > 0; }

    /// How long a statement waits for another connection's lock before failing with
    /// ErrorCode::Busy (5000 ms unless changed).
    [[nodiscard]] Result<void> setBusyTimeout(int milliseconds);

    /// Who this program's transactions are recorded as in the audit log (AuditLog.md):
    /// AuditActor::ofThisProcess() until set. Each Transaction writes it into the file.
    void setAuditActor(AuditActor actor) { m_auditActor = std::move(actor); }
    const AuditActor& auditActor() const { return m_auditActor; }

    /// The prepared statements kept for this connection; only for code in core/storage.
    storage::StatementCache& statements() const { return *m_statements; }

private:
    friend class Transaction;
    Database(QString path, QString connection, OpenMode mode);
    int m_transactionDepth = 0;
    QString m_path;
    QString m_connection;
    OpenMode m_mode;
    // Destroyed before the connection is closed (see ~Database).
    std::unique_ptr<storage::StatementCache> m_statements;
    AuditActor m_auditActor = AuditActor::ofThisProcess();
};

/// Copies the SQLite database at `source` into `target` with the online backup API, then runs
/// `integrity_check` on the copy. Works on any SQLite file, while another process writes.
[[nodiscard]] Result<void> backupDatabaseFile(const QString& source, const QString& target);

} // namespace parcours
