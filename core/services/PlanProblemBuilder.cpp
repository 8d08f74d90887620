// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanProblemBuilder.h"

#include "core/indicators/Indicators.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/OfficeClosureRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/timetable/FrenchHolidays.h"
#include "core/timetable/SessionSeries.h"
#include "core/timetable/WeeklyTargets.h"

#include <QSet>

#include <cmath>

namespace parcours {

namespace {

int minutesOf(const QTime& t)
{
    return t.hour() * 60 + t.minute();
}

bool meetsWeek(const Cohort& c, const QDate& monday)
{
    return c.startDate.isValid() && c.endDate.isValid() && c.startDate <= monday.addDays(6) && c.endDate >= monday;
}

} // namespace

QList<PlanBlock> PlanProblemBuilder::blocksOf(double fleHoursMin, double fleHoursMax, double englishHours,
                                              double softSkillsHours)
{
    QList<PlanBlock> blocks;
    const int fleMin = int(std::lround(fleHoursMin * 60)), fleMax = int(std::lround(fleHoursMax * 60));
    if (fleMin > 0) {
        const int count = (fleMin + 179) / 180;
        int length = ((fleMin + count - 1) / count + 29) / 30 * 30; // whole half hours
        if (length * count > fleMax)
            length = std::max(30, fleMax / count / 30 * 30);
        blocks.append(PlanBlock{Module::Fle, length, count, true, true});
    }
    if (const int m = int(std::lround(englishHours * 60)); m > 0)
        blocks.append(PlanBlock{Module::English, m, 1, true, false});
    if (const int m = int(std::lround(softSkillsHours * 60)); m > 0)
        blocks.append(PlanBlock{Module::SoftSkills, m, 1, true, false});
    return blocks;
}

Result<PlanProblem> PlanProblemBuilder::forCohorts(const QStringList& cohortRefs, const QDate& day) const
{
    const QDate monday = WeeklyTargets::mondayOf(day);
    CohortRepository cohorts(m_db);
    for (const QString& ref : cohortRefs) {
        auto found = cohorts.find(ref);
        if (!found)
            return fail(found.error());
        if (!*found)
            return fail(ErrorCode::NotFound, QStringLiteral("There is no cohort '%1'.").arg(ref), {ref});
        if (!meetsWeek(**found, monday))
            return fail(ErrorCode::Invalid,
                        QStringLiteral("Cohort '%1' does not meet in the week of %2.")
                            .arg(ref, monday.toString(Qt::ISODate)),
                        {ref, monday.toString(Qt::ISODate)});
    }
    return build(cohortRefs, monday);
}

Result<PlanProblem> PlanProblemBuilder::forSite(const QString& siteRef, const QDate& day) const
{
    const QDate monday = WeeklyTargets::mondayOf(day);
    auto site = SiteRepository(m_db).find(siteRef);
    if (!site)
        return fail(site.error());
    if (!*site)
        return fail(ErrorCode::NotFound, QStringLiteral("There is no site '%1'.").arg(siteRef), {siteRef});
    auto list = CohortRepository(m_db).ofSite(siteRef);
    if (!list)
        return fail(list.error());
    QStringList refs;
    for (const Cohort& c : *list)
        if (meetsWeek(c, monday))
            refs.append(c.ref);
    return build(refs, monday);
}

Result<PlanProblem> PlanProblemBuilder::forAll(const QDate& day) const
{
    const QDate monday = WeeklyTargets::mondayOf(day);
    auto list = CohortRepository(m_db).all();
    if (!list)
        return fail(list.error());
    QStringList refs;
    for (const Cohort& c : *list)
        if (meetsWeek(c, monday) && !c.siteRef.isEmpty())
            refs.append(c.ref);
    return build(refs, monday);
}

Result<PlanProblem> PlanProblemBuilder::build(const QStringList& cohortRefs, const QDate& monday) const
{
    PlanProblem p;
    p.monday = monday;
    const QDate sunday = monday.addDays(6);
    for (int d = 1; d <= 7; ++d)
        if (FrenchHolidays::isHoliday(monday.addDays(d - 1)))
            p.closedWeekdays.append(d);

    CohortRepository cohortRepo(m_db);
    SiteRepository siteRepo(m_db);
    auto closures = OfficeClosureRepository(m_db).all();
    if (!closures)
        return fail(closures.error());
    auto enrolments = cohortRepo.enrolments();
    if (!enrolments)
        return fail(enrolments.error());
    auto allSites = siteRepo.all();
    if (!allSites)
        return fail(allSites.error());
    auto allRooms = siteRepo.rooms();
    if (!allRooms)
        return fail(allRooms.error());

    QSet<QString> siteRefs;
    for (const QString& ref : cohortRefs) {
        auto found = cohortRepo.find(ref);
        if (!found)
            return fail(found.error());
        if (!*found)
            continue;
        const Cohort& c = **found;
        PlanCohort pc;
        pc.ref = c.ref;
        pc.siteRef = c.siteRef;
        pc.blocks = blocksOf(c.fleHoursMin, c.fleHoursMax, c.englishHours, c.softSkillsHours);
        int expected = 0;
        for (const Enrolment& e : *enrolments)
            if (e.cohortRef == c.ref && e.status != EnrolmentStatus::Withdrawn
                && Indicators::covers(e, c, monday.addDays(4)))
                ++expected;
        pc.size = expected > 0 ? expected : c.capacity;
        for (int d = 1; d <= 7; ++d) {
            const QDate date = monday.addDays(d - 1);
            if (date < c.startDate || date > c.endDate || SessionSeries::closedOn(date, *closures, c.siteRef))
                pc.closedWeekdays.append(d);
        }
        p.cohorts.append(pc);
        siteRefs.insert(c.siteRef);
    }
    for (const Site& s : *allSites)
        if (siteRefs.contains(s.ref)) {
            PlanSite ps;
            ps.ref = s.ref;
            ps.opens = minutesOf(s.opens);
            ps.closes = minutesOf(s.closes);
            if (s.lunchStart.isValid() && s.lunchEnd.isValid()) {
                ps.lunchStart = minutesOf(s.lunchStart);
                ps.lunchEnd = minutesOf(s.lunchEnd);
            }
            p.sites.append(ps);
        }
    for (const Room& r : *allRooms)
        if (siteRefs.contains(r.siteRef))
            p.rooms.append(PlanRoom{r.ref, r.siteRef, r.capacity.value_or(0), {}});

    TrainerRepository trainerRepo(m_db);
    auto trainers = trainerRepo.all();
    if (!trainers)
        return fail(trainers.error());
    auto away = trainerRepo.unavailability();
    if (!away)
        return fail(away.error());
    for (const Trainer& t : *trainers) {
        PlanTrainer pt;
        pt.ref = t.ref;
        pt.modules = t.modules;
        if (t.maxHoursWeek)
            pt.maxMinutesWeek = int(std::lround(*t.maxHoursWeek * 60));
        for (const TrainerUnavailability& u : *away) {
            if (u.trainerRef != t.ref || u.weekday < 1 || u.weekday > 7)
                continue;
            const QDate date = monday.addDays(u.weekday - 1);
            if ((u.fromDate.isValid() && date < u.fromDate) || (u.toDate.isValid() && date > u.toDate))
                continue;
            pt.unavailable.append(PlanInterval{u.weekday, minutesOf(u.start), minutesOf(u.end)});
        }
        p.trainers.append(pt);
    }

    auto sessions = SessionRepository(m_db).between(monday, sunday);
    if (!sessions)
        return fail(sessions.error());
    QSet<QString> roomRefs;
    for (const PlanRoom& r : p.rooms)
        roomRefs.insert(r.ref);
    const QSet<QString> planned(cohortRefs.begin(), cohortRefs.end());
    for (const Session& s : *sessions) {
        if (s.status == SessionStatus::Cancelled)
            continue;
        // Another cohort's session matters only through the trainer or room it holds.
        if (!planned.contains(s.cohortRef) && s.trainerRef.isEmpty() && !roomRefs.contains(s.roomRef))
            continue;
        p.locked.append(PlanLocked{s.ref, s.cohortRef, s.module, s.date.dayOfWeek(), minutesOf(s.start),
                                   minutesOf(s.end), s.trainerRef, s.roomRef});
    }
    return p;
}

} // namespace parcours
