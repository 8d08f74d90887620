// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/EntityKind.h"

#include <QCoreApplication>
#include <QString>

namespace parcours::ui {

/// The names of the edits in the Edit menu ("Undo Add participant “Hélène Zerrouki”").
class CommandText
{
    Q_DECLARE_TR_FUNCTIONS(CommandText)
public:
    static QString added(EntityKind kind, const QString& name);
    static QString edited(EntityKind kind, const QString& name);
    static QString removed(EntityKind kind, const QString& name);
};

} // namespace parcours::ui
