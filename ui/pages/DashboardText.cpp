// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardText.h"

#include "ui/print/FigureFormat.h"

#include <QLocale>

namespace parcours::ui {

QString DashboardText::percent(std::optional<double> rate)
{
    return print::format::percent(rate, QLocale());
}

QString DashboardText::count(int value)
{
    return QLocale().toString(value);
}

QString DashboardText::day(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString DashboardText::sentence(const DashboardData& data)
{
    if (data.cohorts.isEmpty())
        return tr("No cohort ends between %1 and %2.").arg(day(data.from), day(data.to));
    const IndicatorFigures& total = data.total;
    const IndicatorFigures::Exits& exits = total.exitsAt(kMilestone);
    const QString people = tr("%Ln participant(s)", nullptr, total.enrolled);
    const QString cohorts = tr("%Ln cohort(s)", nullptr, int(data.cohorts.size()));
    if (exits.completed == 0)
        return tr("%1, %2; nobody has completed the course yet.").arg(people, cohorts);
    if (exits.unknown == exits.completed)
        return tr("%1, %2; no outcome recorded at 6 months yet.").arg(people, cohorts);
    if (!exits.permanentShare())
        return tr("%1, %2, %3 dynamic exits at 6 months.")
            .arg(people, cohorts, percent(exits.dynamicExitRate()));
    return tr("%1, %2, %3 dynamic exits at 6 months, of which %4 permanent.")
        .arg(people, cohorts, percent(exits.dynamicExitRate()), percent(exits.permanentShare()));
}

QString DashboardText::unknownNote(const IndicatorFigures& figures)
{
    const IndicatorFigures::Exits& exits = figures.exitsAt(kMilestone);
    if (exits.unknown == 0 || exits.unknown == exits.completed)
        return {};
    return tr("Outcome at 6 months not known yet for %Ln of the %1 participants who completed the "
              "course (counted as not dynamic in the rate).",
              nullptr, exits.unknown)
        .arg(count(exits.completed));
}

QString DashboardText::exitLabel(const IndicatorFigures& figures)
{
    const IndicatorFigures::Exits& exits = figures.exitsAt(kMilestone);
    if (exits.completed == 0)
        return tr("nobody completed yet");
    if (exits.unknown == exits.completed)
        return tr("no outcome yet");
    return percent(exits.dynamicExitRate());
}

QString DashboardText::exitDetails(const DashboardData::Cohort& cohort)
{
    const IndicatorFigures::Exits& exits = cohort.figures.exitsAt(kMilestone);
    const QString who = tr("%1 (%2)").arg(cohort.name, cohort.ref);
    if (exits.completed == 0)
        return tr("%1: nobody has completed the course yet.").arg(who);
    if (exits.unknown == exits.completed)
        return tr("%1: no outcome recorded at 6 months yet for the %Ln participant(s) who "
                  "completed the course.",
                  nullptr, exits.completed)
            .arg(who);
    return tr("%1: %2 dynamic exits at 6 months (%3 of the %Ln participant(s) who completed the "
              "course; %4 not known yet).",
              nullptr, exits.completed)
        .arg(who, percent(exits.dynamicExitRate()), count(exits.dynamic()), count(exits.unknown));
}

QString DashboardText::pairingDetails(const DashboardData::Cohort& cohort)
{
    const IndicatorFigures& f = cohort.figures;
    return tr("%1 (%2): of %Ln participant(s), %3 with a mentor, %4 with a coach, %5 in a full "
              "trio.",
              nullptr, f.enrolled)
        .arg(cohort.name, cohort.ref, percent(f.mentorCoverage()), percent(f.coachCoverage()),
             percent(f.trioCoverage()));
}

QString DashboardText::stepLabel(const DashboardData::Step& step, bool monthly)
{
    return QLocale().toString(step.start, monthly ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
}

QString DashboardText::stepDetails(const DashboardData::Step& step, bool monthly)
{
    const IndicatorFigures::Marks& m = step.marks;
    const QString when = monthly ? QLocale().toString(step.start, QStringLiteral("MMMM yyyy"))
                                 : tr("Week of %1").arg(day(step.start));
    const int marked = m.present + m.late + m.excused + m.absent;
    if (marked == 0 && m.unmarked == 0)
        return tr("%1: no session held.").arg(when);
    if (marked == 0)
        return tr("%1: nothing marked yet (%Ln expected presence(s) unmarked).", nullptr, m.unmarked)
            .arg(when);
    return tr("%1: attendance %2 (%3 present or late of %4 marked; %5 unmarked).")
        .arg(when, percent(m.rate()), count(m.present + m.late), count(marked), count(m.unmarked));
}

} // namespace parcours::ui
