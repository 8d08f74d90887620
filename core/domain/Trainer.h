// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Codes.h"
#include "core/Error.h"

#include <QList>

#include <optional>

namespace parcours {

/// Someone who leads sessions: a staff trainer, a volunteer teacher or an external expert.
struct Trainer
{
    qint64 id = 0;
    QString ref;
    QString name;
    TrainerKind kind = TrainerKind::Staff;
    QList<Module> modules;
    QString email;
    QString phone;
    std::optional<double> maxHoursWeek;

    QList<Problem> validate() const;
};

} // namespace parcours
