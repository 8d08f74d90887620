// SPDX-License-Identifier: GPL-3.0-or-later
// import-dir, export-dir, import and export: the exchange folder of exchange-format.md.
#include "CliContext.h"
#include "CommandLine.h"
#include "CommandTable.h"
#include "core/exchange/ExchangeExporter.h"
#include "core/exchange/ExchangeImporter.h"
#include "core/storage/CohortRepository.h"

#include <QDir>
#include <QFileInfo>

namespace parcours::cli {

namespace {

QCommandLineOption dryRunOption()
{
    return {QStringLiteral("dry-run"), Cli::tr("Check everything and report, but write nothing.")};
}

// The table a user named: `participants` or `participants.csv`, any letter case.
QString tableName(const QString& given)
{
    QString name = given.trimmed().toLower();
    if (name.endsWith(QLatin1String(".csv")))
        name.chop(4);
    return ExchangeExporter::tables().contains(name) ? name : QString();
}

int unknownTable(const CommandLine& cl, const QString& given)
{
    return cl.usageError(Cli::tr("unknown table '%1' (tables: %2)")
                             .arg(given, ExchangeExporter::tables().join(QLatin1String(", "))));
}

// What an import read and did: counts on standard output; when rows are bad, every problem on
// standard error as `file:line: column: reason` and a closing line. Returns the exit status.
int report(const CliContext& cli, const QString& source, const ImportReport& r, bool dryRun)
{
    for (const QString& notice : r.notices)
        cli.out(Cli::tr("Note: %1").arg(notice));
    // Files in the order they are imported (what rows point at first), then any other.
    QStringList files;
    for (const QString& t : ExchangeExporter::tables())
        if (r.rowsRead.contains(t + QLatin1String(".csv")))
            files << t + QLatin1String(".csv");
    for (auto it = r.rowsRead.cbegin(); it != r.rowsRead.cend(); ++it)
        if (!files.contains(it.key()))
            files << it.key();
    int read = 0;
    for (const QString& f : std::as_const(files)) {
        cli.out(Cli::tr("%1: %n row(s) read", nullptr, r.rowsRead.value(f)).arg(f));
        read += r.rowsRead.value(f);
    }
    if (!r.ok()) {
        for (const Problem& p : r.problems)
            cli.err(p.toString());
        cli.error(source, Cli::tr("%n problem(s) found; nothing was imported", nullptr, int(r.problems.size())));
        return kExitUserError;
    }
    if (dryRun || !r.written)
        cli.out(Cli::tr("Dry run: %1 row(s) read, %2 would be inserted and %3 updated; nothing was written.")
                    .arg(read)
                    .arg(r.inserted)
                    .arg(r.updated));
    else
        cli.out(Cli::tr("Imported: %1 row(s) read, %2 inserted, %3 updated.").arg(read).arg(r.inserted).arg(r.updated));
    return kExitOk;
}

} // namespace

int runImportDir(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, QStringLiteral("import-dir"),
                   Cli::tr("Read an exchange folder (one CSV file per table) into the database, all or "
                           "nothing: rows with a known ref are updated, new ones inserted. When any row is "
                           "bad, every problem is listed as file:line: column: reason and nothing is written."));
    cl.addArgument(QStringLiteral("DIR"), Cli::tr("The exchange folder to read."));
    cl.addOption(dryRunOption());
    if (auto stop = cl.parse(arguments))
        return *stop;

    const QString dir = cl.argument(0);
    if (!QFileInfo(dir).isDir()) {
        cli.error(dir, Cli::tr("does not exist or is not a folder"));
        return kExitUserError;
    }
    const QString path = cl.databasePath();
    const bool dryRun = cl.isSet(QStringLiteral("dry-run"));
    // Read-write even for a dry run: the importer may check inside a transaction it rolls back.
    auto db = cli.openExisting(path, OpenMode::ReadWrite);
    if (!db)
        return kExitUserError;
    const auto r = ExchangeImporter(*db).importDir(dir, dryRun);
    if (!r) {
        cli.error(dir, r.error());
        return CliContext::exitStatusFor(r.error());
    }
    return report(cli, dir, *r, dryRun);
}

int runImport(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, QStringLiteral("import"),
                   Cli::tr("Read one table of the exchange format from a CSV file, all or nothing."));
    cl.addArgument(QStringLiteral("TABLE"), Cli::tr("The table: %1.").arg(ExchangeExporter::tables().join(QLatin1String(", "))));
    cl.addArgument(QStringLiteral("FILE"), Cli::tr("The CSV file to read."));
    cl.addOption(dryRunOption());
    if (auto stop = cl.parse(arguments))
        return *stop;

    const QString table = tableName(cl.argument(0));
    if (table.isEmpty())
        return unknownTable(cl, cl.argument(0));
    const QString file = cl.argument(1);
    if (!QFileInfo(file).isFile()) {
        cli.error(file, Cli::tr("does not exist"));
        return kExitUserError;
    }
    const bool dryRun = cl.isSet(QStringLiteral("dry-run"));
    auto db = cli.openExisting(cl.databasePath(), OpenMode::ReadWrite);
    if (!db)
        return kExitUserError;
    const auto r = ExchangeImporter(*db).importTable(table, file, dryRun);
    if (!r) {
        cli.error(file, r.error());
        return CliContext::exitStatusFor(r.error());
    }
    return report(cli, file, *r, dryRun);
}

int runExportDir(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, QStringLiteral("export-dir"),
                   Cli::tr("Write the whole database as an exchange folder, one CSV file per table "
                           "(UTF-8, comma-separated)."));
    cl.addArgument(QStringLiteral("DIR"), Cli::tr("The folder to write (created if missing)."));
    cl.addOption({QStringLiteral("pseudonymise"),
                  Cli::tr("Replace names and contact details with stable pseudonyms and leave out free-text notes.")});
    if (auto stop = cl.parse(arguments))
        return *stop;

    auto db = cli.openExisting(cl.databasePath(), OpenMode::ReadOnly);
    if (!db)
        return kExitUserError;
    const QString dir = cl.argument(0);
    ExportOptions options;
    options.pseudonymise = cl.isSet(QStringLiteral("pseudonymise"));
    const auto r = ExchangeExporter(*db).exportDir(dir, options);
    if (!r) {
        cli.error(dir, r.error());
        return CliContext::exitStatusFor(r.error());
    }
    cli.out(Cli::tr("Exported %n table(s) to %1", nullptr, int(ExchangeExporter::tables().size()))
                .arg(QDir::toNativeSeparators(dir)));
    return kExitOk;
}

int runExport(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, QStringLiteral("export"), Cli::tr("Write one table of the exchange format to a CSV file."));
    cl.addArgument(QStringLiteral("TABLE"), Cli::tr("The table: %1.").arg(ExchangeExporter::tables().join(QLatin1String(", "))));
    cl.addArgument(QStringLiteral("FILE"), Cli::tr("The CSV file to write (replaced if it exists)."));
    cl.addOption({QStringLiteral("cohort"), Cli::tr("Only what concerns the cohort with this ref."), Cli::tr("REF")});
    cl.addOption({QStringLiteral("excel"),
                  Cli::tr("Write for French Excel: UTF-8 with a byte order mark, ';' between cells.")});
    cl.addOption({QStringLiteral("pseudonymise"),
                  Cli::tr("Replace names and contact details with stable pseudonyms and leave out free-text notes.")});
    if (auto stop = cl.parse(arguments))
        return *stop;

    const QString table = tableName(cl.argument(0));
    if (table.isEmpty())
        return unknownTable(cl, cl.argument(0));
    const QString path = cl.databasePath();
    auto db = cli.openExisting(path, OpenMode::ReadOnly);
    if (!db)
        return kExitUserError;

    ExportOptions options;
    options.excel = cl.isSet(QStringLiteral("excel"));
    options.pseudonymise = cl.isSet(QStringLiteral("pseudonymise"));
    if (cl.isSet(QStringLiteral("cohort"))) {
        options.cohortRef = cl.value(QStringLiteral("cohort"));
        const auto cohort = CohortRepository(*db).find(options.cohortRef);
        if (!cohort) {
            cli.error(path, cohort.error());
            return kExitUserError;
        }
        if (!cohort->has_value()) {
            cli.error(path, Cli::tr("no cohort with ref '%1'").arg(options.cohortRef));
            return kExitUserError;
        }
    }
    const QString file = cl.argument(1);
    const auto r = ExchangeExporter(*db).exportTable(table, file, options);
    if (!r) {
        cli.error(file, r.error());
        return CliContext::exitStatusFor(r.error());
    }
    cli.out(Cli::tr("Exported %1 to %2").arg(table, QDir::toNativeSeparators(file)));
    return kExitOk;
}

} // namespace parcours::cli
