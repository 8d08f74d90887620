// SPDX-License-Identifier: GPL-3.0-or-later
#include "Room.h"

#include "Validation.h"

namespace parcours {

QList<Problem> Room::validate() const
{
    Validation v;
    v.requireRef(QStringLiteral("ref"), ref);
    v.requireRef(QStringLiteral("site_ref"), siteRef);
    v.require(QStringLiteral("name"), name);
    v.range(QStringLiteral("capacity"), capacity, 1, 1000);
    return v.problems();
}

} // namespace parcours
