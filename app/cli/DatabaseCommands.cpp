// SPDX-License-Identifier: GPL-3.0-or-later
// init, check and backup: the commands about the database file itself.
#include "CliContext.h"
#include "CommandLine.h"
#include "CommandTable.h"
#include "core/services/DataCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace parcours::cli {

int runInit(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, QStringLiteral("init"),
                   Cli::tr("Create an empty Parcours database at the --db file. An existing file is never "
                           "overwritten."));
    if (auto stop = cl.parse(arguments))
        return *stop;

    const QString path = cl.databasePath();
    if (QFileInfo(path).exists() || QFileInfo(path).isSymLink()) {
        cli.error(path, Cli::tr("already exists; init never overwrites a file"));
        return kExitUserError;
    }
    // The default file lives in the user's data folder, which may not exist yet; a folder the
    // user named must exist (a typo should not create folders).
    if (cl.usesDefaultDatabase())
        QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = Database::create(path);
    if (!db) {
        cli.error(path, db.error());
        return CliContext::exitStatusFor(db.error());
    }
    cli.out(Cli::tr("Created an empty database: %1").arg(QDir::toNativeSeparators(path)));
    return kExitOk;
}

int runCheck(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, QStringLiteral("check"),
                   Cli::tr("Check the integrity of the database file (SQLite's integrity and foreign-key "
                           "checks) and of its data (every record against the rules of its kind). Prints OK "
                           "and exits with 0 when all is sound; prints one line per problem and exits with 1 "
                           "otherwise. The file is opened read-only."));
    if (auto stop = cl.parse(arguments))
        return *stop;

    const QString path = cl.databasePath();
    auto db = cli.openExisting(path, OpenMode::ReadOnly);
    if (!db)
        return kExitUserError;

    const auto fileProblems = db->check();
    if (!fileProblems) {
        cli.error(path, fileProblems.error());
        return kExitUserError;
    }
    QStringList problems = *fileProblems;
    // Data that cannot even be read is already reported by the file check; reading it again
    // would only add a confusing second message.
    if (problems.isEmpty()) {
        const auto dataProblems = DataCheck::run(*db);
        if (!dataProblems) {
            cli.error(path, dataProblems.error());
            return kExitUserError;
        }
        for (const Problem& p : *dataProblems)
            problems << p.toString();
    }
    if (problems.isEmpty()) {
        cli.out(Cli::tr("OK"));
        return kExitOk;
    }
    for (const QString& p : std::as_const(problems))
        cli.error(path, p);
    return kExitUserError;
}

int runBackup(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, QStringLiteral("backup"),
                   Cli::tr("Copy the database into FILE with SQLite's online backup API: the copy is "
                           "consistent even while the desktop program or another command writes. FILE "
                           "must not exist yet."));
    cl.addArgument(QStringLiteral("FILE"), Cli::tr("The copy to create."));
    if (auto stop = cl.parse(arguments))
        return *stop;

    const QString path = cl.databasePath();
    const QString target = cl.argument(0);
    if (QFileInfo(target).exists() || QFileInfo(target).isSymLink()) {
        cli.error(target, Cli::tr("already exists; backup never overwrites a file"));
        return kExitUserError;
    }
    if (!QFileInfo::exists(path)) {
        cli.error(path, Cli::tr("does not exist"));
        return kExitUserError;
    }

    Result<void> copied;
    auto db = Database::open(path, OpenMode::ReadOnly);
    if (db) {
        copied = (*db)->backupTo(target);
    } else if (db.error().code == ErrorCode::NewerVersion) {
        // A copy does not need to understand the schema: a newer file can still be backed up.
        copied = backupDatabaseFile(path, target);
    } else {
        cli.error(path, db.error());
        return kExitUserError;
    }
    if (!copied) {
        cli.error(target, copied.error());
        // Never leave a half copy behind (the target did not exist before).
        QFile::remove(target);
        return kExitUserError;
    }
    cli.out(Cli::tr("Backed up %1 to %2").arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target)));
    return kExitOk;
}

} // namespace parcours::cli
