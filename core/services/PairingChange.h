// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CheckIn.h"
#include "core/domain/Pairing.h"
#include "core/pairing/VolunteerReadiness.h"

#include <QList>

namespace parcours {

/// What one change of pairings did, in one transaction: the pairings and check-ins as they
/// were and as they are, so that an undo command can put either state back
/// (PairingService::undo / redo). A record in `after` but not in `before` was made by the
/// change; one in `before` but not in `after` was removed by it.
struct PairingChange
{
    QList<Pairing> before;
    QList<Pairing> after;
    QList<CheckIn> checkInsBefore; ///< keyed by (pairing ref, date)
    QList<CheckIn> checkInsAfter;

    bool isEmpty() const
    {
        return before.isEmpty() && after.isEmpty() && checkInsBefore.isEmpty() && checkInsAfter.isEmpty();
    }
};

/// A volunteer whose readiness lacks something, and what.
struct NotReady
{
    QString volunteerRef;
    QList<ReadinessItem> missing;
};

/// The answer of a call that may activate a pairing with a volunteer who is not ready.
///
/// Without confirmation, activate()/assign()/rematch() change nothing when the volunteer is not
/// ready: `needsConfirmation` is set, `notReady` says what is missing and `change` is empty;
/// call again with confirmNotReady = true to go ahead. apply() records the pairs of volunteers
/// who are not ready as proposed instead (and lists them in `notReady`).
struct Activation
{
    PairingChange change;
    QList<NotReady> notReady;
    bool needsConfirmation = false;
};

} // namespace parcours
