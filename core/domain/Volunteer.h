// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Codes.h"
#include "core/Error.h"

#include <QDate>

namespace parcours {

/// A mentor (an active professional) or a coach (a student), or someone who may be either.
struct Volunteer
{
    qint64 id = 0;
    QString ref;
    QString firstName;
    QString lastName;
    VolunteerRole role = VolunteerRole::Mentor;
    QString email;
    QString phone;
    QString profession;
    QString employer;
    QString sector;
    QString school;
    QStringList languages;
    int maxPairings = 1;
    QDate availableFrom;
    QDate availableTo;
    QString notes;
    // Onboarding (program-only, not in the exchange format; see VolunteerReadiness).
    QDate charterSignedOn; ///< null: the charter is not signed yet
    QDate trainingOn;      ///< null: no training attended yet

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
    QList<Problem> validate() const;
};

} // namespace parcours
