// SPDX-License-Identifier: GPL-3.0-or-later
// plan: one week's timetable for chosen cohorts (or a site's, or all) by the week planner
// (core/planning), printed with its score or the reasons none exists; --apply writes it as series
// over each cohort's weeks (PlanSeries); --export-fet writes the same problem as a FET input file
// (FetExport), trainers fixed from the planned week.
#include "CliContext.h"
#include "CommandLine.h"
#include "CommandTable.h"
#include "core/planning/FetExport.h"
#include "core/planning/PlanReasonText.h"
#include "core/planning/WeekPlanner.h"
#include "core/services/PlanProblemBuilder.h"
#include "core/services/PlanSeries.h"
#include "core/timetable/WeeklyTargets.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>

namespace parcours::cli {

namespace {

const QString kCommand = QStringLiteral("plan");
const QString kTime = QStringLiteral("HH:mm");

QTime timeOf(int minutes)
{
    return QTime(minutes / 60, minutes % 60);
}

QString moduleText(Module m)
{
    return QCoreApplication::translate("Codes", labelOf(m));
}

QString orNone(const QString& ref)
{
    return ref.isEmpty() ? Cli::tr("(none)") : ref;
}

/// "  Monday 10/03/2025  09:00-12:00  FLE  F1  LIL-1", in the user's locale.
QString sessionLine(const PlannedSession& s, const QDate& monday, const QLocale& locale)
{
    const QDate date = monday.addDays(s.weekday - 1);
    QString line = QStringLiteral("  %1 %2  %3-%4  %5  %6  %7")
                       .arg(locale.dayName(s.weekday), locale.toString(date, QLocale::ShortFormat),
                            locale.toString(timeOf(s.start), kTime),
                            locale.toString(timeOf(s.end), kTime), moduleText(s.module),
                            orNone(s.trainerRef), orNone(s.roomRef));
    if (s.locked)
        line += QLatin1String("  ") + Cli::tr("(fixed: %1)").arg(s.lockedRef);
    return line;
}

void printWeek(const CliContext& cli, const PlanProblem& problem, const PlanResult& result, const QLocale& locale)
{
    cli.out(Cli::tr("Week of %1:").arg(locale.toString(problem.monday, QLocale::ShortFormat)));
    for (const PlanCohort& c : problem.cohorts) {
        cli.out(Cli::tr("Cohort %1").arg(c.ref));
        for (const PlannedSession& s : result.sessions)
            if (s.cohortRef == c.ref)
                cli.out(sessionLine(s, problem.monday, locale));
    }
    const PlanScore& sc = result.score;
    cli.out(Cli::tr("Score: %1 (lower is better; sessions after the morning %2, extra start times %3, "
                    "extra rooms %4, trainers' waiting half hours %5)")
                .arg(locale.toString(sc.total), locale.toString(sc.notMorning), locale.toString(sc.timeChanges),
                     locale.toString(sc.roomChanges), locale.toString(sc.trainerGaps)));
}

/// Writes the week as series from the planned week (or the cohort's start) to the cohort's end,
/// all or nothing (PlanSeries): when one fails, those already made are undone. Dates where a
/// series would clash with a session of the file are skipped, as holidays are. Returns the exit
/// status.
int apply(const CliContext& cli, Database& db, const PlanProblem& problem, const PlanResult& result,
          const QLocale& locale)
{
    if (PlanSeries::seriesOf(result).isEmpty()) {
        cli.out(Cli::tr("Nothing to create: every session of the week exists already."));
        return kExitOk;
    }
    auto made = PlanSeries(db).create(problem.monday, result);
    if (!made) {
        const PlanSeries::Failure& f = made.error();
        if (f.dating) {
            if (f.error.code == ErrorCode::NotFound)
                cli.error(f.cohortRef, Cli::tr("no such cohort"));
            else
                cli.error(f.cohortRef, f.error);
            return kExitUserError;
        }
        for (const auto& [ref, error] : f.undoErrors)
            cli.error(ref, error);
        cli.error(f.cohortRef, f.error);
        cli.error(QString(), Cli::tr("nothing was written"));
        return kExitUserError;
    }
    for (const TimetableChange& c : std::as_const(*made)) {
        const Series& s = c.seriesAfter.constFirst();
        QStringList days;
        for (int d : s.weekdays)
            days << locale.dayName(d);
        cli.out(Cli::tr("Created series %1: cohort %2, %3, %4 %5-%6, trainer %7, room %8, from %9 to %10, %n session(s)",
                        nullptr, int(c.after.size()))
                    .arg(s.ref, s.cohortRef, moduleText(s.module), days.join(QLatin1String(", ")),
                         locale.toString(s.start, kTime), locale.toString(s.end, kTime),
                         orNone(s.trainerRef), orNone(s.roomRef), locale.toString(s.firstDate, QLocale::ShortFormat))
                    .arg(locale.toString(s.lastDate, QLocale::ShortFormat)));
        for (const SkippedDate& d : c.skipped)
            cli.out(QLatin1String("  ") + Cli::tr("skipped %1: %2").arg(locale.toString(d.date, QLocale::ShortFormat), d.reasonText()));
    }
    return kExitOk;
}

/// Writes the week's problem as a FET input file (FetExport). `trainers` Choose (the default):
/// FET chooses each session's trainer among those who teach its module, as our planner does;
/// Fixed: each session's trainer is fixed, from the planned week when one was found, else shared
/// out by hours. False, after an error naming the file, when it cannot be written.
bool exportFet(const CliContext& cli, const QString& path, const PlanProblem& problem, const PlanResult& result,
               FetTrainers trainers)
{
    FetExportOptions options;
    options.trainers = trainers;
    if (trainers == FetTrainers::Fixed && result.status == PlanResult::Status::Solved)
        options.trainersFrom = result.sessions;
    const FetFile fet = FetExport::build(problem, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(fet.xml) != fet.xml.size() || !file.commit()) {
        cli.error(path, Cli::tr("cannot write the FET file: %1").arg(file.errorString()));
        return false;
    }
    cli.out(Cli::tr("FET file written: %1 (%n session(s))", nullptr, int(fet.activities.size())).arg(path));
    if (trainers == FetTrainers::Choose) {
        cli.out(QLatin1String("  ")
                + Cli::tr("FET chooses each session's trainer among the %n trainer(s) written as rooms "
                          "(\"Trainer\" and the ref); it cannot be given their weekly maximum hours.",
                          nullptr, int(fet.trainerOfRoom.size())));
        return true;
    }
    int locked = 0;
    for (const FetActivity& a : fet.activities)
        locked += a.lockedIndex >= 0 ? 1 : 0;
    cli.out(QLatin1String("  ") + Cli::tr("Trainers fixed for FET: %1 from the planned week, "
                                          "%2 shared out by hours, %3 of fixed sessions.")
                                      .arg(fet.activities.size() - fet.balanced - locked)
                                      .arg(fet.balanced)
                                      .arg(locked));
    return true;
}

} // namespace

int runPlan(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, kCommand,
                   Cli::tr("Plan one week's timetable for the chosen cohorts (or a site's cohorts, or all that meet "
                           "that week): every hard rule met (no trainer, room or cohort at two places at once, "
                           "trainers' modules, maximum hours and absences, room sizes, opening hours, weekly "
                           "targets, blocks on different days), then the soft wishes improved within the time "
                           "limit. Prints the week with its score, or why no week exists (exit status 1). The "
                           "week's existing sessions are kept as they are. --apply writes the new sessions as "
                           "weekly series from that week to each cohort's end, holidays and closures skipped; "
                           "without it the file is opened read-only. --export-fet also writes the week's problem as a FET "
                           "input file (fet-cl): FET chooses the trainers as the planner does, or, with "
                           "--fet-trainers fixed, each session's trainer is fixed."));
    cl.addOption({QStringLiteral("cohort"), Cli::tr("A cohort's ref (repeat for several)."), Cli::tr("REF")});
    cl.addOption({QStringLiteral("site"), Cli::tr("Plan the cohorts of this site that meet that week."), Cli::tr("REF")});
    cl.addOption({QStringLiteral("all"), Cli::tr("Plan every cohort that meets that week.")});
    cl.addOption({QStringLiteral("week-of"), Cli::tr("Any day of the week to plan (YYYY-MM-DD)."), Cli::tr("DATE")});
    cl.addOption({QStringLiteral("apply"), Cli::tr("Write the week as series over each cohort's weeks.")});
    cl.addOption({QStringLiteral("time-limit"), Cli::tr("Seconds the planner may take (default 30)."), Cli::tr("S")});
    cl.addOption({QStringLiteral("seed"), Cli::tr("The seed of the search: the same seed gives the same week (default 1)."), Cli::tr("N")});
    cl.addOption({QStringLiteral("export-fet"),
                  Cli::tr("Also write the week's problem as a FET input file."), Cli::tr("FILE")});
    cl.addOption({QStringLiteral("fet-trainers"),
                  Cli::tr("In the FET file, \"choose\": FET chooses each session's trainer among those who teach "
                          "its module (the default, the same problem as the planner's); \"fixed\": each session's "
                          "trainer is fixed, from the planned week (or shared out by hours when none was found)."),
                  Cli::tr("choose|fixed")});
    if (auto stop = cl.parse(arguments))
        return *stop;

    const QStringList cohortRefs = cl.values(QStringLiteral("cohort"));
    const int chosen = (cohortRefs.isEmpty() ? 0 : 1) + (cl.isSet(QStringLiteral("site")) ? 1 : 0)
        + (cl.isSet(QStringLiteral("all")) ? 1 : 0);
    if (chosen != 1)
        return cl.usageError(Cli::tr("give --cohort REF (one or more), --site REF or --all"));
    for (const QString& ref : cohortRefs)
        if (ref.trimmed().isEmpty())
            return cl.usageError(Cli::tr("--cohort needs a ref"));
    if (cl.isSet(QStringLiteral("site")) && cl.value(QStringLiteral("site")).trimmed().isEmpty())
        return cl.usageError(Cli::tr("--site needs a ref"));
    if (!cl.isSet(QStringLiteral("week-of")))
        return cl.usageError(Cli::tr("missing --week-of DATE"));
    const auto day = isoDate(cl.value(QStringLiteral("week-of")));
    if (!day)
        return cl.usageError(Cli::tr("--week-of needs a date as YYYY-MM-DD"));
    PlanOptions options;
    if (cl.isSet(QStringLiteral("time-limit"))) {
        bool ok = false;
        const double s = cl.value(QStringLiteral("time-limit")).toDouble(&ok);
        if (!ok || !(s > 0) || s > 86400)
            return cl.usageError(Cli::tr("--time-limit needs a number of seconds above 0"));
        options.timeLimitSeconds = s;
    }
    if (cl.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        const quint64 seed = cl.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return cl.usageError(Cli::tr("--seed needs a whole number"));
        options.seed = seed;
    }
    const QString fetPath = cl.value(QStringLiteral("export-fet"));
    if (cl.isSet(QStringLiteral("export-fet")) && fetPath.trimmed().isEmpty())
        return cl.usageError(Cli::tr("--export-fet needs a file name"));
    FetTrainers fetTrainers = FetTrainers::Choose;
    if (cl.isSet(QStringLiteral("fet-trainers"))) {
        const QString mode = cl.value(QStringLiteral("fet-trainers")).trimmed();
        if (mode == QLatin1String("fixed"))
            fetTrainers = FetTrainers::Fixed;
        else if (mode != QLatin1String("choose"))
            return cl.usageError(Cli::tr("--fet-trainers needs \"choose\" or \"fixed\""));
        if (fetPath.isEmpty())
            return cl.usageError(Cli::tr("--fet-trainers goes with --export-fet FILE"));
    }
    const bool write = cl.isSet(QStringLiteral("apply"));

    auto db = cli.openExisting(cl.databasePath(), write ? OpenMode::ReadWrite : OpenMode::ReadOnly);
    if (!db)
        return kExitUserError;
    const PlanProblemBuilder builder(*db);
    Result<PlanProblem> problem = !cohortRefs.isEmpty() ? builder.forCohorts(cohortRefs, *day)
        : cl.isSet(QStringLiteral("site"))             ? builder.forSite(cl.value(QStringLiteral("site")), *day)
                                                       : builder.forAll(*day);
    if (!problem) {
        const Error& e = problem.error();
        const QString ref = e.args.value(0);
        if (e.code == ErrorCode::NotFound)
            cli.error(ref, cohortRefs.isEmpty() ? Cli::tr("no such site") : Cli::tr("no such cohort"));
        else if (e.code == ErrorCode::Invalid)
            cli.error(ref, Cli::tr("the cohort does not meet in the week of %1")
                               .arg(QLocale().toString(WeeklyTargets::mondayOf(*day), QLocale::ShortFormat)));
        else
            cli.error(ref, e);
        return CliContext::exitStatusFor(e);
    }
    const QLocale locale;
    if (problem->cohorts.isEmpty()) {
        cli.error(QString(), Cli::tr("no cohort meets in the week of %1").arg(locale.toString(problem->monday, QLocale::ShortFormat)));
        return kExitUserError;
    }
    const PlanResult result = WeekPlanner::plan(*problem, options);
    if (result.status != PlanResult::Status::Solved) {
        cli.out(result.status == PlanResult::Status::Impossible
                    ? Cli::tr("No week meets every rule:")
                    : Cli::tr("No week was found within %1 s:").arg(locale.toString(options.timeLimitSeconds)));
        for (const PlanReason& r : result.reasons)
            cli.out(QLatin1String("  ") + describePlanReason(r, locale));
        if (!fetPath.isEmpty())
            exportFet(cli, fetPath, *problem, result, fetTrainers);
        return kExitUserError;
    }
    printWeek(cli, *problem, result, locale);
    if (!fetPath.isEmpty() && !exportFet(cli, fetPath, *problem, result, fetTrainers))
        return kExitUserError;
    if (!write)
        return kExitOk;
    return apply(cli, *db, *problem, result, locale);
}

} // namespace parcours::cli
