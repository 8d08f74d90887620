// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExchangeTable.h"

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

#include <QStringList>

namespace parcours {

/// The thirteen tables of exchange-format.md, each described once: columns in spec order,
/// required ones, key, and how each column maps to its domain struct and back.
class ExchangeTables
{
public:
    /// Every table name in dependency order (a table only points at tables before it).
    static QStringList names();
    /// The column names of the table called `name` (`participants`, ...), in spec order; empty
    /// for an unknown table.
    static QStringList columnsOf(const QString& name);
    /// The required columns of the table called `name`, in spec order.
    static QStringList requiredColumnsOf(const QString& name);

    static const ExchangeTable<Site>& sites();
    static const ExchangeTable<Room>& rooms();
    static const ExchangeTable<Cohort>& cohorts();
    static const ExchangeTable<Participant>& participants();
    static const ExchangeTable<Volunteer>& volunteers();
    static const ExchangeTable<Trainer>& trainers();
    static const ExchangeTable<TrainerUnavailability>& trainerUnavailability();
    static const ExchangeTable<Enrolment>& enrolments();
    static const ExchangeTable<Session>& sessions();
    static const ExchangeTable<Attendance>& attendance();
    static const ExchangeTable<Pairing>& pairings();
    static const ExchangeTable<CheckIn>& checkins();
    static const ExchangeTable<Outcome>& outcomes();
};

} // namespace parcours
