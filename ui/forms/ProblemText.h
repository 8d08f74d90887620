// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <functional>

namespace parcours::ui {

/// A domain problem (validate()'s English words) as a short translated sentence shown under
/// its field: "is required" becomes "Required.", "is before start_date" names the other field
/// by the label the form gives it.
class ProblemText
{
    Q_DECLARE_TR_FUNCTIONS(ProblemText)
public:
    /// `labelOf(field)` is the form's label of another field (for date and time order).
    static QString sentence(const Problem& problem,
                            const std::function<QString(const QString&)>& labelOf);
};

} // namespace parcours::ui
