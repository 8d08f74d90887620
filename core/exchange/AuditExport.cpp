// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditExport.h"

#include "core/storage/AuditLog.h"

#include <QSaveFile>

#include <algorithm>

namespace parcours {

namespace {

constexpr int kPage = 5000;

QString optionalNumber(const std::optional<qint64>& n)
{
    return n ? QString::number(*n) : QString();
}

Result<QPair<QByteArray, qint64>> build(const Database& db, const AuditFilter& filter, CsvDialect dialect)
{
    // Read newest first, a page at a time (the log's own order), then written oldest first.
    const AuditLog log(db);
    QList<AuditEntry> all;
    std::optional<qint64> before;
    for (;;) {
        auto page = log.find(filter, before, kPage);
        if (!page)
            return fail(page.error());
        all += *page;
        if (page->size() < kPage)
            break;
        before = page->constLast().id;
    }
    std::reverse(all.begin(), all.end());
    CsvWriter out(dialect);
    out.addRecord({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("os_user"),
                   QStringLiteral("program"), QStringLiteral("action"), QStringLiteral("kind"),
                   QStringLiteral("record_id"), QStringLiteral("record_ref"), QStringLiteral("fields"),
                   QStringLiteral("count")});
    for (const AuditEntry& e : std::as_const(all))
        out.addRecord({QString::number(e.id), e.at.toString(Qt::ISODate), e.actor, e.osUser, e.program, e.action, e.kind,
                       optionalNumber(e.recordId), e.recordRef, e.fields.join(QLatin1Char('|')), optionalNumber(e.count)});
    return qMakePair(out.bytes(), qint64(all.size()));
}

} // namespace

Result<QByteArray> AuditExport::csv(const Database& db, const AuditFilter& filter, CsvDialect dialect)
{
    auto made = build(db, filter, dialect);
    if (!made)
        return fail(made.error());
    return made->first;
}

Result<qint64> AuditExport::writeFile(const Database& db, const AuditFilter& filter, const QString& path,
                                      CsvDialect dialect)
{
    auto made = build(db, filter, dialect);
    if (!made)
        return fail(made.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()), {path});
    if (file.write(made->first) != made->first.size() || !file.commit())
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()), {path});
    return made->second;
}

} // namespace parcours
