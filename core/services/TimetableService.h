// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimetableChange.h"
#include "TimetableViews.h"

#include "core/Clock.h"
#include "core/Result.h"
#include "core/domain/OfficeClosure.h"
#include "core/timetable/IcsWriter.h"
#include "core/timetable/SessionSeries.h"

namespace parcours {

class ChangeNotifier;
class Database;
class Transaction;

/// The timetable's use cases: series made in one transaction with the closed days they skip,
/// edits of one occurrence, the following ones or a whole series, cancellations that keep the
/// record, and what the week grid, `timetable check` and the iCalendar export read.
///
/// Every write runs in one Transaction, committed before the call returns, and returns a
/// TimetableChange that undo() and redo() put back: an undo command keeps it. After the commit
/// the ChangeNotifier (when given) hears that sessions changed.
class TimetableService
{
public:
    explicit TimetableService(Database& db, ChangeNotifier* notifier = nullptr)
        : m_db(db), m_notifier(notifier)
    {
    }

    // --- Reading ------------------------------------------------------------------------

    /// The sessions `rule` would make and the days it would skip, without writing anything:
    /// for a dialog to show before the person confirms. NotFound for an unknown cohort.
    [[nodiscard]] Result<SeriesOccurrences> preview(const Series& rule) const;

    /// The office closures that overlap [from, to] at `siteRef` (and those of every site).
    [[nodiscard]] Result<QList<OfficeClosure>> closures(const QDate& from, const QDate& to,
                                                        const QString& siteRef) const;

    /// Every cohort's sessions dated in [from, to], with the cohorts, enrolments, trainers and
    /// rooms: what ConflictFinder looks at.
    [[nodiscard]] Result<ConflictInput> conflictInput(const QDate& from, const QDate& to) const;

    /// One week of a cohort's, a trainer's or a room's timetable (`day` is any day of it), with
    /// its conflicts and its cohorts' weekly hours. NotFound for an unknown ref.
    [[nodiscard]] Result<WeekView> week(TimetableView view, const QString& ref, const QDate& day) const;

    /// A cohort's conflicts and weeks (`timetable check`). NotFound for an unknown cohort.
    [[nodiscard]] Result<CohortCheck> check(const QString& cohortRef) const;

    /// The sessions of a cohort, or of a trainer, as a calendar to subscribe to. NotFound for
    /// an unknown ref.
    [[nodiscard]] Result<IcsCalendar> calendarOfCohort(const QString& cohortRef) const;
    [[nodiscard]] Result<IcsCalendar> calendarOfTrainer(const QString& trainerRef) const;

    // --- Writing ------------------------------------------------------------------------

    /// Makes a series and its sessions in one transaction. An empty ref gets the next `SR-`
    /// ref, the sessions the next `SE-` refs. `skipped` lists the holidays and closures left out.
    /// Invalid when the rule breaks a rule of Series or falls on no open day; NotFound for an
    /// unknown cohort, trainer or room. `alsoSkip`: more dates to leave out (a planned week's
    /// clashes, see PlanSeries), added to `skipped` in date order.
    [[nodiscard]] Result<TimetableChange> createSeries(Series rule, const QList<SkippedDate>& alsoSkip = {});

    /// Makes sessions of their own (a copy to the next week, one class added by hand) in one
    /// transaction; an empty ref gets the next `SE-` ref.
    [[nodiscard]] Result<TimetableChange> createSessions(QList<Session> sessions);

    /// Saves `edited` (found by its ref). Within a series and a scope wider than the occurrence,
    /// what changed from the stored session (module, times, trainer, room, title, status, and a
    /// move by some days) is done to each session in scope; their other differences stay.
    /// Following splits the series at this session: the later part becomes a new series.
    /// A status set over several sessions leaves held ones alone (they happened). A session moved
    /// to another cohort leaves its series; a wider scope cannot move it (Usage).
    [[nodiscard]] Result<TimetableChange> edit(const Session& edited, EditScope scope);

    /// Sets a status in a scope (see edit()). cancel() keeps the records: a cancelled session
    /// stays in the timetable and in exports, counts in no hours and conflicts with nothing.
    [[nodiscard]] Result<TimetableChange> setStatus(const QString& sessionRef, SessionStatus status,
                                                    EditScope scope);
    [[nodiscard]] Result<TimetableChange> cancel(const QString& sessionRef, EditScope scope)
    {
        return setStatus(sessionRef, SessionStatus::Cancelled, scope);
    }

    /// Marks held every planned session that ended before `clock`'s now, of one cohort or
    /// (empty ref) of all.
    [[nodiscard]] Result<TimetableChange> markPastHeld(const QString& cohortRef, const Clock& clock);

    /// Every office closure, in the order of OfficeClosureRepository::all().
    [[nodiscard]] Result<QList<OfficeClosure>> allClosures() const;

    /// Makes `closures` the office's closures (those not in it are removed, the others saved
    /// as given) in one transaction. Invalid, naming the line (1-based) and the field, when a
    /// closure breaks a rule of OfficeClosure; NotFound for an unknown site. Series already made
    /// keep their sessions: a closure skips days of the series made after it.
    [[nodiscard]] Result<TimetableChange> setClosures(const QList<OfficeClosure>& closures);

    /// Puts back the state before `change` (undo) or after it (redo), in one transaction.
    [[nodiscard]] Result<void> undo(const TimetableChange& change);
    [[nodiscard]] Result<void> redo(const TimetableChange& change);

private:
    [[nodiscard]] Result<void> replace(const QList<Session>& fromSessions, const QList<Series>& fromSeries,
                                       const QList<Session>& toSessions, const QList<Series>& toSeries,
                                       const QList<OfficeClosure>* toClosures);
    /// Removes every closure and saves `closures` as new ones, inside the caller's transaction.
    [[nodiscard]] Result<QList<OfficeClosure>> writeClosures(const QList<OfficeClosure>& closures);
    /// The stored session and the sessions `scope` reaches from it (the session first).
    [[nodiscard]] Result<std::pair<Session, QList<Session>>> inScope(const QString& sessionRef,
                                                                     EditScope scope) const;
    /// Commits and, once committed, tells the notifier.
    [[nodiscard]] Result<void> commit(Transaction& tx, bool closures = false) const;

    Database& m_db;
    ChangeNotifier* m_notifier;
};

} // namespace parcours
