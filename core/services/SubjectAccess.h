// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Attendance.h"
#include "core/domain/CheckIn.h"
#include "core/domain/Cohort.h"
#include "core/domain/Enrolment.h"
#include "core/domain/Outcome.h"
#include "core/domain/Pairing.h"
#include "core/domain/Participant.h"
#include "core/domain/Session.h"
#include "core/domain/Volunteer.h"

#include <QHash>

#include <optional>

namespace parcours {

class Database;

/// Whose data a subject access export gathers.
enum class PersonKind { Participant, Volunteer };

/// One attendance mark with the session it was taken at.
struct MarkedSession
{
    Attendance mark;
    Session session;
};

/// Everything the file holds on one person, for a subject access request (GDPR article 15):
/// plain data read through the repositories, and nothing of anyone else. See SubjectAccess.md.
struct SubjectAccessData
{
    PersonKind kind = PersonKind::Participant;
    std::optional<Participant> participant; ///< set for a participant
    std::optional<Volunteer> volunteer;     ///< set for a volunteer
    QList<Enrolment> enrolments;            ///< by cohort ref
    QList<MarkedSession> attendance;        ///< by session date, start, ref
    /// The person's pairings, the other person of each left out: a participant's show the
    /// role of their mentor or coach but not who; a volunteer's, not the participant.
    QList<Pairing> pairings;
    QList<CheckIn> checkIns; ///< of those pairings, by pairing then date
    QList<Outcome> outcomes; ///< by cohort, milestone, recorded_on
    /// The cohorts the rows above point at, by ref (for their names and dates).
    QHash<QString, Cohort> cohorts;

    QString ref() const;
    QString fullName() const;
    /// The cohort's name, or its ref when unknown or unnamed.
    QString cohortName(const QString& cohortRef) const;
};

/// Gathers SubjectAccessData from a file.
class SubjectAccess
{
public:
    explicit SubjectAccess(Database& db) : m_db(db) {}

    /// Which kinds of person carry `ref` (a participant and a volunteer may share one).
    [[nodiscard]] Result<QList<PersonKind>> kindsOf(const QString& ref) const;
    /// NotFound when no person of `kind` has `ref`.
    [[nodiscard]] Result<SubjectAccessData> collect(PersonKind kind, const QString& ref) const;

private:
    Result<SubjectAccessData> participantData(const QString& ref) const;
    Result<SubjectAccessData> volunteerData(const QString& ref) const;
    Result<void> addCohorts(SubjectAccessData& data) const;

    Database& m_db;
};

} // namespace parcours
