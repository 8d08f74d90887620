// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

#include <QDate>

namespace parcours::ui {

/// The desktop program's clock: the real one, or noon of a fixed day when PARCOURS_TODAY is
/// YYYY-MM-DD (tests, packaging/screenshots; the same day parcours-cli demo takes as today),
/// so that the pages open on the same week as the demo data made for that day. Read at each
/// call: a test may set the variable for a while.
class AppClock : public Clock
{
public:
    QDateTime now() const override
    {
        const QDate fixed = fixedDay();
        return fixed.isValid() ? QDateTime(fixed, QTime(12, 0)) : QDateTime::currentDateTime();
    }

    /// PARCOURS_TODAY as a date; invalid when unset or not a date.
    static QDate fixedDay()
    {
        return QDate::fromString(qEnvironmentVariable("PARCOURS_TODAY"), Qt::ISODate);
    }

    static const AppClock& instance()
    {
        static const AppClock clock;
        return clock;
    }
};

} // namespace parcours::ui
