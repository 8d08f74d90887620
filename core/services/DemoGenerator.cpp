// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "DemoBuilder.h"
#include "core/storage/AuditLog.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/Database.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/VolunteerRepository.h"

namespace parcours {

namespace {

// Saves every value of a list with `save`, stopping at the first failure, which names the
// record so that a failing demo can be traced.
template<class T, class Save>
Result<void> saveAll(const QList<T>& values, const QString& what, Save save)
{
    for (const T& v : values) {
        auto saved = save(v);
        if (!saved) {
            Error e = saved.error();
            e.detail = QStringLiteral("demo %1: %2").arg(what, e.detail);
            return fail(std::move(e));
        }
    }
    return {};
}

} // namespace

Result<DemoData> DemoGenerator::build(DemoScale scale) const
{
    if (scale == DemoScale::Large)
        return fail(ErrorCode::Usage, QStringLiteral("the large demo is not available yet"));
    return DemoBuilder(m_seed, m_clock.today()).build();
}

Result<bool> DemoGenerator::isEmpty(Database& db)
{
    const auto sites = SiteRepository(db).all();
    if (!sites)
        return fail(sites.error());
    const auto rooms = SiteRepository(db).rooms();
    if (!rooms)
        return fail(rooms.error());
    const auto trainers = TrainerRepository(db).all();
    if (!trainers)
        return fail(trainers.error());
    const auto cohorts = CohortRepository(db).count();
    if (!cohorts)
        return fail(cohorts.error());
    const auto participants = ParticipantRepository(db).count();
    if (!participants)
        return fail(participants.error());
    const auto volunteers = VolunteerRepository(db).count();
    if (!volunteers)
        return fail(volunteers.error());
    const auto sessions = SessionRepository(db).all();
    if (!sessions)
        return fail(sessions.error());
    const auto pairings = PairingRepository(db).all();
    if (!pairings)
        return fail(pairings.error());
    const auto outcomes = OutcomeRepository(db).count();
    if (!outcomes)
        return fail(outcomes.error());
    return sites->isEmpty() && rooms->isEmpty() && trainers->isEmpty() && *cohorts == 0
           && *participants == 0 && *volunteers == 0 && sessions->isEmpty() && pairings->isEmpty()
           && *outcomes == 0;
}

Result<DemoData> DemoGenerator::fill(Database& db, DemoScale scale) const
{
    auto data = build(scale);
    if (!data)
        return data;

    Transaction tx(db);
    if (!tx.begun())
        return fail(tx.begun().error());
    // Checked inside the write transaction, so that nobody adds data between check and fill.
    const auto empty = isEmpty(db);
    if (!empty)
        return fail(empty.error());
    if (!*empty)
        return fail(ErrorCode::Exists,
                    QStringLiteral("the database already holds data; the demo only fills an empty one"));

    // One audit entry for the whole demo rather than one per row (AuditLog.md).
    AuditLog audit(db);
    if (auto quiet = audit.setRowEntries(false); !quiet)
        return fail(quiet.error());
    SiteRepository sites(db);
    TrainerRepository trainers(db);
    CohortRepository cohorts(db);
    ParticipantRepository participants(db);
    VolunteerRepository volunteers(db);
    SessionRepository sessions(db);
    PairingRepository pairings(db);
    OutcomeRepository outcomes(db);
    Result<void> r = saveAll(data->sites, QStringLiteral("site"), [&](const Site& v) { return sites.save(v); });
    if (r)
        r = saveAll(data->rooms, QStringLiteral("room"), [&](const Room& v) { return sites.saveRoom(v); });
    if (r)
        r = saveAll(data->trainers, QStringLiteral("trainer"), [&](const Trainer& v) { return trainers.save(v); });
    if (r)
        r = saveAll(data->unavailability, QStringLiteral("trainer unavailability"),
                    [&](const TrainerUnavailability& v) { return trainers.saveUnavailability(v); });
    if (r)
        r = saveAll(data->cohorts, QStringLiteral("cohort"), [&](const Cohort& v) { return cohorts.save(v); });
    if (r)
        r = saveAll(data->participants, QStringLiteral("participant"),
                    [&](const Participant& v) { return participants.save(v); });
    if (r)
        r = saveAll(data->volunteers, QStringLiteral("volunteer"),
                    [&](const Volunteer& v) { return volunteers.save(v); });
    if (r)
        r = saveAll(data->enrolments, QStringLiteral("enrolment"),
                    [&](const Enrolment& v) { return cohorts.saveEnrolment(v); });
    if (r)
        r = saveAll(data->sessions, QStringLiteral("session"), [&](const Session& v) { return sessions.save(v); });
    if (r)
        r = saveAll(data->attendance, QStringLiteral("attendance"),
                    [&](const Attendance& v) { return sessions.saveAttendance(v); });
    if (r)
        r = saveAll(data->pairings, QStringLiteral("pairing"), [&](const Pairing& v) { return pairings.save(v); });
    if (r)
        r = saveAll(data->checkIns, QStringLiteral("check-in"),
                    [&](const CheckIn& v) { return pairings.saveCheckIn(v); });
    if (r)
        r = saveAll(data->outcomes, QStringLiteral("outcome"), [&](const Outcome& v) { return outcomes.save(v); });
    if (!r)
        return fail(r.error()); // the transaction rolls back as it goes out of scope
    const qint64 rows = data->sites.size() + data->rooms.size() + data->trainers.size() + data->unavailability.size()
        + data->cohorts.size() + data->participants.size() + data->volunteers.size() + data->enrolments.size()
        + data->sessions.size() + data->attendance.size() + data->pairings.size() + data->checkIns.size()
        + data->outcomes.size();
    if (auto entry = audit.record(QStringLiteral("demo"), QStringLiteral("database"), std::nullopt, {}, rows); !entry)
        return fail(entry.error());
    if (auto committed = tx.commit(); !committed)
        return fail(committed.error());
    return data;
}

} // namespace parcours
