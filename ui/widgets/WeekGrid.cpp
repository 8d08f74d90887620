// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekGrid.h"

#include "WeekGeometry.h"

#include "core/timetable/ConflictFinder.h"
#include "core/timetable/WeeklyTargets.h"
#include "ui/models/Format.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace parcours::ui {

namespace {

constexpr int kEdge = 5; ///< pixels from a block's top or bottom edge that resize instead of move
constexpr int kWeekdays = 5;

int minutesOf(const QTime& t)
{
    return t.hour() * 60 + t.minute();
}

} // namespace

WeekGrid::WeekGrid(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Week grid"));
    setAccessibleDescription(tr("Page Down and Page Up select the next or previous session; the "
                                "arrow keys move it by 15 minutes or a day; Shift with Up or Down "
                                "changes its end; Enter edits it; the menu key shows its actions."));
}

WeekGrid::~WeekGrid() = default;

QColor WeekGrid::moduleColor(Module module)
{
    switch (module) {
    case Module::Fle: return QColor(0xc6, 0xdc, 0xff);
    case Module::English: return QColor(0xc9, 0xef, 0xc4);
    case Module::SoftSkills: return QColor(0xff, 0xe8, 0xa6);
    case Module::ProfessionalDay: return QColor(0xe3, 0xd3, 0xff);
    case Module::Other: return QColor(0xe4, 0xe4, 0xde);
    }
    return Qt::white;
}

void WeekGrid::setWeek(const WeekView& week)
{
    m_week = week;
    m_blocks.clear();
    const QLocale locale;
    for (const Session& s : m_week.sessions) {
        Block b;
        b.session = s;
        b.day = int(m_week.monday.daysTo(s.date));
        const QList<Conflict> conflicts = m_week.conflictsOf(s.ref);
        b.conflict = !conflicts.isEmpty();
        QStringList lines{ConflictFinder::sessionText(s, locale)};
        if (!s.trainerRef.isEmpty())
            lines << tr("Trainer: %1").arg(nameOfTrainer(s.trainerRef));
        if (!s.roomRef.isEmpty())
            lines << tr("Room: %1").arg(nameOfRoom(s.roomRef));
        if (s.status != SessionStatus::Planned)
            lines << format::label(s.status);
        for (const Conflict& c : conflicts)
            lines << ConflictFinder::describe(c, m_week.input, locale);
        b.toolTip = lines.join(QLatin1Char('\n'));
        m_blocks << b;
    }
    if (!block(m_selected))
        m_selected.clear();
    m_drag = Drag::None;
    m_preview.reset();
    update();
}

const WeekGrid::Block* WeekGrid::block(const QString& sessionRef) const
{
    for (const Block& b : m_blocks)
        if (b.session.ref == sessionRef)
            return &b;
    return nullptr;
}

int WeekGrid::dayCount() const
{
    int days = m_week.usesWeekend() ? 6 : kWeekdays;
    for (const Block& b : m_blocks)
        days = qMax(days, b.day + 1);
    return qMin(days, 7);
}

WeekGeometry WeekGrid::geometryHelper() const
{
    return WeekGeometry(size(), dayCount());
}

QRect WeekGrid::blockRect(const QString& sessionRef) const
{
    const Block* b = block(sessionRef);
    if (!b || b->day < 0 || b->day >= dayCount())
        return {};
    return geometryHelper().blockRect(b->day, b->session.start, b->session.end);
}

void WeekGrid::setSelectedRef(const QString& ref)
{
    if (ref == m_selected)
        return;
    m_selected = ref;
    update();
    emit selectionChanged(ref);
}

QSize WeekGrid::sizeHint() const
{
    return QSize(WeekGeometry::kTimeColumn + 6 * 140, WeekGeometry::kDayHeader + 11 * 52);
}

QSize WeekGrid::minimumSizeHint() const
{
    return QSize(WeekGeometry::kTimeColumn + 5 * 70, WeekGeometry::kDayHeader + 11 * 30);
}

QString WeekGrid::nameOfTrainer(const QString& ref) const
{
    for (const Trainer& t : m_week.input.trainers)
        if (t.ref == ref)
            return t.name.isEmpty() ? ref : t.name;
    return ref;
}

QString WeekGrid::nameOfRoom(const QString& ref) const
{
    for (const Room& r : m_week.input.rooms)
        if (r.ref == ref)
            return r.name.isEmpty() ? ref : r.name;
    return ref;
}

void WeekGrid::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const WeekGeometry g = geometryHelper();
    const QLocale locale;
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());

    // Hours and their lines.
    p.setPen(pal.color(QPalette::Mid));
    for (int h = WeekGeometry::kFirstHour; h <= WeekGeometry::kLastHour; ++h) {
        const int y = g.yOf(QTime(h == 24 ? 23 : h, 0));
        p.drawLine(WeekGeometry::kTimeColumn, y, width(), y);
        if (h < WeekGeometry::kLastHour) {
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRect(0, y, WeekGeometry::kTimeColumn - 4, 16), Qt::AlignRight | Qt::AlignTop,
                       locale.toString(QTime(h, 0), QLocale::ShortFormat));
            p.setPen(pal.color(QPalette::Mid));
        }
    }
    // Days.
    for (int d = 0; d <= g.days(); ++d) {
        const int x = g.xOfDay(d);
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(x, 0, x, height());
        if (d < g.days() && m_week.monday.isValid()) {
            const QDate date = m_week.monday.addDays(d);
            QFont f = font();
            f.setBold(true);
            p.setFont(f);
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRect(x, 0, int(g.dayWidth()), WeekGeometry::kDayHeader), Qt::AlignCenter,
                       locale.toString(date, QStringLiteral("dddd d")));
            p.setFont(font());
        }
    }

    auto paintBlock = [&](const Session& s, int day, bool conflict, bool selected, bool ghost) {
        const QRect r = g.blockRect(day, s.start, s.end);
        const bool cancelled = s.status == SessionStatus::Cancelled;
        QColor fill = cancelled ? QColor(0xdd, 0xdd, 0xdd) : moduleColor(s.module);
        if (ghost)
            fill.setAlpha(150);
        p.fillRect(r, fill);
        if (cancelled)
            p.fillRect(r, QBrush(QColor(0x99, 0x99, 0x99), Qt::BDiagPattern));
        QPen border(conflict ? QColor(0xd0, 0x00, 0x00) : QColor(0x55, 0x55, 0x55));
        border.setWidth(conflict ? 3 : (selected ? 2 : 1));
        if (selected && !conflict)
            border.setColor(pal.color(QPalette::Highlight));
        p.setPen(border);
        p.drawRect(r.adjusted(0, 0, -1, -1));

        QStringList lines;
        lines << (s.title.isEmpty() ? WeeklyTargets::shortName(s.module) : s.title);
        lines << locale.toString(s.start, QLocale::ShortFormat) + QStringLiteral("–")
                     + locale.toString(s.end, QLocale::ShortFormat);
        if (m_week.view != TimetableView::Trainer && !s.trainerRef.isEmpty())
            lines << nameOfTrainer(s.trainerRef);
        if (m_week.view != TimetableView::Room && !s.roomRef.isEmpty())
            lines << nameOfRoom(s.roomRef);
        if (m_week.view != TimetableView::Cohort)
            lines << s.cohortRef;
        if (cancelled)
            lines.prepend(tr("Cancelled"));
        p.setPen(conflict ? QColor(0x9a, 0x00, 0x00) : QColor(Qt::black));
        QRect text = r.adjusted(4, 2, -4, -2);
        if (s.status == SessionStatus::Held) {
            QFont f = font();
            f.setBold(true);
            p.setFont(f);
            p.drawText(text, Qt::AlignRight | Qt::AlignTop, QStringLiteral("✓"));
            p.setFont(font());
            text.adjust(0, 0, -12, 0);
        }
        p.setClipRect(r);
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, lines.join(QLatin1Char('\n')));
        p.setClipping(false);
    };

    for (const Block& b : m_blocks) {
        if (b.day < 0 || b.day >= g.days())
            continue;
        paintBlock(b.session, b.day, b.conflict, b.session.ref == m_selected, false);
    }
    if (m_preview) {
        const int day = int(m_week.monday.daysTo(m_preview->date));
        if (day >= 0 && day < g.days())
            paintBlock(*m_preview, day, false, true, true);
    }
    if (hasFocus() && m_selected.isEmpty() && m_blocks.isEmpty()) {
        p.setPen(pal.color(QPalette::Text));
        p.drawText(rect().adjusted(WeekGeometry::kTimeColumn, WeekGeometry::kDayHeader, 0, 0),
                   Qt::AlignCenter, tr("No session this week"));
    }
}

const WeekGrid::Block* WeekGrid::blockAt(const QPoint& pos) const
{
    // The last painted is on top.
    for (auto it = m_blocks.crbegin(); it != m_blocks.crend(); ++it)
        if (blockRect(it->session.ref).contains(pos))
            return &*it;
    return nullptr;
}

WeekGrid::Drag WeekGrid::dragKindAt(const Block& b, const QPoint& pos) const
{
    const QRect r = blockRect(b.session.ref);
    if (r.height() > 3 * kEdge) {
        if (pos.y() <= r.top() + kEdge)
            return Drag::Top;
        if (pos.y() >= r.bottom() - kEdge)
            return Drag::Bottom;
    }
    return Drag::Move;
}

std::optional<Session> WeekGrid::shifted(const Session& s, int days, int startMinutes, int endMinutes)
{
    const int start = minutesOf(s.start) + startMinutes;
    const int end = minutesOf(s.end) + endMinutes;
    if (start < 0 || end > 24 * 60 - 1 || end - start < WeekGeometry::kStepMinutes)
        return std::nullopt;
    Session moved = s;
    moved.date = s.date.addDays(days);
    moved.start = QTime(start / 60, start % 60);
    moved.end = QTime(end / 60, end % 60);
    return moved;
}

std::optional<Session> WeekGrid::draggedSession(const QPoint& pos) const
{
    const Block* b = block(m_selected);
    if (!b || m_drag == Drag::None)
        return std::nullopt;
    const WeekGeometry g = geometryHelper();
    const int minutes = g.snappedMinutes(pos.y() - m_pressPos.y());
    switch (m_drag) {
    case Drag::Move: {
        const int from = g.dayAt(m_pressPos.x());
        const int to = g.dayAt(pos.x());
        const int days = from >= 0 && to >= 0 ? to - from : 0;
        return shifted(b->session, days, minutes, minutes);
    }
    case Drag::Top: return shifted(b->session, 0, minutes, 0);
    case Drag::Bottom: return shifted(b->session, 0, 0, minutes);
    case Drag::None: break;
    }
    return std::nullopt;
}

void WeekGrid::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const Block* b = blockAt(event->position().toPoint());
    setSelectedRef(b ? b->session.ref : QString());
    m_drag = b ? dragKindAt(*b, event->position().toPoint()) : Drag::None;
    m_pressPos = event->position().toPoint();
    m_preview.reset();
}

void WeekGrid::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None || !(event->buttons() & Qt::LeftButton)) {
        const Block* b = blockAt(pos);
        const Drag kind = b ? dragKindAt(*b, pos) : Drag::None;
        setCursor(kind == Drag::Top || kind == Drag::Bottom ? Qt::SizeVerCursor
                  : kind == Drag::Move                      ? Qt::OpenHandCursor
                                                            : Qt::ArrowCursor);
        return;
    }
    m_preview = draggedSession(pos);
    update();
}

void WeekGrid::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const std::optional<Session> moved = draggedSession(event->position().toPoint());
    m_drag = Drag::None;
    m_preview.reset();
    update();
    const Block* b = block(m_selected);
    if (moved && b
        && (moved->date != b->session.date || moved->start != b->session.start
            || moved->end != b->session.end))
        emit sessionEdited(*moved);
}

void WeekGrid::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const Block* b = blockAt(event->position().toPoint())) {
        m_drag = Drag::None;
        setSelectedRef(b->session.ref);
        emit openRequested(b->session.ref);
    }
}

void WeekGrid::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
        if (m_blocks.isEmpty())
            return;
        int i = -1;
        for (int k = 0; k < m_blocks.size(); ++k)
            if (m_blocks[k].session.ref == m_selected)
                i = k;
        const int n = int(m_blocks.size());
        i = i < 0 ? 0 : (i + (key == Qt::Key_PageDown ? 1 : n - 1)) % n;
        setSelectedRef(m_blocks[i].session.ref);
        return;
    }
    const Block* b = block(m_selected);
    if (!b) {
        QWidget::keyPressEvent(event);
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    std::optional<Session> moved;
    switch (key) {
    case Qt::Key_Up: moved = shift ? shifted(b->session, 0, 0, -15) : shifted(b->session, 0, -15, -15); break;
    case Qt::Key_Down: moved = shift ? shifted(b->session, 0, 0, 15) : shifted(b->session, 0, 15, 15); break;
    case Qt::Key_Left: moved = shifted(b->session, -1, 0, 0); break;
    case Qt::Key_Right: moved = shifted(b->session, 1, 0, 0); break;
    case Qt::Key_Return:
    case Qt::Key_Enter: emit openRequested(m_selected); return;
    default: QWidget::keyPressEvent(event); return;
    }
    if (moved)
        emit sessionEdited(*moved);
}

void WeekGrid::contextMenuEvent(QContextMenuEvent* event)
{
    QPoint global = event->globalPos();
    if (event->reason() == QContextMenuEvent::Mouse) {
        const Block* b = blockAt(event->pos());
        setSelectedRef(b ? b->session.ref : QString());
    } else if (!m_selected.isEmpty()) {
        global = mapToGlobal(blockRect(m_selected).center());
    }
    if (m_selected.isEmpty() || actions().isEmpty())
        return;
    QMenu::exec(actions(), global, nullptr, this);
}

bool WeekGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const Block* b = blockAt(help->pos()))
            QToolTip::showText(help->globalPos(), b->toolTip, this, blockRect(b->session.ref));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace parcours::ui
