// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "core/domain/Attendance.h"
#include "core/domain/CheckIn.h"
#include "core/domain/Cohort.h"
#include "core/domain/Enrolment.h"
#include "core/domain/OfficeClosure.h"
#include "core/domain/Outcome.h"
#include "core/domain/Pairing.h"
#include "core/domain/Participant.h"
#include "core/domain/Room.h"
#include "core/domain/Series.h"
#include "core/domain/Session.h"
#include "core/domain/Site.h"
#include "core/domain/Trainer.h"
#include "core/domain/TrainerUnavailability.h"
#include "core/domain/Volunteer.h"

#include <variant>

namespace parcours {

/// One of the records that can be removed with their dependants.
using Record = std::variant<Site, Room, Cohort, Participant, Volunteer, Trainer>;

/// Everything a removal takes away or unlinks: the record and the rows that the schema deletes
/// with it (ON DELETE CASCADE) or detaches from it (ON DELETE SET NULL), as they were. Before a
/// removal it says what would go (EditService::dependantsOf); after, it is what an undo puts
/// back (EditService::restore).
struct Removal
{
    EntityKind kind = EntityKind::Participant;
    QString ref;
    Record record;

    // Deleted with the record.
    QList<Room> rooms;
    QList<Enrolment> enrolments;
    QList<Session> sessions;
    QList<Series> series; ///< a cohort's series (program-side groups of its sessions)
    QList<Attendance> attendance;
    QList<Pairing> pairings;
    QList<CheckIn> checkIns;
    QList<Outcome> outcomes;
    QList<TrainerUnavailability> unavailability;
    QList<OfficeClosure> closures; ///< a site's own closures (not those of every site)

    // Kept, but no longer pointing at the record (its site, room, trainer or cohort emptied).
    QList<Cohort> unlinkedCohorts;
    QList<Session> unlinkedSessions;
    QList<Series> unlinkedSeries; ///< series of the trainer, the room or the site's rooms
    QList<Pairing> unlinkedPairings;

    /// True when removing the record deletes or changes other records.
    bool hasDependants() const
    {
        return !rooms.isEmpty() || !enrolments.isEmpty() || !sessions.isEmpty() || !attendance.isEmpty()
            || !pairings.isEmpty() || !checkIns.isEmpty() || !outcomes.isEmpty() || !unavailability.isEmpty()
            || !unlinkedCohorts.isEmpty() || !unlinkedSessions.isEmpty() || !unlinkedPairings.isEmpty()
            || !series.isEmpty() || !unlinkedSeries.isEmpty() || !closures.isEmpty();
    }
};

} // namespace parcours
