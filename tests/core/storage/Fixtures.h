// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Values with every field set, for repository round trips, and the comparisons that check
// every field came back.

#include "core/Result.h"
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

#include <QVariant>

#include <stdexcept>

namespace parcours {
class Database;
}

namespace parcours::test {

Site fullSite(const QString& ref);
Room fullRoom(const QString& ref, const QString& siteRef);
Cohort fullCohort(const QString& ref, const QString& siteRef);
Participant fullParticipant(const QString& ref);
Volunteer fullVolunteer(const QString& ref, VolunteerRole role);
Trainer fullTrainer(const QString& ref);
TrainerUnavailability fullUnavailability(const QString& trainerRef);
Enrolment fullEnrolment(const QString& cohortRef, const QString& participantRef);
Session fullSession(const QString& ref, const QString& cohortRef, const QString& trainerRef, const QString& roomRef);
Attendance lateMark(const QString& sessionRef, const QString& participantRef);
Pairing fullPairing(const QString& ref, const QString& participantRef, const QString& volunteerRef, PairingRole role,
                    const QString& cohortRef);
CheckIn fullCheckIn(const QString& pairingRef, const QDate& date);
Outcome fullOutcome(const QString& participantRef, const QString& cohortRef);

/// Saves, in one committed transaction: site LIL with room LIL-1, cohort MINI at LIL,
/// participants M1 and M2, volunteers W1 (mentor), W2 (coach), W3 (both), trainer F1.
void seed(Database& db);

/// The first column of the first row of `sql` on the Database's own connection.
QVariant scalar(const Database& db, const QString& sql);

// Each checks every field, id included.
void checkSame(const Site& a, const Site& b);
void checkSame(const Room& a, const Room& b);
void checkSame(const Cohort& a, const Cohort& b);
void checkSame(const Participant& a, const Participant& b);
void checkSame(const Volunteer& a, const Volunteer& b);
void checkSame(const Trainer& a, const Trainer& b);
void checkSame(const TrainerUnavailability& a, const TrainerUnavailability& b);
void checkSame(const Enrolment& a, const Enrolment& b);
void checkSame(const Session& a, const Session& b);
void checkSame(const Attendance& a, const Attendance& b);
void checkSame(const Pairing& a, const Pairing& b);
void checkSame(const CheckIn& a, const CheckIn& b);
void checkSame(const Outcome& a, const Outcome& b);

/// The value of a Result that must succeed (the test fails with the error otherwise). Returned by
/// value: `for (x : repo.all().value())` would iterate a destroyed temporary.
template<class T>
T take(Result<T> r)
{
    if (!r)
        throw std::runtime_error("unexpected failure: " + r.error().toString().toStdString());
    return std::move(*r);
}

/// The fields of the problems of an error, in order.
QStringList fieldsOf(const Error& e);

} // namespace parcours::test
