// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "AuditActor.h"
#include "AuditContext.h"
#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace parcours {

using namespace storage;

namespace {

const QString kHasLog = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_context'");

// One constant statement for every filter: an empty filter binds NULL and lets every row pass.
const QString kFind = QStringLiteral(
    "SELECT id, at, actor, os_user, program, action, kind, record_id, record_ref, fields, count FROM audit_log"
    " WHERE (? IS NULL OR at >= ?) AND (? IS NULL OR at < ?) AND (? IS NULL OR actor = ?)"
    " AND (? IS NULL OR kind = ?) AND (? IS NULL OR instr(upper(record_ref), upper(?)) > 0 OR record_id = ?)"
    " AND (? IS NULL OR id < ?) ORDER BY id DESC LIMIT ?");
const QString kCount = QStringLiteral(
    "SELECT count(*) FROM audit_log"
    " WHERE (? IS NULL OR at >= ?) AND (? IS NULL OR at < ?) AND (? IS NULL OR actor = ?)"
    " AND (? IS NULL OR kind = ?) AND (? IS NULL OR instr(upper(record_ref), upper(?)) > 0 OR record_id = ?)");

QVariant textOrNullOf(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant dayOrNull(const QDate& day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

/// The values of kCount's placeholders (kFind adds its own after them).
QVariantList filterValues(const AuditFilter& f)
{
    const QVariant from = dayOrNull(f.from);
    const QVariant to = dayOrNull(f.to.isValid() ? f.to.addDays(1) : QDate());
    const QVariant actor = textOrNullOf(f.actor);
    const QVariant kind = textOrNullOf(f.kind);
    const QString record = f.record.trimmed();
    const QVariant recordText = textOrNullOf(record);
    QVariant recordId;
    if (record.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const qint64 id = record.mid(1).toLongLong(&ok);
        if (ok)
            recordId = id;
    }
    return {from, from, to, to, actor, actor, kind, kind, recordText, recordText, recordId};
}

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    e.at.setTimeSpec(Qt::UTC);
    e.actor = q.value(2).toString();
    e.osUser = q.value(3).toString();
    e.program = q.value(4).toString();
    e.action = q.value(5).toString();
    e.kind = q.value(6).toString();
    if (!q.value(7).isNull())
        e.recordId = q.value(7).toLongLong();
    e.recordRef = q.value(8).toString();
    e.fields = q.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!q.value(10).isNull())
        e.count = q.value(10).toLongLong();
    return e;
}

Result<bool> hasLog(const Database& db)
{
    auto n = selectValue(db, kHasLog);
    if (!n)
        return fail(n.error());
    return n->has_value() && (*n)->toInt() > 0;
}

} // namespace

AuditActor AuditActor::ofThisProcess(const QString& staffName)
{
    AuditActor a;
    // The account itself first (as the write lock names it): the environment can be empty
    // (services, cron) or say something else.
#ifdef Q_OS_UNIX
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_name)
        a.osUser = QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char* name : {"USER", "USERNAME", "LOGNAME"}) {
        if (!a.osUser.isEmpty())
            break;
        a.osUser = qEnvironmentVariable(name).trimmed();
    }
    a.name = staffName.trimmed().isEmpty() ? a.osUser : staffName.trimmed();
    a.program = QCoreApplication::applicationName();
    return a;
}

namespace storage {

Result<void> enterAuditContext(const Database& db)
{
    auto has = hasLog(db);
    if (!has)
        return fail(has.error());
    if (!*has)
        return {};
    const AuditActor& a = db.auditActor();
    auto w = write(db, QStringLiteral("UPDATE audit_context SET actor = ?, os_user = ?, program = ?, quiet = 0 WHERE id = 1"),
                   {textOrNullOf(a.name), textOrNullOf(a.osUser), textOrNullOf(a.program)});
    if (!w)
        return fail(w.error());
    return {};
}

Result<void> leaveAuditContext(const Database& db)
{
    auto has = hasLog(db);
    if (!has)
        return fail(has.error());
    if (!*has)
        return {};
    auto w = write(db, QStringLiteral("UPDATE audit_context SET actor = NULL, os_user = NULL, program = NULL, quiet = 0"
                                      " WHERE id = 1"),
                   {});
    if (!w)
        return fail(w.error());
    return {};
}

} // namespace storage

Result<qint64> AuditLog::record(const AuditEntry& entry)
{
    if (entry.action.isEmpty() || entry.kind.isEmpty())
        return fail(ErrorCode::Usage, QStringLiteral("An audit entry needs an action and a kind."));
    const AuditActor& a = m_db.auditActor();
    auto w = write(m_db,
                   QStringLiteral("INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref,"
                                  " fields, count) VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {textOrNullOf(a.name), textOrNullOf(a.osUser), textOrNullOf(a.program), entry.action, entry.kind,
                    entry.recordId ? QVariant(*entry.recordId) : QVariant(), textOrNullOf(entry.recordRef),
                    textOrNullOf(entry.fields.join(QLatin1Char(','))),
                    entry.count ? QVariant(*entry.count) : QVariant()});
    if (!w)
        return fail(w.error());
    return w->lastId;
}

Result<qint64> AuditLog::record(const QString& action, const QString& kind, std::optional<qint64> recordId,
                                const QString& recordRef, std::optional<qint64> count)
{
    AuditEntry e;
    e.action = action;
    e.kind = kind;
    e.recordId = recordId;
    e.recordRef = recordRef;
    e.count = count;
    return record(e);
}

Result<qint64> AuditLog::recordRestore(Database& db, const QString& backupName)
{
    Transaction tx(db);
    if (!tx.begun())
        return fail(tx.begun().error());
    auto id = AuditLog(db).record(QStringLiteral("restore"), QStringLiteral("database"), std::nullopt, backupName);
    if (!id)
        return id;
    if (auto r = tx.commit(); !r)
        return fail(r.error());
    return id;
}

Result<void> AuditLog::setRowEntries(bool on)
{
    auto w = write(m_db, QStringLiteral("UPDATE audit_context SET quiet = ? WHERE id = 1"), {on ? 0 : 1});
    if (!w)
        return fail(w.error());
    return {};
}

Result<QList<AuditEntry>> AuditLog::find(const AuditFilter& filter, std::optional<qint64> beforeId, int limit) const
{
    QVariantList values = filterValues(filter);
    const QVariant before = beforeId ? QVariant(*beforeId) : QVariant();
    values << before << before << limit;
    return selectList<AuditEntry>(m_db, kFind, values, entryFrom);
}

Result<qint64> AuditLog::count(const AuditFilter& filter) const
{
    auto n = selectValue(m_db, kCount, filterValues(filter));
    if (!n)
        return fail(n.error());
    return n->has_value() ? (*n)->toLongLong() : 0;
}

Result<QStringList> AuditLog::actors() const
{
    return selectList<QString>(m_db, QStringLiteral("SELECT DISTINCT actor FROM audit_log WHERE actor IS NOT NULL ORDER BY actor"),
                               {}, [](const QSqlQuery& q) { return q.value(0).toString(); });
}

Result<bool> AuditLog::exists() const
{
    return hasLog(m_db);
}

} // namespace parcours
