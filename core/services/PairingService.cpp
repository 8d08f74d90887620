// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingService.h"

#include "ChangeNotifier.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SettingRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/VolunteerRepository.h"

#include <algorithm>

namespace parcours {

namespace {

template<class T>
Result<T> required(Result<std::optional<T>> found, const QString& what, const QString& ref)
{
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, QStringLiteral("There is no %1 '%2'.").arg(what, ref), {ref});
    return **found;
}

bool endedInMismatch(const Pairing& k)
{
    return k.status == PairingStatus::Ended && endReasonOf(k.endReason) == PairingEndReason::Mismatch;
}

Problem problem(const QString& field, const QString& reason)
{
    return Problem{{}, 0, field, reason};
}

/// The rules of PairingService for `value` about to be saved with its status: the volunteer's
/// role, capacity (active only), one active pairing per role, one volunteer per participant,
/// never again after a mismatch. `ignore` is left out of the counts (the pairing itself, and
/// one ending in the same change).
Result<QList<Problem>> rulesFor(Database& db, const Pairing& value, const QStringList& ignore = {})
{
    auto volunteer = required(VolunteerRepository(db).find(value.volunteerRef), QStringLiteral("volunteer"), value.volunteerRef);
    if (!volunteer)
        return fail(volunteer.error());
    if (auto participant = required(ParticipantRepository(db).find(value.participantRef), QStringLiteral("participant"),
                                    value.participantRef);
        !participant)
        return fail(participant.error());
    PairingRepository repo(db);
    auto ofParticipant = repo.ofParticipant(value.participantRef);
    if (!ofParticipant)
        return fail(ofParticipant.error());

    QList<Problem> problems;
    if (!canServeAs(volunteer->role, value.role))
        problems << problem(QStringLiteral("volunteer_ref"),
                            QStringLiteral("volunteer '%1' is a %2 only and cannot be a %3")
                                .arg(value.volunteerRef, codeOf(volunteer->role), codeOf(value.role)));
    for (const Pairing& k : std::as_const(*ofParticipant)) {
        if (k.ref == value.ref || ignore.contains(k.ref))
            continue;
        if (k.volunteerRef == value.volunteerRef && endedInMismatch(k))
            problems << problem(QStringLiteral("volunteer_ref"),
                                QStringLiteral("participant '%1' and volunteer '%2' ended pairing '%3' in mismatch")
                                    .arg(value.participantRef, value.volunteerRef, k.ref));
        if (k.volunteerRef == value.volunteerRef && k.role != value.role && k.status != PairingStatus::Ended)
            problems << problem(QStringLiteral("volunteer_ref"),
                                QStringLiteral("volunteer '%1' is already the %2 of participant '%3' (pairing '%4')")
                                    .arg(value.volunteerRef, codeOf(k.role), value.participantRef, k.ref));
        if (value.status == PairingStatus::Active && k.status == PairingStatus::Active && k.role == value.role)
            problems << problem(QStringLiteral("status"),
                                QStringLiteral("participant '%1' already has an active %2 pairing '%3'")
                                    .arg(value.participantRef, codeOf(value.role), k.ref));
        if (value.status == PairingStatus::Proposed && k.status == PairingStatus::Proposed && k.role == value.role
            && k.volunteerRef == value.volunteerRef)
            problems << problem(QStringLiteral("volunteer_ref"),
                                QStringLiteral("volunteer '%1' is already proposed as %2 of participant '%3' (pairing '%4')")
                                    .arg(value.volunteerRef, codeOf(value.role), value.participantRef, k.ref));
    }
    if (value.status == PairingStatus::Active) {
        auto ofVolunteer = repo.ofVolunteer(value.volunteerRef);
        if (!ofVolunteer)
            return fail(ofVolunteer.error());
        const auto active = std::count_if(ofVolunteer->cbegin(), ofVolunteer->cend(), [&](const Pairing& k) {
            return k.status == PairingStatus::Active && k.ref != value.ref && !ignore.contains(k.ref);
        });
        if (active + 1 > volunteer->maxPairings)
            problems << problem(QStringLiteral("volunteer_ref"),
                                QStringLiteral("volunteer '%1' already has %2 active pairing(s), their capacity is %3")
                                    .arg(value.volunteerRef)
                                    .arg(active)
                                    .arg(volunteer->maxPairings));
    }
    return problems;
}

/// Saves `value` after the service's rules, refusing with every problem found.
Result<Pairing> saveChecked(Database& db, const Pairing& value, const QStringList& ignore = {})
{
    auto problems = rulesFor(db, value, ignore);
    if (!problems)
        return fail(problems.error());
    if (!problems->isEmpty())
        return fail(invalid(*problems, QStringLiteral("The pairing of participant '%1' with volunteer '%2' as %3 is not allowed.")
                                           .arg(value.participantRef, value.volunteerRef, codeOf(value.role))));
    return PairingRepository(db).save(value);
}

/// Removes the other proposed pairings of the participant in the role (a pairing became
/// active), adding them to the change's `before`.
Result<void> discardOtherProposals(Database& db, const Pairing& active, PairingChange& change)
{
    PairingRepository repo(db);
    auto ofParticipant = repo.ofParticipant(active.participantRef);
    if (!ofParticipant)
        return fail(ofParticipant.error());
    for (const Pairing& k : std::as_const(*ofParticipant)) {
        if (k.ref == active.ref || k.role != active.role || k.status != PairingStatus::Proposed)
            continue;
        if (auto ok = repo.remove(k.ref); !ok)
            return ok;
        change.before << k;
    }
    return {};
}

Result<NotReady> readinessOf(Database& db, const QString& volunteerRef)
{
    auto v = required(VolunteerRepository(db).find(volunteerRef), QStringLiteral("volunteer"), volunteerRef);
    if (!v)
        return fail(v.error());
    return NotReady{volunteerRef, VolunteerReadiness::missing(*v)};
}

/// Fills out.notReady when the volunteer is not ready; false (and out.needsConfirmation) when
/// that needs the user's confirmation first, true when the activation may go on.
Result<bool> checkReadiness(Database& db, const QString& volunteerRef, bool confirmNotReady, Activation& out)
{
    auto ready = readinessOf(db, volunteerRef);
    if (!ready)
        return fail(ready.error());
    if (!ready->missing.isEmpty()) {
        out.notReady << *ready;
        if (!confirmNotReady) {
            out.needsConfirmation = true;
            return false;
        }
    }
    return true;
}

/// A new active pairing (or the proposed one of the same pair, made active), with the other
/// proposals of the participant's role discarded. Inside a transaction.
Result<void> makeActive(Database& db, Pairing value, const QDate& start, PairingChange& change,
                        const QStringList& ignore = {})
{
    PairingRepository repo(db);
    if (value.ref.isEmpty()) {
        // A proposal of the same pair becomes the active pairing rather than a second record.
        auto ofParticipant = repo.ofParticipant(value.participantRef);
        if (!ofParticipant)
            return fail(ofParticipant.error());
        for (const Pairing& k : std::as_const(*ofParticipant))
            if (k.status == PairingStatus::Proposed && k.role == value.role && k.volunteerRef == value.volunteerRef) {
                change.before << k;
                value = k;
                break;
            }
    }
    if (value.ref.isEmpty()) {
        auto ref = repo.nextRef();
        if (!ref)
            return fail(ref.error());
        value.ref = *ref;
    }
    value.status = PairingStatus::Active;
    value.startDate = start;
    value.endDate = {};
    value.endReason.clear();
    auto saved = saveChecked(db, value, ignore);
    if (!saved)
        return fail(saved.error());
    change.after << *saved;
    return discardOtherProposals(db, *saved, change);
}

QString checkInKey(const CheckIn& c)
{
    return c.pairingRef + QLatin1Char('|') + c.date.toString(Qt::ISODate);
}

} // namespace

// --- Reading ----------------------------------------------------------------------------

Result<CohortPairings> PairingService::cohortPairings(const QString& cohortRef) const
{
    CohortRepository cohorts(m_db);
    auto cohort = required(cohorts.find(cohortRef), QStringLiteral("cohort"), cohortRef);
    if (!cohort)
        return fail(cohort.error());
    auto enrolments = cohorts.enrolmentsOf(cohortRef);
    if (!enrolments)
        return fail(enrolments.error());
    std::sort(enrolments->begin(), enrolments->end(),
              [](const Enrolment& a, const Enrolment& b) { return a.participantRef < b.participantRef; });
    ParticipantRepository participants(m_db);
    PairingRepository pairings(m_db);
    CohortPairings out;
    out.cohort = *cohort;
    for (const Enrolment& e : std::as_const(*enrolments)) {
        if (e.status == EnrolmentStatus::Withdrawn)
            continue;
        auto p = required(participants.find(e.participantRef), QStringLiteral("participant"), e.participantRef);
        if (!p)
            return fail(p.error());
        auto ofParticipant = pairings.ofParticipant(e.participantRef);
        if (!ofParticipant)
            return fail(ofParticipant.error());
        ParticipantPairings row;
        row.participant = *p;
        row.enrolmentStatus = e.status;
        for (const Pairing& k : std::as_const(*ofParticipant)) {
            if (k.status == PairingStatus::Active || k.cohortRef.isEmpty() || k.cohortRef == cohortRef)
                row.history << k;
            std::optional<Pairing>& slot = k.role == PairingRole::Mentor ? row.mentor : row.coach;
            if (k.status == PairingStatus::Active)
                slot = k;
            else if (k.status == PairingStatus::Proposed && (k.cohortRef.isEmpty() || k.cohortRef == cohortRef)
                     && (!slot || slot->status != PairingStatus::Active))
                slot = k; // refs grow with time: the last proposed one wins
        }
        out.rows << row;
    }
    return out;
}

Result<QList<VolunteerLoad>> PairingService::volunteerLoads(PairingRole role) const
{
    auto volunteers = VolunteerRepository(m_db).all();
    if (!volunteers)
        return fail(volunteers.error());
    auto counts = PairingRepository(m_db).countsByVolunteer();
    if (!counts)
        return fail(counts.error());
    QList<VolunteerLoad> out;
    for (const Volunteer& v : std::as_const(*volunteers)) {
        if (!canServeAs(v.role, role))
            continue;
        const PairingCounts c = counts->value(v.ref);
        out.append({v, c.active, c.proposed, VolunteerReadiness::missing(v)});
    }
    return out;
}

Result<VolunteerLoad> PairingService::volunteerLoad(const QString& volunteerRef) const
{
    auto v = required(VolunteerRepository(m_db).find(volunteerRef), QStringLiteral("volunteer"), volunteerRef);
    if (!v)
        return fail(v.error());
    auto ofVolunteer = PairingRepository(m_db).ofVolunteer(volunteerRef);
    if (!ofVolunteer)
        return fail(ofVolunteer.error());
    VolunteerLoad load{*v, 0, 0, VolunteerReadiness::missing(*v)};
    for (const Pairing& k : std::as_const(*ofVolunteer)) {
        if (k.status == PairingStatus::Active)
            ++load.active;
        else if (k.status == PairingStatus::Proposed)
            ++load.proposed;
    }
    return load;
}

Result<MatchInput> PairingService::matchInput(const QString& cohortRef, PairingRole role) const
{
    CohortRepository cohorts(m_db);
    auto cohort = required(cohorts.find(cohortRef), QStringLiteral("cohort"), cohortRef);
    if (!cohort)
        return fail(cohort.error());
    MatchInput in;
    in.role = role;
    in.cohort.ref = cohort->ref;
    in.cohort.startDate = cohort->startDate;
    in.cohort.endDate = cohort->endDate;
    in.cohort.siteRef = cohort->siteRef;
    if (!cohort->siteRef.isEmpty()) {
        auto site = SiteRepository(m_db).find(cohort->siteRef);
        if (!site)
            return fail(site.error());
        if (*site) {
            in.cohort.siteName = (*site)->name;
            in.cohort.siteCity = (*site)->city;
        }
    }

    auto enrolments = cohorts.enrolmentsOf(cohortRef);
    if (!enrolments)
        return fail(enrolments.error());
    ParticipantRepository participants(m_db);
    PairingRepository pairings(m_db);
    for (const Enrolment& e : std::as_const(*enrolments)) {
        if (e.status != EnrolmentStatus::Enrolled)
            continue;
        auto ofParticipant = pairings.ofParticipant(e.participantRef);
        if (!ofParticipant)
            return fail(ofParticipant.error());
        bool paired = false;
        for (const Pairing& k : std::as_const(*ofParticipant)) {
            if (k.role == role && k.status == PairingStatus::Active)
                paired = true;
            if (endedInMismatch(k) || (k.role != role && k.status != PairingStatus::Ended))
                in.excluded.insert({k.participantRef, k.volunteerRef});
        }
        if (paired)
            continue;
        auto p = required(participants.find(e.participantRef), QStringLiteral("participant"), e.participantRef);
        if (!p)
            return fail(p.error());
        in.participants << *p;
    }

    auto volunteers = VolunteerRepository(m_db).all();
    if (!volunteers)
        return fail(volunteers.error());
    auto counts = pairings.countsByVolunteer();
    if (!counts)
        return fail(counts.error());
    auto sites = pairings.volunteerSites();
    if (!sites)
        return fail(sites.error());
    QHash<QString, QStringList> sitesOf;
    for (const auto& [volunteer, site] : std::as_const(*sites))
        sitesOf[volunteer] << site;
    for (const Volunteer& v : std::as_const(*volunteers)) {
        if (!canServeAs(v.role, role))
            continue;
        in.candidates.append({v, sitesOf.value(v.ref), v.maxPairings - counts->value(v.ref).active});
    }
    return in;
}

Result<MatchResult> PairingService::suggest(const QString& cohortRef, PairingRole role) const
{
    auto in = matchInput(cohortRef, role);
    if (!in)
        return fail(in.error());
    return PairingMatcher::match(*in);
}

Result<PairScore> PairingService::score(const QString& cohortRef, const QString& participantRef,
                                        const QString& volunteerRef, PairingRole role) const
{
    auto in = matchInput(cohortRef, role);
    if (!in)
        return fail(in.error());
    auto p = required(ParticipantRepository(m_db).find(participantRef), QStringLiteral("participant"), participantRef);
    if (!p)
        return fail(p.error());
    auto v = required(VolunteerRepository(m_db).find(volunteerRef), QStringLiteral("volunteer"), volunteerRef);
    if (!v)
        return fail(v.error());
    Candidate c{*v, {}, 0};
    for (const Candidate& known : std::as_const(in->candidates))
        if (known.volunteer.ref == volunteerRef)
            c = known;
    return PairingScorer(in->cohort, role).score(*p, c);
}

Result<QList<CheckIn>> PairingService::checkIns(const QString& pairingRef) const
{
    return PairingRepository(m_db).checkInsOf(pairingRef);
}

Result<int> PairingService::followUpWeeks() const
{
    auto v = SettingRepository(m_db).value(QString::fromLatin1(kFollowUpWeeksKey));
    if (!v)
        return fail(v.error());
    bool ok = false;
    const int weeks = *v ? (*v)->toInt(&ok) : 0;
    return ok && weeks > 0 ? weeks : kDefaultFollowUpWeeks;
}

Result<QList<FollowUp>> PairingService::followUps(const QDate& today) const
{
    auto weeks = followUpWeeks();
    if (!weeks)
        return fail(weeks.error());
    PairingRepository repo(m_db);
    auto active = repo.withStatus(PairingStatus::Active);
    if (!active)
        return fail(active.error());
    auto checkIns = repo.checkIns();
    if (!checkIns)
        return fail(checkIns.error());
    QHash<QString, QDate> last;
    for (const CheckIn& c : std::as_const(*checkIns))
        if (c.date <= today && c.date > last.value(c.pairingRef))
            last[c.pairingRef] = c.date;
    QList<FollowUp> out;
    for (const Pairing& k : std::as_const(*active)) {
        FollowUp f;
        f.pairing = k;
        f.lastCheckIn = last.value(k.ref);
        f.since = f.lastCheckIn.isValid() ? f.lastCheckIn : k.startDate;
        if (f.since.isValid()) {
            f.daysSince = int(f.since.daysTo(today));
            if (f.daysSince <= *weeks * 7)
                continue;
        }
        out << f;
    }
    std::stable_sort(out.begin(), out.end(), [](const FollowUp& a, const FollowUp& b) {
        if (a.since.isValid() != b.since.isValid())
            return !a.since.isValid();
        return a.since < b.since;
    });
    return out;
}

// --- Writing ----------------------------------------------------------------------------

Result<PairingChange> PairingService::propose(const QString& participantRef, const QString& volunteerRef,
                                              PairingRole role, const QString& cohortRef)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    PairingRepository repo(m_db);
    auto ref = repo.nextRef();
    if (!ref)
        return fail(ref.error());
    Pairing k;
    k.ref = *ref;
    k.participantRef = participantRef;
    k.volunteerRef = volunteerRef;
    k.role = role;
    k.cohortRef = cohortRef;
    k.status = PairingStatus::Proposed;
    auto saved = saveChecked(m_db, k);
    if (!saved)
        return fail(saved.error());
    PairingChange change;
    change.after << *saved;
    if (auto ok = commit(tx, change); !ok)
        return fail(ok.error());
    return change;
}

Result<Activation> PairingService::activate(const QString& pairingRef, const QDate& start, bool confirmNotReady)
{
    auto k = required(PairingRepository(m_db).find(pairingRef), QStringLiteral("pairing"), pairingRef);
    if (!k)
        return fail(k.error());
    if (k->status != PairingStatus::Proposed)
        return fail(invalid({problem(QStringLiteral("status"), QStringLiteral("pairing '%1' is %2, not proposed")
                                                                   .arg(pairingRef, codeOf(k->status)))},
                            QStringLiteral("Only a proposed pairing can be activated.")));
    Activation out;
    auto proceed = checkReadiness(m_db, k->volunteerRef, confirmNotReady, out);
    if (!proceed)
        return fail(proceed.error());
    if (!*proceed)
        return out;
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    out.change.before << *k;
    if (auto ok = makeActive(m_db, *k, start, out.change); !ok)
        return fail(ok.error());
    if (auto ok = commit(tx, out.change); !ok)
        return fail(ok.error());
    return out;
}

Result<Activation> PairingService::assign(const QString& participantRef, const QString& volunteerRef, PairingRole role,
                                          const QString& cohortRef, const QDate& start, bool confirmNotReady)
{
    Activation out;
    auto proceed = checkReadiness(m_db, volunteerRef, confirmNotReady, out);
    if (!proceed)
        return fail(proceed.error());
    if (!*proceed)
        return out;
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    Pairing k;
    k.participantRef = participantRef;
    k.volunteerRef = volunteerRef;
    k.role = role;
    k.cohortRef = cohortRef;
    if (auto ok = makeActive(m_db, k, start, out.change); !ok)
        return fail(ok.error());
    if (auto ok = commit(tx, out.change); !ok)
        return fail(ok.error());
    return out;
}

Result<Activation> PairingService::apply(const QString& cohortRef, const QList<Proposal>& proposals, const QDate& start,
                                         bool confirmNotReady)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    Activation out;
    PairingRepository repo(m_db);
    QList<Problem> problems;
    for (const Proposal& p : proposals) {
        auto ready = readinessOf(m_db, p.volunteerRef);
        if (!ready)
            return fail(ready.error());
        Pairing k;
        k.participantRef = p.participantRef;
        k.volunteerRef = p.volunteerRef;
        k.role = p.role;
        k.cohortRef = cohortRef;
        Result<void> done;
        if (!ready->missing.isEmpty())
            out.notReady << *ready;
        if (!ready->missing.isEmpty() && !confirmNotReady) {
            // Already proposed (a second run of the same suggestions): nothing to record.
            auto ofParticipant = repo.ofParticipant(p.participantRef);
            if (!ofParticipant)
                return fail(ofParticipant.error());
            if (std::any_of(ofParticipant->cbegin(), ofParticipant->cend(), [&](const Pairing& other) {
                    return other.status == PairingStatus::Proposed && other.role == p.role
                        && other.volunteerRef == p.volunteerRef;
                }))
                continue;
            auto ref = repo.nextRef();
            if (!ref)
                return fail(ref.error());
            k.ref = *ref;
            k.status = PairingStatus::Proposed;
            auto saved = saveChecked(m_db, k);
            if (saved)
                out.change.after << *saved;
            else
                done = fail(saved.error());
        } else {
            done = makeActive(m_db, k, start, out.change);
        }
        if (!done) {
            if (done.error().code != ErrorCode::Invalid)
                return fail(done.error());
            problems << done.error().problems;
        }
    }
    if (!problems.isEmpty())
        return fail(invalid(problems, QStringLiteral("The proposals cannot be recorded; nothing was changed.")));
    if (auto ok = commit(tx, out.change); !ok)
        return fail(ok.error());
    return out;
}

Result<PairingChange> PairingService::end(const QString& pairingRef, const QDate& endDate, PairingEndReason reason)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    PairingRepository repo(m_db);
    auto k = required(repo.find(pairingRef), QStringLiteral("pairing"), pairingRef);
    if (!k)
        return fail(k.error());
    if (k->status == PairingStatus::Ended)
        return fail(invalid({problem(QStringLiteral("status"), QStringLiteral("pairing '%1' has already ended").arg(pairingRef))},
                            QStringLiteral("The pairing cannot be ended.")));
    PairingChange change;
    change.before << *k;
    Pairing ended = *k;
    ended.status = PairingStatus::Ended;
    ended.endDate = endDate;
    ended.endReason = codeOf(reason);
    auto saved = repo.save(ended);
    if (!saved)
        return fail(saved.error());
    change.after << *saved;
    if (auto ok = commit(tx, change); !ok)
        return fail(ok.error());
    return change;
}

Result<Activation> PairingService::rematch(const QString& pairingRef, const QString& newVolunteerRef, const QDate& date,
                                           PairingEndReason reason, bool confirmNotReady)
{
    PairingRepository repo(m_db);
    auto k = required(repo.find(pairingRef), QStringLiteral("pairing"), pairingRef);
    if (!k)
        return fail(k.error());
    if (k->status != PairingStatus::Active)
        return fail(invalid({problem(QStringLiteral("status"), QStringLiteral("pairing '%1' is %2, not active")
                                                                   .arg(pairingRef, codeOf(k->status)))},
                            QStringLiteral("Only an active pairing can be rematched.")));
    if (k->volunteerRef == newVolunteerRef)
        return fail(invalid({problem(QStringLiteral("volunteer_ref"),
                                     QStringLiteral("volunteer '%1' already holds pairing '%2'").arg(newVolunteerRef, pairingRef))},
                            QStringLiteral("A rematch needs another volunteer.")));
    Activation out;
    auto proceed = checkReadiness(m_db, newVolunteerRef, confirmNotReady, out);
    if (!proceed)
        return fail(proceed.error());
    if (!*proceed)
        return out;
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    out.change.before << *k;
    Pairing ended = *k;
    ended.status = PairingStatus::Ended;
    ended.endDate = date;
    ended.endReason = codeOf(reason);
    auto saved = repo.save(ended);
    if (!saved)
        return fail(saved.error());
    out.change.after << *saved;
    Pairing next;
    next.participantRef = k->participantRef;
    next.volunteerRef = newVolunteerRef;
    next.role = k->role;
    next.cohortRef = k->cohortRef;
    if (auto ok = makeActive(m_db, next, date, out.change); !ok)
        return fail(ok.error());
    if (auto ok = commit(tx, out.change); !ok)
        return fail(ok.error());
    return out;
}

Result<PairingChange> PairingService::discard(const QString& pairingRef)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    PairingRepository repo(m_db);
    auto k = required(repo.find(pairingRef), QStringLiteral("pairing"), pairingRef);
    if (!k)
        return fail(k.error());
    if (k->status != PairingStatus::Proposed)
        return fail(invalid({problem(QStringLiteral("status"),
                                     QStringLiteral("pairing '%1' is %2: only a proposed pairing can be discarded, the others are history")
                                         .arg(pairingRef, codeOf(k->status)))},
                            QStringLiteral("The pairing cannot be discarded.")));
    if (auto ok = repo.remove(pairingRef); !ok)
        return fail(ok.error());
    PairingChange change;
    change.before << *k;
    if (auto ok = commit(tx, change); !ok)
        return fail(ok.error());
    return change;
}

Result<PairingChange> PairingService::logCheckIn(const CheckIn& checkIn)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    PairingRepository repo(m_db);
    auto k = required(repo.find(checkIn.pairingRef), QStringLiteral("pairing"), checkIn.pairingRef);
    if (!k)
        return fail(k.error());
    QList<Problem> problems;
    if (k->status == PairingStatus::Proposed)
        problems << problem(QStringLiteral("pairing_ref"),
                            QStringLiteral("pairing '%1' is only proposed: a meeting is logged once it is active").arg(k->ref));
    if (k->startDate.isValid() && checkIn.date.isValid() && checkIn.date < k->startDate)
        problems << problem(QStringLiteral("date"), QStringLiteral("is before the pairing's start (%1)")
                                                        .arg(k->startDate.toString(Qt::ISODate)));
    if (!problems.isEmpty())
        return fail(invalid(problems, QStringLiteral("The check-in of pairing '%1' is not valid.").arg(k->ref)));
    auto existing = repo.findCheckIn(checkIn.pairingRef, checkIn.date);
    if (!existing)
        return fail(existing.error());
    auto saved = repo.saveCheckIn(checkIn);
    if (!saved)
        return fail(saved.error());
    PairingChange change;
    if (*existing)
        change.checkInsBefore << **existing;
    change.checkInsAfter << *saved;
    if (auto ok = commit(tx, change); !ok)
        return fail(ok.error());
    return change;
}

Result<PairingChange> PairingService::removeCheckIn(const QString& pairingRef, const QDate& date)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    PairingRepository repo(m_db);
    auto existing = required(repo.findCheckIn(pairingRef, date), QStringLiteral("check-in of pairing"),
                             pairingRef + QLatin1Char(' ') + date.toString(Qt::ISODate));
    if (!existing)
        return fail(existing.error());
    if (auto ok = repo.removeCheckIn(pairingRef, date); !ok)
        return fail(ok.error());
    PairingChange change;
    change.checkInsBefore << *existing;
    if (auto ok = commit(tx, change); !ok)
        return fail(ok.error());
    return change;
}

Result<void> PairingService::setFollowUpWeeks(int weeks)
{
    if (weeks < 1 || weeks > 52)
        return fail(invalid({problem(QString::fromLatin1(kFollowUpWeeksKey), QStringLiteral("must be 1 to 52 weeks"))},
                            QStringLiteral("The follow-up threshold is not valid.")));
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    if (auto ok = PairingRepository(m_db).setSetting(QString::fromLatin1(kFollowUpWeeksKey), QString::number(weeks)); !ok)
        return ok;
    return tx.commit();
}

namespace {

/// Puts the pairings and check-ins of `from` back to those of `to` (undo: from = after).
Result<void> replaceState(Database& db, const QList<Pairing>& fromPairings, const QList<Pairing>& toPairings,
                          const QList<CheckIn>& fromCheckIns, const QList<CheckIn>& toCheckIns)
{
    PairingRepository repo(db);
    QSet<QString> keep;
    for (const CheckIn& c : toCheckIns)
        keep.insert(checkInKey(c));
    for (const CheckIn& c : fromCheckIns)
        if (!keep.contains(checkInKey(c)))
            if (auto ok = repo.removeCheckIn(c.pairingRef, c.date); !ok)
                return ok;
    QSet<QString> kept;
    for (const Pairing& k : toPairings)
        kept.insert(k.ref);
    for (const Pairing& k : fromPairings)
        if (!kept.contains(k.ref))
            if (auto ok = repo.remove(k.ref); !ok)
                return ok;
    // Pairings that are not active first, so that an active one never meets another of the
    // same participant and role that is about to stop being active.
    for (const bool active : {false, true})
        for (const Pairing& k : toPairings)
            if ((k.status == PairingStatus::Active) == active)
                if (auto saved = repo.save(k); !saved)
                    return fail(saved.error());
    for (const CheckIn& c : toCheckIns)
        if (auto saved = repo.saveCheckIn(c); !saved)
            return fail(saved.error());
    return {};
}

} // namespace

Result<void> PairingService::undo(const PairingChange& change)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    if (auto ok = replaceState(m_db, change.after, change.before, change.checkInsAfter, change.checkInsBefore); !ok)
        return ok;
    return commit(tx, change);
}

Result<void> PairingService::redo(const PairingChange& change)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    if (auto ok = replaceState(m_db, change.before, change.after, change.checkInsBefore, change.checkInsAfter); !ok)
        return ok;
    return commit(tx, change);
}

Result<void> PairingService::commit(Transaction& tx, const PairingChange& change) const
{
    if (auto ok = tx.commit(); !ok)
        return ok;
    if (m_notifier) {
        if (!change.before.isEmpty() || !change.after.isEmpty())
            m_notifier->notifyChanged(EntityKind::Pairing);
        if (!change.checkInsBefore.isEmpty() || !change.checkInsAfter.isEmpty())
            m_notifier->notifyChanged(EntityKind::CheckIn);
    }
    return {};
}

} // namespace parcours
