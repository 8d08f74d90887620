// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Codes.h"
#include "core/Error.h"

#include <QDate>

#include <optional>

namespace parcours {

/// A follow-up meeting of a pairing. Keyed by (pairingRef, date).
struct CheckIn
{
    qint64 id = 0;
    QString pairingRef;
    QDate date;
    std::optional<int> durationMinutes;
    std::optional<CheckInKind> kind;
    QString notes;

    QList<Problem> validate() const;
};

} // namespace parcours
