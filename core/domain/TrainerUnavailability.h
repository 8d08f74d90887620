// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QDate>
#include <QTime>

namespace parcours {

/// A weekly time when a trainer cannot teach; every week, or only between two dates.
struct TrainerUnavailability
{
    qint64 id = 0;
    QString trainerRef;
    int weekday = 1; ///< 1 = Monday .. 7 = Sunday
    QTime start;
    QTime end;
    QDate fromDate;
    QDate toDate;

    QList<Problem> validate() const;
};

} // namespace parcours
