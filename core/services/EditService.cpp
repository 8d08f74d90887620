// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditService.h"

#include "ChangeNotifier.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/Database.h"
#include "core/storage/OfficeClosureRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/PrivacyRepository.h"
#include "core/storage/SeriesRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/VolunteerRepository.h"

#include <algorithm>

namespace parcours {

namespace {

template<class... F>
struct Overloaded : F...
{
    using F::operator()...;
};
template<class... F>
Overloaded(F...) -> Overloaded<F...>;

/// Runs `work` in one transaction and commits; `work` returns Result<R>.
template<class Work>
auto inTransaction(Database& db, Work work) -> decltype(work())
{
    Transaction tx(db);
    if (!tx.begun())
        return fail(tx.begun().error());
    auto result = work();
    if (!result)
        return result;
    if (auto committed = tx.commit(); !committed)
        return fail(committed.error());
    return result;
}

/// Saves `value` through `save` after reading what it replaces through `find`.
template<class T, class Find, class Store>
Result<Saved<T>> saveRecord(Database& db, const T& value, Find find, Store store)
{
    return inTransaction(db, [&]() -> Result<Saved<T>> {
        auto previous = find();
        if (!previous)
            return fail(previous.error());
        auto stored = store(value);
        if (!stored)
            return fail(stored.error());
        return Saved<T>{std::move(*stored), std::move(*previous)};
    });
}

/// Appends the rows of `list` to `out`, or returns the read error.
template<class T>
Result<void> take(Result<QList<T>> list, QList<T>& out)
{
    if (!list)
        return fail(list.error());
    out = std::move(*list);
    return {};
}

template<class T>
Result<void> found(Result<std::optional<T>> value, Record& out, const QString& what)
{
    if (!value)
        return fail(value.error());
    if (!*value)
        return fail(ErrorCode::NotFound, QStringLiteral("There is no %1.").arg(what));
    out = std::move(**value);
    return {};
}

/// The series a removal takes away (a cohort's) or unlinks (those of a trainer, a room or the
/// rooms of a site), so that putting the record back puts them back too.
Result<void> collectSeries(Database& db, Removal& r)
{
    if (r.kind == EntityKind::Cohort)
        return take(SeriesRepository(db).ofCohort(r.ref), r.series);
    if (r.kind != EntityKind::Site && r.kind != EntityKind::Room && r.kind != EntityKind::Trainer)
        return {};
    auto all = SeriesRepository(db).all();
    if (!all)
        return fail(all.error());
    QStringList rooms;
    for (const Room& room : r.rooms)
        rooms << room.ref;
    for (const Series& s : *all) {
        const bool linked = r.kind == EntityKind::Trainer ? s.trainerRef == r.ref
            : r.kind == EntityKind::Room                  ? s.roomRef == r.ref
                                                          : rooms.contains(s.roomRef);
        if (linked)
            r.unlinkedSeries << s;
    }
    return {};
}

/// Reads the record and everything its removal deletes or unlinks (see the schema's ON DELETE).
Result<Removal> collect(Database& db, EntityKind kind, const QString& ref)
{
    Removal r;
    r.kind = kind;
    r.ref = ref;
    CohortRepository cohorts(db);
    SessionRepository sessions(db);
    PairingRepository pairings(db);
    OutcomeRepository outcomes(db);
    QList<Result<void>> reads;
    switch (kind) {
    case EntityKind::Site:
        reads = {found(SiteRepository(db).find(ref), r.record, QStringLiteral("site '%1'").arg(ref)),
                 take(SiteRepository(db).roomsOf(ref), r.rooms), take(cohorts.ofSite(ref), r.unlinkedCohorts),
                 take(sessions.ofSite(ref), r.unlinkedSessions)};
        break;
    case EntityKind::Room:
        reads = {found(SiteRepository(db).findRoom(ref), r.record, QStringLiteral("room '%1'").arg(ref)),
                 take(sessions.ofRoom(ref), r.unlinkedSessions)};
        break;
    case EntityKind::Cohort:
        reads = {found(cohorts.find(ref), r.record, QStringLiteral("cohort '%1'").arg(ref)),
                 take(cohorts.enrolmentsOf(ref), r.enrolments), take(sessions.ofCohort(ref), r.sessions),
                 take(sessions.attendanceOfCohort(ref), r.attendance), take(outcomes.ofCohort(ref), r.outcomes),
                 take(pairings.ofCohort(ref), r.unlinkedPairings)};
        break;
    case EntityKind::Participant:
        reads = {found(ParticipantRepository(db).find(ref), r.record, QStringLiteral("participant '%1'").arg(ref)),
                 take(cohorts.enrolmentsOfParticipant(ref), r.enrolments),
                 take(sessions.attendanceOfParticipant(ref), r.attendance),
                 take(pairings.ofParticipant(ref), r.pairings),
                 take(pairings.checkInsOfParticipant(ref), r.checkIns), take(outcomes.ofParticipant(ref), r.outcomes)};
        break;
    case EntityKind::Volunteer:
        reads = {found(VolunteerRepository(db).find(ref), r.record, QStringLiteral("volunteer '%1'").arg(ref)),
                 take(pairings.ofVolunteer(ref), r.pairings), take(pairings.checkInsOfVolunteer(ref), r.checkIns)};
        break;
    case EntityKind::Trainer:
        reads = {found(TrainerRepository(db).find(ref), r.record, QStringLiteral("trainer '%1'").arg(ref)),
                 take(TrainerRepository(db).unavailabilityOf(ref), r.unavailability),
                 take(sessions.ofTrainer(ref), r.unlinkedSessions)};
        break;
    default:
        return fail(ErrorCode::Usage, QStringLiteral("Records of this kind are not removed with their dependants."));
    }
    for (const Result<void>& read : reads)
        if (!read)
            return fail(read.error());
    if (auto series = collectSeries(db, r); !series)
        return fail(series.error());
    if (kind == EntityKind::Site) {
        // Few rows: read them all rather than add a query for one site.
        auto closures = OfficeClosureRepository(db).all();
        if (!closures)
            return fail(closures.error());
        for (const OfficeClosure& c : *closures)
            if (c.siteRef == ref)
                r.closures << c;
    }
    return r;
}

Result<void> removeRecord(Database& db, EntityKind kind, const QString& ref)
{
    switch (kind) {
    case EntityKind::Site:
        return SiteRepository(db).remove(ref);
    case EntityKind::Room:
        return SiteRepository(db).removeRoom(ref);
    case EntityKind::Cohort:
        return CohortRepository(db).remove(ref);
    case EntityKind::Participant:
        return ParticipantRepository(db).remove(ref);
    case EntityKind::Volunteer:
        return VolunteerRepository(db).remove(ref);
    case EntityKind::Trainer:
        return TrainerRepository(db).remove(ref);
    default:
        break;
    }
    return fail(ErrorCode::Usage, QStringLiteral("Records of this kind are not removed with their dependants."));
}

/// Saves every row of `rows` through `save`; stops at the first failure.
template<class T, class Store>
Result<void> saveAll(const QList<T>& rows, Store store)
{
    for (const T& row : rows)
        if (auto saved = store(row); !saved)
            return fail(saved.error());
    return {};
}

Result<void> putBack(Database& db, const Removal& r)
{
    SiteRepository sites(db);
    CohortRepository cohorts(db);
    SessionRepository sessions(db);
    PairingRepository pairings(db);
    Result<void> main = std::visit(
        Overloaded{[&](const Site& v) { return Result<void>(sites.save(v).map([](auto&&) {})); },
                   [&](const Room& v) { return Result<void>(sites.saveRoom(v).map([](auto&&) {})); },
                   [&](const Cohort& v) { return Result<void>(cohorts.save(v).map([](auto&&) {})); },
                   [&](const Participant& v) {
                       return Result<void>(ParticipantRepository(db).save(v).map([](auto&&) {}));
                   },
                   [&](const Volunteer& v) {
                       return Result<void>(VolunteerRepository(db).save(v).map([](auto&&) {}));
                   },
                   [&](const Trainer& v) { return Result<void>(TrainerRepository(db).save(v).map([](auto&&) {})); }},
        r.record);
    if (!main)
        return main;
    // Parents before children: rooms and cohorts before sessions, sessions before marks,
    // pairings before check-ins.
    TrainerRepository trainers(db);
    OutcomeRepository outcomes(db);
    const QList<Result<void>> steps = {
        saveAll(r.rooms, [&](const Room& v) { return sites.saveRoom(v); }),
        saveAll(r.unlinkedCohorts, [&](const Cohort& v) { return cohorts.save(v); }),
        saveAll(r.enrolments, [&](const Enrolment& v) { return cohorts.saveEnrolment(v); }),
        saveAll(r.series, [&](const Series& v) { return SeriesRepository(db).save(v); }),
        saveAll(r.unlinkedSeries, [&](const Series& v) { return SeriesRepository(db).save(v); }),
        saveAll(r.sessions, [&](const Session& v) { return sessions.save(v); }),
        saveAll(r.unlinkedSessions, [&](const Session& v) { return sessions.save(v); }),
        saveAll(r.attendance, [&](const Attendance& v) { return sessions.saveAttendance(v); }),
        saveAll(r.pairings, [&](const Pairing& v) { return pairings.save(v); }),
        saveAll(r.unlinkedPairings, [&](const Pairing& v) { return pairings.save(v); }),
        saveAll(r.checkIns, [&](const CheckIn& v) { return pairings.saveCheckIn(v); }),
        saveAll(r.outcomes, [&](const Outcome& v) { return outcomes.save(v); }),
        saveAll(r.unavailability, [&](const TrainerUnavailability& v) { return trainers.saveUnavailability(v); }),
        // The rows went with the site: inserted again under new ids.
        saveAll(r.closures,
                [&](OfficeClosure v) {
                    v.id = 0;
                    return OfficeClosureRepository(db).save(v);
                }),
    };
    for (const Result<void>& step : steps)
        if (!step)
            return step;
    return {};
}

/// For a new enrolment: nothing when the participant's consent date is recorded, the reason to
/// keep when `reason` gives one, else an Invalid error (an unknown participant is left to the
/// save, which names it).
Result<std::optional<QString>> needsConsentOverride(Database& db, const Enrolment& e, const QString& reason)
{
    auto participant = ParticipantRepository(db).find(e.participantRef);
    if (!participant)
        return fail(participant.error());
    if (!*participant || (*participant)->consentDate.isValid())
        return std::optional<QString>();
    if (reason.trimmed().isEmpty())
        return fail(invalid({Problem{{}, 0, QStringLiteral("consent_date"),
                                     QStringLiteral("'%1' has no consent date: record it before enrolling, "
                                                    "or give the reason to enrol without it")
                                         .arg(e.participantRef)}},
                            QStringLiteral("enrolment of '%1' in '%2'").arg(e.participantRef, e.cohortRef)));
    return std::optional<QString>(reason);
}

} // namespace

EditService::EditService(Database& db, ChangeNotifier* notifier) : m_db(db), m_notifier(notifier) {}

Result<Saved<Site>> EditService::save(const Site& value)
{
    SiteRepository repository(m_db);
    auto saved = saveRecord(
        m_db, value, [&] { return repository.find(value.ref); }, [&](const Site& v) { return repository.save(v); });
    if (saved && m_notifier)
        m_notifier->notifySaved(EntityKind::Site, value.ref);
    return saved;
}

Result<Saved<Room>> EditService::save(const Room& value)
{
    SiteRepository repository(m_db);
    auto saved = saveRecord(
        m_db, value, [&] { return repository.findRoom(value.ref); },
        [&](const Room& v) { return repository.saveRoom(v); });
    if (saved && m_notifier)
        m_notifier->notifySaved(EntityKind::Room, value.ref);
    return saved;
}

Result<Saved<Cohort>> EditService::save(const Cohort& value)
{
    CohortRepository repository(m_db);
    auto saved = saveRecord(
        m_db, value, [&] { return repository.find(value.ref); }, [&](const Cohort& v) { return repository.save(v); });
    if (saved && m_notifier)
        m_notifier->notifySaved(EntityKind::Cohort, value.ref);
    return saved;
}

Result<Saved<Participant>> EditService::save(const Participant& value)
{
    ParticipantRepository repository(m_db);
    auto saved = saveRecord(
        m_db, value, [&] { return repository.find(value.ref); },
        [&](const Participant& v) { return repository.save(v); });
    if (saved && m_notifier)
        m_notifier->notifySaved(EntityKind::Participant, value.ref);
    return saved;
}

Result<Saved<Volunteer>> EditService::save(const Volunteer& value)
{
    VolunteerRepository repository(m_db);
    auto saved = saveRecord(
        m_db, value, [&] { return repository.find(value.ref); },
        [&](const Volunteer& v) { return repository.save(v); });
    if (saved && m_notifier)
        m_notifier->notifySaved(EntityKind::Volunteer, value.ref);
    return saved;
}

Result<Saved<Trainer>> EditService::save(const Trainer& value)
{
    TrainerRepository repository(m_db);
    auto saved = saveRecord(
        m_db, value, [&] { return repository.find(value.ref); }, [&](const Trainer& v) { return repository.save(v); });
    if (saved && m_notifier)
        m_notifier->notifySaved(EntityKind::Trainer, value.ref);
    return saved;
}

Result<Saved<Enrolment>> EditService::save(const Enrolment& value)
{
    return saveEnrolment(value, false, QString());
}

Result<Saved<Enrolment>> EditService::enrol(const Enrolment& value, const QString& consentOverride)
{
    return saveEnrolment(value, true, consentOverride);
}

Result<QStringList> EditService::withoutConsent(const QStringList& participantRefs) const
{
    QStringList out;
    ParticipantRepository participants(m_db);
    for (const QString& ref : participantRefs) {
        auto p = participants.find(ref);
        if (!p)
            return fail(p.error());
        if (*p && !(*p)->consentDate.isValid())
            out << ref;
    }
    return out;
}

Result<std::optional<QString>> EditService::consentOverrideOf(const QString& cohortRef,
                                                             const QString& participantRef) const
{
    return PrivacyRepository(m_db).consentOverride(cohortRef, participantRef);
}

Result<Saved<Enrolment>> EditService::saveEnrolment(const Enrolment& value, bool checkConsent,
                                                    const QString& consentOverride)
{
    CohortRepository repository(m_db);
    bool added = false;
    auto saved = saveRecord(
        m_db, value,
        [&]() -> Result<std::optional<Enrolment>> {
            auto list = repository.enrolmentsOfParticipant(value.participantRef);
            if (!list)
                return fail(list.error());
            for (const Enrolment& e : *list)
                if (e.cohortRef == value.cohortRef)
                    return std::optional<Enrolment>(e);
            added = true;
            return std::optional<Enrolment>();
        },
        [&](const Enrolment& v) -> Result<Enrolment> {
            std::optional<QString> reason;
            if (added && checkConsent) {
                auto consent = needsConsentOverride(m_db, v, consentOverride);
                if (!consent)
                    return fail(consent.error());
                reason = *consent;
            }
            auto stored = repository.saveEnrolment(v);
            if (!stored || !reason)
                return stored;
            if (auto kept = PrivacyRepository(m_db).setConsentOverride(stored->id, *reason, QDate::currentDate()); !kept)
                return fail(kept.error());
            return stored;
        });
    if (saved && m_notifier)
        m_notifier->notifySaved(EntityKind::Enrolment, QString());
    return saved;
}

Result<Removal> EditService::dependantsOf(EntityKind kind, const QString& ref) const
{
    return collect(m_db, kind, ref);
}

Result<Removal> EditService::remove(EntityKind kind, const QString& ref)
{
    auto removal = inTransaction(m_db, [&]() -> Result<Removal> {
        auto collected = collect(m_db, kind, ref);
        if (!collected)
            return collected;
        if (auto removed = removeRecord(m_db, kind, ref); !removed)
            return fail(removed.error());
        return collected;
    });
    if (removal)
        notifyRemoval(*removal, false);
    return removal;
}

Result<void> EditService::restore(const Removal& removal)
{
    auto restored = inTransaction(m_db, [&] { return putBack(m_db, removal); });
    if (restored)
        notifyRemoval(removal, true);
    return restored;
}

Result<Enrolment> EditService::removeEnrolment(const QString& cohortRef, const QString& participantRef)
{
    CohortRepository repository(m_db);
    auto removed = inTransaction(m_db, [&]() -> Result<Enrolment> {
        auto list = repository.enrolmentsOfParticipant(participantRef);
        if (!list)
            return fail(list.error());
        for (const Enrolment& e : *list) {
            if (e.cohortRef != cohortRef)
                continue;
            if (auto r = repository.removeEnrolment(cohortRef, participantRef); !r)
                return fail(r.error());
            return e;
        }
        return fail(ErrorCode::NotFound,
                    QStringLiteral("'%1' is not enrolled in cohort '%2'.").arg(participantRef, cohortRef));
    });
    if (removed && m_notifier)
        m_notifier->notifyRemoved(EntityKind::Enrolment, QString());
    return removed;
}

Result<QList<TrainerUnavailability>> EditService::unavailabilityOf(const QString& trainerRef) const
{
    return TrainerRepository(m_db).unavailabilityOf(trainerRef);
}

namespace {

/// The same period of the same trainer (the row's key in the schema), ids aside.
bool samePeriod(const TrainerUnavailability& a, const TrainerUnavailability& b)
{
    return a.trainerRef == b.trainerRef && a.weekday == b.weekday && a.start == b.start && a.end == b.end
        && a.fromDate == b.fromDate && a.toDate == b.toDate;
}

} // namespace

Result<void> EditService::changeUnavailability(const std::optional<TrainerUnavailability>& before,
                                               const std::optional<TrainerUnavailability>& after)
{
    if (after) {
        if (auto problems = after->validate(); !problems.isEmpty())
            return fail(invalid(problems, QStringLiteral("unavailability of trainer '%1'").arg(after->trainerRef)));
    }
    TrainerRepository repository(m_db);
    auto changed = inTransaction(m_db, [&]() -> Result<void> {
        if (before) {
            auto rows = repository.unavailabilityOf(before->trainerRef);
            if (!rows)
                return fail(rows.error());
            const auto it = std::find_if(rows->cbegin(), rows->cend(),
                                         [&](const TrainerUnavailability& u) { return samePeriod(u, *before); });
            if (it == rows->cend())
                return fail(ErrorCode::NotFound,
                            QStringLiteral("Trainer '%1' has no such unavailability.").arg(before->trainerRef));
            if (auto removed = repository.removeUnavailability(it->id); !removed)
                return removed;
        }
        if (!after)
            return {};
        auto rows = repository.unavailabilityOf(after->trainerRef);
        if (!rows)
            return fail(rows.error());
        // saveUnavailability() would quietly keep the row already there, and undoing this
        // change would then remove it: a period listed twice is refused instead.
        for (const TrainerUnavailability& u : std::as_const(*rows))
            if (samePeriod(u, *after))
                return fail(invalid({Problem{QString(), 0, QStringLiteral("weekday"), QStringLiteral("is already listed")}},
                                    QStringLiteral("unavailability of trainer '%1'").arg(after->trainerRef)));
        auto saved = repository.saveUnavailability(*after);
        if (!saved)
            return fail(saved.error());
        return {};
    });
    if (changed && m_notifier) {
        QStringList refs;
        for (const auto* u : {&before, &after})
            if (*u && !refs.contains((*u)->trainerRef))
                refs << (*u)->trainerRef;
        for (const QString& ref : std::as_const(refs))
            m_notifier->notifySaved(EntityKind::TrainerUnavailability, ref);
    }
    return changed;
}

Result<QString> EditService::nextRef(EntityKind kind) const
{
    switch (kind) {
    case EntityKind::Site:
        return SiteRepository(m_db).nextRef();
    case EntityKind::Room:
        return SiteRepository(m_db).nextRoomRef();
    case EntityKind::Cohort:
        return CohortRepository(m_db).nextRef();
    case EntityKind::Participant:
        return ParticipantRepository(m_db).nextRef();
    case EntityKind::Volunteer:
        return VolunteerRepository(m_db).nextRef();
    case EntityKind::Trainer:
        return TrainerRepository(m_db).nextRef();
    default:
        break;
    }
    return fail(ErrorCode::Usage, QStringLiteral("Records of this kind have no generated ref."));
}

void EditService::notifyRemoval(const Removal& r, bool restored) const
{
    if (!m_notifier)
        return;
    if (restored)
        m_notifier->notifySaved(r.kind, r.ref);
    else
        m_notifier->notifyRemoved(r.kind, r.ref);
    const QList<std::pair<EntityKind, bool>> touched = {
        {EntityKind::Room, !r.rooms.isEmpty()},
        {EntityKind::Cohort, !r.unlinkedCohorts.isEmpty()},
        {EntityKind::Enrolment, !r.enrolments.isEmpty()},
        {EntityKind::Session, !r.sessions.isEmpty() || !r.unlinkedSessions.isEmpty()},
        {EntityKind::Attendance, !r.attendance.isEmpty()},
        {EntityKind::Pairing, !r.pairings.isEmpty() || !r.unlinkedPairings.isEmpty()},
        {EntityKind::CheckIn, !r.checkIns.isEmpty()},
        {EntityKind::Outcome, !r.outcomes.isEmpty()},
        {EntityKind::TrainerUnavailability, !r.unavailability.isEmpty()},
        {EntityKind::OfficeClosure, !r.closures.isEmpty()},
    };
    for (const auto& [kind, yes] : touched)
        if (yes)
            m_notifier->notifyChanged(kind);
}

} // namespace parcours
