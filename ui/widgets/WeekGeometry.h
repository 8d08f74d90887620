// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QSize>
#include <QTime>

namespace parcours::ui {

/// The week grid's geometry, kept apart from painting so that it can be checked by hand: a
/// column of hours on the left, a row of day names on top, then one column per day and
/// `kFirstHour` to `kLastHour` from top to bottom. Times snap to `kStepMinutes`.
class WeekGeometry
{
public:
    static constexpr int kFirstHour = 8;
    static constexpr int kLastHour = 19;
    static constexpr int kStepMinutes = 15;
    static constexpr int kTimeColumn = 48; ///< width of the hours on the left
    static constexpr int kDayHeader = 24;  ///< height of the day names on top

    WeekGeometry(QSize size, int days);

    int days() const { return m_days; }
    double pixelsPerMinute() const;
    double dayWidth() const;

    /// The y of a time (clamped to the grid's hours).
    int yOf(const QTime& time) const;
    /// Minutes since midnight at `y`, not snapped.
    int minutesAt(int y) const;
    /// The left edge of a day's column (0 = Monday).
    int xOfDay(int day) const;
    /// The day's column under `x`, or -1 left of the first day or right of the last.
    int dayAt(int x) const;
    /// The rectangle of a block (a small margin inside its column).
    QRect blockRect(int day, const QTime& start, const QTime& end) const;

    /// A vertical move of `dy` pixels as minutes, rounded to the nearest step.
    int snappedMinutes(int dy) const;
    /// `minutes` rounded to the nearest step.
    static int snap(int minutes);

private:
    QSize m_size;
    int m_days;
};

} // namespace parcours::ui
