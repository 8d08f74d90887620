// SPDX-License-Identifier: GPL-3.0-or-later
// privacy access: a person's subject access export (GDPR article 15), PDF and CSVs.
#include "CliContext.h"
#include "CommandLine.h"
#include "CommandTable.h"
#include "core/services/SubjectAccess.h"
#include "ui/print/SubjectAccessReport.h"

#include <QDir>
#include <QLocale>

namespace parcours::cli {

int runPrivacyAccess(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, QStringLiteral("privacy access"),
                   Cli::tr("Write everything the file holds on one person, for their request of access (GDPR "
                           "article 15), into the folder DIR: REF.pdf, readable by the person, and a folder REF "
                           "of CSV files (UTF-8, one per kind of record, a header row): the person's record, and "
                           "for a participant their enrolments, attendance (each session's date, module and "
                           "mark), pairings, check-ins and outcomes; for a volunteer their pairings and "
                           "check-ins. The other person of a pairing is given by role only, never by name or "
                           "ref. REF is a participant's or a volunteer's ref."));
    cl.addArgument(Cli::tr("REF"), Cli::tr("The person's ref."));
    cl.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The folder to write into."), Cli::tr("DIR")});
    cl.addOption({QStringLiteral("lang"), Cli::tr("The PDF's language: fr (the default) or en."), Cli::tr("LANG")});
    cl.addOption({QStringLiteral("participant"), Cli::tr("REF is a participant's (when a volunteer has the same ref).")});
    cl.addOption({QStringLiteral("volunteer"), Cli::tr("REF is a volunteer's (when a participant has the same ref).")});
    if (auto stop = cl.parse(arguments))
        return *stop;
    const QString ref = cl.argument(0).trimmed();
    if (ref.isEmpty())
        return cl.usageError(Cli::tr("the person's REF is required"));
    const QString dir = cl.value(QStringLiteral("output"));
    if (!cl.isSet(QStringLiteral("output")) || dir.trimmed().isEmpty())
        return cl.usageError(Cli::tr("-o DIR is required"));
    const QString lang = cl.isSet(QStringLiteral("lang")) ? cl.value(QStringLiteral("lang")).trimmed().toLower()
                                                           : QStringLiteral("fr");
    QLocale locale;
    if (lang == QLatin1String("fr"))
        locale = QLocale(QLocale::French, QLocale::France);
    else if (lang == QLatin1String("en"))
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    else
        return cl.usageError(Cli::tr("--lang is fr or en, not '%1'").arg(cl.value(QStringLiteral("lang"))));
    const bool participant = cl.isSet(QStringLiteral("participant"));
    const bool volunteer = cl.isSet(QStringLiteral("volunteer"));
    if (participant && volunteer)
        return cl.usageError(Cli::tr("--participant and --volunteer exclude each other"));

    auto db = cli.openExisting(cl.databasePath(), OpenMode::ReadOnly);
    if (!db)
        return kExitUserError;
    const auto kinds = SubjectAccess(*db).kindsOf(ref);
    if (!kinds) {
        cli.error(ref, kinds.error());
        return CliContext::exitStatusFor(kinds.error());
    }
    PersonKind kind = PersonKind::Participant;
    if (participant || volunteer) {
        kind = participant ? PersonKind::Participant : PersonKind::Volunteer;
        if (!kinds->contains(kind)) {
            cli.error(ref, participant ? Cli::tr("no such participant") : Cli::tr("no such volunteer"));
            return kExitUserError;
        }
    } else if (kinds->isEmpty()) {
        cli.error(ref, Cli::tr("no such participant or volunteer"));
        return kExitUserError;
    } else if (kinds->size() > 1) {
        return cl.usageError(Cli::tr("'%1' is both a participant's and a volunteer's ref: add --participant or "
                                     "--volunteer")
                                 .arg(ref));
    } else {
        kind = kinds->constFirst();
    }

    // "Today", written in the PDF: PARCOURS_TODAY when set, as for demo and report.
    QDate today = QDate::fromString(qEnvironmentVariable("PARCOURS_TODAY"), Qt::ISODate);
    if (!today.isValid())
        today = QDate::currentDate();
    const auto files = print::SubjectAccessReport::writeExport(*db, kind, ref, dir, locale, today);
    if (!files) {
        if (files.error().code == ErrorCode::Io) {
            cli.error(QDir::toNativeSeparators(dir), Cli::tr("cannot be written (%1)").arg(files.error().detail));
            return kExitUserError;
        }
        cli.error(ref, files.error());
        return CliContext::exitStatusFor(files.error());
    }
    cli.out(Cli::tr("Wrote %1 (%n page(s)) and %2 CSV file(s) in %3", nullptr, files->pages)
                .arg(QDir::toNativeSeparators(files->pdf))
                .arg(files->csvFiles.size())
                .arg(QDir::toNativeSeparators(files->csvFolder)));
    return kExitOk;
}

} // namespace parcours::cli
