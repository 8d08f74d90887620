// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/Removal.h"

#include <QCoreApplication>

namespace parcours::ui {

/// What a deletion would take with it, in words: one line per kind of dependant
/// ("3 enrolments", "12 sessions lose their trainer").
class DependantsText
{
    Q_DECLARE_TR_FUNCTIONS(DependantsText)
public:
    static QStringList lines(const Removal& removal);
    /// The lines as a paragraph for the question's box, with the way back.
    static QString details(const Removal& removal);
    static QString deleteButton();
    /// The question asked before deleting `name`.
    static QString question(EntityKind kind, const QString& name);
};

} // namespace parcours::ui
