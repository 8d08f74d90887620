// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QDate>

namespace parcours {

/// A group of participants that follows a programme together, with its weekly targets.
struct Cohort
{
    qint64 id = 0;
    QString ref;
    QString name;
    QString programme;
    QString siteRef; ///< empty: no site yet
    QDate startDate;
    QDate endDate;
    int capacity = 20;
    double fleHoursMin = 12;
    double fleHoursMax = 15;
    double englishHours = 2;
    double softSkillsHours = 2;

    QList<Problem> validate() const;
};

} // namespace parcours
