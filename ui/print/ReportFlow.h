// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>

namespace parcours::print {

/// Lays blocks of known height down pages, top to bottom: a block that does not fit goes to the
/// next page, and a block marked `keepWithNext` (a heading) moves with the block after it, so no
/// heading is left alone at the foot of a page. Painting comes after the layout, once the page
/// count is known ("Page 2 of 5").
class ReportFlow
{
public:
    using Paint = std::function<void(double top)>;

    /// Pages whose blocks go from `top` to `bottom` (points).
    ReportFlow(double top, double bottom) : m_top(top), m_bottom(bottom) {}

    void add(double height, bool keepWithNext, Paint paint);
    /// The next block starts a page.
    void pageBreak();

    int pageCount();
    /// Paints the blocks of page `page` (0-based) at their places.
    void paintPage(int page);

private:
    struct Block
    {
        double height = 0;
        bool keepWithNext = false;
        bool breakBefore = false;
        Paint paint;
        int page = 0;
        double top = 0;
    };
    void layOut();

    double m_top;
    double m_bottom;
    QList<Block> m_blocks;
    bool m_breakNext = false;
    bool m_laidOut = false;
    int m_pages = 0;
};

} // namespace parcours::print
