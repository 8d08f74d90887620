// SPDX-License-Identifier: GPL-3.0-or-later
// timetable: `check` lists a cohort's conflicts and weeks off target; `ics` writes a cohort's
// (or a trainer's) sessions as an iCalendar file; `print` writes a cohort's weeks as a PDF.
#include "CliContext.h"
#include "CommandLine.h"
#include "CommandTable.h"
#include "core/services/TimetableService.h"
#include "ui/print/TimetablePrint.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>

#include <optional>

namespace parcours::cli {

namespace {

const QString kCommand = QStringLiteral("timetable");

int runTimetableCheck(const CliContext& cli, const QStringList& arguments);
int runTimetableIcs(const CliContext& cli, const QStringList& arguments);
int runTimetablePrint(const CliContext& cli, const QStringList& arguments);

const QList<Subcommand>& subcommands()
{
    static const QList<Subcommand> table = {
        {"check", QT_TRANSLATE_NOOP("Cli", "List a cohort's conflicts and weeks off target"), runTimetableCheck},
        {"ics", QT_TRANSLATE_NOOP("Cli", "Write a cohort's or a trainer's sessions as an iCalendar file"), runTimetableIcs},
        {"print", QT_TRANSLATE_NOOP("Cli", "Write a cohort's timetable as a PDF, one landscape A4 page per week"), runTimetablePrint},
    };
    return table;
}

/// "2025-W11: FLE 9 h / 12-15 h; English 0 h / 2 h", the modules of a week that miss their target.
QString weekLine(const WeekHours& week, const QLocale& locale)
{
    QStringList off;
    for (Module m : allValues<Module>())
        if (week.isOff(m))
            off << WeeklyTargets::text(week, m, locale);
    return Cli::tr("Week %1 is off target: %2").arg(week.label(), off.join(QLatin1String("; ")));
}

int runTimetableCheck(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, kCommand + QLatin1String(" check"),
                   Cli::tr("List a cohort's conflicts, one line each naming both sessions and what they share "
                           "(a trainer or a room, also with other cohorts; two sessions of the cohort at once; a "
                           "session outside its dates; a trainer outside their modules; a room too small), then "
                           "its weeks off their weekly targets. Exits with 1 when anything is found, with 0 and "
                           "a short line when the timetable is clean. The file is opened read-only."));
    cl.addOption({QStringLiteral("cohort"), Cli::tr("The cohort's ref."), Cli::tr("REF")});
    if (auto stop = cl.parse(arguments))
        return *stop;
    QString ref;
    if (auto stop = cl.requireCohort(ref))
        return *stop;

    auto db = cli.openExisting(cl.databasePath(), OpenMode::ReadOnly);
    if (!db)
        return kExitUserError;
    const auto checked = TimetableService(*db).check(ref);
    if (!checked) {
        if (checked.error().code == ErrorCode::NotFound)
            cli.error(ref, Cli::tr("no such cohort"));
        else
            cli.error(ref, checked.error());
        return CliContext::exitStatusFor(checked.error());
    }
    const QLocale locale;
    for (const Conflict& c : checked->conflicts)
        cli.out(ConflictFinder::describe(c, checked->input, locale));
    for (const WeekHours& w : checked->weeksOffTarget())
        cli.out(weekLine(w, locale));
    if (checked->isClean()) {
        cli.out(Cli::tr("%1: no conflict, every week on target.").arg(ref));
        return kExitOk;
    }
    return kExitUserError;
}

int runTimetableIcs(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, kCommand + QLatin1String(" ics"),
                   Cli::tr("Write the sessions of a cohort, or of a trainer, as an iCalendar file (RFC 5545) that "
                           "phones and calendar programs can import or subscribe to: times in Europe/Paris, one "
                           "stable UID per session, cancelled sessions marked as such."));
    cl.addOption({QStringLiteral("cohort"), Cli::tr("The cohort's ref."), Cli::tr("REF")});
    cl.addOption({QStringLiteral("trainer"), Cli::tr("A trainer's ref, instead of --cohort."), Cli::tr("REF")});
    cl.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The .ics file to write."), Cli::tr("FILE")});
    if (auto stop = cl.parse(arguments))
        return *stop;
    const bool byCohort = cl.isSet(QStringLiteral("cohort"));
    if (byCohort == cl.isSet(QStringLiteral("trainer")))
        return cl.usageError(Cli::tr("give either --cohort REF or --trainer REF"));
    const QString ref = cl.value(byCohort ? QStringLiteral("cohort") : QStringLiteral("trainer"));
    if (ref.trimmed().isEmpty())
        return cl.usageError(byCohort ? Cli::tr("--cohort needs a ref") : Cli::tr("--trainer needs a ref"));
    QString file;
    if (auto stop = cl.requireOutput(file))
        return *stop;

    auto db = cli.openExisting(cl.databasePath(), OpenMode::ReadOnly);
    if (!db)
        return kExitUserError;
    const TimetableService service(*db);
    const auto calendar = byCohort ? service.calendarOfCohort(ref) : service.calendarOfTrainer(ref);
    if (!calendar) {
        if (calendar.error().code == ErrorCode::NotFound)
            cli.error(ref, byCohort ? Cli::tr("no such cohort") : Cli::tr("no such trainer"));
        else
            cli.error(ref, calendar.error());
        return CliContext::exitStatusFor(calendar.error());
    }

    // Through QSaveFile: a failed write leaves the previous file (or none), never half a calendar.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        cli.error(QDir::toNativeSeparators(file), Cli::tr("cannot be written (%1)").arg(out.errorString()));
        return kExitUserError;
    }
    const QByteArray bytes = IcsWriter::write(*calendar, Clock::system().now());
    if (out.write(bytes) != bytes.size() || !out.commit()) {
        cli.error(QDir::toNativeSeparators(file), Cli::tr("cannot be written (%1)").arg(out.errorString()));
        return kExitUserError;
    }
    cli.out(Cli::tr("Wrote %n session(s) to %1", nullptr, int(calendar->events.size()))
                .arg(QDir::toNativeSeparators(file)));
    return kExitOk;
}

int runTimetablePrint(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, kCommand + QLatin1String(" print"),
                   Cli::tr("Write a cohort's timetable as a PDF to print for its participants: one landscape A4 "
                           "page per week that has sessions, each session in its module's colour with its times, "
                           "trainer and room, cancelled sessions struck through, a legend of the modules. "
                           "--from and --to keep the weeks of a period."));
    cl.addOption({QStringLiteral("cohort"), Cli::tr("The cohort's ref."), Cli::tr("REF")});
    cl.addOption({QStringLiteral("from"), Cli::tr("The first day to print (YYYY-MM-DD)."), Cli::tr("DATE")});
    cl.addOption({QStringLiteral("to"), Cli::tr("The last day to print (YYYY-MM-DD)."), Cli::tr("DATE")});
    cl.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The .pdf file to write."), Cli::tr("FILE")});
    if (auto stop = cl.parse(arguments))
        return *stop;
    QString ref;
    if (auto stop = cl.requireCohort(ref))
        return *stop;
    QString file;
    if (auto stop = cl.requireOutput(file))
        return *stop;
    QDate from;
    QDate to;
    if (cl.isSet(QStringLiteral("from"))) {
        const auto d = isoDate(cl.value(QStringLiteral("from")));
        if (!d)
            return cl.usageError(Cli::tr("--from needs a date as YYYY-MM-DD"));
        from = *d;
    }
    if (cl.isSet(QStringLiteral("to"))) {
        const auto d = isoDate(cl.value(QStringLiteral("to")));
        if (!d)
            return cl.usageError(Cli::tr("--to needs a date as YYYY-MM-DD"));
        to = *d;
    }
    if (from.isValid() && to.isValid() && from > to)
        return cl.usageError(Cli::tr("--from must not be after --to"));

    auto db = cli.openExisting(cl.databasePath(), OpenMode::ReadOnly);
    if (!db)
        return kExitUserError;
    const auto content = print::TimetablePrint::load(*db, ref, from, to);
    if (!content) {
        if (content.error().code == ErrorCode::NotFound)
            cli.error(ref, Cli::tr("no such cohort"));
        else if (content.error().code == ErrorCode::Invalid)
            cli.error(ref, Cli::tr("no session to print in this period"));
        else
            cli.error(ref, content.error());
        return CliContext::exitStatusFor(content.error());
    }

    // Through QSaveFile: a failed write leaves the previous file (or none), never half a PDF.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        cli.error(QDir::toNativeSeparators(file), Cli::tr("cannot be written (%1)").arg(out.errorString()));
        return kExitUserError;
    }
    const auto written = print::TimetablePrint::write(*content, out, QLocale());
    if (!written || !out.commit()) {
        cli.error(QDir::toNativeSeparators(file), Cli::tr("cannot be written (%1)").arg(out.errorString()));
        return kExitUserError;
    }
    cli.out(Cli::tr("Wrote %n week(s) to %1", nullptr, int(content->weeks.size())).arg(QDir::toNativeSeparators(file)));
    return kExitOk;
}

} // namespace

int runTimetable(const CliContext& cli, const QStringList& arguments)
{
    return runSubcommand(cli, kCommand,
                         Cli::tr("The timetable of a cohort: its conflicts and weekly targets, and its calendar."),
                         subcommands(), arguments);
}

} // namespace parcours::cli
