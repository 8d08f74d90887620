// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorService.h"

#include "core/indicators/Indicators.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/TrainerRepository.h"

#include <QSet>

namespace parcours {

// The repositories have no "rows of these cohorts" queries yet, so a period reads whole lists
// and keeps what it needs in memory: a fixed number of queries, at the cost of reading rows
// of other cohorts. A cohort uses the repositories' per-cohort queries where they exist.

Result<IndicatorInput> IndicatorService::inputForCohort(const QString& cohortRef) const
{
    auto found = CohortRepository(m_db).find(cohortRef);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, QStringLiteral("no cohort %1").arg(cohortRef), {cohortRef});
    IndicatorInput input;
    input.cohorts << **found;
    if (auto filled = fill(input); !filled)
        return fail(filled.error());
    return input;
}

Result<IndicatorInput> IndicatorService::inputForPeriod(const QDate& from, const QDate& to) const
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
    if (auto filled = fill(input); !filled)
        return fail(filled.error());
    return input;
}

Result<void> IndicatorService::fill(IndicatorInput& input) const
{
    const bool single = input.cohorts.size() == 1;
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

    auto people = ParticipantRepository(m_db).all();
    if (!people)
        return fail(people.error());
    for (const Participant& p : *people)
        if (p.frenchLevelEntry && participants.contains(p.ref))
            input.entryLevels.insert(p.ref, *p.frenchLevelEntry);

    SessionRepository sessionRepo(m_db);
    auto sessions = single ? sessionRepo.ofCohort(only) : sessionRepo.all();
    if (!sessions)
        return fail(sessions.error());
    QSet<QString> sessionRefs;
    for (const Session& s : *sessions) {
        if (cohortRefs.contains(s.cohortRef)) {
            input.sessions << s;
            sessionRefs.insert(s.ref);
        }
    }
    auto marks = single ? sessionRepo.attendanceOfCohort(only) : sessionRepo.attendance();
    if (!marks)
        return fail(marks.error());
    for (const Attendance& a : *marks)
        if (sessionRefs.contains(a.sessionRef))
            input.attendance << a;

    // Every pairing of the enrolled participants: whether one counts depends on its status
    // and period, not on its cohort_ref (indicators.md, Pairings).
    auto pairings = PairingRepository(m_db).all();
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
    auto input = inputForPeriod(from, to);
    if (!input)
        return fail(input.error());
    return Indicators::ofPeriod(*input, from, to);
}

} // namespace parcours
