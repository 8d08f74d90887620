// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Cohort.h"
#include "core/domain/Session.h"

#include <QDate>

namespace parcours {

class DemoRandom;

/// Who teaches what and where, for one cohort's demo timetable.
struct DemoStaff
{
    QString fle;             ///< FLE trainer of Monday to Wednesday, and of moved FLE hours
    QString fleLateWeek;     ///< FLE trainer of Thursday and Friday
    QString english;
    QString softSkills;
    QString professionalDay;
    QString room;
};

/// Builds a cohort's timetable week by week, meeting its weekly targets in every full week:
/// FLE every morning (14 h, 12 h in a week with a professional day), English on Tuesday
/// afternoon, soft skills on Thursday afternoon, a professional day on some Fridays. A public
/// holiday's sessions move to free afternoons of the same week, so that holidays never put a
/// week off target. Sessions before `today` are held (a few short ones cancelled), later ones
/// planned.
class DemoTimetable
{
public:
    DemoTimetable(DemoRandom& random, const QDate& today) : m_random(random), m_today(today) {}

    /// The cohort's sessions in date order; refs `SE-000001`, ... counting on from `refCounter`.
    QList<Session> build(const Cohort& cohort, const DemoStaff& staff, int& refCounter);

private:
    QList<Session> week(const Cohort& cohort, const DemoStaff& staff, const QDate& monday,
                        int weekIndex);

    DemoRandom& m_random;
    QDate m_today;
};

} // namespace parcours
