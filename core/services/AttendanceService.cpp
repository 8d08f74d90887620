// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceService.h"

#include "ChangeNotifier.h"

#include "core/indicators/Indicators.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SettingRepository.h"
#include "core/storage/Transaction.h"
#include "core/timetable/WeeklyTargets.h"

#include <algorithm>

namespace parcours {

const QString AttendanceService::kThresholdKey = QStringLiteral("attendance_alert_threshold");

bool AttendanceWeek::expects(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= sessions.size())
        return false;
    const Session& s = sessions.at(column);
    return s.status != SessionStatus::Cancelled && Indicators::covers(rows.at(row).enrolment, cohort, s.date);
}

std::optional<Attendance> AttendanceWeek::mark(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= sessions.size())
        return std::nullopt;
    const auto bySession = marks.constFind(sessions.at(column).ref);
    if (bySession == marks.cend())
        return std::nullopt;
    const auto found = bySession->constFind(rows.at(row).enrolment.participantRef);
    if (found == bySession->cend())
        return std::nullopt;
    return *found;
}

namespace {

Result<Cohort> findCohort(Database& db, const QString& ref)
{
    auto found = CohortRepository(db).find(ref);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, QStringLiteral("no cohort %1").arg(ref), {ref});
    return **found;
}

Problem refused(const MarkEdit& edit, const QString& reason)
{
    return Problem{{}, 0, QStringLiteral("%1 %2").arg(edit.sessionRef, edit.participantRef), reason};
}

} // namespace

Result<int> AttendanceService::thresholdPercent() const
{
    auto stored = SettingRepository(m_db).value(kThresholdKey);
    if (!stored)
        return fail(stored.error());
    bool ok = false;
    const int percent = stored->value_or(QString()).trimmed().toInt(&ok);
    if (!ok || percent < 0 || percent > 100)
        return AttendanceAlerts::kDefaultThresholdPercent;
    return percent;
}

Result<void> AttendanceService::setThresholdPercent(int percent)
{
    if (percent < 0 || percent > 100)
        return fail(invalid({Problem{{}, 0, kThresholdKey, QStringLiteral("must be from 0 to 100")}},
                            QStringLiteral("The alert threshold is a percentage.")));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto ok = SettingRepository(m_db).setValue(kThresholdKey, QString::number(percent)); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    if (m_notifier)
        m_notifier->notifyChanged(EntityKind::Attendance);
    return {};
}

Result<AttendanceWeek> AttendanceService::week(const QString& cohortRef, const QDate& day) const
{
    AttendanceWeek out;
    auto cohort = findCohort(m_db, cohortRef);
    if (!cohort)
        return fail(cohort.error());
    out.cohort = *cohort;
    out.monday = WeeklyTargets::mondayOf(day);
    const QDate sunday = out.monday.addDays(6);

    auto sessions = SessionRepository(m_db).ofCohort(cohortRef);
    if (!sessions)
        return fail(sessions.error());
    auto enrolments = CohortRepository(m_db).enrolmentsOf(cohortRef);
    if (!enrolments)
        return fail(enrolments.error());
    auto names = AttendanceRepository(m_db).namesOfCohort(cohortRef);
    if (!names)
        return fail(names.error());
    auto marks = SessionRepository(m_db).attendanceOfCohort(cohortRef);
    if (!marks)
        return fail(marks.error());
    auto percent = thresholdPercent();
    if (!percent)
        return fail(percent.error());
    out.threshold = *percent / 100.0;

    for (const Session& s : *sessions)
        if (out.monday <= s.date && s.date <= sunday)
            out.sessions << s;

    QHash<QString, const Enrolment*> byParticipant;
    for (const Enrolment& e : *enrolments)
        byParticipant.insert(e.participantRef, &e);
    for (const EnrolledName& n : *names) {
        out.names.insert(n.participantRef, n.firstName + QLatin1Char(' ') + n.lastName);
        const Enrolment* e = byParticipant.value(n.participantRef, nullptr);
        if (!e)
            continue;
        const bool expected = std::any_of(out.sessions.cbegin(), out.sessions.cend(), [&](const Session& s) {
            return s.status != SessionStatus::Cancelled && Indicators::covers(*e, out.cohort, s.date);
        });
        if (expected)
            out.rows << AttendanceWeek::Row{*e, n.firstName, n.lastName};
    }

    QSet<QString> shown;
    for (const Session& s : std::as_const(out.sessions))
        shown.insert(s.ref);
    for (const Attendance& a : std::as_const(*marks))
        if (shown.contains(a.sessionRef))
            out.marks[a.sessionRef].insert(a.participantRef, a);

    IndicatorInput input;
    input.cohorts << out.cohort;
    input.enrolments = *enrolments;
    input.sessions = *sessions;
    input.attendance = *marks;
    out.alerts = AttendanceAlerts::ofCohort(input, cohortRef, out.threshold);
    return out;
}

Result<QList<AttendanceAlert>> AttendanceService::alerts(const QString& cohortRef) const
{
    // The same reads as a week; the grid's part is cheap beside them.
    auto w = week(cohortRef, QDate::currentDate());
    if (!w)
        return fail(w.error());
    return w->alerts;
}

Result<AttendanceChange> AttendanceService::setMarks(const QList<MarkEdit>& edits)
{
    AttendanceChange change;
    SessionRepository sessions(m_db);
    CohortRepository cohorts(m_db);
    QHash<QString, Session> sessionsByRef;
    QHash<QString, Cohort> cohortsByRef;
    QHash<QString, QHash<QString, Enrolment>> enrolmentsByCohort;
    QHash<QString, QHash<QString, Attendance>> marksBySession;
    QList<Problem> problems;
    QSet<QString> seen;

    for (const MarkEdit& edit : edits) {
        if (!sessionsByRef.contains(edit.sessionRef)) {
            auto found = sessions.find(edit.sessionRef);
            if (!found)
                return fail(found.error());
            if (!*found)
                return fail(ErrorCode::NotFound, QStringLiteral("no session %1").arg(edit.sessionRef),
                            {edit.sessionRef});
            sessionsByRef.insert(edit.sessionRef, **found);
        }
        const Session& session = sessionsByRef[edit.sessionRef];
        if (!cohortsByRef.contains(session.cohortRef)) {
            auto cohort = findCohort(m_db, session.cohortRef);
            if (!cohort)
                return fail(cohort.error());
            cohortsByRef.insert(session.cohortRef, *cohort);
            auto enrolments = cohorts.enrolmentsOf(session.cohortRef);
            if (!enrolments)
                return fail(enrolments.error());
            auto& byRef = enrolmentsByCohort[session.cohortRef];
            for (const Enrolment& e : std::as_const(*enrolments))
                byRef.insert(e.participantRef, e);
            auto marks = sessions.attendanceOfCohort(session.cohortRef);
            if (!marks)
                return fail(marks.error());
            for (const Attendance& a : std::as_const(*marks))
                marksBySession[a.sessionRef].insert(a.participantRef, a);
        }
        const QString key = edit.sessionRef + QLatin1Char('\n') + edit.participantRef;
        if (seen.contains(key)) {
            problems << refused(edit, QStringLiteral("is given twice"));
            continue;
        }
        seen.insert(key);

        const auto enrolment = enrolmentsByCohort[session.cohortRef].constFind(edit.participantRef);
        if (session.status == SessionStatus::Cancelled) {
            problems << refused(edit, QStringLiteral("the session is cancelled"));
            continue;
        }
        if (session.date > m_clock.today()) {
            problems << refused(edit, QStringLiteral("the session has not taken place yet"));
            continue;
        }
        if (enrolment == enrolmentsByCohort[session.cohortRef].cend()
            || !Indicators::covers(*enrolment, cohortsByRef[session.cohortRef], session.date)) {
            problems << refused(edit, QStringLiteral("the participant is not expected at this session"));
            continue;
        }

        AttendanceChange::Mark mark{edit.sessionRef, edit.participantRef, std::nullopt, std::nullopt};
        const auto existing = marksBySession[edit.sessionRef].constFind(edit.participantRef);
        if (existing != marksBySession[edit.sessionRef].cend())
            mark.before = *existing;
        if (edit.status) {
            Attendance a;
            a.sessionRef = edit.sessionRef;
            a.participantRef = edit.participantRef;
            a.status = *edit.status;
            a.minutesLate = *edit.status == AttendanceStatus::Late ? edit.minutesLate : 0;
            if (const QList<Problem> wrong = a.validate(); !wrong.isEmpty()) {
                problems << wrong;
                continue;
            }
            mark.after = a;
        }
        const bool same = mark.before.has_value() == mark.after.has_value()
            && (!mark.before
                || (mark.before->status == mark.after->status && mark.before->minutesLate == mark.after->minutesLate));
        if (same)
            continue;
        if (mark.after && session.status == SessionStatus::Planned
            && !change.madeHeld.contains(session.ref))
            change.madeHeld << session.ref;
        change.marks << mark;
    }
    if (!problems.isEmpty())
        return fail(invalid(problems, QStringLiteral("Some marks cannot be set.")));
    if (change.isEmpty())
        return change;
    if (auto ok = apply(change, true); !ok)
        return fail(ok.error());
    return change;
}

Result<void> AttendanceService::undo(const AttendanceChange& change)
{
    return apply(change, false);
}

Result<void> AttendanceService::redo(const AttendanceChange& change)
{
    return apply(change, true);
}

Result<void> AttendanceService::apply(const AttendanceChange& change, bool forward)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    SessionRepository sessions(m_db);
    for (const AttendanceChange::Mark& m : change.marks) {
        const std::optional<Attendance>& to = forward ? m.after : m.before;
        const std::optional<Attendance>& from = forward ? m.before : m.after;
        if (to) {
            Attendance a = *to;
            a.id = 0;
            if (auto saved = sessions.saveAttendance(a); !saved)
                return fail(saved.error());
        } else if (from) {
            if (auto removed = sessions.removeAttendance(m.sessionRef, m.participantRef); !removed)
                return removed;
        }
    }
    for (const QString& ref : change.madeHeld) {
        auto found = sessions.find(ref);
        if (!found)
            return fail(found.error());
        if (!*found)
            return fail(ErrorCode::NotFound, QStringLiteral("no session %1").arg(ref), {ref});
        Session s = **found;
        s.status = forward ? SessionStatus::Held : SessionStatus::Planned;
        if (auto saved = sessions.save(s); !saved)
            return fail(saved.error());
    }
    if (auto ok = tx.commit(); !ok)
        return ok;
    if (m_notifier) {
        m_notifier->notifyChanged(EntityKind::Attendance);
        if (!change.madeHeld.isEmpty())
            m_notifier->notifyChanged(EntityKind::Session);
    }
    return {};
}

} // namespace parcours
