// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorService.h"

#include "core/indicators/Indicators.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/IndicatorTotals.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ReportRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/timetable/WeeklyTargets.h"

#include <QSet>

#include <algorithm>

namespace parcours {

// A cohort reads its own rows only. inputForPeriod reads whole lists and keeps the rows of its
// cohorts in memory (a fixed number of queries, at the cost of reading rows of other cohorts),
// except what can be asked for its cohorts alone. period() reads no list but the cohorts: the
// database counts each cohort's figures (IndicatorTotals: GROUP BY over enrolments, sessions,
// pairings, outcomes) and the attendance marks per group (SessionRepository::markCountsOfPeriod,
// from the totals of migration 0008): a network's ten years hold millions of rows that lists
// in memory would not take in time. IndicatorTotalsTest checks both paths give the same figures.

namespace {

/// The figures of cohort `c` from what the database counted of it, as Indicators computes them
/// (computeCohort) but for the attendance marks, which period() adds for the whole period.
IndicatorFigures figuresOf(const Cohort& c, const CohortTotals& t)
{
    IndicatorFigures out;
    out.cohorts << c.ref;
    out.enrolled = t.enrolled;
    out.completed = t.completed;
    out.withdrawn = t.withdrawn;
    // Summed in seconds per cohort and turned into hours once, as the engine does.
    for (std::size_t m = 0; m < IndicatorFigures::kModules; ++m)
        out.hours[m] = {t.plannedSecs[m] / 3600.0, t.deliveredSecs[m] / 3600.0};
    QList<WeekSeconds> weeks;
    weeks.reserve(t.weeks.size());
    for (const CohortWeekSeconds& w : t.weeks)
        weeks.append({w.monday, w.seconds});
    for (const WeekHours& w : WeeklyTargets::ofCohort(c, weeks))
        if (w.offTarget())
            out.weeksOffTarget.append({c.ref, w.isoYear(), w.isoWeek()});
    out.pairings = t.pairings;
    out.french = t.french;
    out.exits = t.exits;
    return out;
}

} // namespace

Result<IndicatorInput> IndicatorService::inputForCohort(const QString& cohortRef) const
{
    auto found = CohortRepository(m_db).find(cohortRef);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, QStringLiteral("no cohort %1").arg(cohortRef), {cohortRef});
    IndicatorInput input;
    input.cohorts << **found;
    if (auto filled = fill(input, {}, {}, Marks::Listed); !filled)
        return fail(filled.error());
    return input;
}

Result<IndicatorInput> IndicatorService::inputForPeriod(const QDate& from, const QDate& to) const
{
    return periodInput(from, to, Marks::Listed);
}

Result<IndicatorInput> IndicatorService::countedInputForPeriod(const QDate& from, const QDate& to) const
{
    auto rows = ReportRepository(m_db).read(ReportScope::period(from, to), false, ReportRepository::Marks::Counted);
    if (!rows)
        return fail(rows.error());
    return std::move(rows->input);
}

Result<IndicatorInput> IndicatorService::periodInput(const QDate& from, const QDate& to, Marks marks) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(ErrorCode::Usage, QStringLiteral("the period needs two dates, from before to"));
    auto cohorts = CohortRepository(m_db).all();
    if (!cohorts)
        return fail(cohorts.error());
    IndicatorInput input;
    for (const Cohort& c : *cohorts)
        if (Indicators::endsIn(c, from, to))
            input.cohorts << c;
    if (input.cohorts.isEmpty())
        return input;
    if (auto filled = fill(input, from, to, marks); !filled)
        return fail(filled.error());
    return input;
}

Result<void> IndicatorService::fill(IndicatorInput& input, const QDate& from, const QDate& to, Marks withMarks) const
{
    const bool single = !from.isValid();
    const QString only = single ? input.cohorts.first().ref : QString();
    QSet<QString> cohortRefs;
    for (const Cohort& c : input.cohorts)
        cohortRefs.insert(c.ref);

    CohortRepository cohorts(m_db);
    auto enrolments = single ? cohorts.enrolmentsOf(only) : cohorts.enrolments();
    if (!enrolments)
        return fail(enrolments.error());
    QSet<QString> participants;
    for (const Enrolment& e : *enrolments) {
        if (cohortRefs.contains(e.cohortRef)) {
            input.enrolments << e;
            participants.insert(e.participantRef);
        }
    }

    ParticipantRepository people(m_db);
    auto levels = single ? people.entryLevelsOfCohort(only) : people.entryLevelsOfPeriod(from, to);
    if (!levels)
        return fail(levels.error());
    input.entryLevels = std::move(*levels);

    SessionRepository sessionRepo(m_db);
    auto sessions = single ? sessionRepo.ofCohort(only) : sessionRepo.all();
    if (!sessions)
        return fail(sessions.error());
    QSet<QString> sessionRefs; // only to pick the marks of the listed sessions
    for (const Session& s : *sessions) {
        if (cohortRefs.contains(s.cohortRef)) {
            input.sessions << s;
            if (withMarks == Marks::Listed)
                sessionRefs.insert(s.ref);
        }
    }
    if (withMarks == Marks::Listed) {
        auto marks = single ? sessionRepo.attendanceOfCohort(only) : sessionRepo.attendance();
        if (!marks)
            return fail(marks.error());
        for (const Attendance& a : *marks)
            if (sessionRefs.contains(a.sessionRef))
                input.attendance << a;
    }

    // Every pairing of the enrolled participants: whether one counts depends on its status
    // and period, not on its cohort_ref (indicators.md, Pairings).
    PairingRepository pairingRepo(m_db);
    auto pairings = single ? pairingRepo.ofParticipantsOfCohort(only) : pairingRepo.all();
    if (!pairings)
        return fail(pairings.error());
    for (const Pairing& p : *pairings)
        if (participants.contains(p.participantRef))
            input.pairings << p;

    auto trainers = TrainerRepository(m_db).all();
    if (!trainers)
        return fail(trainers.error());
    for (const Trainer& t : *trainers)
        input.trainerKinds.insert(t.ref, t.kind);

    OutcomeRepository outcomeRepo(m_db);
    auto outcomes = single ? outcomeRepo.ofCohort(only) : outcomeRepo.all();
    if (!outcomes)
        return fail(outcomes.error());
    for (const Outcome& o : *outcomes)
        if (cohortRefs.contains(o.cohortRef))
            input.outcomes << o;
    return {};
}

Result<IndicatorFigures> IndicatorService::cohort(const QString& cohortRef) const
{
    auto input = inputForCohort(cohortRef);
    if (!input)
        return fail(input.error());
    return Indicators::ofCohort(*input, cohortRef);
}

Result<IndicatorFigures> IndicatorService::period(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(ErrorCode::Usage, QStringLiteral("the period needs two dates, from before to"));
    auto cohorts = CohortRepository(m_db).all();
    if (!cohorts)
        return fail(cohorts.error());
    // The cohorts of the period in ref order, summed one by one (Indicators::ofPeriod's order:
    // the hours, sums of fractions, add up in the same order to the same bits).
    QList<const Cohort*> inPeriod;
    for (const Cohort& c : std::as_const(*cohorts))
        if (Indicators::endsIn(c, from, to))
            inPeriod.append(&c);
    if (inPeriod.isEmpty())
        return IndicatorFigures();
    std::sort(inPeriod.begin(), inPeriod.end(), [](const Cohort* a, const Cohort* b) { return a->ref < b->ref; });
    auto totals = IndicatorTotals(m_db).ofPeriod(from, to);
    if (!totals)
        return fail(totals.error());
    Result<IndicatorFigures> figures = IndicatorFigures();
    for (const Cohort* c : std::as_const(inPeriod))
        *figures += figuresOf(*c, totals->value(c->id));
    auto counts = SessionRepository(m_db).markCountsOfPeriod(from, to);
    if (!counts)
        return fail(counts.error());

    // The engine saw no mark: its attendance figures are replaced by the database's counts,
    // made with the engine's rules (Indicators.cpp; IndicatorServiceTest checks they agree).
    IndicatorFigures& f = *figures;
    f.attendance = {};
    f.attendanceAll = {};
    qint64 attendedSecs = 0;
    for (const MarkCount& m : *counts) {
        IndicatorFigures::Marks& counted = f.attendance[std::size_t(m.module)];
        const int pairs = int(m.pairs);
        attendedSecs += m.attendedSecs;
        if (!m.status) {
            counted.unmarked += pairs;
            continue;
        }
        switch (*m.status) {
        case AttendanceStatus::Present:
            counted.present += pairs;
            break;
        case AttendanceStatus::Late:
            counted.late += pairs;
            break;
        case AttendanceStatus::Excused:
            counted.excused += pairs;
            break;
        case AttendanceStatus::Absent:
            counted.absent += pairs;
            break;
        }
    }
    for (const IndicatorFigures::Marks& m : f.attendance)
        f.attendanceAll += m;
    f.attendedHours = attendedSecs / 3600.0;
    return figures;
}

} // namespace parcours
