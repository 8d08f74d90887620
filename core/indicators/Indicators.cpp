// SPDX-License-Identifier: GPL-3.0-or-later
#include "Indicators.h"

#include "core/timetable/WeeklyTargets.h"

#include <QSet>

#include <algorithm>

namespace parcours {

namespace {

/// The rows of `input` grouped once per call, so that a period of many cohorts reads each
/// list once instead of once per cohort.
struct Index
{
    QHash<QString, QList<const Enrolment*>> enrolments;      // by cohort ref
    QHash<QString, QList<const Session*>> sessions;          // by cohort ref
    QHash<QString, QList<const Outcome*>> outcomes;          // by cohort ref
    QHash<QString, QHash<QString, const Attendance*>> marks; // by session ref, participant ref
    QHash<QString, QList<const Pairing*>> pairings;          // by participant ref

    explicit Index(const IndicatorInput& in)
    {
        for (const Enrolment& e : in.enrolments)
            enrolments[e.cohortRef].append(&e);
        for (const Session& s : in.sessions)
            sessions[s.cohortRef].append(&s);
        for (const Outcome& o : in.outcomes)
            outcomes[o.cohortRef].append(&o);
        for (const Attendance& a : in.attendance)
            marks[a.sessionRef].insert(a.participantRef, &a);
        for (const Pairing& p : in.pairings)
            pairings[p.participantRef].append(&p);
    }
};

qint64 lengthSecs(const Session& s)
{
    if (!s.start.isValid() || !s.end.isValid())
        return 0;
    return std::max<qint64>(0, s.start.secsTo(s.end));
}

double toHours(qint64 secs)
{
    return secs / 3600.0;
}

/// indicators.md, Populations: the enrolment covers the date.
bool covers(const Enrolment& e, const Cohort& c, const QDate& date)
{
    const QDate from = e.enrolledOn.isValid() ? e.enrolledOn : c.startDate;
    return from <= date && (!e.exitDate.isValid() || date <= e.exitDate);
}

/// indicators.md, Pairings: active or ended, and its period overlaps the cohort's.
bool pairingCounts(const Pairing& p, const Cohort& c)
{
    if (p.status == PairingStatus::Proposed)
        return false;
    return (!p.startDate.isValid() || p.startDate <= c.endDate)
        && (!p.endDate.isValid() || p.endDate >= c.startDate);
}

/// indicators.md, Hours: the weeks off target, as WeeklyTargets (the one implementation)
/// judges them for the timetable too.
void addWeeksOffTarget(const Cohort& c, const QList<const Session*>& sessions, IndicatorFigures& out)
{
    for (const WeekHours& w : WeeklyTargets::ofCohort(c, sessions))
        if (w.offTarget())
            out.weeksOffTarget.append({c.ref, w.isoYear(), w.isoWeek()});
}

/// The marks of the expected pairs of one held session (indicators.md, Attendance) added to
/// `counts`, and the time they attended to `attendedSecs`.
void tallySession(const Session& s, const Cohort& c, const QList<const Enrolment*>& enrolments,
                  const QHash<QString, const Attendance*>& marks, IndicatorFigures::Marks& counts,
                  qint64& attendedSecs)
{
    const qint64 length = lengthSecs(s);
    for (const Enrolment* e : enrolments) {
        if (!covers(*e, c, s.date))
            continue;
        const Attendance* mark = marks.value(e->participantRef, nullptr);
        if (!mark) {
            ++counts.unmarked;
            continue;
        }
        switch (mark->status) {
        case AttendanceStatus::Present:
            ++counts.present;
            attendedSecs += length;
            break;
        case AttendanceStatus::Late:
            ++counts.late;
            // Late by more than the session lasted attends nothing, never less.
            attendedSecs += std::max<qint64>(0, length - qint64(mark->minutesLate) * 60);
            break;
        case AttendanceStatus::Excused:
            ++counts.excused;
            break;
        case AttendanceStatus::Absent:
            ++counts.absent;
            break;
        }
    }
}

/// The figures of cohort `c` over `enrolments` (all of the cohort's, or one for the figures of
/// one participant); the weeks off target only when `withWeeks` (they do not depend on people).
IndicatorFigures computeCohort(const Cohort& c, const IndicatorInput& in, const Index& idx,
                               const QList<const Enrolment*>& enrolments, bool withWeeks = true)
{
    IndicatorFigures out;
    out.cohorts << c.ref;

    const QList<const Session*> sessions = idx.sessions.value(c.ref);

    // Populations.
    out.enrolled = int(enrolments.size());
    for (const Enrolment* e : enrolments) {
        if (e->status == EnrolmentStatus::Completed)
            ++out.completed;
        else if (e->status == EnrolmentStatus::Withdrawn)
            ++out.withdrawn;
    }

    // Hours per module. Summed in seconds so that many sessions add up without drift.
    std::array<qint64, IndicatorFigures::kModules> planned{};
    std::array<qint64, IndicatorFigures::kModules> delivered{};
    for (const Session* s : sessions) {
        const std::size_t m = std::size_t(s->module);
        if (s->status == SessionStatus::Planned || s->status == SessionStatus::Held)
            planned[m] += lengthSecs(*s);
        if (s->status == SessionStatus::Held)
            delivered[m] += lengthSecs(*s);
    }
    for (std::size_t m = 0; m < IndicatorFigures::kModules; ++m)
        out.hours[m] = {toHours(planned[m]), toHours(delivered[m])};

    if (withWeeks)
        addWeeksOffTarget(c, sessions, out);

    // Attendance and attended hours, over the expected pairs of held sessions only: marks
    // elsewhere stay in the data but are not looked at.
    qint64 attendedSecs = 0;
    QSet<QString> volunteerTrainers;
    for (const Session* s : sessions) {
        if (s->status != SessionStatus::Held)
            continue;
        if (!s->trainerRef.isEmpty()
            && in.trainerKinds.value(s->trainerRef, TrainerKind::Staff) == TrainerKind::Volunteer)
            volunteerTrainers.insert(s->trainerRef);
        if (!in.marksCounted)
            tallySession(*s, c, enrolments, idx.marks.value(s->ref), out.attendance[std::size_t(s->module)],
                         attendedSecs);
    }
    if (in.marksCounted) {
        // Counted by the database with the same rules (tallySession's), per enrolment.
        const auto cohortMarks = in.countedMarks.constFind(c.ref);
        if (cohortMarks != in.countedMarks.cend()) {
            for (const Enrolment* e : enrolments) {
                const auto counted = cohortMarks->constFind(e->participantRef);
                if (counted == cohortMarks->cend())
                    continue;
                for (std::size_t m = 0; m < IndicatorFigures::kModules; ++m)
                    out.attendance[m] += counted->byModule[m];
                attendedSecs += counted->attendedSecs;
            }
        }
    }
    for (const IndicatorFigures::Marks& m : out.attendance)
        out.attendanceAll += m;
    out.attendedHours = toHours(attendedSecs);

    // Pairings of the enrolled participants. The pairing's own cohort_ref is not looked at:
    // indicators.md counts a pairing by its status and period only.
    QSet<QString> volunteers;
    for (const Enrolment* e : enrolments) {
        bool mentor = false;
        bool coach = false;
        for (const Pairing* p : idx.pairings.value(e->participantRef)) {
            if (!pairingCounts(*p, c))
                continue;
            (p->role == PairingRole::Mentor ? mentor : coach) = true;
            if (!p->volunteerRef.isEmpty())
                volunteers.insert(p->volunteerRef);
        }
        out.pairings.withMentor += mentor ? 1 : 0;
        out.pairings.withCoach += coach ? 1 : 0;
        out.pairings.withBoth += mentor && coach ? 1 : 0;
    }
    // Volunteers and trainers are different tables: nothing to deduplicate between them.
    out.pairings.volunteersInvolved = int(volunteers.size() + volunteerTrainers.size());

    // French progression, over every enrolment with both levels, whatever its status.
    for (const Enrolment* e : enrolments) {
        const auto entry = in.entryLevels.constFind(e->participantRef);
        if (entry == in.entryLevels.cend() || !e->frenchLevelExit)
            continue;
        const int gained = int(*e->frenchLevelExit) - int(*entry);
        ++out.french.assessed;
        out.french.levelsGained += gained;
        if (gained >= 1)
            ++out.french.gainedOneLevelOrMore;
    }

    // Exits: the latest outcome per (participant, milestone) of this cohort. An outcome with
    // no recorded_on is older than any dated one; on equal dates the later row wins.
    QHash<QString, std::array<const Outcome*, IndicatorFigures::kMilestones>> latest;
    for (const Outcome* o : idx.outcomes.value(c.ref)) {
        auto it = latest.find(o->participantRef);
        if (it == latest.end())
            it = latest.insert(o->participantRef, {});
        const Outcome*& slot = (*it)[std::size_t(o->milestone)];
        if (!slot || Indicators::supersedes(*o, *slot))
            slot = o;
    }
    for (const Enrolment* e : enrolments) {
        if (e->status != EnrolmentStatus::Completed)
            continue;
        const auto known = latest.value(e->participantRef, {});
        for (std::size_t m = 0; m < IndicatorFigures::kMilestones; ++m) {
            IndicatorFigures::Exits& x = out.exits[m];
            ++x.completed;
            const Outcome* o = known[m];
            switch (o ? classOf(o->situation) : SituationClass::Unknown) {
            case SituationClass::Durable:
                ++x.durable;
                if (o->situation == Situation::Cdi)
                    ++x.permanent;
                break;
            case SituationClass::Transition:
                ++x.transition;
                break;
            case SituationClass::Positive:
                ++x.positive;
                break;
            case SituationClass::Other:
                ++x.other;
                break;
            case SituationClass::Unknown:
                ++x.unknown;
                break;
            }
        }
    }
    return out;
}

} // namespace

Result<IndicatorFigures> Indicators::ofCohort(const IndicatorInput& input, const QString& cohortRef)
{
    for (const Cohort& c : input.cohorts)
        if (c.ref == cohortRef) {
            const Index idx(input);
            return computeCohort(c, input, idx, idx.enrolments.value(c.ref));
        }
    return fail(ErrorCode::NotFound, QStringLiteral("no cohort %1").arg(cohortRef), {cohortRef});
}

Result<IndicatorFigures> Indicators::ofPeriod(const IndicatorInput& input, const QDate& from,
                                              const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(ErrorCode::Usage, QStringLiteral("the period needs two dates, from before to"));
    QList<const Cohort*> inPeriod;
    for (const Cohort& c : input.cohorts)
        if (endsIn(c, from, to))
            inPeriod.append(&c);
    std::sort(inPeriod.begin(), inPeriod.end(),
              [](const Cohort* a, const Cohort* b) { return a->ref < b->ref; });

    const Index idx(input);
    IndicatorFigures sum;
    for (const Cohort* c : inPeriod)
        sum += computeCohort(*c, input, idx, idx.enrolments.value(c->ref));
    return sum;
}

QList<IndicatorFigures> Indicators::ofEachCohort(const IndicatorInput& input)
{
    const Index idx(input);
    QList<IndicatorFigures> out;
    out.reserve(input.cohorts.size());
    for (const Cohort& c : input.cohorts)
        out.append(computeCohort(c, input, idx, idx.enrolments.value(c.ref)));
    return out;
}

QList<IndicatorFigures> Indicators::ofEachEnrolment(const IndicatorInput& input)
{
    const Index idx(input);
    QHash<QString, const Cohort*> cohorts;
    for (const Cohort& c : input.cohorts)
        cohorts.insert(c.ref, &c);
    QList<IndicatorFigures> out;
    out.reserve(input.enrolments.size());
    for (const Enrolment& e : input.enrolments) {
        const Cohort* c = cohorts.value(e.cohortRef, nullptr);
        out.append(c ? computeCohort(*c, input, idx, {&e}, false) : IndicatorFigures());
    }
    return out;
}

QHash<QString, IndicatorFigures::Marks> Indicators::marksOfEachSession(const IndicatorInput& input)
{
    const Index idx(input);
    QHash<QString, IndicatorFigures::Marks> out;
    for (const Cohort& c : input.cohorts) {
        const QList<const Enrolment*> enrolments = idx.enrolments.value(c.ref);
        for (const Session* s : idx.sessions.value(c.ref)) {
            if (s->status != SessionStatus::Held)
                continue;
            qint64 ignored = 0;
            tallySession(*s, c, enrolments, idx.marks.value(s->ref), out[s->ref], ignored);
        }
    }
    return out;
}

bool Indicators::supersedes(const Outcome& candidate, const Outcome& current)
{
    return !current.recordedOn.isValid()
        || (candidate.recordedOn.isValid() && candidate.recordedOn >= current.recordedOn);
}

bool Indicators::endsIn(const Cohort& cohort, const QDate& from, const QDate& to)
{
    return cohort.endDate.isValid() && from <= cohort.endDate && cohort.endDate <= to;
}

bool Indicators::covers(const Enrolment& enrolment, const Cohort& cohort, const QDate& date)
{
    return parcours::covers(enrolment, cohort, date);
}

} // namespace parcours
