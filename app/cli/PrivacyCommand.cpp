// SPDX-License-Identifier: GPL-3.0-or-later
// privacy: the GDPR commands (issue 9). `retention` and `erase` here; `access` (subject access
// export) in PrivacyAccessCommand.cpp.
#include "CliContext.h"
#include "CommandLine.h"
#include "CommandTable.h"
#include "core/services/PrivacyService.h"
#include "core/storage/BackupRotation.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/VolunteerRepository.h"

#include <QDir>

namespace parcours::cli {

namespace {

const QString kCommand = QStringLiteral("privacy");

int runRetention(const CliContext& cli, const QStringList& arguments);
int runErase(const CliContext& cli, const QStringList& arguments);

const QList<Subcommand>& subcommands()
{
    static const QList<Subcommand> table = {
        {"retention", QT_TRANSLATE_NOOP("Cli", "List the people whose programme ended more than N years ago; --erase erases them"), runRetention},
        {"erase", QT_TRANSLATE_NOOP("Cli", "Erase one participant or volunteer with everything that refers to them"), runErase},
        {"access", QT_TRANSLATE_NOOP("Cli", "Write everything held on one person (a PDF and CSVs) for their request of access"), runPrivacyAccess},
    };
    return table;
}

/// The clock of the commands: PARCOURS_TODAY when set (reproducible runs), else the system's.
class CliClock : public Clock
{
public:
    QDateTime now() const override
    {
        const QDate fixed = QDate::fromString(qEnvironmentVariable("PARCOURS_TODAY"), Qt::ISODate);
        return fixed.isValid() ? QDateTime(fixed, QTime(12, 0)) : QDateTime::currentDateTime();
    }
};

QString kindWord(EntityKind kind)
{
    return kind == EntityKind::Volunteer ? Cli::tr("volunteer") : Cli::tr("participant");
}

/// One line per erasure: what went with the person (counts only).
QString erasedLine(const Erasure& e)
{
    return Cli::tr("Erased %1 %2 with %3 enrolment(s), %4 attendance mark(s), %5 pairing(s), %6 check-in(s) "
                   "and %7 outcome(s)")
        .arg(kindWord(e.kind), e.ref)
        .arg(e.enrolments)
        .arg(e.attendance)
        .arg(e.pairings)
        .arg(e.checkIns)
        .arg(e.outcomes);
}

/// After an erasure: the log and the copies that may still hold the people erased.
void afterErasure(const CliContext& cli, PrivacyService& privacy, const Database& db, bool logEmptied, bool purge)
{
    if (!logEmptied)
        cli.err(Cli::tr("warning: another program has the file open: the erased data leaves the file's log when "
                        "the last program closes it"));
    if (purge) {
        auto removed = privacy.purgeCopies();
        if (!removed) {
            cli.error(db.path(), removed.error());
            return;
        }
        cli.out(Cli::tr("Removed %1 backup copy(ies) made before the erasure").arg(*removed));
        return;
    }
    const QStringList copies = PrivacyService::copiesOf(db.path());
    if (!copies.isEmpty())
        cli.err(Cli::tr("warning: %1 backup copy(ies) made before the erasure still hold the data (in %2); they "
                        "go as backups rotate, or at once with --purge-backups")
                    .arg(copies.size())
                    .arg(QDir::toNativeSeparators(BackupRotation::folderFor(db.path()))));
}

int runRetention(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, kCommand + QLatin1String(" retention"),
                   Cli::tr("List the participants whose last programme ended, and the volunteers whose "
                           "availability ended, more than N years ago (the file's setting retention_years, "
                           "2 unless set; --years for this run), one per line: kind, ref, name, end. With "
                           "--erase, erase them all with everything that refers to them, in one step."));
    cl.addOption({QStringLiteral("years"), Cli::tr("The retention period in years for this run (1 to 100)."),
                  Cli::tr("N")});
    cl.addOption({QStringLiteral("erase"), Cli::tr("Erase the people listed (cannot be undone).")});
    cl.addOption({QStringLiteral("purge-backups"),
                  Cli::tr("With --erase: remove the backup copies that still hold them, then make a new one.")});
    if (auto stop = cl.parse(arguments))
        return *stop;
    std::optional<int> years;
    if (cl.isSet(QStringLiteral("years"))) {
        bool ok = false;
        const int n = cl.value(QStringLiteral("years")).toInt(&ok);
        if (!ok || n < 1 || n > 100)
            return cl.usageError(Cli::tr("--years must be a whole number from 1 to 100, not '%1'")
                                     .arg(cl.value(QStringLiteral("years"))));
        years = n;
    }
    const bool erase = cl.isSet(QStringLiteral("erase"));
    if (cl.isSet(QStringLiteral("purge-backups")) && !erase)
        return cl.usageError(Cli::tr("--purge-backups goes with --erase"));

    const QString path = cl.databasePath();
    auto db = cli.openExisting(path, erase ? OpenMode::ReadWrite : OpenMode::ReadOnly);
    if (!db)
        return kExitUserError;
    const CliClock clock;
    PrivacyService privacy(*db, nullptr, clock);
    if (!years) {
        auto stored = privacy.retentionYears();
        if (!stored) {
            cli.error(path, stored.error());
            return kExitUserError;
        }
        years = *stored;
    }
    const QDate cutoff = privacy.retentionCutoff(*years);
    auto people = PrivacyRepository(*db).expired(cutoff);
    if (!people) {
        cli.error(path, people.error());
        return kExitUserError;
    }
    for (const ExpiredPerson& p : *people)
        cli.out(QStringLiteral("%1\t%2\t%3 %4\t%5")
                    .arg(kindWord(p.kind == ExpiredPerson::Kind::Volunteer ? EntityKind::Volunteer : EntityKind::Participant),
                         p.ref, p.firstName, p.lastName, p.lastEnd.toString(Qt::ISODate)));
    if (!erase) {
        cli.out(Cli::tr("%n person(s) whose programme ended before %1 (%2 year(s) ago)", nullptr, int(people->size()))
                    .arg(cutoff.toString(Qt::ISODate))
                    .arg(*years));
        return kExitOk;
    }
    auto done = privacy.eraseAll(*people);
    if (!done) {
        cli.error(path, done.error());
        return CliContext::exitStatusFor(done.error());
    }
    cli.out(Cli::tr("Erased %n person(s) whose programme ended before %1", nullptr, int(done->size()))
                .arg(cutoff.toString(Qt::ISODate)));
    for (const Erasure& e : std::as_const(*done))
        cli.out(erasedLine(e));
    if (!done->isEmpty())
        afterErasure(cli, privacy, *db, done->first().logEmptied, cl.isSet(QStringLiteral("purge-backups")));
    return kExitOk;
}

int runErase(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, kCommand + QLatin1String(" erase"),
                   Cli::tr("Erase the participant or volunteer REF with their enrolments, attendance marks, "
                           "pairings, check-ins and outcomes. Cannot be undone: the data is overwritten in the "
                           "file and its log. The audit log keeps that REF was erased, not who it was. When a "
                           "participant and a volunteer have the same ref, say which with --kind."));
    cl.addArgument(QStringLiteral("REF"), Cli::tr("The ref of the person to erase."));
    cl.addOption({QStringLiteral("kind"), Cli::tr("participant or volunteer."), Cli::tr("KIND")});
    cl.addOption({QStringLiteral("purge-backups"),
                  Cli::tr("Remove the backup copies that still hold the person, then make a new one.")});
    if (auto stop = cl.parse(arguments))
        return *stop;
    const QString ref = cl.argument(0);
    const QString kindText = cl.value(QStringLiteral("kind")).toLower();
    if (cl.isSet(QStringLiteral("kind")) && kindText != QLatin1String("participant")
        && kindText != QLatin1String("volunteer"))
        return cl.usageError(Cli::tr("--kind must be participant or volunteer, not '%1'").arg(kindText));

    const QString path = cl.databasePath();
    auto db = cli.openExisting(path, OpenMode::ReadWrite);
    if (!db)
        return kExitUserError;
    auto participant = ParticipantRepository(*db).find(ref);
    auto volunteer = VolunteerRepository(*db).find(ref);
    if (!participant || !volunteer) {
        cli.error(path, participant ? volunteer.error() : participant.error());
        return kExitUserError;
    }
    const bool isParticipant = participant->has_value() && kindText != QLatin1String("volunteer");
    const bool isVolunteer = volunteer->has_value() && kindText != QLatin1String("participant");
    if (isParticipant && isVolunteer)
        return cl.usageError(Cli::tr("'%1' is both a participant and a volunteer: say which with --kind").arg(ref));
    if (!isParticipant && !isVolunteer) {
        cli.error(path, kindText.isEmpty() ? Cli::tr("no participant or volunteer '%1'").arg(ref)
                                           : Cli::tr("no %1 '%2'").arg(kindText, ref));
        return kExitUserError;
    }
    const CliClock clock;
    PrivacyService privacy(*db, nullptr, clock);
    auto erased = privacy.erase(isParticipant ? EntityKind::Participant : EntityKind::Volunteer, ref);
    if (!erased) {
        cli.error(path, erased.error());
        return CliContext::exitStatusFor(erased.error());
    }
    cli.out(erasedLine(*erased));
    afterErasure(cli, privacy, *db, erased->logEmptied, cl.isSet(QStringLiteral("purge-backups")));
    return kExitOk;
}

} // namespace

int runPrivacy(const CliContext& cli, const QStringList& arguments)
{
    return runSubcommand(cli, kCommand,
                         Cli::tr("The GDPR commands: retention of personal data, erasure and access of one person."),
                         subcommands(), arguments);
}

} // namespace parcours::cli
