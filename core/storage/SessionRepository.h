// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Attendance.h"
#include "core/domain/Session.h"

#include <functional>
#include <optional>

namespace parcours {

class Database;

/// Expected participant-session pairs of held sessions (indicators.md, Attendance) of one
/// module and one mark, counted by the database, with the time they attended.
struct MarkCount
{
    Module module = Module::Other;
    std::optional<AttendanceStatus> status; ///< none: pairs without a mark
    qint64 pairs = 0;
    qint64 attendedSecs = 0; ///< present: the session's length; late: less the minutes late, never below 0
};

/// Reads and writes sessions and their attendance marks.
class SessionRepository
{
public:
    explicit SessionRepository(Database& db) : m_db(db) {}

    [[nodiscard]] Result<QList<Session>> all() const; ///< ordered by ref
    /// Every session, ordered by ref, one at a time (memory stays bounded on a network's file).
    [[nodiscard]] Result<void> forEach(const std::function<void(const Session&)>& onSession) const;
    /// A cohort's sessions ordered by date then start.
    [[nodiscard]] Result<QList<Session>> ofCohort(const QString& cohortRef) const;
    /// The sessions led by a trainer, held in a room, or held in any room of a site; by ref.
    [[nodiscard]] Result<QList<Session>> ofTrainer(const QString& trainerRef) const;
    [[nodiscard]] Result<QList<Session>> ofRoom(const QString& roomRef) const;
    [[nodiscard]] Result<QList<Session>> ofSite(const QString& siteRef) const;
    /// The sessions of every cohort dated from `from` to `to` (included), by date then start.
    [[nodiscard]] Result<QList<Session>> between(const QDate& from, const QDate& to) const;
    /// A series' sessions by date then start.
    [[nodiscard]] Result<QList<Session>> ofSeries(const QString& seriesRef) const;
    [[nodiscard]] Result<std::optional<Session>> find(const QString& ref) const;
    /// Upsert by ref, series link included; needs a Transaction.
    [[nodiscard]] Result<Session> save(Session value);
    [[nodiscard]] Result<void> remove(const QString& ref);
    [[nodiscard]] Result<QString> nextRef() const;     ///< `SE-000001`

    /// Every mark, ordered by session ref then participant ref.
    [[nodiscard]] Result<QList<Attendance>> attendance() const;
    /// The same marks in the same order, one at a time: millions do not fit a list.
    [[nodiscard]] Result<void> forEachAttendance(const std::function<void(const Attendance&)>& onMark) const;
    [[nodiscard]] Result<QList<Attendance>> attendanceOfCohort(const QString& cohortRef) const;
    [[nodiscard]] Result<QList<Attendance>> attendanceOfParticipant(const QString& participantRef) const;
    /// The expected pairs of the held sessions of the cohorts ending from `from` to `to`
    /// (included), with their marks, counted in one query: an enrolment is expected at a session
    /// dated from its enrolled_on (else the cohort's start) to its exit_date, as Indicators has it.
    [[nodiscard]] Result<QList<MarkCount>> markCountsOfPeriod(const QDate& from, const QDate& to) const;
    /// Upsert by (session ref, participant ref); needs a Transaction.
    [[nodiscard]] Result<Attendance> saveAttendance(Attendance value);
    [[nodiscard]] Result<void> removeAttendance(const QString& sessionRef, const QString& participantRef);

private:
    Database& m_db;
};

} // namespace parcours
