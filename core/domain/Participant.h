// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Codes.h"
#include "core/Error.h"

#include <QDate>

#include <optional>

namespace parcours {

/// A refugee or newcomer who follows a programme.
struct Participant
{
    qint64 id = 0;
    QString ref;
    QString firstName;
    QString lastName;
    QDate birthDate;
    std::optional<Gender> gender;
    QString countryOfOrigin; ///< ISO 3166-1 alpha-2, upper case
    QStringList languages;   ///< ISO 639-1 codes
    std::optional<CefrLevel> frenchLevelEntry;
    std::optional<ParticipantStatus> status;
    QDate arrivalDate;
    QString phone;
    QString email;
    QString professionalProject;
    QString sector;
    QString referrer;
    QDate consentDate;
    QString notes;

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
    QList<Problem> validate() const;
};

} // namespace parcours
