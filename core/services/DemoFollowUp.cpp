// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoFollowUp.h"

#include "DemoBuilder.h"
#include "DemoCatalogue.h"
#include "DemoPeople.h"
#include "DemoRandom.h"

#include <algorithm>

namespace parcours {

QList<Enrolment> DemoFollowUp::enrolmentsOf(const QString& cohortRef) const
{
    QList<Enrolment> out;
    for (const Enrolment& e : std::as_const(m_data.enrolments))
        if (e.cohortRef == cohortRef)
            out << e;
    return out;
}

const Participant* DemoFollowUp::participant(const QString& ref) const
{
    for (const Participant& p : std::as_const(m_data.participants))
        if (p.ref == ref)
            return &p;
    return nullptr;
}

void DemoFollowUp::addAttendance()
{
    for (const Cohort& cohort : std::as_const(m_data.cohorts)) {
        const QList<Enrolment> enrolments = enrolmentsOf(cohort.ref);
        QList<const Session*> held;
        for (const Session& s : std::as_const(m_data.sessions))
            if (s.cohortRef == cohort.ref && s.status == SessionStatus::Held)
                held << &s;
        if (held.isEmpty())
            continue;

        // Most people come nearly always, some less, a few rarely.
        QList<QList<int>> weights; // present, late, excused, absent
        for (int i = 0; i < enrolments.size(); ++i) {
            switch (m_random.weighted({70, 25, 5})) {
            case 0: weights << QList<int>{92, 4, 2, 2}; break;
            case 1: weights << QList<int>{80, 8, 6, 6}; break;
            default: weights << QList<int>{62, 10, 10, 18}; break;
            }
        }
        // Marks not yet entered: on a running cohort, three on the last session held; on a
        // finished one, two here and there.
        QList<QPair<int, int>> unmarked; // (index in held, index in enrolments)
        const bool running = cohort.endDate >= m_today;
        for (int k = 0; k < (running ? 3 : 2); ++k)
            unmarked << qMakePair(running ? int(held.size()) - 1 : m_random.between(0, int(held.size()) - 1),
                                  m_random.between(0, int(enrolments.size()) - 1));

        for (int si = 0; si < held.size(); ++si) {
            const Session& s = *held.at(si);
            for (int ei = 0; ei < enrolments.size(); ++ei) {
                const Enrolment& e = enrolments.at(ei);
                const bool expected = (!e.enrolledOn.isValid() || e.enrolledOn <= s.date)
                                      && (!e.exitDate.isValid() || s.date <= e.exitDate);
                if (!expected || unmarked.contains(qMakePair(si, ei)))
                    continue;
                Attendance a;
                a.sessionRef = s.ref;
                a.participantRef = e.participantRef;
                a.status = static_cast<AttendanceStatus>(m_random.weighted(weights.at(ei)));
                if (a.status == AttendanceStatus::Late)
                    a.minutesLate = 5 * m_random.between(1, 9);
                m_data.attendance.append(a);
            }
        }
    }
}

QString DemoFollowUp::chooseVolunteer(const QString& city, PairingRole role, const QString& sector,
                                      const QMap<QString, int>& load, const QString& exclude)
{
    QStringList candidates;
    QStringList sameSector;
    for (const Volunteer& v : std::as_const(m_data.volunteers)) {
        if (m_volunteerCity.value(v.ref) != city || !canServeAs(v.role, role) || v.ref == exclude
            || load.value(v.ref) >= v.maxPairings)
            continue;
        candidates << v.ref;
        if (!sector.isEmpty() && v.sector == sector)
            sameSector << v.ref;
    }
    if (candidates.isEmpty())
        return {};
    // A mentor from the participant's sector when one is free, most of the time: what the
    // office tries to do, not a rule.
    if (role == PairingRole::Mentor && !sameSector.isEmpty() && m_random.chance(75))
        return m_random.pick(sameSector);
    return m_random.pick(candidates);
}

void DemoFollowUp::addPairing(Pairing p)
{
    p.ref = demoRef("K", int(m_data.pairings.size()) + 1);
    m_data.pairings.append(std::move(p));
}

void DemoFollowUp::addPairings()
{
    QMap<QString, int> activeLoad; // volunteer ref -> active pairings
    const QDate yesterday = m_today.addDays(-1);
    for (const Cohort& cohort : std::as_const(m_data.cohorts)) {
        const bool past = cohort.endDate < m_today;
        const bool upcoming = cohort.startDate > m_today;
        const QString city = m_cohortCity.value(cohort.ref);
        QMap<QString, int> cohortLoad; // volunteer ref -> pairings in this cohort
        for (const Enrolment& e : enrolmentsOf(cohort.ref)) {
            const Participant* p = participant(e.participantRef);
            const QString sector = p ? p->sector : QString();
            for (PairingRole role : {PairingRole::Mentor, PairingRole::Coach}) {
                Pairing k;
                k.participantRef = e.participantRef;
                k.role = role;
                k.cohortRef = cohort.ref;
                if (upcoming) {
                    // Matching has begun: some proposals await the office's decision.
                    if (!m_random.chance(40))
                        continue;
                    k.volunteerRef = chooseVolunteer(city, role, sector, cohortLoad);
                    if (k.volunteerRef.isEmpty())
                        continue;
                    k.status = PairingStatus::Proposed;
                    k.startDate = cohort.startDate;
                    ++cohortLoad[k.volunteerRef];
                    addPairing(k);
                    continue;
                }
                if (m_random.chance(role == PairingRole::Mentor ? 10 : 5))
                    continue; // a participant still waiting for a volunteer
                k.volunteerRef = chooseVolunteer(city, role, sector, past ? cohortLoad : activeLoad);
                if (k.volunteerRef.isEmpty())
                    continue;
                const bool withdrawn = e.status == EnrolmentStatus::Withdrawn;
                k.startDate = std::min(cohort.startDate.addDays(m_random.between(0, 14)), yesterday);
                k.startDate = std::max(k.startDate, e.enrolledOn);
                if (withdrawn)
                    k.startDate = std::min(k.startDate, e.exitDate);
                if (past || withdrawn) {
                    k.status = PairingStatus::Ended;
                    k.endDate = withdrawn ? e.exitDate : std::min(cohort.endDate.addMonths(6), yesterday);
                    k.endReason = withdrawn ? QStringLiteral("Sortie du programme")
                                            : QStringLiteral("Fin de l'accompagnement");
                    ++cohortLoad[k.volunteerRef];
                    addPairing(k);
                    continue;
                }
                // Now and then a mentor drops out and someone else takes over.
                if (role == PairingRole::Mentor && k.startDate.daysTo(m_today) >= 30 && m_random.chance(12)) {
                    Pairing first = k;
                    first.status = PairingStatus::Ended;
                    first.endDate = k.startDate.addDays(m_random.between(10, 20));
                    first.endReason = QStringLiteral("Le bénévole n'est plus disponible");
                    addPairing(first);
                    k.volunteerRef = chooseVolunteer(city, role, sector, activeLoad, first.volunteerRef);
                    if (k.volunteerRef.isEmpty())
                        continue;
                    k.startDate = std::min(first.endDate.addDays(m_random.between(2, 6)), yesterday);
                }
                k.status = PairingStatus::Active;
                ++activeLoad[k.volunteerRef];
                addPairing(k);
            }
        }
    }
}

void DemoFollowUp::addCheckIns()
{
    const QStringList& notes = DemoCatalogue::checkInNotes();
    for (const Pairing& k : std::as_const(m_data.pairings)) {
        if (k.status == PairingStatus::Proposed || !k.startDate.isValid())
            continue;
        const QDate last = k.status == PairingStatus::Ended ? k.endDate : m_today.addDays(-1);
        for (QDate d = k.startDate.addDays(m_random.between(3, 10)); d <= last;
             d = d.addDays(m_random.between(10, 21))) {
            CheckIn c;
            c.pairingRef = k.ref;
            c.date = d;
            c.kind = static_cast<CheckInKind>(m_random.weighted({40, 30, 10, 20}));
            switch (*c.kind) {
            case CheckInKind::InPerson: c.durationMinutes = 5 * m_random.between(9, 24); break;
            case CheckInKind::Phone: c.durationMinutes = 5 * m_random.between(3, 9); break;
            case CheckInKind::Video: c.durationMinutes = 5 * m_random.between(6, 12); break;
            case CheckInKind::Message: break;
            }
            if (m_random.chance(30))
                c.notes = m_random.pick(notes);
            m_data.checkIns.append(c);
        }
    }
}

void DemoFollowUp::addOutcomes()
{
    const QList<DemoSector>& sectors = DemoCatalogue::sectors();
    auto employerFor = [&](const QString& sector) {
        for (const DemoSector& s : sectors)
            if (s.name == sector)
                return m_random.pick(s.employers);
        return m_random.pick(m_random.pick(sectors).employers);
    };

    for (const Cohort& cohort : std::as_const(m_data.cohorts)) {
        if (cohort.endDate >= m_today)
            continue;
        const QList<Enrolment> enrolments = enrolmentsOf(cohort.ref);
        // One person the office loses track of after three months.
        const int lost = m_random.between(0, int(enrolments.size()) - 1);
        const QList<QPair<Milestone, QDate>> milestones = demoMilestones(cohort.endDate);
        for (int i = 0; i < enrolments.size(); ++i) {
            const Enrolment& e = enrolments.at(i);
            const Participant* p = participant(e.participantRef);
            const QString sector = p ? p->sector : QString();
            if (e.status == EnrolmentStatus::Withdrawn) {
                if (e.exitReason.startsWith(QLatin1String("A trouvé un emploi"))) {
                    Outcome o;
                    o.participantRef = e.participantRef;
                    o.cohortRef = cohort.ref;
                    o.milestone = Milestone::Exit;
                    o.situation = Situation::CddUnder6m;
                    o.recordedOn = e.exitDate;
                    o.employer = employerFor(sector);
                    o.sector = sector;
                    m_data.outcomes.append(o);
                }
                continue;
            }
            if (e.status != EnrolmentStatus::Completed)
                continue;
            std::optional<Situation> previous;
            for (const auto& [milestone, date] : milestones) {
                if (date > m_today)
                    break;
                if (i == lost && milestone != Milestone::Exit && milestone != Milestone::M3)
                    continue;
                const Situation s = demoSituation(m_random, milestone, previous);
                Outcome o;
                o.participantRef = e.participantRef;
                o.cohortRef = cohort.ref;
                o.milestone = milestone;
                o.situation = s;
                o.recordedOn = demoRecordedOn(m_random, milestone, date, m_today);
                if (demoIsJob(s)) {
                    o.employer = employerFor(sector);
                    o.sector = sector;
                } else if (s == Situation::QualifyingTraining) {
                    o.employer = m_random.pick(DemoCatalogue::trainingBodies());
                    o.sector = sector;
                }
                m_data.outcomes.append(o);
                previous = s;
            }
        }
    }
}

} // namespace parcours
