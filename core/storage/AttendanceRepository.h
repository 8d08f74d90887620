// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace parcours {

class Database;

/// The names of a cohort's enrolled participants, read in one query for the attendance grid.
struct EnrolledName
{
    QString participantRef;
    QString firstName;
    QString lastName;
};

/// Reads what the attendance grid needs beyond sessions, enrolments and marks (see
/// SessionRepository and CohortRepository).
class AttendanceRepository
{
public:
    explicit AttendanceRepository(Database& db) : m_db(db) {}

    /// The enrolled participants of `cohortRef` (whatever their status), by last name, first
    /// name, then ref.
    [[nodiscard]] Result<QList<EnrolledName>> namesOfCohort(const QString& cohortRef) const;

private:
    Database& m_db;
};

} // namespace parcours
