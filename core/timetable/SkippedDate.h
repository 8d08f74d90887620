// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace parcours {

/// A day a series falls on but holds no session, and why: what the person who made the series
/// is told.
struct SkippedDate
{
    enum class Reason { PublicHoliday, OfficeClosure };

    QDate date;
    Reason reason = Reason::PublicHoliday;
    /// The holiday's English name (source string, context "FrenchHolidays"); nullptr for a closure.
    const char* holiday = nullptr;
    /// The closure's label as typed in the program; may be empty.
    QString closureLabel;

    /// Why, in the user's language: "Easter Monday", "Office closed: summer break".
    QString reasonText() const;
    bool operator==(const SkippedDate& o) const
    {
        return date == o.date && reason == o.reason && closureLabel == o.closureLabel
            && (holiday == o.holiday || (holiday && o.holiday && qstrcmp(holiday, o.holiday) == 0));
    }
};

} // namespace parcours
