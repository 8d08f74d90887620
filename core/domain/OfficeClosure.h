// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QDate>

namespace parcours {

/// Days when the office is closed (summer break, a move, a strike), set in the program. A
/// series skips them like public holidays.
struct OfficeClosure
{
    qint64 id = 0;
    QString siteRef; ///< empty: every site
    QDate fromDate;
    QDate toDate; ///< included
    QString label;

    /// True when the closure shuts the site `siteRef` (a closure of every site shuts each).
    bool covers(const QDate& date, const QString& siteRef) const
    {
        return fromDate <= date && date <= toDate
            && (this->siteRef.isEmpty() || this->siteRef == siteRef);
    }
    QList<Problem> validate() const;
};

} // namespace parcours
