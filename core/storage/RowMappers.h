// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/storage: include it from storage .cpp files only.
// The columns of each domain row, as a SELECT list, and the mapper that reads a row of that list,
// shared by the repository of the row and by ReportRepository so that both read a row alike.

#include "core/domain/Attendance.h"
#include "core/domain/Cohort.h"
#include "core/domain/Enrolment.h"
#include "core/domain/Outcome.h"
#include "core/domain/Pairing.h"
#include "core/domain/Session.h"

class QSqlQuery;
class QString;

namespace parcours::storage {

/// Which columns a SELECT list fills. WithoutFreeText selects NULL in place of the free texts
/// (exit and end reasons, titles, notes, employers, sectors) and of the refs a report does not
/// join (rooms, series): reports must not carry them; the mapper then leaves those fields empty.
enum class Columns { All, WithoutFreeText };

/// "SELECT c.id, ..." over `cohort c LEFT JOIN site s`.
QString cohortColumns();
Cohort cohortFrom(const QSqlQuery& q);

/// "SELECT e.id, ..." over `enrolment e JOIN cohort c JOIN participant p`.
QString enrolmentColumns(Columns columns);
Enrolment enrolmentFrom(const QSqlQuery& q);

/// "SELECT s.id, ..." over `session s JOIN cohort c LEFT JOIN trainer t` (and, for All,
/// `LEFT JOIN room r LEFT JOIN series sr`).
QString sessionColumns(Columns columns);
Session sessionFrom(const QSqlQuery& q);

/// "SELECT a.id, ..." over `attendance a JOIN session s JOIN participant p`.
QString attendanceColumns();
Attendance attendanceFrom(const QSqlQuery& q);

/// "SELECT k.id, ..." over `pairing k JOIN participant p JOIN volunteer v LEFT JOIN cohort c`.
QString pairingColumns(Columns columns);
Pairing pairingFrom(const QSqlQuery& q);

/// "SELECT o.id, ..." over `outcome o JOIN participant p JOIN cohort c`.
QString outcomeColumns(Columns columns);
Outcome outcomeFrom(const QSqlQuery& q);

} // namespace parcours::storage
