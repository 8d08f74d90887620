// SPDX-License-Identifier: GPL-3.0-or-later
// demo: fill an empty database with invented data.
#include "CliContext.h"
#include "CommandLine.h"
#include "CommandTable.h"
#include "core/Clock.h"
#include "core/services/DemoGenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace parcours::cli {

namespace {

constexpr quint32 kDefaultSeed = 1;

// Removes a database file this command created, with SQLite's companions, so that a failed
// demo leaves nothing behind.
void removeCreated(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int runDemo(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, QStringLiteral("demo"),
                   Cli::tr("Fill an empty database with realistic invented data: two sites, three cohorts "
                           "of 20 (one finished about nine months ago, one running, one starting soon) with "
                           "their timetables, trainers, volunteers, pairings, attendance and outcomes. The "
                           "--db file is created when it does not exist; a file that holds data is refused. "
                           "The same seed on the same day gives the same data; set PARCOURS_TODAY=YYYY-MM-DD "
                           "to fix the day."));
    cl.addOption({QStringLiteral("scale"), Cli::tr("How much data: small (the default) or large."), Cli::tr("SCALE"),
                  QStringLiteral("small")});
    cl.addOption({QStringLiteral("seed"),
                  Cli::tr("The seed of the random choices, a whole number (default: %1).").arg(kDefaultSeed),
                  Cli::tr("N")});
    if (auto stop = cl.parse(arguments))
        return *stop;

    const QString scale = cl.value(QStringLiteral("scale"));
    if (scale == QLatin1String("large"))
        return cl.usageError(Cli::tr("--scale large is not available yet"));
    if (scale != QLatin1String("small"))
        return cl.usageError(Cli::tr("unknown scale '%1' (small or large)").arg(scale));

    quint32 seed = kDefaultSeed;
    if (cl.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = cl.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return cl.usageError(Cli::tr("--seed needs a whole number from 0 to 4294967295, not '%1'")
                                     .arg(cl.value(QStringLiteral("seed"))));
    }

    std::optional<FixedClock> fixed;
    const QString today = qEnvironmentVariable("PARCOURS_TODAY");
    if (!today.isEmpty()) {
        const QDate date = QDate::fromString(today, Qt::ISODate);
        if (!date.isValid())
            return cl.usageError(Cli::tr("PARCOURS_TODAY must be a date YYYY-MM-DD, not '%1'").arg(today));
        fixed.emplace(QDateTime(date, QTime(12, 0)));
    }
    const Clock& clock = fixed ? static_cast<const Clock&>(*fixed) : Clock::system();

    const QString path = cl.databasePath();
    const bool create = !QFileInfo(path).exists() && !QFileInfo(path).isSymLink();
    std::unique_ptr<Database> db;
    if (create) {
        if (cl.usesDefaultDatabase())
            QDir().mkpath(QFileInfo(path).absolutePath());
        auto created = Database::create(path);
        if (!created) {
            cli.error(path, created.error());
            return CliContext::exitStatusFor(created.error());
        }
        db = std::move(*created);
    } else {
        db = cli.openExisting(path, OpenMode::ReadWrite);
        if (!db)
            return kExitUserError;
    }

    const auto data = DemoGenerator(clock, seed).fill(*db, DemoScale::Small);
    if (!data) {
        cli.error(path, data.error());
        if (create) {
            db.reset();
            removeCreated(path);
        }
        return CliContext::exitStatusFor(data.error());
    }
    // The path goes in last: QString::arg would read a '%1' inside it as a placeholder.
    cli.out(Cli::tr("Demo data: %1 sites, %2 cohorts, %3 participants, %4 volunteers, %5 trainers, "
                    "%6 sessions, %7 attendance marks, %8 pairings, %9 outcomes (seed %10, today %11) in %12")
                .arg(data->sites.size())
                .arg(data->cohorts.size())
                .arg(data->participants.size())
                .arg(data->volunteers.size())
                .arg(data->trainers.size())
                .arg(data->sessions.size())
                .arg(data->attendance.size())
                .arg(data->pairings.size())
                .arg(data->outcomes.size())
                .arg(seed)
                .arg(clock.today().toString(Qt::ISODate))
                .arg(QDir::toNativeSeparators(path)));
    return kExitOk;
}

} // namespace parcours::cli
