// SPDX-License-Identifier: GPL-3.0-or-later
#include "LargeDemoGenerator.h"

#include "DemoBuilder.h"
#include "DemoCatalogue.h"
#include "DemoGenerator.h"
#include "DemoPeople.h"
#include "DemoRandom.h"
#include "LargeDemoNetwork.h"
#include "core/domain/CheckIn.h"
#include "core/domain/Enrolment.h"
#include "core/domain/Outcome.h"
#include "core/domain/Pairing.h"
#include "core/domain/Volunteer.h"
#include "core/storage/BulkLoader.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace parcours {

namespace {

constexpr double kVolunteersAtOne = 20000;

/// What the pairing step needs to know of a volunteer.
struct PoolVolunteer
{
    qint64 id = 0;
    QString ref;
    int sector = -1; ///< index in DemoCatalogue::sectors(), -1 for a student
    int maxPairings = 1;
    qint64 from = 0; ///< julian days of the availability window
    qint64 to = 0;
    std::vector<qint64> busyUntil; ///< last day of each pairing taken
};

/// One participant of the cohort being written.
struct Member
{
    qint64 id = 0;
    int sector = 0;
    Enrolment enrolment;
};

class Writer
{
public:
    Writer(BulkLoader& loader, quint32 seed, const QDate& today, double factor,
           const LargeDemoGenerator::Progress& progress)
        : m_load(loader), m_random(seed), m_today(today), m_factor(factor), m_progress(progress)
    {
    }

    Result<LargeDemoCounts> run();

private:
    Result<void> writeNetwork();
    Result<void> writeVolunteers();
    Result<void> writeCohort(const LargeDemoCohort& c, qint64 cohortId);
    Result<void> writeAttendance(const LargeDemoCohort& c, const QList<Member>& members, const QList<Session>& sessions,
                                 qint64 firstSessionId);
    Result<void> writePairings(const LargeDemoCohort& c, qint64 cohortId, const QList<Member>& members);
    Result<void> writePairing(Pairing& k, qint64 participantId, qint64 volunteer, qint64 cohortId, qint64 busyUntil);
    Result<void> writeOutcomes(const LargeDemoCohort& c, qint64 cohortId, const QList<Member>& members);
    /// A volunteer (index in m_pool) of `site` who can serve in `role` from `start` to `end`
    /// and has room for one more pairing, preferring the participant's sector; -1 when none.
    int chooseVolunteer(int site, PairingRole role, int sector, qint64 start, qint64 end, int exclude);
    void report(const QString& phase)
    {
        if (m_progress)
            m_progress(phase, m_counts);
    }

    BulkLoader& m_load;
    DemoRandom m_random;
    QDate m_today;
    double m_factor;
    const LargeDemoGenerator::Progress& m_progress;
    LargeDemoNetwork m_network;
    LargeDemoCounts m_counts;
    QHash<QString, qint64> m_trainerIds;
    QHash<QString, qint64> m_roomIds;
    std::vector<PoolVolunteer> m_pool;
    QList<std::vector<int>> m_mentors; ///< per site, indexes in m_pool of who can mentor
    QList<std::vector<int>> m_coaches;
    QList<int> m_countryWeights;
    int m_sessionRefs = 0;
};

Result<LargeDemoCounts> Writer::run()
{
    for (const DemoCountry& c : DemoCatalogue::countries())
        m_countryWeights << c.weight;
    m_network = LargeDemoNetwork::build(m_random, m_today, m_factor);
    if (auto r = writeNetwork(); !r)
        return fail(r.error());
    report(QStringLiteral("sites, rooms, trainers and cohorts"));
    if (auto r = writeVolunteers(); !r)
        return fail(r.error());
    report(QStringLiteral("volunteers"));
    const qint64 total = m_network.cohorts.size();
    qint64 nextReport = total / 10;
    for (qint64 i = 0; i < total; ++i) {
        if (auto r = writeCohort(m_network.cohorts.at(i), i + 1); !r)
            return fail(r.error());
        if (i + 1 == nextReport && i + 1 < total) {
            report(QStringLiteral("cohorts %1/%2").arg(i + 1).arg(total));
            nextReport += std::max<qint64>(1, total / 10);
        }
    }
    report(QStringLiteral("cohorts %1/%1").arg(total));
    return m_counts;
}

Result<void> Writer::writeNetwork()
{
    QHash<QString, qint64> siteIds;
    for (const Site& s : std::as_const(m_network.sites)) {
        siteIds.insert(s.ref, ++m_counts.sites);
        if (auto r = m_load.site(m_counts.sites, s); !r)
            return r;
    }
    for (const Room& room : std::as_const(m_network.rooms)) {
        m_roomIds.insert(room.ref, ++m_counts.rooms);
        if (auto r = m_load.room(m_counts.rooms, siteIds.value(room.siteRef), room); !r)
            return r;
    }
    for (const Trainer& t : std::as_const(m_network.trainers)) {
        m_trainerIds.insert(t.ref, ++m_counts.trainers);
        if (auto r = m_load.trainer(m_counts.trainers, t); !r)
            return r;
    }
    for (const TrainerUnavailability& u : std::as_const(m_network.unavailability))
        if (auto r = m_load.unavailability(m_trainerIds.value(u.trainerRef), u); !r)
            return r;
    for (const LargeDemoCohort& c : std::as_const(m_network.cohorts))
        if (auto r = m_load.cohort(++m_counts.cohorts, siteIds.value(c.cohort.siteRef), c.cohort); !r)
            return r;
    return {};
}

Result<void> Writer::writeVolunteers()
{
    const int siteCount = int(m_network.sites.size());
    const int total = std::max(2, int(std::lround(kVolunteersAtOne * m_factor)));
    // Shared among the sites by the participants they see: cohorts per site.
    QList<int> cohortsOfSite(siteCount, 0);
    for (const LargeDemoCohort& c : std::as_const(m_network.cohorts))
        ++cohortsOfSite[c.site];
    QList<int> perSite(siteCount, 0);
    int given = 0;
    for (int s = 0; s < siteCount; ++s) {
        perSite[s] = int(qint64(total) * cohortsOfSite.at(s) / std::max<qint64>(1, m_network.cohorts.size()));
        given += perSite.at(s);
    }
    for (int k = 0; given < total; ++k, ++given)
        ++perSite[k % siteCount];
    m_mentors.resize(siteCount);
    m_coaches.resize(siteCount);

    const QList<DemoSector>& sectors = DemoCatalogue::sectors();
    const qint64 todayJd = m_today.toJulianDay();
    for (int s = 0; s < siteCount; ++s) {
        const QString city = m_network.sites.at(s).city;
        const QStringList schools = city == QLatin1String("Lille") || city == QLatin1String("Lyon")
            ? DemoCatalogue::schools(city)
            : QStringList{QStringLiteral("Université de %1").arg(city), QStringLiteral("IUT de %1").arg(city),
                          QStringLiteral("École de travail social de %1").arg(city),
                          QStringLiteral("Institut d'études politiques de %1").arg(city)};
        // Recruited from a little before the site opened until last month; the founding wave
        // signs up together.
        const QDate opened = m_network.firstMonday.addDays(7 * m_network.siteOpensWeek.at(s));
        const qint64 earliest = opened.addDays(-60).toJulianDay();
        const qint64 latest = std::max(earliest, m_today.addDays(-30).toJulianDay());
        for (int i = 0; i < perSite.at(s); ++i) {
            PoolVolunteer pv;
            pv.id = ++m_counts.volunteers;
            pv.ref = demoRef("V", pv.id);
            Volunteer v;
            v.ref = pv.ref;
            v.role = static_cast<VolunteerRole>(m_random.weighted({45, 40, 15}));
            const DemoName name = demoFrenchName(m_random);
            v.firstName = name.first;
            v.lastName = name.last;
            v.email = demoSlug(v.firstName) + QLatin1Char('.') + demoSlug(v.lastName)
                      + QString::number(pv.id) + QStringLiteral("@example.org");
            if (m_random.chance(70))
                v.phone = demoPhone(m_random);
            if (v.role == VolunteerRole::Coach) {
                v.school = m_random.pick(schools);
                v.maxPairings = demoMaxPairings(m_random, v.role);
            } else {
                pv.sector = m_random.between(0, int(sectors.size()) - 1);
                const DemoSector& sector = sectors.at(pv.sector);
                v.sector = sector.name;
                v.profession = m_random.pick(sector.professions);
                v.employer = m_random.pick(sector.employers);
                v.maxPairings = demoMaxPairings(m_random, v.role);
                if (v.role == VolunteerRole::Both)
                    v.school = schools.at(int(pv.id % schools.size()));
            }
            v.languages = demoVolunteerLanguages(m_random);
            const qint64 from = std::max(earliest, qint64(m_random.between(int(earliest - 730), int(latest))));
            const qint64 to = std::min(from + m_random.between(3 * 365, 8 * 365),
                                       todayJd + m_random.between(180, 730));
            v.availableFrom = QDate::fromJulianDay(from);
            v.availableTo = QDate::fromJulianDay(std::max(to, from + 30));
            v.charterSignedOn = v.availableFrom.addDays(-14);
            if (pv.id % 9 != 4)
                v.trainingOn = v.availableFrom.addDays(-7);
            if (m_random.chance(10))
                v.notes = m_random.pick(QStringList{QStringLiteral("Disponible surtout le soir et le samedi"),
                                                    QStringLiteral("Parle un peu arabe"),
                                                    QStringLiteral("Ancien·ne participant·e du programme, devenu·e bénévole"),
                                                    QStringLiteral("Préfère les rencontres en visio")});
            pv.maxPairings = v.maxPairings;
            pv.from = v.availableFrom.toJulianDay();
            pv.to = v.availableTo.toJulianDay();
            if (auto r = m_load.volunteer(pv.id, v); !r)
                return r;
            const int index = int(m_pool.size());
            if (canServeAs(v.role, PairingRole::Mentor))
                m_mentors[s].push_back(index);
            if (canServeAs(v.role, PairingRole::Coach))
                m_coaches[s].push_back(index);
            m_pool.push_back(std::move(pv));
        }
    }
    return {};
}

int Writer::chooseVolunteer(int site, PairingRole role, int sector, qint64 start, qint64 end, int exclude)
{
    const std::vector<int>& list = role == PairingRole::Mentor ? m_mentors.at(site) : m_coaches.at(site);
    const int n = int(list.size());
    if (n == 0)
        return -1;
    // A mentor from the participant's sector when one is free, most of the time: what the office
    // tries to do, not a rule.
    const bool preferSector = role == PairingRole::Mentor && m_random.chance(75);
    const int first = m_random.between(0, n - 1);
    int fallback = -1;
    for (int k = 0; k < n; ++k) {
        const int index = list[std::size_t((first + k) % n)];
        if (index == exclude)
            continue;
        PoolVolunteer& v = m_pool[std::size_t(index)];
        if (v.from > start || v.to < end)
            continue;
        // Pairings over before this one begins free their place.
        auto& busy = v.busyUntil;
        busy.erase(std::remove_if(busy.begin(), busy.end(), [start](qint64 last) { return last < start; }), busy.end());
        if (int(busy.size()) >= v.maxPairings)
            continue;
        if (!preferSector || v.sector == sector)
            return index;
        if (fallback < 0)
            fallback = index;
        else if (k > 60)
            break;
    }
    return fallback;
}

Result<void> Writer::writeCohort(const LargeDemoCohort& c, qint64 cohortId)
{
    const Cohort& cohort = c.cohort;
    const QStringList referrers = DemoCatalogue::referrers(m_network.sites.at(c.site).city);
    const int size = 20 + m_random.weighted({55, 30, 15});
    QList<Member> members;
    QList<Participant> people;
    for (int i = 0; i < size; ++i) {
        Participant p = demoParticipant(m_random, m_today, cohort.startDate, m_countryWeights, referrers);
        Member m;
        m.id = ++m_counts.participants;
        p.ref = demoRef("P", m.id);
        for (int s = 0; s < DemoCatalogue::sectors().size(); ++s)
            if (DemoCatalogue::sectors().at(s).name == p.sector)
                m.sector = s;
        if (auto r = m_load.participant(m.id, p); !r)
            return r;
        m.enrolment.cohortRef = cohort.ref;
        m.enrolment.participantRef = p.ref;
        m.enrolment.enrolledOn = cohort.startDate;
        members << m;
        people << p;
    }

    // Enrolments: past cohorts finished, with about one in ten who left early; running ones
    // with a late joiner and, after two weeks, someone who left; upcoming ones enrolled.
    const bool past = cohort.endDate < m_today;
    const bool upcoming = cohort.startDate > m_today;
    const int elapsed = int(cohort.startDate.daysTo(m_today));
    const int lateJoiner = (!past && !upcoming && elapsed >= 9) ? m_random.between(0, size - 1) : -1;
    for (int i = 0; i < size; ++i) {
        Enrolment& e = members[i].enrolment;
        const bool leaves = past ? m_random.chance(10) : (!upcoming && elapsed >= 14 && i != lateJoiner && m_random.chance(5));
        if (i == lateJoiner)
            e.enrolledOn = cohort.startDate.addDays(7);
        if (leaves) {
            e.status = EnrolmentStatus::Withdrawn;
            const int lastDay = past ? 60 : elapsed - 2;
            e.exitDate = demoWeekdayOnOrBefore(cohort.startDate.addDays(m_random.between(10, std::max(10, lastDay))));
            e.exitReason = m_random.pick(DemoCatalogue::withdrawalReasons());
        } else if (past) {
            e.status = EnrolmentStatus::Completed;
            e.exitDate = cohort.endDate;
            const int entry = int(people.at(i).frenchLevelEntry.value_or(CefrLevel::A0));
            e.frenchLevelExit = static_cast<CefrLevel>(std::min(entry + m_random.weighted({20, 60, 20}), int(CefrLevel::C2)));
        }
        if (auto r = m_load.enrolment(cohortId, members.at(i).id, e); !r)
            return r;
    }
    m_counts.enrolments += size;

    // The small demo's timetable, week by week.
    const qint64 firstSessionId = m_counts.sessions + 1;
    const QList<Session> sessions = DemoTimetable(m_random, m_today).build(cohort, c.staff, m_sessionRefs);
    for (const Session& s : sessions) {
        const auto trainer = m_trainerIds.constFind(s.trainerRef);
        const auto room = m_roomIds.constFind(s.roomRef);
        if (auto r = m_load.session(++m_counts.sessions, cohortId,
                                    trainer == m_trainerIds.cend() ? std::nullopt : std::optional<qint64>(*trainer),
                                    room == m_roomIds.cend() ? std::nullopt : std::optional<qint64>(*room), s);
            !r)
            return r;
    }
    if (auto r = writeAttendance(c, members, sessions, firstSessionId); !r)
        return r;
    if (auto r = writePairings(c, cohortId, members); !r)
        return r;
    return writeOutcomes(c, cohortId, members);
}

Result<void> Writer::writeAttendance(const LargeDemoCohort& c, const QList<Member>& members,
                                     const QList<Session>& sessions, qint64 firstSessionId)
{
    QList<int> held;
    for (int i = 0; i < sessions.size(); ++i)
        if (sessions.at(i).status == SessionStatus::Held)
            held << i;
    if (held.isEmpty())
        return {};
    // Most people come nearly always, some less, a few rarely (as the small demo).
    static const QList<int> regular{92, 4, 2, 2}, irregular{80, 8, 6, 6}, rare{62, 10, 10, 18};
    QList<const QList<int>*> weights;
    for (int i = 0; i < members.size(); ++i) {
        const int kind = m_random.weighted({70, 25, 5});
        weights << (kind == 0 ? &regular : kind == 1 ? &irregular : &rare);
    }
    // Marks not yet entered: on a running cohort, three on the last session held; on a
    // finished one, two here and there.
    QList<QPair<int, int>> unmarked;
    const bool running = c.cohort.endDate >= m_today;
    for (int k = 0; k < (running ? 3 : 2); ++k)
        unmarked << qMakePair(running ? int(held.size()) - 1 : m_random.between(0, int(held.size()) - 1),
                              m_random.between(0, int(members.size()) - 1));
    for (int hi = 0; hi < held.size(); ++hi) {
        const Session& s = sessions.at(held.at(hi));
        for (int mi = 0; mi < members.size(); ++mi) {
            const Enrolment& e = members.at(mi).enrolment;
            if (e.enrolledOn > s.date || (e.exitDate.isValid() && s.date > e.exitDate)
                || unmarked.contains(qMakePair(hi, mi)))
                continue;
            const auto status = static_cast<AttendanceStatus>(m_random.weighted(*weights.at(mi)));
            const int late = status == AttendanceStatus::Late ? 5 * m_random.between(1, 9) : 0;
            if (auto r = m_load.attendance(firstSessionId + held.at(hi), members.at(mi).id, status, late); !r)
                return r;
            ++m_counts.attendance;
        }
    }
    return {};
}

Result<void> Writer::writePairing(Pairing& k, qint64 participantId, qint64 volunteer, qint64 cohortId, qint64 busyUntil)
{
    PoolVolunteer& v = m_pool[std::size_t(volunteer)];
    v.busyUntil.push_back(busyUntil);
    const qint64 id = ++m_counts.pairings;
    k.ref = demoRef("K", id);
    k.volunteerRef = v.ref;
    if (auto r = m_load.pairing(id, participantId, v.id, cohortId, k); !r)
        return r;
    if (k.status == PairingStatus::Proposed)
        return {};
    // Check-ins every two to five weeks while the pairing lasts.
    const QStringList& notes = DemoCatalogue::checkInNotes();
    const QDate last = k.status == PairingStatus::Ended ? k.endDate : m_today.addDays(-1);
    for (QDate d = k.startDate.addDays(m_random.between(3, 10)); d <= last; d = d.addDays(m_random.between(14, 35))) {
        CheckIn ci;
        ci.date = d;
        ci.kind = static_cast<CheckInKind>(m_random.weighted({40, 30, 10, 20}));
        switch (*ci.kind) {
        case CheckInKind::InPerson: ci.durationMinutes = 5 * m_random.between(9, 24); break;
        case CheckInKind::Phone: ci.durationMinutes = 5 * m_random.between(3, 9); break;
        case CheckInKind::Video: ci.durationMinutes = 5 * m_random.between(6, 12); break;
        case CheckInKind::Message: break;
        }
        if (m_random.chance(30))
            ci.notes = m_random.pick(notes);
        if (auto r = m_load.checkIn(id, ci); !r)
            return r;
        ++m_counts.checkIns;
    }
    return {};
}

Result<void> Writer::writePairings(const LargeDemoCohort& c, qint64 cohortId, const QList<Member>& members)
{
    const Cohort& cohort = c.cohort;
    const QDate yesterday = m_today.addDays(-1);
    const bool upcoming = cohort.startDate > m_today;
    for (const Member& m : members) {
        const Enrolment& e = m.enrolment;
        const bool withdrawn = e.status == EnrolmentStatus::Withdrawn;
        for (PairingRole role : {PairingRole::Mentor, PairingRole::Coach}) {
            Pairing k;
            k.participantRef = e.participantRef;
            k.role = role;
            k.cohortRef = cohort.ref;
            // The accompaniment goes on three to six months after the cohort.
            const QDate plannedEnd = cohort.endDate.addDays(m_random.between(90, 180));
            if (upcoming) {
                // Matching has begun: some proposals await the office's decision.
                if (!m_random.chance(40))
                    continue;
                k.status = PairingStatus::Proposed;
                k.startDate = cohort.startDate;
                const int v = chooseVolunteer(c.site, role, m.sector, k.startDate.toJulianDay(),
                                              plannedEnd.toJulianDay(), -1);
                if (v < 0)
                    continue;
                if (auto r = writePairing(k, m.id, v, cohortId, plannedEnd.toJulianDay()); !r)
                    return r;
                continue;
            }
            if (m_random.chance(role == PairingRole::Mentor ? 6 : 3))
                continue; // a participant still waiting for a volunteer
            k.startDate = std::min(cohort.startDate.addDays(m_random.between(0, 14)), yesterday);
            k.startDate = std::max(k.startDate, e.enrolledOn);
            if (withdrawn)
                k.startDate = std::min(k.startDate, e.exitDate);
            const QDate end = withdrawn ? e.exitDate : plannedEnd;
            const bool ended = withdrawn || plannedEnd < m_today;
            int v = chooseVolunteer(c.site, role, m.sector, k.startDate.toJulianDay(), end.toJulianDay(), -1);
            if (v < 0)
                continue;
            if (ended) {
                k.status = PairingStatus::Ended;
                k.endDate = end;
                k.endReason = withdrawn ? QStringLiteral("Sortie du programme") : QStringLiteral("Fin de l'accompagnement");
                if (auto r = writePairing(k, m.id, v, cohortId, end.toJulianDay()); !r)
                    return r;
                continue;
            }
            // Now and then a mentor drops out and someone else takes over.
            if (role == PairingRole::Mentor && k.startDate.daysTo(m_today) >= 30 && m_random.chance(12)) {
                Pairing first = k;
                first.status = PairingStatus::Ended;
                first.endDate = k.startDate.addDays(m_random.between(10, 20));
                first.endReason = QStringLiteral("Le bénévole n'est plus disponible");
                if (auto r = writePairing(first, m.id, v, cohortId, first.endDate.toJulianDay()); !r)
                    return r;
                k.startDate = std::min(first.endDate.addDays(m_random.between(2, 6)), yesterday);
                v = chooseVolunteer(c.site, role, m.sector, k.startDate.toJulianDay(), end.toJulianDay(), v);
                if (v < 0)
                    continue;
            }
            k.status = PairingStatus::Active;
            if (auto r = writePairing(k, m.id, v, cohortId, end.toJulianDay()); !r)
                return r;
        }
    }
    return {};
}

Result<void> Writer::writeOutcomes(const LargeDemoCohort& c, qint64 cohortId, const QList<Member>& members)
{
    const Cohort& cohort = c.cohort;
    if (cohort.endDate >= m_today)
        return {};
    const QList<DemoSector>& sectors = DemoCatalogue::sectors();
    const QList<QPair<Milestone, QDate>> milestones = demoMilestones(cohort.endDate);
    // One person the office loses track of after three months.
    const int lost = m_random.between(0, int(members.size()) - 1);
    for (int i = 0; i < members.size(); ++i) {
        const Member& m = members.at(i);
        const Enrolment& e = m.enrolment;
        const DemoSector& sector = sectors.at(m.sector);
        Outcome o;
        o.cohortRef = cohort.ref;
        o.participantRef = e.participantRef;
        if (e.status == EnrolmentStatus::Withdrawn) {
            if (e.exitReason.startsWith(QLatin1String("A trouvé un emploi"))) {
                o.milestone = Milestone::Exit;
                o.situation = Situation::CddUnder6m;
                o.recordedOn = e.exitDate;
                o.employer = m_random.pick(sector.employers);
                o.sector = sector.name;
                if (auto r = m_load.outcome(m.id, cohortId, o); !r)
                    return r;
                ++m_counts.outcomes;
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
            o.milestone = milestone;
            o.situation = s;
            o.recordedOn = demoRecordedOn(m_random, milestone, date, m_today);
            o.employer.clear();
            o.sector.clear();
            if (demoIsJob(s)) {
                o.employer = m_random.pick(sector.employers);
                o.sector = sector.name;
            } else if (s == Situation::QualifyingTraining) {
                o.employer = m_random.pick(DemoCatalogue::trainingBodies());
                o.sector = sector.name;
            }
            if (auto r = m_load.outcome(m.id, cohortId, o); !r)
                return r;
            ++m_counts.outcomes;
            previous = s;
        }
    }
    return {};
}

} // namespace

Result<LargeDemoCounts> LargeDemoGenerator::fill(Database& db, const Progress& progress) const
{
    if (!(m_factor > 0) || m_factor > 10)
        return fail(ErrorCode::Usage, QStringLiteral("the scale factor of the large demo must be above 0 and at most 10"));
    auto loader = BulkLoader::begin(db);
    if (!loader)
        return fail(loader.error());
    // Checked inside the write transaction, so that nobody adds data between check and fill.
    const auto empty = DemoGenerator::isEmpty(db);
    if (!empty)
        return fail(empty.error());
    if (!*empty)
        return fail(ErrorCode::Exists,
                    QStringLiteral("the database already holds data; the demo only fills an empty one"));
    Writer writer(**loader, m_seed, m_clock.today(), m_factor, progress);
    auto counts = writer.run();
    if (!counts)
        return counts; // the loader rolls back as it goes out of scope
    if (progress)
        progress(QStringLiteral("indexes and commit"), *counts);
    if (auto r = (*loader)->finish(); !r)
        return fail(r.error());
    return counts;
}

} // namespace parcours
