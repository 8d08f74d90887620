// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small builders for hand-made indicator inputs: each test states only what its rule needs.

#include "core/indicators/IndicatorInput.h"

#include <QDate>
#include <QTime>

namespace parcours::test {

inline QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

/// Targets of domain.md: FLE 12 to 15 h, English 2 h, soft skills 2 h a week.
inline Cohort cohort(const char* ref, const char* start, const char* end)
{
    Cohort c;
    c.ref = QLatin1String(ref);
    c.name = c.ref;
    c.startDate = d(start);
    c.endDate = d(end);
    return c;
}

inline Enrolment enrol(const char* cohortRef, const char* participant,
                       EnrolmentStatus status = EnrolmentStatus::Enrolled,
                       const char* enrolledOn = "", const char* exitDate = "",
                       std::optional<CefrLevel> exitLevel = std::nullopt)
{
    Enrolment e;
    e.cohortRef = QLatin1String(cohortRef);
    e.participantRef = QLatin1String(participant);
    e.status = status;
    e.enrolledOn = d(enrolledOn);
    e.exitDate = d(exitDate);
    e.frenchLevelExit = exitLevel;
    return e;
}

inline Session session(const char* ref, const char* cohortRef, Module module, const char* date,
                       const char* start, const char* end,
                       SessionStatus status = SessionStatus::Held, const char* trainer = "")
{
    Session s;
    s.ref = QLatin1String(ref);
    s.cohortRef = QLatin1String(cohortRef);
    s.module = module;
    s.date = d(date);
    s.start = QTime::fromString(QLatin1String(start), QStringLiteral("HH:mm"));
    s.end = QTime::fromString(QLatin1String(end), QStringLiteral("HH:mm"));
    s.status = status;
    s.trainerRef = QLatin1String(trainer);
    return s;
}

inline Attendance mark(const char* sessionRef, const char* participant, AttendanceStatus status,
                       int minutesLate = 0)
{
    Attendance a;
    a.sessionRef = QLatin1String(sessionRef);
    a.participantRef = QLatin1String(participant);
    a.status = status;
    a.minutesLate = minutesLate;
    return a;
}

inline Pairing pairing(const char* participant, const char* volunteer, PairingRole role,
                       PairingStatus status = PairingStatus::Active, const char* start = "",
                       const char* end = "", const char* cohortRef = "")
{
    Pairing p;
    p.ref = QLatin1String(participant) + QLatin1Char('-') + QLatin1String(volunteer);
    p.participantRef = QLatin1String(participant);
    p.volunteerRef = QLatin1String(volunteer);
    p.role = role;
    p.status = status;
    p.startDate = d(start);
    p.endDate = d(end);
    p.cohortRef = QLatin1String(cohortRef);
    return p;
}

inline Outcome outcome(const char* participant, const char* cohortRef, Milestone milestone,
                       Situation situation, const char* recordedOn = "")
{
    Outcome o;
    o.participantRef = QLatin1String(participant);
    o.cohortRef = QLatin1String(cohortRef);
    o.milestone = milestone;
    o.situation = situation;
    o.recordedOn = d(recordedOn);
    return o;
}

/// Reads the exchange folder of tests/data/exchange-mini into an IndicatorInput, without a
/// database: a reader for that fixture only (plain comma-separated fields, no quotes).
IndicatorInput readMiniFixture();

} // namespace parcours::test
