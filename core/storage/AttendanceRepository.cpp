// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceRepository.h"

#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours {

Result<QList<EnrolledName>> AttendanceRepository::namesOfCohort(const QString& cohortRef) const
{
    return storage::selectList<EnrolledName>(
        m_db,
        QStringLiteral("SELECT p.ref, p.first_name, p.last_name FROM enrolment e"
                       " JOIN participant p ON p.id = e.participant_id"
                       " JOIN cohort c ON c.id = e.cohort_id WHERE c.ref = ?"
                       " ORDER BY p.last_name, p.first_name, p.ref"),
        {cohortRef}, [](const QSqlQuery& q) {
            return EnrolledName{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        });
}

} // namespace parcours
