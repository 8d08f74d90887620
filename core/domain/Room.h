// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <optional>

namespace parcours {

/// A room of a site.
struct Room
{
    qint64 id = 0;
    QString ref;
    QString siteRef;
    QString name;
    std::optional<int> capacity;

    QList<Problem> validate() const;
};

} // namespace parcours
