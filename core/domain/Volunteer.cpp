// SPDX-License-Identifier: GPL-3.0-or-later
#include "Volunteer.h"

#include "Validation.h"

namespace parcours {

QList<Problem> Volunteer::validate() const
{
    Validation v;
    v.requireRef(QStringLiteral("ref"), ref);
    v.require(QStringLiteral("first_name"), firstName);
    v.require(QStringLiteral("last_name"), lastName);
    v.email(QStringLiteral("email"), email);
    v.phone(QStringLiteral("phone"), phone);
    v.languages(QStringLiteral("languages"), languages);
    v.range(QStringLiteral("max_pairings"), maxPairings, 0, 20);
    v.dateOrder(QStringLiteral("available_to"), availableFrom, availableTo, QStringLiteral("available_from"));
    return v.problems();
}

} // namespace parcours
