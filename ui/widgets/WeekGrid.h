// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/TimetableViews.h"

#include <QColor>
#include <QWidget>

#include <optional>

namespace parcours::ui {

class WeekGeometry;

/// One week of sessions painted as blocks in day columns, 08:00 to 19:00. A block is dragged to
/// move it, its top or bottom edge to change its times (15-minute steps), double-clicked to
/// edit it; the arrow keys move the selected block by 15 minutes or a day. The grid never
/// writes: it says what the person asked for (sessionEdited, openRequested) and the page
/// turns that into an undoable change.
class WeekGrid : public QWidget
{
    Q_OBJECT
public:
    /// A session as the grid shows it.
    struct Block
    {
        Session session;
        int day = 0;          ///< 0 = Monday
        bool conflict = false;
        QString toolTip;      ///< what the block says on hover: the session and its conflicts
    };

    explicit WeekGrid(QWidget* parent = nullptr);
    ~WeekGrid() override;

    void setWeek(const WeekView& week);
    const QList<Block>& blocks() const { return m_blocks; }
    /// The block of a session, or nullptr.
    const Block* block(const QString& sessionRef) const;
    /// Where a session's block is drawn (empty when not shown).
    QRect blockRect(const QString& sessionRef) const;
    int dayCount() const;
    WeekGeometry geometryHelper() const;

    QString selectedRef() const { return m_selected; }
    void setSelectedRef(const QString& ref);

    /// The fill of a module's blocks: light enough for black text.
    static QColor moduleColor(Module module);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The person moved or resized a session: `edited` is the session with its new date/times.
    void sessionEdited(const parcours::Session& edited);
    /// Double-click or Enter on a session.
    void openRequested(const QString& sessionRef);
    void selectionChanged(const QString& sessionRef);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    enum class Drag { None, Move, Top, Bottom };

    const Block* blockAt(const QPoint& pos) const;
    Drag dragKindAt(const Block& block, const QPoint& pos) const;
    /// The session moved by `days` and its start/end by the minutes given (within one day).
    static std::optional<Session> shifted(const Session& s, int days, int startMinutes, int endMinutes);
    std::optional<Session> draggedSession(const QPoint& pos) const;
    QString nameOfTrainer(const QString& ref) const;
    QString nameOfRoom(const QString& ref) const;

    WeekView m_week;
    QList<Block> m_blocks;
    QString m_selected;
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    std::optional<Session> m_preview; ///< the dragged block where it would land
};

} // namespace parcours::ui
