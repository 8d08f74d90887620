// SPDX-License-Identifier: GPL-3.0-or-later
// report: printed documents. `attendance-sheet` writes a cohort's weekly sign-in sheet as a PDF.
#include "CliContext.h"
#include "CommandLine.h"
#include "CommandTable.h"
#include "core/Clock.h"
#include "ui/print/AttendanceSheet.h"
#include "ui/print/CohortReport.h"
#include "ui/print/ReviewPackWriter.h"

#include <QDir>
#include <QLocale>

namespace parcours::cli {

namespace {

const QString kCommand = QStringLiteral("report");

int runAttendanceSheet(const CliContext& cli, const QStringList& arguments);
int runCohort(const CliContext& cli, const QStringList& arguments);
int runReview(const CliContext& cli, const QStringList& arguments);

const QList<Subcommand>& subcommands()
{
    static const QList<Subcommand> table = {
        {"attendance-sheet", QT_TRANSLATE_NOOP("Cli", "Write a cohort's sign-in sheet of a week as a PDF"), runAttendanceSheet},
        {"cohort", QT_TRANSLATE_NOOP("Cli", "Write a cohort's report for the funder as a PDF"), runCohort},
        {"review", QT_TRANSLATE_NOOP("Cli", "Write the review pack of a period: a PDF summary and CSVs, no names"), runReview},
    };
    return table;
}

/// The end of a command that wrote the PDF of cohort `ref` to `file` (`pages`, from a writeFile):
/// "Wrote N page(s)", or the error's message: a missing cohort, a file that cannot be written,
/// `invalid` for ErrorCode::Invalid when given, else the error's own.
int pagesWritten(const CliContext& cli, const QString& ref, const QString& file, const Result<int>& pages,
                 const QString& invalid = QString())
{
    if (!pages) {
        switch (pages.error().code) {
        case ErrorCode::NotFound:
            cli.error(ref, Cli::tr("no such cohort"));
            break;
        case ErrorCode::Invalid:
            if (!invalid.isEmpty())
                cli.error(ref, invalid);
            else
                cli.error(ref, pages.error());
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
    QString file;
    if (auto stop = cl.requireOutput(file))
        return *stop;

    auto db = cli.openExisting(cl.databasePath(), OpenMode::ReadOnly);
    if (!db)
        return kExitUserError;
    // writeFile goes through QSaveFile: a failure leaves the previous file (or none).
    const auto pages = print::AttendanceSheet::writeFile(*db, ref, monday, file, QLocale());
    return pagesWritten(cli, ref, file, pages,
                        Cli::tr("no session in week %1").arg(cl.value(QStringLiteral("week")).trimmed()));
}

int runCohort(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, kCommand + QLatin1String(" cohort"),
                   Cli::tr("Write the report of a cohort as a PDF for the funder: a cover, the key figures "
                           "(participants, hours and attendance per module, mentors and coaches, French "
                           "progression, exits at each milestone), charts, weeks off target and what is left to "
                           "record. It names no participant unless --named-annex is given."));
    cl.addArgument(Cli::tr("REF"), Cli::tr("The cohort's ref."));
    cl.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The .pdf file to write."), Cli::tr("FILE")});
    cl.addOption({QStringLiteral("lang"), Cli::tr("The report's language: fr (the default) or en."), Cli::tr("LANG")});
    cl.addOption({QStringLiteral("named-annex"),
                  Cli::tr("Add an annex that names the participants (personal data: keep it in the team).")});
    if (auto stop = cl.parse(arguments))
        return *stop;
    const QString ref = cl.argument(0).trimmed();
    if (ref.isEmpty())
        return cl.usageError(Cli::tr("the cohort's REF is required"));
    QString file;
    if (auto stop = cl.requireOutput(file))
        return *stop;
    // French by default (the funder is French), whatever the system's language.
    const QString lang = cl.isSet(QStringLiteral("lang")) ? cl.value(QStringLiteral("lang")).trimmed().toLower()
                                                           : QStringLiteral("fr");
    print::CohortReportOptions options;
    if (lang == QLatin1String("fr"))
        options.locale = QLocale(QLocale::French, QLocale::France);
    else if (lang == QLatin1String("en"))
        options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    else
        return cl.usageError(Cli::tr("--lang is fr or en, not '%1'").arg(cl.value(QStringLiteral("lang"))));
    options.namedAnnex = cl.isSet(QStringLiteral("named-annex"));
    // "Today" decides which outcomes are due: PARCOURS_TODAY when set, as for demo and match.
    const QDate fixed = QDate::fromString(qEnvironmentVariable("PARCOURS_TODAY"), Qt::ISODate);
    const FixedClock today(QDateTime(fixed, QTime(12, 0)));
    if (fixed.isValid())
        options.clock = &today;

    auto db = cli.openExisting(cl.databasePath(), OpenMode::ReadOnly);
    if (!db)
        return kExitUserError;
    // writeFile goes through QSaveFile: a failure leaves the previous file (or none).
    const auto pages = print::CohortReport::writeFile(*db, ref, file, options);
    return pagesWritten(cli, ref, file, pages);
}

int runReview(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, kCommand + QLatin1String(" review"),
                   Cli::tr("Write the review pack of a period for the funder into a new or empty folder: "
                           "summary.pdf (a row per cohort and the totals), cohorts.csv (every indicator per "
                           "cohort), outcomes.csv (situations at each milestone), attendance.csv (per module), "
                           "participants.csv (pseudonymised) and README.txt (every column). The period holds the "
                           "cohorts whose end date falls in it. No name, e-mail, phone, birth date, address or "
                           "note is written; counts of fewer persons than the setting "
                           "report_small_count_threshold (3 by default) are left empty."));
    cl.addOption({QStringLiteral("from"), Cli::tr("First day of the period (YYYY-MM-DD)."), Cli::tr("DATE")});
    cl.addOption({QStringLiteral("to"), Cli::tr("Last day of the period (YYYY-MM-DD)."), Cli::tr("DATE")});
    cl.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                  Cli::tr("The folder to write: new, or empty."), Cli::tr("DIR")});
    cl.addOption({QStringLiteral("lang"), Cli::tr("The summary's language: fr (the default) or en."), Cli::tr("LANG")});
    if (auto stop = cl.parse(arguments))
        return *stop;
    if (!cl.isSet(QStringLiteral("from")) || !cl.isSet(QStringLiteral("to")))
        return cl.usageError(Cli::tr("--from DATE and --to DATE are required"));
    const auto from = isoDate(cl.value(QStringLiteral("from")));
    const auto to = isoDate(cl.value(QStringLiteral("to")));
    for (const auto& [option, date] : {std::pair{QStringLiteral("from"), from}, std::pair{QStringLiteral("to"), to}})
        if (!date)
            return cl.usageError(Cli::tr("--%1 '%2' is not a date of the form YYYY-MM-DD").arg(option, cl.value(option)));
    if (*to < *from)
        return cl.usageError(Cli::tr("--from must not be after --to"));
    const QString dir = cl.value(QStringLiteral("output"));
    if (!cl.isSet(QStringLiteral("output")) || dir.trimmed().isEmpty())
        return cl.usageError(Cli::tr("-o DIR is required"));
    const QString lang = cl.isSet(QStringLiteral("lang")) ? cl.value(QStringLiteral("lang")).trimmed().toLower()
                                                           : QStringLiteral("fr");
    QLocale locale;
    if (lang == QLatin1String("fr"))
        locale = QLocale(QLocale::French, QLocale::France);
    else if (lang == QLatin1String("en"))
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    else
        return cl.usageError(Cli::tr("--lang is fr or en, not '%1'").arg(cl.value(QStringLiteral("lang"))));

    auto db = cli.openExisting(cl.databasePath(), OpenMode::ReadOnly);
    if (!db)
        return kExitUserError;
    const QString shown = QDir::toNativeSeparators(dir);
    const auto pack = print::ReviewPackWriter::write(*db, *from, *to, dir, locale);
    if (!pack) {
        switch (pack.error().code) {
        case ErrorCode::Exists:
            cli.error(shown, Cli::tr("is not an empty folder: give a new or empty folder"));
            break;
        case ErrorCode::Io:
            cli.error(shown, Cli::tr("cannot be written (%1)").arg(pack.error().detail));
            return kExitUserError;
        default:
            cli.error(QString(), pack.error());
            break;
        }
        return CliContext::exitStatusFor(pack.error());
    }
    if (pack->partner.isEmpty())
        cli.err(Cli::tr("%1: warning: the setting organisation_name is not set: the pack's partner column is empty")
                    .arg(CliContext::programName()));
    if (pack->cohorts == 0)
        cli.err(Cli::tr("%1: warning: no cohort ends between %2 and %3; the pack is empty")
                    .arg(CliContext::programName(), from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
    cli.out(Cli::tr("Wrote the review pack of %n cohort(s) to %1: %2", nullptr, pack->cohorts)
                .arg(shown, pack->files.join(QLatin1String(", "))));
    return kExitOk;
}

} // namespace

int runReport(const CliContext& cli, const QStringList& arguments)
{
    return runSubcommand(cli, kCommand, Cli::tr("Printed documents of a cohort."), subcommands(), arguments);
}

} // namespace parcours::cli
