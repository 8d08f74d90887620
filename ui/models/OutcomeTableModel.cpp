// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeTableModel.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QLocale>

namespace parcours::ui {

namespace {

QString codeText(const char* label)
{
    return QCoreApplication::translate("Codes", label);
}

QString levelText(const std::optional<CefrLevel>& level)
{
    return level ? codeOf(*level) : QStringLiteral("–");
}

/// A pale tint per class, the same on screen and in print: green for durable, blue for a
/// transition, violet for positive, none for the others.
QVariant tint(SituationClass c)
{
    switch (c) {
    case SituationClass::Durable:
        return QBrush(QColor(0xd8, 0xf0, 0xdc));
    case SituationClass::Transition:
        return QBrush(QColor(0xdc, 0xe8, 0xf8));
    case SituationClass::Positive:
        return QBrush(QColor(0xec, 0xe0, 0xf6));
    case SituationClass::Other:
    case SituationClass::Unknown:
        break;
    }
    return {};
}

} // namespace

OutcomeTableModel::OutcomeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void OutcomeTableModel::setRows(QList<OutcomeRow> rows, const QDate& today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

int OutcomeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutcomeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutcomeTableModel::classText(SituationClass c)
{
    switch (c) {
    case SituationClass::Durable:
        return tr("Durable");
    case SituationClass::Transition:
        return tr("Transition");
    case SituationClass::Positive:
        return tr("Positive");
    case SituationClass::Other:
        return tr("Other");
    case SituationClass::Unknown:
        break;
    }
    return tr("Unknown");
}

QString OutcomeTableModel::stateText(FollowUpState s)
{
    switch (s) {
    case FollowUpState::Recorded:
        return tr("Recorded");
    case FollowUpState::NotYetDue:
        return tr("Not yet due");
    case FollowUpState::DueThisMonth:
        return tr("Due this month");
    case FollowUpState::Overdue:
        break;
    }
    return tr("Overdue");
}

QString OutcomeTableModel::nameOf(const OutcomeRow& row)
{
    return QStringLiteral("%1 %2").arg(row.lastName.toUpper(), row.firstName).trimmed();
}

QString OutcomeTableModel::text(const OutcomeRow& row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Participant:
        return nameOf(row);
    case Cohort:
        return row.cohortName.isEmpty() ? row.cohortRef : row.cohortName;
    case Milestone:
        return codeText(labelOf(row.milestone));
    case DueDate:
        return locale.toString(FollowUps::dueDate(row.milestone, row.cohortEnd), QLocale::ShortFormat);
    case FollowUp:
        if (row.enrolmentStatus == EnrolmentStatus::Withdrawn && !row.latest)
            return codeText(labelOf(EnrolmentStatus::Withdrawn));
        return stateText(FollowUps::state(row, m_today));
    case Situation:
        return row.latest ? codeText(labelOf(row.latest->situation)) : QString();
    case Class:
        return row.latest ? classText(classOf(row.latest->situation)) : QString();
    case RecordedOn:
        return row.latest ? locale.toString(row.latest->recordedOn, QLocale::ShortFormat) : QString();
    case Employer:
        return row.latest ? row.latest->employer : QString();
    case Sector:
        return row.latest ? row.latest->sector : QString();
    case FrenchLevels:
        if (!row.entryLevel && !row.exitLevel)
            return {};
        return QStringLiteral("%1 → %2").arg(levelText(row.entryLevel), levelText(row.exitLevel));
    case Phone:
        return row.phone;
    default:
        break;
    }
    return {};
}

QVariant OutcomeTableModel::sortValue(const OutcomeRow& row, int column) const
{
    switch (column) {
    case Milestone:
        return int(row.milestone);
    case DueDate:
        return FollowUps::dueDate(row.milestone, row.cohortEnd);
    case RecordedOn:
        return row.latest ? row.latest->recordedOn : QDate();
    case FollowUp:
        return int(FollowUps::state(row, m_today));
    case Class:
        return row.latest ? int(classOf(row.latest->situation)) : int(SituationClass::Unknown) + 1;
    default:
        break;
    }
    return text(row, column);
}

QVariant OutcomeTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const OutcomeRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(row, index.column());
    case Qt::UserRole:
        return sortValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Situation && row.latest && !row.latest->notes.isEmpty())
            return row.latest->notes;
        if (index.column() == FollowUp && row.latest && row.latest->situation == parcours::Situation::Unknown)
            return tr("Recorded as no news: still to reach");
        return {};
    case Qt::BackgroundRole:
        if ((index.column() == Situation || index.column() == Class) && row.latest)
            return tint(classOf(row.latest->situation));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == FollowUp && row.enrolmentStatus != EnrolmentStatus::Withdrawn
            && FollowUps::state(row, m_today) == FollowUpState::Overdue)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    default:
        break;
    }
    return {};
}

QVariant OutcomeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Participant:
        return tr("Participant");
    case Cohort:
        return tr("Cohort");
    case Milestone:
        return tr("Milestone");
    case DueDate:
        return tr("Due");
    case FollowUp:
        return tr("Follow-up");
    case Situation:
        return tr("Situation");
    case Class:
        return tr("Class");
    case RecordedOn:
        return tr("Recorded on");
    case Employer:
        return tr("Employer");
    case Sector:
        return tr("Sector");
    case FrenchLevels:
        return tr("French (entry → exit)");
    case Phone:
        return tr("Phone");
    default:
        break;
    }
    return {};
}

} // namespace parcours::ui
