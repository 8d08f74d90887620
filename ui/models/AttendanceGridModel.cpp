// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceGridModel.h"

#include "Format.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace parcours::ui {

namespace {

QColor colourOf(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return QColor(0xd9, 0xef, 0xd9);
    case AttendanceStatus::Late:
        return QColor(0xfb, 0xef, 0xc4);
    case AttendanceStatus::Excused:
        return QColor(0xda, 0xe6, 0xf5);
    case AttendanceStatus::Absent:
        return QColor(0xf6, 0xd2, 0xd2);
    }
    return {};
}

const QColor kMissing(0xff, 0xb3, 0x4d);
const QColor kNotExpected(0xee, 0xee, 0xee);

} // namespace

AttendanceGridModel::AttendanceGridModel(QObject* parent) : QAbstractTableModel(parent) {}

QString AttendanceGridModel::letter(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        //: The one-letter mark of a participant present (French: P)
        return tr("P", "attendance letter");
    case AttendanceStatus::Late:
        //: The one-letter mark of a participant late (French: R, retard)
        return tr("L", "attendance letter");
    case AttendanceStatus::Excused:
        //: The one-letter mark of an excused absence (French: E, excusé)
        return tr("E", "attendance letter");
    case AttendanceStatus::Absent:
        //: The one-letter mark of an absence (French: A)
        return tr("A", "attendance letter");
    }
    return {};
}

std::optional<AttendanceStatus> AttendanceGridModel::statusOfLetter(const QString& text)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    for (AttendanceStatus s : allValues<AttendanceStatus>())
        if (typed.compare(letter(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QString AttendanceGridModel::sessionTitle(const Session& session, const QLocale& locale, const QString& separator)
{
    const QString day = locale.toString(session.date, QStringLiteral("ddd d"));
    const QString times = locale.toString(session.start, QLocale::ShortFormat) + QStringLiteral("–")
                          + locale.toString(session.end, QLocale::ShortFormat);
    return QStringList{day, times, format::label(session.module)}.join(separator);
}

bool AttendanceGridModel::sameShape(const AttendanceWeek& week) const
{
    if (week.rows.size() != m_week.rows.size() || week.sessions.size() != m_week.sessions.size())
        return false;
    for (qsizetype i = 0; i < week.rows.size(); ++i)
        if (week.rows[i].enrolment.participantRef != m_week.rows[i].enrolment.participantRef)
            return false;
    for (qsizetype i = 0; i < week.sessions.size(); ++i)
        if (week.sessions[i].ref != m_week.sessions[i].ref)
            return false;
    return true;
}

void AttendanceGridModel::setWeek(AttendanceWeek week, const QDateTime& now)
{
    if (sameShape(week) && week.cohort.ref == m_week.cohort.ref) {
        m_week = std::move(week);
        m_now = now;
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, qMax(0, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_week = std::move(week);
    m_now = now;
    endResetModel();
}

int AttendanceGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_week.rows.size());
}

int AttendanceGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_week.sessions.size());
}

QString AttendanceGridModel::participantRef(int row) const
{
    return m_week.rows.value(row).enrolment.participantRef;
}

QString AttendanceGridModel::name(int row) const
{
    return row >= 0 && row < m_week.rows.size() ? m_week.rows[row].name() : QString();
}

bool AttendanceGridModel::isMarkable(const QModelIndex& index) const
{
    return index.isValid() && m_week.expects(index.row(), index.column())
           && m_week.sessions[index.column()].date <= m_now.date();
}

bool AttendanceGridModel::isMissing(const QModelIndex& index) const
{
    if (!index.isValid() || !m_week.expects(index.row(), index.column())
        || m_week.mark(index.row(), index.column()))
        return false;
    const Session& s = m_week.sessions[index.column()];
    return QDateTime(s.date, s.end) <= m_now;
}

QVariant AttendanceGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const bool expected = m_week.expects(index.row(), index.column());
    // A mark outside the enrolment or on a cancelled session stays in the file but is not shown:
    // it counts nowhere (indicators.md).
    const std::optional<Attendance> mark = expected ? m_week.mark(index.row(), index.column()) : std::nullopt;
    const Session& session = m_week.sessions[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        if (!mark)
            return {};
        if (mark->status == AttendanceStatus::Late && mark->minutesLate > 0)
            return tr("%1 %2′", "late letter and minutes").arg(letter(mark->status)).arg(mark->minutesLate);
        return letter(mark->status);
    case Qt::EditRole:
        return mark ? letter(mark->status) : QString();
    case StatusRole:
        return mark ? codeOf(mark->status) : QString();
    case MinutesLateRole:
        return mark ? mark->minutesLate : 0;
    case MarkableRole:
        return isMarkable(index);
    case MissingRole:
        return isMissing(index);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        if (mark) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (mark)
            return QBrush(colourOf(mark->status));
        if (session.status == SessionStatus::Cancelled)
            return QBrush(kNotExpected, Qt::BDiagPattern);
        if (!expected)
            return QBrush(kNotExpected);
        if (isMissing(index))
            return QBrush(kMissing);
        return {};
    case Qt::ForegroundRole:
        return mark ? QBrush(QColor(0x20, 0x20, 0x20)) : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString state;
        if (session.status == SessionStatus::Cancelled)
            state = tr("session cancelled");
        else if (!expected)
            state = tr("not enrolled on that day");
        else if (mark && mark->status == AttendanceStatus::Late && mark->minutesLate > 0)
            state = tr("late, %n minute(s)", nullptr, mark->minutesLate);
        else if (mark)
            state = format::label(mark->status).toLower();
        else if (isMissing(index))
            state = tr("not marked yet");
        else if (session.date > m_now.date())
            state = tr("to come");
        else
            state = tr("not marked");
        return QStringLiteral("%1, %2: %3")
            .arg(name(index.row()), sessionTitle(session, QLocale(), QStringLiteral(" ")), state);
    }
    default:
        return {};
    }
}

QVariant AttendanceGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return name(section);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const Session& s = m_week.sessions[section];
    const bool cancelled = s.status == SessionStatus::Cancelled;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = sessionTitle(s, QLocale(), QStringLiteral("\n"));
        if (cancelled)
            text += QLatin1Char('\n') + tr("cancelled");
        return text;
    }
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        QString text = sessionTitle(s, QLocale(), QStringLiteral(" "));
        if (!s.title.isEmpty())
            text += QStringLiteral(" (") + s.title + QLatin1Char(')');
        if (cancelled)
            text += QStringLiteral(", ") + tr("cancelled");
        return text;
    }
    case Qt::ForegroundRole:
        return cancelled ? QBrush(QColor(0x80, 0x80, 0x80)) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags AttendanceGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isMarkable(index))
        f |= Qt::ItemIsEditable;
    return f;
}

bool AttendanceGridModel::setStatus(const QModelIndex& index, std::optional<AttendanceStatus> status)
{
    if (!isMarkable(index) || !m_write)
        return false;
    const std::optional<Attendance> current = m_week.mark(index.row(), index.column());
    const int minutes = status == AttendanceStatus::Late && current ? current->minutesLate : 0;
    const Session& s = m_week.sessions[index.column()];
    const QString who = name(index.row());
    const QString when = sessionTitle(s, QLocale(), QStringLiteral(" "));
    const QString text = status ? tr("Mark “%1” %2 at %3").arg(who, format::label(*status).toLower(), when)
                                : tr("Clear the mark of “%1” at %2").arg(who, when);
    return m_write({MarkEdit{s.ref, participantRef(index.row()), status, minutes}}, text);
}

bool AttendanceGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!isMarkable(index) || !m_write)
        return false;
    if (role == MinutesLateRole) {
        bool ok = false;
        const int minutes = value.toInt(&ok);
        if (!ok || minutes < 0)
            return false;
        const Session& s = m_week.sessions[index.column()];
        const QString text = tr("Set “%1” late by %n minute(s) at %2", nullptr, minutes)
                                 .arg(name(index.row()), sessionTitle(s, QLocale(), QStringLiteral(" ")));
        return m_write({MarkEdit{s.ref, participantRef(index.row()), AttendanceStatus::Late, minutes}}, text);
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return setStatus(index, std::nullopt);
    std::optional<AttendanceStatus> status = statusOfLetter(text);
    if (!status)
        status = fromCode<AttendanceStatus>(text);
    if (!status)
        return false;
    return setStatus(index, status);
}

bool AttendanceGridModel::markAllPresent(int column)
{
    if (column < 0 || column >= columnCount() || !m_write)
        return false;
    QList<MarkEdit> edits;
    const Session& s = m_week.sessions[column];
    for (int row = 0; row < rowCount(); ++row)
        if (isMarkable(index(row, column)) && !m_week.mark(row, column))
            edits << MarkEdit{s.ref, participantRef(row), AttendanceStatus::Present, 0};
    if (edits.isEmpty())
        return false;
    return m_write(edits, tr("Mark everyone present at %1").arg(sessionTitle(s, QLocale(), QStringLiteral(" "))));
}

} // namespace parcours::ui
