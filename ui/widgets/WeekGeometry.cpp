// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekGeometry.h"

#include <QtGlobal>

#include <cmath>

namespace parcours::ui {

namespace {
constexpr int kGridMinutes = (WeekGeometry::kLastHour - WeekGeometry::kFirstHour) * 60;
} // namespace

WeekGeometry::WeekGeometry(QSize size, int days) : m_size(size), m_days(qMax(1, days)) {}

double WeekGeometry::pixelsPerMinute() const
{
    return qMax(1, m_size.height() - kDayHeader) / double(kGridMinutes);
}

double WeekGeometry::dayWidth() const
{
    return qMax(1, m_size.width() - kTimeColumn) / double(m_days);
}

int WeekGeometry::yOf(const QTime& time) const
{
    const int minutes = qBound(0, time.hour() * 60 + time.minute() - kFirstHour * 60, kGridMinutes);
    return kDayHeader + int(std::lround(minutes * pixelsPerMinute()));
}

int WeekGeometry::minutesAt(int y) const
{
    return kFirstHour * 60 + int(std::lround((y - kDayHeader) / pixelsPerMinute()));
}

int WeekGeometry::xOfDay(int day) const
{
    return kTimeColumn + int(std::lround(day * dayWidth()));
}

int WeekGeometry::dayAt(int x) const
{
    if (x < kTimeColumn)
        return -1;
    const int day = int((x - kTimeColumn) / dayWidth());
    return day < m_days ? day : -1;
}

QRect WeekGeometry::blockRect(int day, const QTime& start, const QTime& end) const
{
    const int left = xOfDay(day) + 2;
    const int right = xOfDay(day + 1) - 2;
    const int top = yOf(start);
    const int bottom = qMax(top + 1, yOf(end));
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
}

int WeekGeometry::snappedMinutes(int dy) const
{
    return snap(int(std::lround(dy / pixelsPerMinute())));
}

int WeekGeometry::snap(int minutes)
{
    return int(std::lround(minutes / double(kStepMinutes))) * kStepMinutes;
}

} // namespace parcours::ui
