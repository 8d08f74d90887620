// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubjectAccess.h"

#include "core/storage/CohortRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/VolunteerRepository.h"

#include <algorithm>
#include <tuple>

namespace parcours {

QString SubjectAccessData::ref() const
{
    if (participant)
        return participant->ref;
    return volunteer ? volunteer->ref : QString();
}

QString SubjectAccessData::fullName() const
{
    if (participant)
        return participant->fullName();
    return volunteer ? volunteer->fullName() : QString();
}

QString SubjectAccessData::cohortName(const QString& cohortRef) const
{
    const auto it = cohorts.constFind(cohortRef);
    if (it == cohorts.constEnd() || it->name.isEmpty())
        return cohortRef;
    return it->name;
}

Result<QList<PersonKind>> SubjectAccess::kindsOf(const QString& ref) const
{
    QList<PersonKind> kinds;
    const auto participant = ParticipantRepository(m_db).find(ref);
    if (!participant)
        return fail(participant.error());
    if (*participant)
        kinds << PersonKind::Participant;
    const auto volunteer = VolunteerRepository(m_db).find(ref);
    if (!volunteer)
        return fail(volunteer.error());
    if (*volunteer)
        kinds << PersonKind::Volunteer;
    return kinds;
}

Result<SubjectAccessData> SubjectAccess::collect(PersonKind kind, const QString& ref) const
{
    auto data = kind == PersonKind::Participant ? participantData(ref) : volunteerData(ref);
    if (!data)
        return data;
    if (auto ok = addCohorts(*data); !ok)
        return fail(ok.error());
    return data;
}

Result<SubjectAccessData> SubjectAccess::participantData(const QString& ref) const
{
    const auto person = ParticipantRepository(m_db).find(ref);
    if (!person)
        return fail(person.error());
    if (!*person)
        return fail(ErrorCode::NotFound, QStringLiteral("no participant with ref '%1'").arg(ref), {ref});
    SubjectAccessData data;
    data.kind = PersonKind::Participant;
    data.participant = **person;

    const auto enrolments = CohortRepository(m_db).enrolmentsOfParticipant(ref);
    if (!enrolments)
        return fail(enrolments.error());
    data.enrolments = *enrolments;

    SessionRepository sessions(m_db);
    const auto marks = sessions.attendanceOfParticipant(ref);
    if (!marks)
        return fail(marks.error());
    for (const Attendance& mark : *marks) {
        const auto session = sessions.find(mark.sessionRef);
        if (!session)
            return fail(session.error());
        if (*session) // a mark always has its session (ON DELETE CASCADE)
            data.attendance.append({mark, **session});
    }
    std::sort(data.attendance.begin(), data.attendance.end(), [](const MarkedSession& a, const MarkedSession& b) {
        return std::tie(a.session.date, a.session.start, a.session.ref)
               < std::tie(b.session.date, b.session.start, b.session.ref);
    });

    PairingRepository pairings(m_db);
    const auto own = pairings.ofParticipant(ref);
    if (!own)
        return fail(own.error());
    for (Pairing k : *own) {
        k.volunteerRef.clear(); // a third party: the role says what they are, not who
        data.pairings << k;
    }
    const auto checkIns = pairings.checkInsOfParticipant(ref);
    if (!checkIns)
        return fail(checkIns.error());
    data.checkIns = *checkIns;

    const auto outcomes = OutcomeRepository(m_db).ofParticipant(ref);
    if (!outcomes)
        return fail(outcomes.error());
    data.outcomes = *outcomes;
    std::sort(data.outcomes.begin(), data.outcomes.end(), [](const Outcome& a, const Outcome& b) {
        return std::tie(a.cohortRef, a.milestone, a.recordedOn) < std::tie(b.cohortRef, b.milestone, b.recordedOn);
    });
    return data;
}

Result<SubjectAccessData> SubjectAccess::volunteerData(const QString& ref) const
{
    const auto person = VolunteerRepository(m_db).find(ref);
    if (!person)
        return fail(person.error());
    if (!*person)
        return fail(ErrorCode::NotFound, QStringLiteral("no volunteer with ref '%1'").arg(ref), {ref});
    SubjectAccessData data;
    data.kind = PersonKind::Volunteer;
    data.volunteer = **person;

    PairingRepository pairings(m_db);
    const auto own = pairings.ofVolunteer(ref);
    if (!own)
        return fail(own.error());
    for (Pairing k : *own) {
        k.participantRef.clear(); // a third party, and a vulnerable one
        data.pairings << k;
    }
    const auto checkIns = pairings.checkInsOfVolunteer(ref);
    if (!checkIns)
        return fail(checkIns.error());
    data.checkIns = *checkIns;
    return data;
}

Result<void> SubjectAccess::addCohorts(SubjectAccessData& data) const
{
    QStringList refs;
    for (const Enrolment& e : std::as_const(data.enrolments))
        refs << e.cohortRef;
    for (const MarkedSession& m : std::as_const(data.attendance))
        refs << m.session.cohortRef;
    for (const Pairing& k : std::as_const(data.pairings))
        refs << k.cohortRef;
    for (const Outcome& o : std::as_const(data.outcomes))
        refs << o.cohortRef;
    refs.removeAll(QString());
    refs.removeDuplicates();
    CohortRepository cohorts(m_db);
    for (const QString& ref : std::as_const(refs)) {
        const auto cohort = cohorts.find(ref);
        if (!cohort)
            return fail(cohort.error());
        if (*cohort)
            data.cohorts.insert(ref, **cohort);
    }
    return {};
}

} // namespace parcours
