// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

namespace parcours {

/// The kinds of record a change can touch, as ChangeNotifier reports them.
enum class EntityKind {
    Site,
    Room,
    Cohort,
    Participant,
    Volunteer,
    Trainer,
    TrainerUnavailability,
    Enrolment,
    Session,
    Attendance,
    Pairing,
    CheckIn,
    Outcome,
    OfficeClosure,
};

} // namespace parcours

Q_DECLARE_METATYPE(parcours::EntityKind)
