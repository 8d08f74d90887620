// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrolmentTableModel.h"

#include "Format.h"
#include "ListTableModel.h"
#include "ParticipantTableModel.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/CohortRepository.h"
#include "ui/Document.h"
#include "ui/commands/SaveEnrolmentsCommand.h"

namespace parcours::ui {

EnrolmentTableModel::EnrolmentTableModel(const ParticipantTableModel* participants, QObject* parent)
    : QAbstractTableModel(parent), m_participants(participants)
{
    // A participant renamed elsewhere: the names change, the rows do not.
    const auto namesChanged = [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, Participant), index(rowCount() - 1, Participant));
    };
    connect(participants, &QAbstractItemModel::modelReset, this, namesChanged);
    connect(participants, &QAbstractItemModel::dataChanged, this, namesChanged);
}

void EnrolmentTableModel::setDocument(Document* document)
{
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    if (document) {
        ChangeNotifier* n = document->notifier();
        const auto follow = [this](EntityKind kind) {
            if (kind == EntityKind::Enrolment || kind == EntityKind::Participant ||
                kind == EntityKind::Cohort)
                reloadQuietly();
        };
        m_connections << connect(n, &ChangeNotifier::saved, this,
                                 [follow](EntityKind kind, const QString&) { follow(kind); });
        m_connections << connect(n, &ChangeNotifier::removed, this,
                                 [follow](EntityKind kind, const QString&) { follow(kind); });
        m_connections << connect(n, &ChangeNotifier::changed, this, follow);
        m_connections << connect(n, &ChangeNotifier::reset, this, [this] { reloadQuietly(); });
    }
    reloadQuietly();
}

void EnrolmentTableModel::setCohort(const QString& ref)
{
    m_cohortRef = ref;
    reloadQuietly();
}

Result<void> EnrolmentTableModel::reload()
{
    QList<Enrolment> rows;
    if (m_document && !m_cohortRef.isEmpty()) {
        auto read = CohortRepository(m_document->database()).enrolmentsOf(m_cohortRef);
        if (!read)
            return fail(read.error());
        rows = std::move(*read);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit reloaded();
    return {};
}

void EnrolmentTableModel::reloadQuietly()
{
    if (auto done = reload(); !done && m_document)
        m_document->reportFailure(done.error());
}

int EnrolmentTableModel::rowOf(const QString& participantRef) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).participantRef == participantRef)
            return i;
    return -1;
}

int EnrolmentTableModel::activeCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Enrolment& e) {
        return e.status != EnrolmentStatus::Withdrawn;
    }));
}

QString EnrolmentTableModel::nameOf(const QString& participantRef) const
{
    const int row = m_participants->rowOfRef(participantRef);
    return row < 0 ? participantRef : m_participants->rowAt(row).fullName();
}

int EnrolmentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnrolmentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EnrolmentTableModel::text(const Enrolment& e, int column) const
{
    switch (column) {
    case Participant:
        return nameOf(e.participantRef);
    case EnrolledOn:
        return format::shortDate(e.enrolledOn);
    case Status:
        return format::label(e.status);
    case ExitDate:
        return format::shortDate(e.exitDate);
    case ExitReason:
        return e.exitReason;
    case ExitLevel:
        return e.frenchLevelExit ? codeOf(*e.frenchLevelExit) : QString();
    default:
        return {};
    }
}

QVariant EnrolmentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Enrolment& e = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(e, column);
    case Qt::EditRole:
        switch (column) {
        case EnrolledOn:
            return e.enrolledOn.isValid() ? e.enrolledOn : QDate::currentDate();
        case ExitDate:
            return e.exitDate.isValid() ? e.exitDate : QDate::currentDate();
        case ExitLevel:
            return e.frenchLevelExit ? codeOf(*e.frenchLevelExit) : QString();
        default:
            return text(e, column);
        }
    case RefRole:
        return e.participantRef;
    case FilterRole:
        return column == Status ? QVariant(codeOf(e.status)) : QVariant();
    case SortRole:
        switch (column) {
        case Participant: {
            // By last name, as lists of people are kept.
            const int row = m_participants->rowOfRef(e.participantRef);
            if (row < 0)
                return e.participantRef;
            const ParticipantListRow& p = m_participants->rowAt(row);
            return codes::fold(p.lastName + QLatin1Char(' ') + p.firstName);
        }
        case EnrolledOn:
            return e.enrolledOn;
        case ExitDate:
            return e.exitDate;
        case Status:
            return int(e.status);
        case ExitLevel:
            return e.frenchLevelExit ? int(*e.frenchLevelExit) + 1 : 0;
        default:
            return codes::fold(text(e, column));
        }
    case SearchTextRole:
        return codes::fold(text(e, Participant) + QLatin1Char('\n') + e.exitReason);
    case Qt::ToolTipRole:
        if (column == Participant)
            return e.participantRef;
        return {};
    default:
        return {};
    }
}

QVariant EnrolmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Participant:
        return tr("Participant");
    case EnrolledOn:
        return tr("Enrolled on");
    case Status:
        return tr("Status");
    case ExitDate:
        return tr("Exit date");
    case ExitReason:
        return tr("Exit reason");
    case ExitLevel:
        return tr("Exit level (CEFR)");
    default:
        return {};
    }
}

Qt::ItemFlags EnrolmentTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const bool editable = index.column() == EnrolledOn || index.column() == ExitDate ||
                          index.column() == ExitReason || index.column() == ExitLevel;
    if (index.isValid() && editable && m_document && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool EnrolmentTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_document || m_document->isReadOnly() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Enrolment changed = m_rows.at(index.row());
    QString text;
    const QString name = nameOf(changed.participantRef);
    switch (index.column()) {
    case EnrolledOn:
        changed.enrolledOn = value.toDate();
        text = tr("Change the enrolment date of “%1”").arg(name);
        break;
    case ExitDate:
        changed.exitDate = value.toDate();
        text = tr("Change the exit date of “%1”").arg(name);
        break;
    case ExitReason:
        changed.exitReason = value.toString().trimmed();
        text = tr("Change the exit reason of “%1”").arg(name);
        break;
    case ExitLevel: {
        const QString code = value.toString().trimmed();
        if (code.isEmpty()) {
            changed.frenchLevelExit.reset();
        } else {
            const auto level = parseCode<CefrLevel>(code);
            if (!level)
                return false;
            changed.frenchLevelExit = *level;
        }
        text = tr("Set the exit level of “%1”").arg(name);
        break;
    }
    default:
        return false;
    }
    const Enrolment& current = m_rows.at(index.row());
    if (changed.enrolledOn == current.enrolledOn && changed.exitDate == current.exitDate &&
        changed.exitReason == current.exitReason &&
        changed.frenchLevelExit == current.frenchLevelExit)
        return true; // nothing to save, nothing to undo
    auto pushed = m_document->push(new SaveEnrolmentsCommand(*m_document, {changed}, text));
    if (!pushed)
        m_document->reportFailure(pushed.error());
    return bool(pushed);
}

} // namespace parcours::ui
