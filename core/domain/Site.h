// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QTime>

namespace parcours {

/// A place where cohorts meet, with the office's opening hours there.
struct Site
{
    qint64 id = 0;
    QString ref;
    QString name;
    QString address;
    QString city;
    QTime opens{8, 0};
    QTime closes{18, 0};
    QTime lunchStart; ///< null: no lunch break
    QTime lunchEnd;

    QList<Problem> validate() const;
};

} // namespace parcours
