// SPDX-License-Identifier: GPL-3.0-or-later
#include "CategoryChartView.h"

#include <QAbstractSeries>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace parcours::ui {

CategoryChartView::CategoryChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand);
}

void CategoryChartView::setCategories(const QList<Category>& categories)
{
    m_categories = categories;
    m_current = 0;
    setCurrent(0);
}

void CategoryChartView::setCurrent(int index)
{
    if (m_categories.isEmpty()) {
        m_current = 0;
        setAccessibleDescription(QString());
    } else {
        m_current = std::clamp(index, 0, int(m_categories.size()) - 1);
        setAccessibleDescription(m_categories.at(m_current).details);
    }
    viewport()->update();
}

int CategoryChartView::categoryAt(const QPoint& pos) const
{
    if (m_categories.isEmpty() || chart()->series().isEmpty())
        return -1;
    const QPointF inChart = chart()->mapFromScene(mapToScene(pos));
    if (!chart()->plotArea().contains(inChart))
        return -1;
    const double x = chart()->mapToValue(inChart).x();
    const int index = int(std::lround(x));
    return index >= 0 && index < m_categories.size() ? index : -1;
}

QPoint CategoryChartView::pointOf(int index, double y) const
{
    const QPointF inChart = chart()->mapToPosition(QPointF(index, y));
    return mapFromScene(chart()->mapToScene(inChart));
}

void CategoryChartView::activate(int index)
{
    if (index < 0 || index >= m_categories.size())
        return;
    setCurrent(index);
    if (!m_categories.at(index).key.isEmpty())
        emit activated(m_categories.at(index).key);
}

void CategoryChartView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrent(m_current - 1);
        break;
    case Qt::Key_Right:
        setCurrent(m_current + 1);
        break;
    case Qt::Key_Home:
        setCurrent(0);
        break;
    case Qt::Key_End:
        setCurrent(int(m_categories.size()) - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate(m_current);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
    // What the pointer would show, for the keyboard: the current category's details.
    if (!m_categories.isEmpty())
        QToolTip::showText(mapToGlobal(pointOf(m_current, 0)), m_categories.at(m_current).details, this);
}

void CategoryChartView::mousePressEvent(QMouseEvent* event)
{
    m_pressed = event->button() == Qt::LeftButton ? categoryAt(event->position().toPoint()) : -1;
    QChartView::mousePressEvent(event);
}

void CategoryChartView::mouseReleaseEvent(QMouseEvent* event)
{
    const int index = event->button() == Qt::LeftButton ? categoryAt(event->position().toPoint()) : -1;
    const bool same = index >= 0 && index == m_pressed;
    m_pressed = -1;
    QChartView::mouseReleaseEvent(event);
    if (same)
        activate(index);
}

bool CategoryChartView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = categoryAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), m_categories.at(index).details, viewport());
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::MouseMove) {
        const auto* move = static_cast<QMouseEvent*>(event);
        const int index = categoryAt(move->position().toPoint());
        viewport()->setCursor(index >= 0 && !m_categories.at(index).key.isEmpty() ? Qt::PointingHandCursor
                                                                                   : Qt::ArrowCursor);
    }
    return QChartView::viewportEvent(event);
}

void CategoryChartView::drawNotes(QPainter* painter) const
{
    const QFontMetrics metrics(font());
    for (int i = 0; i < m_categories.size(); ++i) {
        const Category& c = m_categories.at(i);
        if (c.note.isEmpty())
            continue;
        const double left = chart()->mapToPosition(QPointF(i - 0.5, 0)).x();
        const double right = chart()->mapToPosition(QPointF(i + 0.5, 0)).x();
        // Too narrow a column for a word: the tooltip and the description still say it.
        if (right - left < metrics.horizontalAdvance(QStringLiteral("100,0 %")))
            continue;
        const double y = chart()->mapToPosition(QPointF(i, c.noteY)).y() - 3;
        const QRectF box(QPointF(left + 2, y - 3 * metrics.lineSpacing()), QPointF(right - 2, y));
        painter->setPen(c.muted ? palette().color(QPalette::Disabled, QPalette::WindowText)
                                : palette().color(QPalette::WindowText));
        QFont font = this->font();
        font.setItalic(c.muted);
        painter->setFont(font);
        painter->drawText(chart()->mapRectToScene(box), Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                          c.note);
    }
}

void CategoryChartView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_categories.isEmpty() || chart()->series().isEmpty())
        return;
    painter->save();
    drawNotes(painter);
    painter->restore();
    if (!hasFocus())
        return;
    const QRectF plot = chart()->plotArea();
    const double left = chart()->mapToPosition(QPointF(m_current - 0.5, 0)).x();
    const double right = chart()->mapToPosition(QPointF(m_current + 0.5, 0)).x();
    const QRectF column(QPointF(left, plot.top()), QPointF(right, plot.bottom()));
    painter->save();
    QPen pen(palette().color(QPalette::Highlight), 2, Qt::DotLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(chart()->mapRectToScene(column.adjusted(1, 1, -1, -1)));
    painter->restore();
}

void CategoryChartView::focusInEvent(QFocusEvent* event)
{
    QChartView::focusInEvent(event);
    setCurrent(m_current);
}

void CategoryChartView::focusOutEvent(QFocusEvent* event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

} // namespace parcours::ui
