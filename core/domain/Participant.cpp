// SPDX-License-Identifier: GPL-3.0-or-later
#include "Participant.h"

#include "Validation.h"

namespace parcours {

QList<Problem> Participant::validate() const
{
    Validation v;
    v.requireRef(QStringLiteral("ref"), ref);
    v.require(QStringLiteral("first_name"), firstName);
    v.require(QStringLiteral("last_name"), lastName);
    // Today is asked for only when the date is after the day this program started: asking costs a
    // look at the time zone file, and an import validates a hundred thousand rows.
    static const QDate started = QDate::currentDate();
    if (birthDate.isValid() && (birthDate.year() < 1900 || (birthDate > started && birthDate > QDate::currentDate())))
        v.add(QStringLiteral("birth_date"), QStringLiteral("is not a plausible birth date"));
    v.dateOrder(QStringLiteral("arrival_date"), birthDate, arrivalDate, QStringLiteral("birth_date"));
    if (!countryOfOrigin.isEmpty()
        && (countryOfOrigin.size() != 2 || !countryOfOrigin.at(0).isUpper() || !countryOfOrigin.at(1).isUpper()))
        v.add(QStringLiteral("country_of_origin"), QStringLiteral("is not an ISO 3166-1 alpha-2 code"));
    v.languages(QStringLiteral("languages"), languages);
    v.phone(QStringLiteral("phone"), phone);
    v.email(QStringLiteral("email"), email);
    return v.problems();
}

} // namespace parcours
