// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandTable.h"

#include "CliContext.h"
#include "core/services/AppPaths.h"

#include <QDir>

#include <algorithm>

namespace parcours::cli {

const QList<Command>& commands()
{
    static const QList<Command> table = {
        {"init", QT_TRANSLATE_NOOP("Cli", "Create an empty database (never overwrites a file)"), runInit},
        {"demo", QT_TRANSLATE_NOOP("Cli", "Fill an empty database with invented demo data"), runDemo},
        {"import-dir", QT_TRANSLATE_NOOP("Cli", "Read an exchange folder of CSV files"), runImportDir},
        {"export-dir", QT_TRANSLATE_NOOP("Cli", "Write the database as an exchange folder"), runExportDir},
        {"import", QT_TRANSLATE_NOOP("Cli", "Read one table of the exchange format from a CSV file"), runImport},
        {"export", QT_TRANSLATE_NOOP("Cli", "Write one table of the exchange format to a CSV file"), runExport},
        {"stats", QT_TRANSLATE_NOOP("Cli", "Print the indicators of a cohort or of a period"), runStats},
        {"check", QT_TRANSLATE_NOOP("Cli", "Check the integrity of the file and of its data"), runCheck},
        {"backup", QT_TRANSLATE_NOOP("Cli", "Make a consistent copy, even while Parcours is running"), runBackup},
    };
    return table;
}

namespace {

QString generalHelp()
{
    QStringList lines;
    lines << Cli::tr("Usage: %1 COMMAND [options] [arguments]").arg(CliContext::programName())
          << QString()
          << Cli::tr("The command-line twin of the Parcours desktop program.")
          << QString()
          << Cli::tr("Commands:");
    int width = 0;
    for (const Command& c : commands())
        width = std::max(width, int(qstrlen(c.name)));
    for (const Command& c : commands())
        lines << QStringLiteral("  %1  %2").arg(QString::fromLatin1(c.name), -width).arg(Cli::tr(c.summary));
    lines << QString()
          << Cli::tr("Every command takes --db FILE (default: %1) and --help.")
                 .arg(QDir::toNativeSeparators(AppPaths::defaultDatabasePath()))
          << Cli::tr("Exit status: 0 on success, 1 on bad input or data (one line per problem on "
                     "standard error), 2 on a usage error.")
          << QString()
          << Cli::tr("Options:")
          << Cli::tr("  -h, --help     Show this help and exit.")
          << Cli::tr("  -v, --version  Show the version and exit.")
          << QString()
          << Cli::tr("Environment:")
          << Cli::tr("  PARCOURS_TODAY=YYYY-MM-DD  the day 'demo' takes as today (for reproducible data).");
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int runCommandLine(const CliContext& cli, const QStringList& arguments)
{
    if (arguments.isEmpty())
        return cli.usageError({}, Cli::tr("missing command"));
    const QString first = arguments.constFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        if (arguments.size() > 1)
            return cli.usageError({}, Cli::tr("unexpected argument '%1'").arg(arguments.at(1)));
        cli.out(generalHelp());
        return kExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        if (arguments.size() > 1)
            return cli.usageError({}, Cli::tr("unexpected argument '%1'").arg(arguments.at(1)));
        cli.out(CliContext::programName() + QLatin1Char(' ') + QStringLiteral(PARCOURS_VERSION));
        return kExitOk;
    }
    // `parcours-cli help COMMAND` is `parcours-cli COMMAND --help`.
    if (first == QLatin1String("help")) {
        if (arguments.size() == 1) {
            cli.out(generalHelp());
            return kExitOk;
        }
        return runCommandLine(cli, {arguments.at(1), QStringLiteral("--help")});
    }
    for (const Command& c : commands())
        if (first == QLatin1String(c.name))
            return c.run(cli, arguments.mid(1));
    if (first.startsWith(QLatin1Char('-')))
        return cli.usageError({}, Cli::tr("unknown option '%1'; options come after the command").arg(first));
    return cli.usageError({}, Cli::tr("unknown command '%1'").arg(first));
}

} // namespace parcours::cli
