// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoData.h"
#include "DemoRandom.h"
#include "DemoTimetable.h"

#include <QDate>
#include <QMap>

namespace parcours {

/// Invents the `small` demo database as plain values: two sites, their trainers, three cohorts
/// of 20 (one finished about nine months before `today`, one running, one starting in three
/// weeks), participants, volunteers, enrolments and timetables; DemoFollowUp adds what happens
/// afterwards. The same seed and date always give the same data.
class DemoBuilder
{
public:
    DemoBuilder(quint32 seed, const QDate& today) : m_random(seed), m_today(today) {}

    DemoData build();

private:
    void addSites();
    void addTrainers();
    void addCohorts();
    void addParticipants(const Cohort& cohort, int cohortIndex);
    void addEnrolments(const Cohort& cohort, int cohortIndex, const QStringList& participantRefs);
    void addVolunteers();
    void addTimetables();
    Volunteer inventVolunteer(const QString& city, VolunteerRole role, int number);

    DemoRandom m_random;
    QDate m_today;
    DemoData m_data;
    QMap<QString, DemoStaff> m_staff;          ///< by site ref
    QMap<QString, QString> m_cityOfSite;       ///< site ref -> city
    QMap<QString, QString> m_volunteerCity;    ///< volunteer ref -> city where they help
};

/// Lower-case ASCII letters and digits of a name, for invented e-mail addresses.
QString demoSlug(const QString& name);

/// `prefix`-NNNNNN (six digits), the refs of the demo's rows: "P-000042".
QString demoRef(const char* prefix, qint64 number);

/// A date that falls on a weekend moved back to the Friday before.
QDate demoWeekdayOnOrBefore(const QDate& date);

/// The season of a date in French ("printemps"), for cohort names.
QString demoSeason(const QDate& date);

} // namespace parcours
