// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnavailabilityText.h"

namespace parcours::ui {

QString UnavailabilityText::dayName(int weekday, const QLocale& locale)
{
    QString name = locale.standaloneDayName(weekday, QLocale::LongFormat);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString UnavailabilityText::describe(const TrainerUnavailability& u, const QLocale& locale)
{
    const QString day = dayName(u.weekday, locale);
    const QString hours = locale.toString(u.start, QLocale::ShortFormat) + QStringLiteral("–")
                          + locale.toString(u.end, QLocale::ShortFormat);
    const QString full = QStringLiteral("d MMMM yyyy");
    if (u.fromDate.isValid() && u.toDate.isValid()) {
        // The year once when both dates share it: "from 3 March to 28 March 2025".
        const QString from = locale.toString(u.fromDate, u.fromDate.year() == u.toDate.year()
                                                             ? QStringLiteral("d MMMM") : full);
        return tr("%1 %2, from %3 to %4").arg(day, hours, from, locale.toString(u.toDate, full));
    }
    if (u.fromDate.isValid())
        return tr("%1 %2, from %3 on").arg(day, hours, locale.toString(u.fromDate, full));
    if (u.toDate.isValid())
        return tr("%1 %2, until %3").arg(day, hours, locale.toString(u.toDate, full));
    return tr("%1 %2, every week").arg(day, hours);
}

} // namespace parcours::ui
