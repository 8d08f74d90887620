// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoData.h"

#include <QDate>
#include <QMap>

namespace parcours {

class DemoRandom;

/// What happens to the demo's people once the cohorts exist: attendance marks for held
/// sessions, mentor and coach pairings with their check-ins, and outcomes at the milestones
/// that have passed by `today`.
class DemoFollowUp
{
public:
    DemoFollowUp(DemoRandom& random, const QDate& today, DemoData& data,
                 QMap<QString, QString> volunteerCity, QMap<QString, QString> cohortCity)
        : m_random(random), m_today(today), m_data(data), m_volunteerCity(std::move(volunteerCity)),
          m_cohortCity(std::move(cohortCity))
    {
    }

    void addAttendance();
    void addPairings();
    void addCheckIns();
    void addOutcomes();

private:
    QList<Enrolment> enrolmentsOf(const QString& cohortRef) const;
    const Participant* participant(const QString& ref) const;
    /// A volunteer of the cohort's city who can serve in `role` and has room for one more
    /// (per `load`), preferring one of the participant's sector; empty when there is none.
    QString chooseVolunteer(const QString& city, PairingRole role, const QString& sector,
                            const QMap<QString, int>& load, const QString& exclude = {});
    void addPairing(Pairing p);

    DemoRandom& m_random;
    QDate m_today;
    DemoData& m_data;
    QMap<QString, QString> m_volunteerCity;
    QMap<QString, QString> m_cohortCity;
};

} // namespace parcours
