// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeImporter.h"

#include "CsvReader.h"
#include "ExchangeTables.h"
#include "ImportRun.h"

#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace parcours {

namespace {

struct Source
{
    QString table;
    QString path;
    /// Records read already (the import wizard's); when set, `path` is only the file's name.
    const CsvDocument* doc = nullptr;
};

// Reads and imports each file in turn inside one transaction, then commits or rolls back.
Result<ImportReport> importAll(Database& db, const QList<Source>& sources, bool dryRun,
                               ImportReport report)
{
    if (db.isReadOnly())
        return fail(ErrorCode::ReadOnly, QStringLiteral("the database is open read-only"));
    Transaction tx(db);
    if (!tx.begun())
        return fail(tx.begun().error());
    // The audit log gets one entry per table imported, not one per row (AuditLog.md).
    AuditLog audit(db);
    if (auto quiet = audit.setRowEntries(false); !quiet)
        return fail(quiet.error());
    ImportRun run(db, report);
    for (const Source& source : sources) {
        const QString name = QFileInfo(source.path).fileName();
        if (source.doc) {
            CsvDocumentStream records(*source.doc);
            if (auto ok = run.importFile(source.table, records, name); !ok)
                return fail(ok.error());
            continue;
        }
        // Read a chunk at a time: a file of millions of marks never sits whole in memory.
        CsvFileReader records(source.path);
        if (auto opened = records.open(); !opened)
            return fail(opened.error());
        if (auto ok = run.importFile(source.table, records, name); !ok)
            return fail(ok.error());
    }
    if (!report.ok() || dryRun) {
        tx.rollback();
        return report;
    }
    for (const Source& source : sources) {
        const QString name = QFileInfo(source.path).fileName();
        if (auto entry = audit.record(QStringLiteral("import"), source.table, std::nullopt, name,
                                      report.rowsRead.value(name));
            !entry)
            return fail(entry.error());
    }
    if (auto ok = tx.commit(); !ok)
        return fail(ok.error());
    report.written = true;
    return report;
}

} // namespace

Result<ImportReport> ExchangeImporter::importDir(const QString& dir, bool dryRun)
{
    const QDir folder(dir);
    if (!QFileInfo(dir).isDir())
        return fail(ErrorCode::Io, QStringLiteral("no folder %1").arg(dir), {dir});

    ImportReport report;
    QList<Source> sources;
    QStringList absent;
    // File names are matched in any letter case (`Participants.CSV` made on Windows is the
    // participants file); the exact name wins when both exist, the other one is reported.
    QStringList files = folder.entryList(QDir::Files, QDir::Name);
    const QStringList tables = ExchangeTables::names();
    for (const QString& table : tables) {
        const QString name = table + QLatin1String(".csv");
        QString found = files.contains(name) ? name : QString();
        for (const QString& f : std::as_const(files))
            if (found.isEmpty() && f.compare(name, Qt::CaseInsensitive) == 0)
                found = f;
        if (found.isEmpty()) {
            absent << name;
            continue;
        }
        sources << Source{table, folder.filePath(found), nullptr};
        files.removeOne(found);
    }
    for (const QString& name : std::as_const(files))
        if (name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            report.notices << QCoreApplication::translate("Exchange", "%1: not a file of the exchange format, ignored").arg(name);
    if (!absent.isEmpty())
        report.notices << QCoreApplication::translate("Exchange", "not in the folder, nothing imported from them: %1")
                              .arg(absent.join(QLatin1String(", ")));
    return importAll(m_db, sources, dryRun, std::move(report));
}

Result<ImportReport> ExchangeImporter::importTable(const QString& table, const QString& file, bool dryRun)
{
    if (!ExchangeTables::names().contains(table))
        return fail(ErrorCode::Usage,
                    QStringLiteral("unknown table '%1' (one of: %2)")
                        .arg(table, ExchangeTables::names().join(QLatin1String(", "))),
                    {table});
    if (!QFileInfo(file).isFile())
        return fail(ErrorCode::Io, QStringLiteral("no file %1").arg(file), {file});
    return importAll(m_db, {Source{table, file, nullptr}}, dryRun, ImportReport());
}

Result<ImportReport> ExchangeImporter::importRecords(const QString& table, const CsvDocument& doc,
                                                     const QString& fileName, bool dryRun)
{
    if (!ExchangeTables::names().contains(table))
        return fail(ErrorCode::Usage,
                    QStringLiteral("unknown table '%1' (one of: %2)")
                        .arg(table, ExchangeTables::names().join(QLatin1String(", "))),
                    {table});
    return importAll(m_db, {Source{table, fileName, &doc}}, dryRun, ImportReport());
}

} // namespace parcours
