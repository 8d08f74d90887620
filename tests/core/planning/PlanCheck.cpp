// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCheck.h"

#include "core/domain/Enrolment.h"
#include "core/planning/WeekPlanner.h"
#include "core/timetable/ConflictFinder.h"
#include "core/timetable/WeeklyTargets.h"

#include <map>

namespace parcours::test {

QStringList checkWeek(const PlanProblem& problem, const QList<PlannedSession>& planned)
{
    QStringList faults;
    auto where = [](const PlannedSession& s) {
        return QStringLiteral("%1 %2 day %3 %4-%5").arg(s.cohortRef).arg(int(s.module)).arg(s.weekday).arg(s.start).arg(s.end);
    };
    // 1. ConflictFinder on the dated sessions, each with a ref of its own.
    ConflictInput in;
    in.sessions = WeekPlanner::toSessions(problem, planned);
    for (int i = 0; i < in.sessions.size(); ++i)
        in.sessions[i].ref = QStringLiteral("P%1").arg(i);
    for (const PlanCohort& c : problem.cohorts) {
        Cohort co;
        co.ref = c.ref;
        co.siteRef = c.siteRef;
        co.startDate = problem.monday.addDays(-7);
        co.endDate = problem.monday.addDays(13);
        // The targets of the pattern, so WeeklyTargets can judge the hours.
        std::map<Module, double> hours;
        for (const PlanBlock& b : c.blocks)
            hours[b.module] += b.minutes * b.count / 60.0;
        co.fleHoursMin = co.fleHoursMax = hours[Module::Fle];
        co.englishHours = hours[Module::English];
        co.softSkillsHours = hours[Module::SoftSkills];
        in.cohorts.append(co);
        for (int p = 0; p < c.size; ++p)
        {
            Enrolment e;
            e.cohortRef = c.ref;
            e.participantRef = QStringLiteral("%1-P%2").arg(c.ref).arg(p);
            in.enrolments.append(e);
        }
    }
    for (const PlanTrainer& t : problem.trainers) {
        Trainer tr;
        tr.ref = t.ref;
        tr.name = t.ref;
        tr.modules = t.modules;
        in.trainers.append(tr);
    }
    for (const PlanRoom& r : problem.rooms) {
        Room room;
        room.ref = r.ref;
        room.siteRef = r.siteRef;
        if (r.capacity > 0)
            room.capacity = r.capacity;
        in.rooms.append(room);
    }
    for (const Conflict& c : ConflictFinder::find(in))
        faults << QStringLiteral("conflict %1 %2 %3 %4").arg(int(c.kind)).arg(c.sessionRef, c.otherRef, c.resourceRef);
    // 2. Weekly targets (cohorts' own sessions only).
    for (const Cohort& co : in.cohorts) {
        const WeekHours w = WeeklyTargets::weekOf(co, in.sessions, problem.monday);
        if (!w.heldToTargets || w.offTarget())
            faults << QStringLiteral("targets of %1 not met").arg(co.ref);
    }
    // 3. What ConflictFinder does not look at.
    std::map<QString, const PlanCohort*> cohorts;
    for (const PlanCohort& c : problem.cohorts)
        cohorts[c.ref] = &c;
    std::map<QString, int> trainerMinutes;
    std::map<std::pair<QString, int>, int> dayMinutes;
    std::map<std::tuple<QString, int, int, int>, int> blockDays; // cohort, module, minutes, day
    for (const PlannedSession& s : planned) {
        trainerMinutes[s.trainerRef] += s.end - s.start;
        if (s.locked)
            continue; // kept as they are (checked below)
        auto it = cohorts.find(s.cohortRef);
        if (it == cohorts.end()) {
            faults << QStringLiteral("unknown cohort: ") + where(s);
            continue;
        }
        const PlanCohort& c = *it->second;
        dayMinutes[{s.cohortRef, s.weekday}] += s.end - s.start;
        if (++blockDays[{s.cohortRef, int(s.module), s.end - s.start, s.weekday}] > 1)
            faults << QStringLiteral("two sessions of a block on one day: ") + where(s);
        if (!problem.daysOf(c).contains(s.weekday))
            faults << QStringLiteral("closed day: ") + where(s);
        const PlanSite* site = problem.site(c.siteRef);
        if (!site || s.start < site->opens || s.end > site->closes
            || (site->lunchStart >= 0 && s.start < site->lunchEnd && s.end > site->lunchStart)
            || ((s.start - site->opens) % problem.stepMinutes != 0
                && !(site->lunchStart >= 0 && s.start >= site->lunchEnd
                     && (s.start - site->lunchEnd) % problem.stepMinutes == 0)))
            faults << QStringLiteral("outside hours or grid: ") + where(s);
        for (const PlanTrainer& t : problem.trainers)
            if (t.ref == s.trainerRef)
                for (const PlanInterval& i : t.unavailable)
                    if (i.overlaps(s.weekday, s.start, s.end))
                        faults << QStringLiteral("trainer away: ") + where(s);
        for (const PlanRoom& r : problem.rooms)
            if (r.ref == s.roomRef) {
                if (r.siteRef != c.siteRef)
                    faults << QStringLiteral("room of another site: ") + where(s);
                for (const PlanInterval& i : r.unavailable)
                    if (i.overlaps(s.weekday, s.start, s.end))
                        faults << QStringLiteral("room booked: ") + where(s);
            }
        if (s.trainerRef.isEmpty() || s.roomRef.isEmpty())
            faults << QStringLiteral("no trainer or room: ") + where(s);
    }
    for (const PlannedSession& s : planned)
        if (s.locked)
            dayMinutes[{s.cohortRef, s.weekday}] += s.end - s.start;
    for (const auto& [key, minutes] : dayMinutes)
        if (auto it = cohorts.find(key.first); it != cohorts.end() && minutes > it->second->maxMinutesPerDay)
            faults << QStringLiteral("%1 has %2 min on day %3").arg(key.first).arg(minutes).arg(key.second);
    for (const PlanTrainer& t : problem.trainers)
        if (t.maxMinutesWeek && trainerMinutes[t.ref] > *t.maxMinutesWeek)
            faults << QStringLiteral("%1 over weekly max").arg(t.ref);
    // Block counts, exactly (WeeklyTargets checks hours; this checks the pattern).
    for (const PlanCohort& c : problem.cohorts)
        for (const PlanBlock& b : c.blocks) {
            int n = 0;
            for (const PlannedSession& s : planned)
                n += s.cohortRef == c.ref && s.module == b.module && s.end - s.start == b.minutes ? 1 : 0;
            if (n != b.count)
                faults << QStringLiteral("%1 has %2 sessions of a block of %3").arg(c.ref).arg(n).arg(b.count);
        }
    // Locked sessions: each exactly once, as given.
    for (const PlanLocked& l : problem.locked) {
        int n = 0;
        for (const PlannedSession& s : planned)
            n += s.locked && s.lockedRef == l.ref && s.cohortRef == l.cohortRef && s.weekday == l.weekday
                    && s.start == l.start && s.end == l.end && s.trainerRef == l.trainerRef && s.roomRef == l.roomRef
                ? 1
                : 0;
        if (n != 1)
            faults << QStringLiteral("locked %1 moved or lost").arg(l.ref);
    }
    return faults;
}

} // namespace parcours::test
