// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>
#include <QString>

namespace parcours::ui {

/// A chart whose x axis is a row of categories (cohorts, weeks) placed at 0, 1, 2...: the
/// pointer shows a category's details as a tooltip and a click anywhere in its column
/// activates it; the keyboard moves between categories (Left, Right, Home, End; a dotted frame
/// shows the current one while the chart has the focus) and Enter or Space activates it. Only
/// a category with a key (a cohort ref) can be activated. The current category's details are
/// the chart's accessible description, so that a screen reader says what the eye sees.
class CategoryChartView : public QChartView
{
    Q_OBJECT
public:
    struct Category
    {
        QString key;     ///< what activated() gives; empty: nothing to open
        QString details; ///< a sentence for the tooltip and screen readers
        /// A short text drawn in the category's column just above the height `noteY` (a bar's
        /// value above the bar, or why there is no bar), wrapped to the column; muted: grey.
        QString note;
        double noteY = 0;
        bool muted = false;
    };

    explicit CategoryChartView(QWidget* parent = nullptr);

    /// The categories shown, in x order (the chart's series are set by the caller).
    void setCategories(const QList<Category>& categories);
    const QList<Category>& categories() const { return m_categories; }
    int current() const { return m_current; }
    void setCurrent(int index);

    /// The category whose column holds `pos` (viewport coordinates), or -1 outside the plot.
    int categoryAt(const QPoint& pos) const;
    /// Where category `index` at height `y` (in the values of the chart's first series) is
    /// drawn, in viewport coordinates: the middle of a bar is pointOf(i, value / 2).
    QPoint pointOf(int index, double y) const;

signals:
    /// A category with a key was clicked or chosen with Enter.
    void activated(const QString& key);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void activate(int index);
    void drawNotes(QPainter* painter) const;

    QList<Category> m_categories;
    int m_current = 0;
    int m_pressed = -1;
};

} // namespace parcours::ui
