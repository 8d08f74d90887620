// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/TrainerUnavailability.h"

#include <QCoreApplication>
#include <QLocale>

namespace parcours::ui {

/// A period when a trainer cannot teach in words, in the locale's day names, times and dates:
/// "Tuesday 14:00–18:00, every week", "Monday 08:00–12:00, from 3 March to 28 March 2025".
class UnavailabilityText
{
    Q_DECLARE_TR_FUNCTIONS(UnavailabilityText)
public:
    static QString describe(const TrainerUnavailability& period, const QLocale& locale = QLocale());
    /// The day's name with a capital ("Mardi"), as at the start of a line.
    static QString dayName(int weekday, const QLocale& locale = QLocale());
};

} // namespace parcours::ui
