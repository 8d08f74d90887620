// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeeklyTargets.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace parcours {

namespace {

// Targets are hours that may carry a fraction (2.5 h); sessions are whole minutes. Half a
// second either way absorbs the binary fraction of a target without letting a minute through.
constexpr double kSlack = 0.5;

qint64 lengthSecs(const Session& s)
{
    if (!s.start.isValid() || !s.end.isValid())
        return 0;
    return std::max<qint64>(0, s.start.secsTo(s.end));
}

bool counts(const Session& s)
{
    return s.status != SessionStatus::Cancelled && s.date.isValid();
}

std::array<WeeklyTarget, WeekHours::kModules> targetsOf(const Cohort& c)
{
    std::array<WeeklyTarget, WeekHours::kModules> out{};
    for (Module m : allValues<Module>())
        out[std::size_t(m)] = WeeklyTargets::targetOf(c, m);
    return out;
}

/// Fills the flags of a week whose seconds are counted.
void judge(WeekHours& w)
{
    for (std::size_t m = 0; m < WeekHours::kModules; ++m)
        w.offModule[m] = w.heldToTargets && !w.targets[m].isMetBy(w.seconds[m]);
}

/// indicators.md: the first and last week are held to the targets only when full (Monday and
/// Friday both inside the cohort); the weeks between always are.
bool heldToTargets(const Cohort& c, const QDate& monday)
{
    const QDate firstMonday = WeeklyTargets::mondayOf(c.startDate);
    const QDate lastMonday = WeeklyTargets::mondayOf(c.endDate);
    if (monday < firstMonday || monday > lastMonday)
        return false;
    const bool edge = monday == firstMonday || monday == lastMonday;
    return !edge || (c.startDate <= monday && monday.addDays(4) <= c.endDate);
}

bool validDates(const Cohort& c)
{
    return c.startDate.isValid() && c.endDate.isValid() && c.startDate <= c.endDate;
}

/// Every week of a valid cohort, no seconds yet.
QList<WeekHours> emptyWeeks(const Cohort& cohort)
{
    QList<WeekHours> out;
    const QDate firstMonday = WeeklyTargets::mondayOf(cohort.startDate);
    const QDate lastMonday = WeeklyTargets::mondayOf(cohort.endDate);
    const auto targets = targetsOf(cohort);
    for (QDate monday = firstMonday; monday <= lastMonday; monday = monday.addDays(7)) {
        WeekHours w;
        w.monday = monday;
        w.heldToTargets = heldToTargets(cohort, monday);
        w.targets = targets;
        out << w;
    }
    return out;
}

} // namespace

bool WeeklyTarget::isMetBy(qint64 seconds) const
{
    if (min && double(seconds) < *min * 3600.0 - kSlack)
        return false;
    if (max && double(seconds) > *max * 3600.0 + kSlack)
        return false;
    return true;
}

bool WeekHours::offTarget() const
{
    return std::any_of(offModule.begin(), offModule.end(), [](bool off) { return off; });
}

int WeekHours::isoYear() const
{
    int year = 0;
    monday.weekNumber(&year);
    return year;
}

int WeekHours::isoWeek() const
{
    return monday.weekNumber();
}

QString WeekHours::label() const
{
    return QStringLiteral("%1-W%2").arg(isoYear(), 4, 10, QLatin1Char('0')).arg(isoWeek(), 2, 10, QLatin1Char('0'));
}

WeeklyTarget WeeklyTargets::targetOf(const Cohort& cohort, Module module)
{
    switch (module) {
    case Module::Fle:
        return {cohort.fleHoursMin, cohort.fleHoursMax};
    case Module::English:
        return {cohort.englishHours, cohort.englishHours};
    case Module::SoftSkills:
        return {cohort.softSkillsHours, cohort.softSkillsHours};
    case Module::ProfessionalDay:
    case Module::Other:
        break;
    }
    return {};
}

QList<WeekHours> WeeklyTargets::ofCohort(const Cohort& cohort, const QList<WeekSeconds>& weeks)
{
    QList<WeekHours> out;
    if (!validDates(cohort))
        return out;
    out = emptyWeeks(cohort);
    const QDate firstMonday = mondayOf(cohort.startDate);
    const QDate lastMonday = mondayOf(cohort.endDate);
    for (const WeekSeconds& week : weeks) {
        const QDate monday = mondayOf(week.monday);
        if (!week.monday.isValid() || monday < firstMonday || monday > lastMonday)
            continue;
        WeekHours& w = out[firstMonday.daysTo(monday) / 7];
        for (std::size_t m = 0; m < WeekHours::kModules; ++m)
            w.seconds[m] += week.seconds[m];
    }
    for (WeekHours& w : out)
        judge(w);
    return out;
}

QList<WeekHours> WeeklyTargets::ofCohort(const Cohort& cohort, const QList<const Session*>& sessions)
{
    QList<WeekHours> out;
    if (!validDates(cohort))
        return out;
    const QDate firstMonday = mondayOf(cohort.startDate);
    const QDate lastMonday = mondayOf(cohort.endDate);
    out = emptyWeeks(cohort);
    for (const Session* s : sessions) {
        if (s->cohortRef != cohort.ref || !counts(*s))
            continue;
        const QDate monday = mondayOf(s->date);
        if (monday < firstMonday || monday > lastMonday)
            continue;
        out[firstMonday.daysTo(monday) / 7].seconds[std::size_t(s->module)] += lengthSecs(*s);
    }
    for (WeekHours& w : out)
        judge(w);
    return out;
}

QList<WeekHours> WeeklyTargets::ofCohort(const Cohort& cohort, const QList<Session>& sessions)
{
    QList<const Session*> pointers;
    pointers.reserve(sessions.size());
    for (const Session& s : sessions)
        pointers << &s;
    return ofCohort(cohort, pointers);
}

WeekHours WeeklyTargets::weekOf(const Cohort& cohort, const QList<Session>& sessions, const QDate& day)
{
    WeekHours w;
    if (!day.isValid())
        return w;
    w.monday = mondayOf(day);
    w.heldToTargets = validDates(cohort) && heldToTargets(cohort, w.monday);
    w.targets = targetsOf(cohort);
    for (const Session& s : sessions)
        if (s.cohortRef == cohort.ref && counts(s) && mondayOf(s.date) == w.monday)
            w.seconds[std::size_t(s.module)] += lengthSecs(s);
    judge(w);
    return w;
}

QString WeeklyTargets::hoursText(double hours, const QLocale& locale)
{
    QString s = locale.toString(std::round(hours * 100.0) / 100.0, 'f', 2);
    const QString point = locale.decimalPoint();
    if (s.contains(point)) {
        while (s.endsWith(locale.zeroDigit()))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

QString WeeklyTargets::shortName(Module module)
{
    switch (module) {
    case Module::Fle:
        return QCoreApplication::translate("WeeklyTargets", "FLE");
    case Module::English:
        return QCoreApplication::translate("WeeklyTargets", "English");
    case Module::SoftSkills:
        return QCoreApplication::translate("WeeklyTargets", "Soft skills");
    case Module::ProfessionalDay:
        return QCoreApplication::translate("WeeklyTargets", "Professional day");
    case Module::Other:
        break;
    }
    return QCoreApplication::translate("WeeklyTargets", "Other");
}

QString WeeklyTargets::text(const WeekHours& week, Module module, const QLocale& locale)
{
    const QString name = shortName(module);
    const QString hours = hoursText(week.hours(module), locale);
    const WeeklyTarget& t = week.target(module);
    if (!t.exists())
        //: module, hours scheduled in the week: "Other 3 h"
        return QCoreApplication::translate("WeeklyTargets", "%1 %2 h").arg(name, hours);
    if (!t.max || *t.max == *t.min)
        //: module, hours scheduled, target: "English 2 h / 2 h"
        return QCoreApplication::translate("WeeklyTargets", "%1 %2 h / %3 h")
            .arg(name, hours, hoursText(*t.min, locale));
    //: module, hours scheduled, lowest and highest target: "FLE 13,5 h / 12-15 h"
    return QCoreApplication::translate("WeeklyTargets", "%1 %2 h / %3-%4 h")
        .arg(name, hours, hoursText(*t.min, locale), hoursText(*t.max, locale));
}

} // namespace parcours
