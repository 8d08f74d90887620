// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingTableModel.h"

#include "Format.h"
#include "ListTableModel.h"
#include "core/domain/PairingEndReason.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/VolunteerRepository.h"
#include "ui/Document.h"

#include <QBrush>
#include <QColor>
#include <QMimeData>

namespace parcours::ui {

namespace {

/// The later of two ended pairings (by end date, then by ref: refs grow).
bool endedLater(const Pairing& a, const Pairing& b)
{
    if (a.endDate != b.endDate)
        return a.endDate > b.endDate;
    return a.ref > b.ref;
}

QStringList refsIn(const QMimeData* data)
{
    if (!data || !data->hasFormat(QLatin1String(kVolunteerMimeType)))
        return {};
    return QString::fromUtf8(data->data(QLatin1String(kVolunteerMimeType)))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

int PairingTableModel::Row::history(PairingRole role) const
{
    return int(std::count_if(pairings.history.cbegin(), pairings.history.cend(),
                             [role](const Pairing& p) { return p.role == role; }));
}

PairingTableModel::PairingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PairingTableModel::setDocument(Document* document)
{
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    if (document) {
        ChangeNotifier* n = document->notifier();
        const auto follow = [this](EntityKind kind) {
            if (kind == EntityKind::Pairing || kind == EntityKind::Enrolment ||
                kind == EntityKind::Participant || kind == EntityKind::Volunteer ||
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

void PairingTableModel::setCohort(const QString& ref)
{
    m_cohortRef = ref;
    reloadQuietly();
}

Result<void> PairingTableModel::reload()
{
    QList<Row> rows;
    QHash<QString, QString> names;
    std::optional<Cohort> cohort;
    if (m_document && !m_cohortRef.isEmpty()) {
        Database& db = m_document->database();
        auto read = PairingService(db).cohortPairings(m_cohortRef);
        if (!read && read.error().code != ErrorCode::NotFound)
            return fail(read.error());
        auto volunteers = VolunteerRepository(db).all();
        if (!volunteers)
            return fail(volunteers.error());
        for (const Volunteer& v : std::as_const(*volunteers))
            names.insert(v.ref, v.fullName());
        if (read) {
            cohort = read->cohort;
            for (ParticipantPairings& p : read->rows) {
                Row row;
                row.pairings = std::move(p);
                for (PairingRole role : {PairingRole::Mentor, PairingRole::Coach}) {
                    std::optional<Pairing> shown = row.pairings.current(role);
                    if (!shown) {
                        for (const Pairing& h : std::as_const(row.pairings.history))
                            if (h.role == role && h.status == PairingStatus::Ended &&
                                (!shown || endedLater(h, *shown)))
                                shown = h;
                    }
                    (role == PairingRole::Mentor ? row.mentor : row.coach) = shown;
                }
                rows << std::move(row);
            }
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_volunteerNames = std::move(names);
    m_cohort = std::move(cohort);
    endResetModel();
    emit reloaded();
    return {};
}

void PairingTableModel::reloadQuietly()
{
    if (auto done = reload(); !done && m_document)
        m_document->reportFailure(done.error());
}

bool PairingTableModel::writable() const
{
    return m_document && !m_document->isReadOnly();
}

int PairingTableModel::rowOf(const QString& participantRef) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).participantRef() == participantRef)
            return i;
    return -1;
}

int PairingTableModel::lacking(PairingRole role) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [role](const Row& r) { return r.lacks(role); }));
}

QString PairingTableModel::participantName(const QString& ref) const
{
    const int row = rowOf(ref);
    return row < 0 ? ref : m_rows.at(row).pairings.participant.fullName();
}

QString PairingTableModel::volunteerName(const QString& ref) const
{
    return m_volunteerNames.value(ref, ref);
}

std::optional<PairingRole> PairingTableModel::roleOf(int column)
{
    switch (column) {
    case Mentor:
    case MentorStatus:
        return PairingRole::Mentor;
    case Coach:
    case CoachStatus:
        return PairingRole::Coach;
    default:
        return std::nullopt;
    }
}

int PairingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PairingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PairingTableModel::statusText(const std::optional<Pairing>& pairing) const
{
    if (!pairing)
        return tr("None");
    if (pairing->status != PairingStatus::Ended)
        return format::label(pairing->status);
    const auto reason = endReasonOf(pairing->endReason);
    const QString why = reason ? format::label(*reason) : pairing->endReason;
    return why.isEmpty() ? format::label(pairing->status)
                         : tr("%1 (%2)").arg(format::label(pairing->status), why);
}

QString PairingTableModel::cellTip(const Row& row, PairingRole role) const
{
    const std::optional<Pairing>& p = row.of(role);
    const int history = row.history(role);
    QStringList lines;
    if (!p) {
        lines << (role == PairingRole::Mentor
                      ? tr("No mentor yet: drop a volunteer here or use Assign.")
                      : tr("No coach yet: drop a volunteer here or use Assign."));
    } else {
        lines << tr("%1 · %2").arg(volunteerName(p->volunteerRef), p->ref);
        if (p->startDate.isValid())
            lines << tr("Since %1").arg(format::shortDate(p->startDate));
        if (p->endDate.isValid())
            lines << tr("Ended on %1").arg(format::shortDate(p->endDate));
    }
    if (history > 1)
        lines << tr("%n pairing(s) in this role, the earlier ones ended", nullptr, history);
    return lines.join(QLatin1Char('\n'));
}

QVariant PairingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    const int column = index.column();
    const std::optional<PairingRole> pairingRole = roleOf(column);
    const std::optional<Pairing>* pairing = pairingRole ? &r.of(*pairingRole) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Participant:
            return r.pairings.participant.fullName();
        case Mentor:
        case Coach:
            return *pairing ? volunteerName((*pairing)->volunteerRef) : QString();
        case MentorStatus:
        case CoachStatus:
            return statusText(*pairing);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (pairing && (!*pairing || (*pairing)->status == PairingStatus::Ended))
            return QBrush(QColor(0x60, 0x60, 0x60));
        return {};
    case Qt::BackgroundRole:
        if (column == MentorStatus || column == CoachStatus) {
            if (!*pairing || (*pairing)->status == PairingStatus::Ended)
                return QBrush(QColor(0xfd, 0xe7, 0xe9)); // to be paired: light red
            if ((*pairing)->status == PairingStatus::Proposed)
                return QBrush(QColor(0xff, 0xf4, 0xce)); // waiting: light yellow
            return QBrush(QColor(0xdf, 0xf6, 0xdd));     // active: light green
        }
        return {};
    case Qt::ToolTipRole:
        if (pairingRole)
            return cellTip(r, *pairingRole);
        return r.participantRef();
    case Qt::AccessibleTextRole:
        if (column == Mentor || column == Coach)
            return *pairing ? volunteerName((*pairing)->volunteerRef)
                            : (column == Mentor ? tr("No mentor") : tr("No coach"));
        return data(index, Qt::DisplayRole);
    case RefRole:
        return r.participantRef();
    case PairingRefRole:
        return pairing && *pairing ? QVariant((*pairing)->ref) : QVariant();
    case VolunteerRefRole:
        return pairing && *pairing ? QVariant((*pairing)->volunteerRef) : QVariant();
    case FilterRole:
        if (column == Participant) {
            QStringList codes;
            if (r.lacks(PairingRole::Mentor) || r.lacks(PairingRole::Coach))
                codes << QStringLiteral("unpaired");
            return codes;
        }
        if (pairing)
            return *pairing ? codeOf((*pairing)->status) : QStringLiteral("none");
        return {};
    case SortRole:
        switch (column) {
        case Participant: {
            const parcours::Participant& p = r.pairings.participant;
            return codes::fold(p.lastName + QLatin1Char(' ') + p.firstName);
        }
        case MentorStatus:
        case CoachStatus:
            return *pairing ? int((*pairing)->status) : -1;
        default:
            return codes::fold(data(index, Qt::DisplayRole).toString());
        }
    case SearchTextRole: {
        QString text = r.pairings.participant.fullName();
        for (const std::optional<Pairing>* p : {&r.mentor, &r.coach})
            if (*p)
                text += QLatin1Char('\n') + volunteerName((*p)->volunteerRef);
        return codes::fold(text);
    }
    default:
        return {};
    }
}

QVariant PairingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Participant:
        return tr("Participant");
    case Mentor:
        return tr("Mentor");
    case MentorStatus:
        return tr("Mentor pairing");
    case Coach:
        return tr("Coach");
    case CoachStatus:
        return tr("Coach pairing");
    default:
        return {};
    }
}

Qt::ItemFlags PairingTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) // the view asks about its empty area: nothing to drop there
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (roleOf(index.column()) && writable())
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList PairingTableModel::mimeTypes() const
{
    return {QString::fromLatin1(kVolunteerMimeType)};
}

Qt::DropActions PairingTableModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool PairingTableModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                        int column, const QModelIndex& parent) const
{
    Q_UNUSED(action)
    // Only onto a cell (row and column are -1 then), of a role column, one volunteer at a time.
    if (row != -1 || column != -1 || !parent.isValid() || parent.model() != this)
        return false;
    return writable() && roleOf(parent.column()) && refsIn(data).size() == 1;
}

bool PairingTableModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                     int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent) || !m_drop)
        return false;
    const std::optional<PairingRole> role = roleOf(parent.column());
    // The handler pushes a command; the notifier then resets this model: copy before.
    const QString participant = m_rows.at(parent.row()).participantRef();
    return m_drop(participant, *role, refsIn(data).constFirst());
}

} // namespace parcours::ui
