// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include "Database.h"
#include "SqlSupport.h"
#include "StatementCache.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

// parcours_core is a static library: its resources are registered by hand, at global scope.
static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace parcours {

using storage::execDirect;

namespace {

struct Step
{
    int version = 0;
    QString path;
};

const QList<Step>& steps()
{
    static const QList<Step> list = [] {
        initMigrationResources();
        static const QRegularExpression name(QStringLiteral(R"(^(\d{4})_\w+\.sql$)"));
        const QDir dir(QStringLiteral(":/parcours/migrations"));
        QList<Step> out;
        for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto m = name.match(file);
            if (m.hasMatch())
                out.append({m.captured(1).toInt(), dir.filePath(file)});
        }
        std::sort(out.begin(), out.end(), [](const Step& a, const Step& b) { return a.version < b.version; });
        return out;
    }();
    return list;
}

/// The statements of a migration file: each ends with a `;` at the end of a line; lines that
/// are only a `--` comment are left out.
QStringList statementsOf(const QString& text)
{
    QStringList out;
    QString current;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

/// Turns foreign keys back on when a step ends, however it ends (after its transaction).
class ForeignKeysBackOn
{
public:
    explicit ForeignKeysBackOn(const QString& connection) : m_connection(connection) {}
    ~ForeignKeysBackOn()
    {
        if (auto r = execDirect(m_connection, QStringLiteral("PRAGMA foreign_keys = ON")); !r)
            qCWarning(lcStorage) << "cannot turn foreign keys back on:" << r.error().detail;
    }
    ForeignKeysBackOn(const ForeignKeysBackOn&) = delete;
    ForeignKeysBackOn& operator=(const ForeignKeysBackOn&) = delete;

private:
    QString m_connection;
};

Result<void> runStep(Database& db, const Step& step)
{
    QFile file(step.path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("Migration %1 cannot be read.").arg(step.path));
    const QStringList statements = statementsOf(QString::fromUtf8(file.readAll()));
    const QString& connection = db.connectionName();

    // SQLite's advice for schema changes: foreign keys off (it cannot change inside a
    // transaction), the change in one transaction, foreign_key_check before the commit.
    db.statements().clear();
    if (auto r = execDirect(connection, QStringLiteral("PRAGMA foreign_keys = OFF")); !r)
        return fail(r.error());
    ForeignKeysBackOn backOn(connection);
    Transaction tx(db);
    if (!tx.begun())
        return fail(tx.begun().error());
    // Another program may have moved the file up while this one waited for the write lock.
    auto now = db.schemaVersion();
    if (!now)
        return fail(now.error());
    if (*now >= step.version)
        return tx.commit();
    for (const QString& sql : statements) {
        if (auto r = execDirect(connection, sql); !r) {
            Error e = r.error();
            e.detail = QStringLiteral("Migration %1 failed: %2").arg(QFileInfo(step.path).fileName(), e.detail);
            return fail(e);
        }
    }
    auto broken = execDirect(connection, QStringLiteral("PRAGMA foreign_key_check"));
    if (!broken)
        return fail(broken.error());
    if (!broken->isEmpty())
        return fail(ErrorCode::Corrupt, QStringLiteral("Migration %1 would leave %2 rows whose references do not resolve.")
                                            .arg(QFileInfo(step.path).fileName())
                                            .arg(broken->size()));
    if (auto r = execDirect(connection, QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !r)
        return fail(r.error());
    return tx.commit();
}

} // namespace

int Migrator::latestVersion()
{
    return steps().isEmpty() ? 0 : steps().last().version;
}

Result<void> Migrator::migrate(Database& db, int target)
{
    const QList<Step>& all = steps();
    // Numbers are assigned ahead (several changes are under way at once): a gap is allowed, a
    // repeated number is not.
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).version < 1 || (i > 0 && all.at(i).version == all.at(i - 1).version))
            return fail(ErrorCode::Sql, QStringLiteral("The migrations of this build repeat the number %1.")
                                            .arg(all.at(i).version));
    }
    const int latest = latestVersion();
    if (target < 0)
        target = latest;
    if (target > latest)
        return fail(ErrorCode::Usage, QStringLiteral("There is no schema version %1 (the latest is %2).").arg(target).arg(latest));
    if (db.isReadOnly())
        return fail(ErrorCode::ReadOnly, QStringLiteral("'%1' is open read-only and cannot be migrated.").arg(db.path()));
    if (db.inTransaction())
        return fail(ErrorCode::Usage, QStringLiteral("Migrations run outside any transaction."));
    auto current = db.schemaVersion();
    if (!current)
        return fail(current.error());
    if (*current > latest)
        return fail(ErrorCode::NewerVersion, QStringLiteral("'%1' has schema version %2; this version of Parcours knows up to %3.")
                                                 .arg(db.path())
                                                 .arg(*current)
                                                 .arg(latest));
    for (const Step& step : all) {
        if (step.version <= *current || step.version > target)
            continue;
        if (auto r = runStep(db, step); !r)
            return r;
    }
    auto fk = execDirect(db.connectionName(), QStringLiteral("PRAGMA foreign_keys"));
    if (!fk)
        return fail(fk.error());
    if (fk->isEmpty() || fk->first().value(0).toInt() != 1)
        return fail(ErrorCode::Sql, QStringLiteral("Foreign keys could not be turned back on after migrating."));
    return {};
}

} // namespace parcours
