// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceAlerts.h"

#include "Indicators.h"

#include <algorithm>

namespace parcours {

QList<AttendanceAlert> AttendanceAlerts::ofCohort(const IndicatorInput& input, const QString& cohortRef,
                                                  double threshold)
{
    const auto cohort = std::find_if(input.cohorts.cbegin(), input.cohorts.cend(),
                                     [&](const Cohort& c) { return c.ref == cohortRef; });
    if (cohort == input.cohorts.cend())
        return {};

    QList<const Session*> held;
    for (const Session& s : input.sessions)
        if (s.cohortRef == cohortRef && s.status == SessionStatus::Held)
            held.append(&s);
    std::sort(held.begin(), held.end(), [](const Session* a, const Session* b) {
        return std::tie(a->date, a->start, a->ref) < std::tie(b->date, b->start, b->ref);
    });
    QHash<QString, QHash<QString, const Attendance*>> marks; // session ref, participant ref
    for (const Attendance& a : input.attendance)
        marks[a.sessionRef].insert(a.participantRef, &a);

    // The rate through the engine: the same input narrowed to one enrolment.
    IndicatorInput one;
    one.cohorts << *cohort;
    for (const Session* s : held)
        one.sessions << *s;
    one.attendance = input.attendance;

    QList<AttendanceAlert> out;
    for (const Enrolment& e : input.enrolments) {
        if (e.cohortRef != cohortRef)
            continue;
        AttendanceAlert alert;
        alert.participantRef = e.participantRef;
        int run = 0;
        for (const Session* s : held) {
            if (!Indicators::covers(e, *cohort, s->date))
                continue;
            const Attendance* mark = marks.value(s->ref).value(e.participantRef, nullptr);
            if (!mark)
                continue;
            if (mark->status != AttendanceStatus::Absent) {
                run = 0;
                continue;
            }
            ++run;
            if (run > alert.absencesInARow) {
                alert.absencesInARow = run;
                alert.runEnd = s->date;
            }
        }
        one.enrolments = {e};
        if (auto figures = Indicators::ofCohort(one, cohortRef))
            alert.rate = figures->attendanceAll.rate();
        alert.tooManyAbsences = alert.absencesInARow >= kAbsencesInARow;
        alert.lowRate = alert.rate && *alert.rate < threshold;
        if (alert.tooManyAbsences || alert.lowRate)
            out.append(alert);
    }
    std::sort(out.begin(), out.end(), [](const AttendanceAlert& a, const AttendanceAlert& b) {
        return a.participantRef < b.participantRef;
    });
    return out;
}

} // namespace parcours
