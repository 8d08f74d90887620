// SPDX-License-Identifier: GPL-3.0-or-later
// stats: the indicators of indicators.md for a cohort or a period, as JSON or as a summary.
#include "CliContext.h"
#include "CommandLine.h"
#include "CommandTable.h"
#include "core/indicators/IndicatorsJson.h"
#include "core/services/IndicatorService.h"

#include <QLocale>

#include <algorithm>

namespace parcours::cli {

namespace {

/// Hours as numbers are read: two decimals at most, one at least (21.0, 9.89), in the
/// process's locale.
QString hours(const QLocale& locale, double value)
{
    QString s = locale.toString(IndicatorsJson::round(value, 2), 'f', 2);
    if (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    return s;
}

QString percent(const QLocale& locale, std::optional<double> rate)
{
    if (!rate)
        return Cli::tr("n/a");
    return Cli::tr("%1 %").arg(locale.toString(IndicatorsJson::round(*rate * 100, 1), 'f', 1));
}

QString count(const QLocale& locale, int value)
{
    return locale.toString(value);
}

QString moduleLabel(Module m)
{
    return QCoreApplication::translate("Codes", labelOf(m));
}

/// Rows as aligned columns: the first to the left, the others to the right.
QStringList table(const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QStringList& row : rows)
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], int(row[i].size()));
        }
    QStringList out;
    for (const QStringList& row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i == 0 ? row[i].leftJustified(widths[i]) : QStringLiteral("  ") + row[i].rightJustified(widths[i]);
        out << line;
    }
    return out;
}

QStringList summary(const IndicatorFigures& f)
{
    const QLocale locale;
    QStringList out;
    out << Cli::tr("Cohorts: %1").arg(f.cohorts.isEmpty() ? Cli::tr("none") : f.cohorts.join(QLatin1String(", ")))
        << Cli::tr("Participants: %1 enrolled, %2 completed, %3 withdrawn")
               .arg(count(locale, f.enrolled), count(locale, f.completed), count(locale, f.withdrawn))
        << QString();

    QList<QStringList> hourRows{{Cli::tr("Hours"), Cli::tr("planned"), Cli::tr("delivered")}};
    for (Module m : allValues<Module>())
        hourRows << QStringList{moduleLabel(m), hours(locale, f.hoursOf(m).planned),
                                hours(locale, f.hoursOf(m).delivered)};
    out << table(hourRows) << QString();

    QStringList weeks;
    for (const IndicatorFigures::Week& w : f.weeksOffTarget)
        weeks << (f.cohorts.size() > 1 ? w.cohortRef + QLatin1Char(' ') + w.label() : w.label());
    out << Cli::tr("Weeks off target: %1").arg(weeks.isEmpty() ? Cli::tr("none") : weeks.join(QLatin1String(", ")))
        << QString();

    QList<QStringList> markRows{{Cli::tr("Attendance"), Cli::tr("present"), Cli::tr("late"), Cli::tr("excused"),
                                 Cli::tr("absent"), Cli::tr("unmarked"), Cli::tr("rate")}};
    const auto markRow = [&](const QString& label, const IndicatorFigures::Marks& m) {
        markRows << QStringList{label, count(locale, m.present), count(locale, m.late), count(locale, m.excused),
                                count(locale, m.absent), count(locale, m.unmarked), percent(locale, m.rate())};
    };
    markRow(Cli::tr("All modules"), f.attendanceAll);
    for (Module m : allValues<Module>())
        markRow(moduleLabel(m), f.attendanceOf(m));
    out << table(markRows)
        << Cli::tr("Attended hours per participant: %1")
               .arg(f.attendedHoursAvg() ? hours(locale, *f.attendedHoursAvg()) : Cli::tr("n/a"))
        << QString();

    out << Cli::tr("Pairings: %1 with a mentor (%2), %3 with a coach (%4), %5 in a full trio (%6)")
               .arg(count(locale, f.pairings.withMentor), percent(locale, f.mentorCoverage()),
                    count(locale, f.pairings.withCoach), percent(locale, f.coachCoverage()),
                    count(locale, f.pairings.withBoth), percent(locale, f.trioCoverage()))
        << Cli::tr("Volunteers involved: %1").arg(count(locale, f.pairings.volunteersInvolved))
        << QString();

    const auto gained = f.french.levelsGainedAvg();
    out << Cli::tr("French: %1 level(s) gained on average, %2 participant(s) gained one level or more")
               .arg(gained ? locale.toString(*gained, 'f', 1) : Cli::tr("n/a"),
                    count(locale, f.french.gainedOneLevelOrMore))
        << QString();

    QList<QStringList> exitRows{{Cli::tr("Exits"), Cli::tr("durable"), Cli::tr("transition"), Cli::tr("positive"),
                                 Cli::tr("dynamic"), Cli::tr("unknown"), Cli::tr("dynamic exit rate"),
                                 Cli::tr("permanent share"), Cli::tr("durable share")}};
    for (Milestone m : allValues<Milestone>()) {
        const IndicatorFigures::Exits& x = f.exitsAt(m);
        exitRows << QStringList{QCoreApplication::translate("Codes", labelOf(m)), count(locale, x.durable),
                                count(locale, x.transition), count(locale, x.positive), count(locale, x.dynamic()),
                                count(locale, x.unknown), percent(locale, x.dynamicExitRate()),
                                percent(locale, x.permanentShare()), percent(locale, x.durableShare())};
    }
    out << table(exitRows)
        << Cli::tr("Exit rates are over the %n completed participant(s).", nullptr, f.completed);
    return out;
}

} // namespace

int runStats(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, QStringLiteral("stats"),
                   Cli::tr("Print the indicators of one cohort, or of the cohorts whose end date falls in a "
                           "period (their counts added up, their rates recomputed from the sums): hours, weeks "
                           "off target, attendance, pairings, French progression and exits."));
    cl.addOption({QStringLiteral("cohort"), Cli::tr("The cohort's ref."), Cli::tr("REF")});
    cl.addOption({QStringLiteral("from"), Cli::tr("First day of the period (YYYY-MM-DD)."), Cli::tr("DATE")});
    cl.addOption({QStringLiteral("to"), Cli::tr("Last day of the period (YYYY-MM-DD)."), Cli::tr("DATE")});
    cl.addOption({QStringLiteral("json"), Cli::tr("Print one JSON object instead of a summary.")});
    if (auto stop = cl.parse(arguments))
        return *stop;

    const bool byCohort = cl.isSet(QStringLiteral("cohort"));
    const bool byPeriod = cl.isSet(QStringLiteral("from")) || cl.isSet(QStringLiteral("to"));
    if (byCohort == byPeriod)
        return cl.usageError(Cli::tr("give either --cohort REF or --from DATE --to DATE"));
    std::optional<QDate> from;
    std::optional<QDate> to;
    if (byPeriod) {
        if (!cl.isSet(QStringLiteral("from")) || !cl.isSet(QStringLiteral("to")))
            return cl.usageError(Cli::tr("a period needs both --from and --to"));
        from = isoDate(cl.value(QStringLiteral("from")));
        to = isoDate(cl.value(QStringLiteral("to")));
        const auto notADate = [&](const QString& option) {
            return cl.usageError(Cli::tr("--%1 '%2' is not a date of the form YYYY-MM-DD")
                                     .arg(option, cl.value(option)));
        };
        if (!from)
            return notADate(QStringLiteral("from"));
        if (!to)
            return notADate(QStringLiteral("to"));
        if (*to < *from)
            return cl.usageError(Cli::tr("--from must not be after --to"));
    }
    const QString ref = cl.value(QStringLiteral("cohort"));
    if (byCohort && ref.trimmed().isEmpty())
        return cl.usageError(Cli::tr("--cohort needs a ref"));

    auto db = cli.openExisting(cl.databasePath(), OpenMode::ReadOnly);
    if (!db)
        return kExitUserError;
    const IndicatorService service(*db);
    const auto figures = byCohort ? service.cohort(ref) : service.period(*from, *to);
    if (!figures) {
        if (figures.error().code == ErrorCode::NotFound)
            cli.error(ref, Cli::tr("no such cohort"));
        else
            cli.error(byCohort ? ref : QString(), figures.error());
        return CliContext::exitStatusFor(figures.error());
    }

    if (cl.isSet(QStringLiteral("json"))) {
        QString json = QString::fromUtf8(IndicatorsJson::toJson(*figures));
        json.chop(1); // out() ends the line
        cli.out(json);
    } else {
        cli.out(summary(*figures).join(QLatin1Char('\n')));
    }
    return kExitOk;
}

} // namespace parcours::cli
