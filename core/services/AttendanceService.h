// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/domain/Attendance.h"
#include "core/domain/Cohort.h"
#include "core/domain/Enrolment.h"
#include "core/domain/Session.h"
#include "core/indicators/AttendanceAlerts.h"

#include <QHash>

#include <optional>

namespace parcours {

class ChangeNotifier;
class Database;

/// One ISO week of a cohort's attendance, as the grid shows it.
struct AttendanceWeek
{
    struct Row
    {
        Enrolment enrolment;
        QString firstName;
        QString lastName;
        QString name() const { return firstName + QLatin1Char(' ') + lastName; }
    };

    Cohort cohort;
    QDate monday;
    QList<Session> sessions; ///< the week's sessions by date then start, cancelled ones included
    /// The participants whose enrolment covers the date of at least one of the week's sessions
    /// that is not cancelled, by last name then first name.
    QList<Row> rows;
    QHash<QString, QHash<QString, Attendance>> marks; ///< by session ref, then participant ref
    QList<AttendanceAlert> alerts;                    ///< of the whole cohort (AttendanceAlerts)
    QHash<QString, QString> names;                    ///< of every enrolled participant, by ref
    double threshold = AttendanceAlerts::kDefaultThresholdPercent / 100.0;

    /// The row's enrolment covers the session's date (indicators.md) and the session is not
    /// cancelled: a mark can be set there.
    bool expects(int row, int column) const;
    std::optional<Attendance> mark(int row, int column) const;
};

/// One mark to set: a status (and minutes late), or nothing to clear the cell.
struct MarkEdit
{
    QString sessionRef;
    QString participantRef;
    std::optional<AttendanceStatus> status;
    int minutesLate = 0;
};

/// What setMarks() changed, for undo and redo.
struct AttendanceChange
{
    struct Mark
    {
        QString sessionRef;
        QString participantRef;
        std::optional<Attendance> before;
        std::optional<Attendance> after;
    };
    QList<Mark> marks;
    /// Planned sessions that a mark made held (attendance taken: the session took place).
    QStringList madeHeld;

    bool isEmpty() const { return marks.isEmpty(); }
};

/// Attendance use cases: the week grid, the alerts and their threshold, marks set in one
/// transaction and undone or redone in one. After each commit the ChangeNotifier (when given)
/// hears that marks (and sessions) changed.
///
/// Marks follow indicators.md: a mark is refused on a cancelled session, on a session dated
/// after the clock's today, and for a participant whose enrolment does not cover the session's
/// date (ErrorCode::Invalid, with the reason). A mark on a planned session makes it held, so
/// that the marks count in the indicators.
class AttendanceService
{
public:
    /// The setting that holds the alert threshold, in percent.
    static const QString kThresholdKey;

    explicit AttendanceService(Database& db, ChangeNotifier* notifier = nullptr,
                               const Clock& clock = Clock::system())
        : m_db(db), m_notifier(notifier), m_clock(clock)
    {
    }

    /// The ISO week of `day` of `cohortRef`, with the cohort's alerts. A fixed set of queries
    /// whatever the size of the grid. NotFound for an unknown cohort.
    [[nodiscard]] Result<AttendanceWeek> week(const QString& cohortRef, const QDate& day) const;

    /// The cohort's alerts. NotFound for an unknown cohort.
    [[nodiscard]] Result<QList<AttendanceAlert>> alerts(const QString& cohortRef) const;

    /// The alert threshold in percent: the setting, or AttendanceAlerts::kDefaultThresholdPercent
    /// when unset or not a number from 0 to 100.
    [[nodiscard]] Result<int> thresholdPercent() const;
    /// Sets it (0 to 100, else Invalid) in one transaction.
    [[nodiscard]] Result<void> setThresholdPercent(int percent);

    /// Sets or clears marks in one transaction; edits that change nothing are left out (an
    /// empty change when none changes anything). Nothing is written when one edit is refused.
    [[nodiscard]] Result<AttendanceChange> setMarks(const QList<MarkEdit>& edits);

    /// Puts back the state before `change` (undo) or after it (redo), in one transaction.
    [[nodiscard]] Result<void> undo(const AttendanceChange& change);
    [[nodiscard]] Result<void> redo(const AttendanceChange& change);

private:
    [[nodiscard]] Result<void> apply(const AttendanceChange& change, bool forward);

    Database& m_db;
    ChangeNotifier* m_notifier;
    const Clock& m_clock;
};

} // namespace parcours
