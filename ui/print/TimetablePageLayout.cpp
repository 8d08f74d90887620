// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimetablePageLayout.h"

#include <QTime>

#include <algorithm>
#include <utility>

namespace parcours::print {

namespace {

// In points: the page is landscape A4 (842 x 595 pt).
constexpr double kMargin = 24;
constexpr double kHeaderHeight = 74;
constexpr double kTitleHeight = 24;
constexpr double kLegendHeight = 26;
constexpr double kFooterHeight = 16;
constexpr double kGap = 6;
constexpr double kLabelWidth = 44;
constexpr double kBlockInset = 2;

} // namespace

TimetablePageLayout::TimetablePageLayout(const QRectF& page, double unit, const QDate& monday,
                                         const QList<Session>& sessions)
    : m_unit(unit), m_monday(monday)
{
    for (const Session& s : sessions) {
        const qint64 day = monday.daysTo(s.date);
        if (day >= 6)
            m_days = 7;
        else if (day == 5)
            m_days = std::max(m_days, 6);
        // A session outside 08:00-19:00 widens the grid rather than being cut.
        if (s.start.isValid())
            m_firstHour = std::min(m_firstHour, s.start.hour());
        if (s.end.isValid())
            m_lastHour = std::max(m_lastHour, s.end.minute() > 0 ? s.end.hour() + 1 : s.end.hour());
    }
    m_lastHour = std::min(m_lastHour, 24);
    if (m_lastHour <= m_firstHour)
        m_lastHour = m_firstHour + 1;

    const QRectF inner = page.adjusted(kMargin * unit, kMargin * unit, -kMargin * unit, -kMargin * unit);
    m_labelWidth = kLabelWidth * unit;
    m_header = QRectF(inner.left(), inner.top(), inner.width(), kHeaderHeight * unit);
    m_footer = QRectF(inner.left(), inner.bottom() - kFooterHeight * unit, inner.width(), kFooterHeight * unit);
    m_legend = QRectF(inner.left(), m_footer.top() - kGap * unit - kLegendHeight * unit, inner.width(),
                      kLegendHeight * unit);
    m_titles = QRectF(inner.left() + m_labelWidth, m_header.bottom() + kGap * unit, inner.width() - m_labelWidth,
                      kTitleHeight * unit);
    const double gridTop = m_titles.bottom();
    m_grid = QRectF(m_titles.left(), gridTop, m_titles.width(), m_legend.top() - kGap * unit - gridTop);
    placeBlocks(sessions);
}

QRectF TimetablePageLayout::dayTitle(int day) const
{
    const double w = m_titles.width() / m_days;
    return QRectF(m_titles.left() + day * w, m_titles.top(), w, m_titles.height());
}

QRectF TimetablePageLayout::dayColumn(int day) const
{
    const double w = m_grid.width() / m_days;
    return QRectF(m_grid.left() + day * w, m_grid.top(), w, m_grid.height());
}

QRectF TimetablePageLayout::hourLabel(int hour) const
{
    const double y = m_grid.top() + m_grid.height() * (hour - m_firstHour) / (m_lastHour - m_firstHour);
    const double h = 16 * m_unit;
    return QRectF(m_grid.left() - m_labelWidth, y - h / 2, m_labelWidth - 4 * m_unit, h);
}

double TimetablePageLayout::yOf(const QTime& time) const
{
    const double minutes = time.hour() * 60 + time.minute() - m_firstHour * 60;
    const double span = (m_lastHour - m_firstHour) * 60;
    return m_grid.top() + std::clamp(minutes / span, 0.0, 1.0) * m_grid.height();
}

void TimetablePageLayout::placeBlocks(const QList<Session>& sessions)
{
    // Sessions of one day that overlap (a conflict the office has yet to fix) share the column
    // side by side, so neither hides the other. Only a group of sessions that overlap one
    // another is split: a morning clash leaves the afternoon's session its whole width.
    for (int day = 0; day < m_days; ++day) {
        QList<int> ofDay;
        for (int i = 0; i < sessions.size(); ++i)
            if (m_monday.daysTo(sessions[i].date) == day && sessions[i].start.isValid() && sessions[i].end.isValid())
                ofDay << i;
        std::sort(ofDay.begin(), ofDay.end(), [&](int a, int b) {
            return std::make_pair(sessions[a].start, sessions[a].end) < std::make_pair(sessions[b].start, sessions[b].end);
        });
        const QRectF column = dayColumn(day);
        QList<QTime> laneEnds; // the end of the last session put in each lane of the group
        QList<std::pair<int, int>> group; // (session, lane)
        QTime groupEnd;
        const auto place = [&] {
            const double laneWidth = column.width() / std::max(1, int(laneEnds.size()));
            for (const auto& [i, lane] : group) {
                const Session& s = sessions[i];
                const double top = yOf(s.start);
                const double bottom = std::max(yOf(s.end), top + 1);
                QRectF r(column.left() + lane * laneWidth, top, laneWidth, bottom - top);
                r.adjust(kBlockInset * m_unit, kBlockInset * m_unit / 2, -kBlockInset * m_unit, -kBlockInset * m_unit / 2);
                m_blocks << Block{i, r};
            }
            group.clear();
            laneEnds.clear();
        };
        for (int i : ofDay) {
            if (!group.isEmpty() && sessions[i].start >= groupEnd)
                place();
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds[lane] > sessions[i].start)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds << sessions[i].end;
            else
                laneEnds[lane] = sessions[i].end;
            group << std::pair{i, lane};
            groupEnd = group.size() == 1 ? sessions[i].end : std::max(groupEnd, sessions[i].end);
        }
        place();
    }
}

} // namespace parcours::print
