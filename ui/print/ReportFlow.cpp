// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFlow.h"

namespace parcours::print {

void ReportFlow::add(double height, bool keepWithNext, Paint paint)
{
    Block b;
    b.height = height;
    b.keepWithNext = keepWithNext;
    b.breakBefore = m_breakNext;
    b.paint = std::move(paint);
    m_blocks << b;
    m_breakNext = false;
    m_laidOut = false;
}

void ReportFlow::pageBreak()
{
    m_breakNext = true;
}

void ReportFlow::layOut()
{
    if (m_laidOut)
        return;
    int page = 0;
    double y = m_top;
    for (int i = 0; i < m_blocks.size(); ++i) {
        // A heading takes the headings and the first block after it along: the whole run must fit.
        double run = 0;
        int j = i;
        while (j < m_blocks.size()) {
            run += m_blocks[j].height;
            if (!m_blocks[j].keepWithNext)
                break;
            ++j;
        }
        const bool pageEmpty = y == m_top;
        if (!pageEmpty && (m_blocks[i].breakBefore || y + run > m_bottom)) {
            ++page;
            y = m_top;
        }
        m_blocks[i].page = page;
        m_blocks[i].top = y;
        y += m_blocks[i].height;
    }
    m_pages = m_blocks.isEmpty() ? 0 : page + 1;
    m_laidOut = true;
}

int ReportFlow::pageCount()
{
    layOut();
    return m_pages;
}

void ReportFlow::paintPage(int page)
{
    layOut();
    for (const Block& b : m_blocks)
        if (b.page == page)
            b.paint(b.top);
}

} // namespace parcours::print
