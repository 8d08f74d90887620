// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimetableChange.h"

#include "core/Result.h"
#include "core/planning/PlanResult.h"

namespace parcours {

class ChangeNotifier;
class Database;

/// A planned week (WeekPlanner) made into the file's series: for `parcours-cli plan --apply` and
/// the window's "Plan the week" (see core/planning/PLANNING.md, "From a week to series").
///
/// The new sessions of the week are grouped into weekly rules (seriesOf), each dated from the
/// planned Monday (or its cohort's start, when later) to its cohort's end. Holidays and closures
/// are skipped as for any series; so are the dates where the rule would clash with a session
/// already in the file (the same trainer, room or cohort in an overlapping session, as
/// ConflictFinder sees it): those are SkippedDate::Reason::Clash naming the session in the way.
/// All or nothing: when one series cannot be made, those already made are undone.
class PlanSeries
{
public:
    explicit PlanSeries(Database& db, ChangeNotifier* notifier = nullptr) : m_db(db), m_notifier(notifier) {}

    /// Why create() made nothing.
    struct Failure
    {
        QString cohortRef;    ///< the cohort of the rule that failed
        Error error;          ///< NotFound (args[0] the ref) when that cohort is not in the file
        bool dating = false;  ///< failed while reading the cohort's dates (nothing was written)
        QList<std::pair<QString, Error>> undoErrors; ///< series made that could not be undone
    };

    /// The new sessions of the week as weekly rules: one per cohort, module, times, trainer and
    /// room, on every weekday it falls on (weekdays in order); locked sessions exist already and
    /// are left out. Ordered by cohort, first weekday, start. Not dated, no ref.
    static QList<Series> seriesOf(const PlanResult& result);

    /// seriesOf(result) dated from max(cohort start, monday) to the cohort's end.
    [[nodiscard]] Result<QList<Series>> dated(const QDate& monday, const PlanResult& result) const;

    /// Makes the series of the week (dated(), less their clashes), all or nothing. The changes
    /// are in the order of the series; together they are one step for an undo stack.
    [[nodiscard]] tl::expected<QList<TimetableChange>, Failure> create(const QDate& monday, const PlanResult& result);

private:
    /// The dates of `rule` (holidays and closures already left out) where it would clash with one
    /// of `known` (the file's sessions over the rules' dates, and the series made so far): one
    /// SkippedDate (Clash) per date, naming the first session in the way, in date order.
    /// Cancelled sessions are in no one's way.
    [[nodiscard]] Result<QList<SkippedDate>> clashes(const Series& rule, const QList<Session>& known) const;

    Database& m_db;
    ChangeNotifier* m_notifier;
};

} // namespace parcours
