// SPDX-License-Identifier: GPL-3.0-or-later
// report: printed documents. `attendance-sheet` writes a cohort's weekly sign-in sheet as a PDF.
#include "CliContext.h"
#include "CommandLine.h"
#include "CommandTable.h"
#include "ui/print/AttendanceSheet.h"

#include <QDir>
#include <QLocale>

namespace parcours::cli {

namespace {

const QString kCommand = QStringLiteral("report");

int runAttendanceSheet(const CliContext& cli, const QStringList& arguments);

const QList<Subcommand>& subcommands()
{
    static const QList<Subcommand> table = {
        {"attendance-sheet", QT_TRANSLATE_NOOP("Cli", "Write a cohort's sign-in sheet of a week as a PDF"), runAttendanceSheet},
    };
    return table;
}

QString help()
{
    QStringList lines;
    lines << Cli::tr("Usage: %1 %2 COMMAND [options]").arg(CliContext::programName(), kCommand) << QString()
          << Cli::tr("Printed documents of a cohort.") << QString() << Cli::tr("Commands:");
    for (const Subcommand& s : subcommands())
        lines << QStringLiteral("  %1  %2").arg(QString::fromLatin1(s.name), -16).arg(Cli::tr(s.summary));
    lines << QString() << Cli::tr("'%1 %2 COMMAND --help' tells more.").arg(CliContext::programName(), kCommand);
    return lines.join(QLatin1Char('\n'));
}

int runAttendanceSheet(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, kCommand + QLatin1String(" attendance-sheet"),
                   Cli::tr("Write the sign-in sheet (émargement) of a cohort for one ISO week as a PDF: one "
                           "portrait A4 page per half-day that has planned or held sessions, listing them with "
                           "their times and trainer, one row per participant expected that day with a signature "
                           "box per session, and a box for the trainer's signature."));
    cl.addOption({QStringLiteral("cohort"), Cli::tr("The cohort's ref."), Cli::tr("REF")});
    cl.addOption({QStringLiteral("week"), Cli::tr("The ISO week (YYYY-Www, as 2025-W10)."), Cli::tr("WEEK")});
    cl.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The .pdf file to write."), Cli::tr("FILE")});
    if (auto stop = cl.parse(arguments))
        return *stop;
    QString ref;
    if (auto stop = cl.requireCohort(ref))
        return *stop;
    if (!cl.isSet(QStringLiteral("week")))
        return cl.usageError(Cli::tr("--week YYYY-Www is required"));
    const QDate monday = print::AttendanceSheet::mondayOfIsoWeek(cl.value(QStringLiteral("week")));
    if (!monday.isValid())
        return cl.usageError(Cli::tr("--week needs an ISO week as YYYY-Www (2025-W10), not '%1'")
                                 .arg(cl.value(QStringLiteral("week"))));
    const QString file = cl.value(QStringLiteral("output"));
    if (!cl.isSet(QStringLiteral("output")) || file.isEmpty())
        return cl.usageError(Cli::tr("-o FILE is required"));

    auto db = cli.openExisting(cl.databasePath(), OpenMode::ReadOnly);
    if (!db)
        return kExitUserError;
    // writeFile goes through QSaveFile: a failure leaves the previous file (or none).
    const auto pages = print::AttendanceSheet::writeFile(*db, ref, monday, file, QLocale());
    if (!pages) {
        switch (pages.error().code) {
        case ErrorCode::NotFound:
            cli.error(ref, Cli::tr("no such cohort"));
            break;
        case ErrorCode::Invalid:
            cli.error(ref, Cli::tr("no session in week %1").arg(cl.value(QStringLiteral("week")).trimmed()));
            break;
        case ErrorCode::Io:
            cli.error(QDir::toNativeSeparators(file), Cli::tr("cannot be written (%1)").arg(pages.error().detail));
            return kExitUserError;
        default:
            cli.error(ref, pages.error());
            break;
        }
        return CliContext::exitStatusFor(pages.error());
    }
    cli.out(Cli::tr("Wrote %n page(s) to %1", nullptr, *pages).arg(QDir::toNativeSeparators(file)));
    return kExitOk;
}

} // namespace

int runReport(const CliContext& cli, const QStringList& arguments)
{
    return runSubcommand(cli, kCommand, subcommands(), help, Cli::tr("missing command: attendance-sheet"),
                         Cli::tr("unknown command '%1': attendance-sheet"), arguments);
}

} // namespace parcours::cli
