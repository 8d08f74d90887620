// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Session.h"

#include <QDate>
#include <QList>
#include <QRectF>

namespace parcours::print {

/// Where everything goes on one printed week: header, day columns, hour rows, one block per
/// session, legend and footer. Pure geometry, apart from painting, so tests can check that
/// nothing overlaps or leaves the page. Lengths are in device units; `unit` is the number of
/// device units in a typographic point.
class TimetablePageLayout
{
public:
    struct Block
    {
        int session = 0; ///< index in the sessions given
        QRectF rect;
    };

    TimetablePageLayout(const QRectF& page, double unit, const QDate& monday, const QList<Session>& sessions);

    /// 5 (Monday to Friday), 6 when a session falls on Saturday, 7 on Sunday.
    int dayCount() const { return m_days; }
    int firstHour() const { return m_firstHour; }
    int lastHour() const { return m_lastHour; }

    QRectF header() const { return m_header; }
    /// The time grid (below the day titles), without the hour labels' column.
    QRectF grid() const { return m_grid; }
    QRectF dayTitle(int day) const;       ///< 0 = Monday
    QRectF dayColumn(int day) const;      ///< the part of the grid of that day
    QRectF hourLabel(int hour) const;     ///< left of the grid, centred on the hour's line
    double yOf(const QTime& time) const;  ///< clamped to the grid
    QRectF legend() const { return m_legend; }
    QRectF footer() const { return m_footer; }
    const QList<Block>& blocks() const { return m_blocks; }

private:
    void placeBlocks(const QList<Session>& sessions);

    double m_unit;
    QDate m_monday;
    int m_days = 5;
    int m_firstHour = 8;
    int m_lastHour = 19;
    QRectF m_header;
    QRectF m_titles;
    QRectF m_grid;
    double m_labelWidth = 0;
    QRectF m_legend;
    QRectF m_footer;
    QList<Block> m_blocks;
};

} // namespace parcours::print
