// SPDX-License-Identifier: GPL-3.0-or-later
// parcours-cli audit: the audit log as CSV (core/storage/AuditLog.md).
#include "CliContext.h"
#include "CommandLine.h"
#include "CommandTable.h"
#include "core/exchange/AuditExport.h"
#include "core/storage/AuditLog.h"

#include <QDate>
#include <QDir>
#include <QFile>

namespace parcours::cli {

int runAudit(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, QStringLiteral("audit"),
                   Cli::tr("Write the audit log as CSV, oldest first: when (UTC), who, which record and the "
                           "names of the fields changed (never their values). To standard output, or to FILE "
                           "with -o."));
    cl.addOption({QStringLiteral("from"), Cli::tr("Only entries of this UTC day or later."), Cli::tr("YYYY-MM-DD")});
    cl.addOption({QStringLiteral("to"), Cli::tr("Only entries of this UTC day or earlier."), Cli::tr("YYYY-MM-DD")});
    cl.addOption({QStringLiteral("actor"), Cli::tr("Only the changes of this person."), Cli::tr("NAME")});
    cl.addOption({QStringLiteral("record"), Cli::tr("Only the records whose ref contains REF (or #ID for an id)."),
                  Cli::tr("REF")});
    cl.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The CSV file to write (replaced if it exists)."),
                  Cli::tr("FILE")});
    cl.addOption({QStringLiteral("excel"),
                  Cli::tr("Write for French Excel: UTF-8 with a byte order mark, ';' between cells.")});
    if (auto stop = cl.parse(arguments))
        return *stop;

    AuditFilter filter;
    for (const char* name : {"from", "to"}) {
        const QString option = QString::fromLatin1(name);
        if (!cl.isSet(option))
            continue;
        const auto day = isoDate(cl.value(option));
        if (!day)
            return cl.usageError(Cli::tr("--%1 needs a date YYYY-MM-DD, not '%2'").arg(option, cl.value(option)));
        (option == QLatin1String("from") ? filter.from : filter.to) = *day;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return cl.usageError(Cli::tr("--to is before --from"));
    filter.actor = cl.value(QStringLiteral("actor"));
    filter.record = cl.value(QStringLiteral("record"));
    if (cl.isSet(QStringLiteral("output")) && cl.value(QStringLiteral("output")).isEmpty())
        return cl.usageError(Cli::tr("-o needs a file name"));

    const QString path = cl.databasePath();
    auto db = cli.openExisting(path, OpenMode::ReadOnly);
    if (!db)
        return kExitUserError;
    const auto exists = AuditLog(*db).exists();
    if (!exists) {
        cli.error(path, exists.error());
        return kExitUserError;
    }
    if (!*exists) {
        cli.error(path, Cli::tr("has no audit log yet: it was made by an older Parcours; open it for writing once"));
        return kExitUserError;
    }
    const CsvDialect dialect = cl.isSet(QStringLiteral("excel")) ? CsvDialect::Excel : CsvDialect::Exchange;
    if (cl.isSet(QStringLiteral("output"))) {
        const QString file = cl.value(QStringLiteral("output"));
        const auto written = AuditExport::writeFile(*db, filter, file, dialect);
        if (!written) {
            cli.error(file, written.error());
            return CliContext::exitStatusFor(written.error());
        }
        cli.out(Cli::tr("Wrote %n audit entry(ies) to %1", nullptr, int(*written)).arg(QDir::toNativeSeparators(file)));
        return kExitOk;
    }
    const auto bytes = AuditExport::csv(*db, filter, dialect);
    if (!bytes) {
        cli.error(path, bytes.error());
        return CliContext::exitStatusFor(bytes.error());
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.flush()) {
        cli.error(QStringLiteral("-"), Cli::tr("cannot write to standard output"));
        return kExitUserError;
    }
    return kExitOk;
}

} // namespace parcours::cli
