// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogModel.h"

#include <QHash>
#include <QLocale>

namespace parcours::ui {

AuditLogModel::AuditLogModel(QObject* parent) : QAbstractTableModel(parent) {}

bool AuditLogModel::load(const Database* db, const AuditFilter& filter)
{
    beginResetModel();
    m_db = db;
    m_filter = filter;
    m_rows.clear();
    m_total = 0;
    m_atEnd = true;
    m_error = {};
    bool ok = true;
    if (m_db) {
        const AuditLog log(*m_db);
        auto first = log.find(m_filter, std::nullopt, kPage);
        auto total = first ? log.count(m_filter) : Result<qint64>(fail(first.error()));
        if (first && total) {
            m_rows = *first;
            m_total = *total;
            m_atEnd = m_rows.size() < kPage;
        } else {
            m_error = total.error();
            ok = false;
        }
    }
    endResetModel();
    return ok;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_db && !m_atEnd;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    auto page = AuditLog(*m_db).find(m_filter, m_rows.constLast().id, kPage);
    if (!page) {
        m_error = page.error();
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < kPage;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += *page;
    endInsertRows();
}

QString AuditLogModel::actionText(const QString& action)
{
    if (action == QLatin1String("insert"))
        return tr("Added");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Removed");
    if (action == QLatin1String("import"))
        return tr("Imported");
    if (action == QLatin1String("demo"))
        return tr("Demo data");
    if (action == QLatin1String("bulk_load"))
        return tr("Bulk load");
    if (action == QLatin1String("restore"))
        return tr("Backup restored");
    if (action == QLatin1String("erase"))
        return tr("Erased");
    return action;
}

QString AuditLogModel::kindText(const QString& kind)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("site"), QT_TR_NOOP("Site")},
        {QStringLiteral("room"), QT_TR_NOOP("Room")},
        {QStringLiteral("cohort"), QT_TR_NOOP("Cohort")},
        {QStringLiteral("participant"), QT_TR_NOOP("Participant")},
        {QStringLiteral("volunteer"), QT_TR_NOOP("Volunteer")},
        {QStringLiteral("trainer"), QT_TR_NOOP("Trainer")},
        {QStringLiteral("trainer_module"), QT_TR_NOOP("Trainer's module")},
        {QStringLiteral("trainer_unavailability"), QT_TR_NOOP("Trainer's unavailability")},
        {QStringLiteral("enrolment"), QT_TR_NOOP("Enrolment")},
        {QStringLiteral("enrolment_consent_override"), QT_TR_NOOP("Enrolment without consent date")},
        {QStringLiteral("session"), QT_TR_NOOP("Session")},
        {QStringLiteral("attendance"), QT_TR_NOOP("Attendance mark")},
        {QStringLiteral("pairing"), QT_TR_NOOP("Pairing")},
        {QStringLiteral("checkin"), QT_TR_NOOP("Check-in")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("setting"), QT_TR_NOOP("Setting")},
        {QStringLiteral("office_closure"), QT_TR_NOOP("Office closure")},
        {QStringLiteral("series"), QT_TR_NOOP("Series of sessions")},
        {QStringLiteral("database"), QT_TR_NOOP("Whole file")},
    };
    const auto found = names.constFind(kind);
    return found == names.constEnd() ? kind : tr(found.value());
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEntry& e = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case When:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Who:
            return e.actor.isEmpty() ? tr("(outside Parcours)") : e.actor;
        case Action:
            return actionText(e.action);
        case Kind:
            return kindText(e.kind);
        case Record: {
            QString text = e.recordRef;
            if (e.recordId)
                text = text.isEmpty() ? QStringLiteral("#%1").arg(*e.recordId)
                                      : QStringLiteral("%1 (#%2)").arg(text).arg(*e.recordId);
            if (e.count)
                text = (text.isEmpty() ? QString() : text + QStringLiteral(": "))
                    + tr("%n row(s)", nullptr, int(*e.count));
            return text;
        }
        case Fields:
            return e.fields.join(QStringLiteral(", "));
        case ColumnCount:
            break;
        }
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("What");
    case Kind:
        return tr("Record kind");
    case Record:
        return tr("Record");
    case Fields:
        return tr("Fields changed");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace parcours::ui
