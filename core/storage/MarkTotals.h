// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace parcours {

class Database;

/// The attendance totals of migration 0008 (table mark_total: per enrolment and module, the
/// marks of the expected pairs of held sessions and the time attended, indicators.md's rules),
/// a cache kept exact: the triggers name in mark_total_stale every cohort a write may change,
/// Transaction::commit recounts those cohorts (refreshStale), and every reader counts a cohort
/// still named there from its marks. The same list keeps migration 0011's totals per cohort
/// (week_total: the seconds of the planned and held sessions per ISO week and module;
/// cohort_mark_total: mark_total summed per cohort and module; cohort_exit_total: the
/// completed enrolments' latest outcomes per milestone, by class). See MarkTotals.md.
class MarkTotals
{
public:
    /// Whether the file has the totals (schema 0008 or later; a file opened read-only at an
    /// older version does not).
    [[nodiscard]] static Result<bool> available(const Database& db);

    /// Whether the file also has the totals per cohort (schema 0011 or later).
    [[nodiscard]] static Result<bool> perCohortAvailable(const Database& db);

    /// Recounts the cohorts named in mark_total_stale and empties it, inside the caller's open
    /// write transaction; nothing to do when none is named or the file has no totals.
    [[nodiscard]] static Result<void> refreshStale(Database& db);

    /// The statements refreshStale runs, in order, on a file with the totals per cohort (for
    /// BulkLoader, which names every cohort first and runs them on its own connection).
    static const QList<QByteArray>& refreshStatements();

    /// The names of the triggers that keep the cache start with this (BulkLoader drops them
    /// while it loads and recounts everything at the end instead).
    static QByteArray triggerPrefix() { return QByteArrayLiteral("mark_total_"); }

    // Pieces of the readers' statements (SessionRepository, ReportRepository), constants.
    /// `t.present, t.late, t.excused, t.absent, t.unmarked, t.attended_secs` of mark_total t.
    static const QString& totalColumns();
    /// The same six values counted from the marks, grouped by enrolment and module (kGroup).
    static const QString& countedColumns();
    /// ` FROM cohort c CROSS JOIN session s CROSS JOIN enrolment e LEFT JOIN attendance a ...
    /// WHERE <the expected pairs of held sessions> AND `: the condition on `c` follows.
    static const QString& countedFrom();
    /// `SELECT cohort_id, monday, <5 planned-or-held seconds>, <5 held seconds> FROM (<the planned
    /// and held sessions> AND `: a condition on the session's `cohort_id` follows, then weekGroup.
    /// The columns of week_total, modules in the order of Module.
    static const QString& weekSums();
    /// `) s GROUP BY s.cohort_id, monday`.
    static const QString& weekGroup();
    /// `SELECT cohort_id, milestone, <outcomes>, <durable>, <transition>, <positive>, <other>,
    /// <unknown>, <cdi> FROM <the completed enrolments' latest outcomes> AND o.cohort_id IN (`:
    /// a list of cohort ids follows, then exitGroup. The columns of cohort_exit_total.
    static const QString& exitSums();
    /// `) GROUP BY o.cohort_id, o.milestone`.
    static const QString& exitGroup();
    /// The twelve columns of week_total w, in weekSums' order.
    static const QString& weekTotalColumns();
    /// ` GROUP BY e.id, s.module`.
    static const QString& countedGroup();
    /// ` AND c.id IN (SELECT cohort_id FROM mark_total_stale)`.
    static const QString& staleOnly();
    /// ` AND c.id NOT IN (SELECT cohort_id FROM mark_total_stale)`.
    static const QString& notStale();

    /// The statement that names every cohort of the file (a whole recount).
    static QByteArray staleEverything() { return QByteArrayLiteral("INSERT OR IGNORE INTO mark_total_stale (cohort_id) SELECT id FROM cohort"); }
};

} // namespace parcours
