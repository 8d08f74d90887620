// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Attendance.h"
#include "core/domain/CheckIn.h"
#include "core/domain/Cohort.h"
#include "core/domain/Enrolment.h"
#include "core/domain/Outcome.h"
#include "core/domain/Pairing.h"
#include "core/domain/Participant.h"
#include "core/domain/Room.h"
#include "core/domain/Session.h"
#include "core/domain/Site.h"
#include "core/domain/Trainer.h"
#include "core/domain/TrainerUnavailability.h"
#include "core/domain/Volunteer.h"

#include <QList>

namespace parcours {

/// A whole invented database as plain values, in the order it is written (what a row points
/// at comes before the row).
struct DemoData
{
    QList<Site> sites;
    QList<Room> rooms;
    QList<Trainer> trainers;
    QList<TrainerUnavailability> unavailability;
    QList<Cohort> cohorts;
    QList<Participant> participants;
    QList<Volunteer> volunteers;
    QList<Enrolment> enrolments;
    QList<Session> sessions;
    QList<Attendance> attendance;
    QList<Pairing> pairings;
    QList<CheckIn> checkIns;
    QList<Outcome> outcomes;
};

} // namespace parcours
