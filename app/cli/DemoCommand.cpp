// SPDX-License-Identifier: GPL-3.0-or-later
// demo: fill an empty database with invented data.
#include "CliContext.h"
#include "CommandLine.h"
#include "CommandTable.h"
#include "core/Clock.h"
#include "core/services/DemoGenerator.h"
#include "core/services/LargeDemoGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <optional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

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

int runLargeDemo(const CliContext& cli, std::unique_ptr<Database> db, bool created, const QString& path,
                 const Clock& clock, quint32 seed, double factor)
{
#ifdef __GLIBC__
    // SQLite allocates and frees page-sized blocks all through the load; glibc would hand the top
    // of the heap back to the system again and again (brk, with TLB flushes on every core), which
    // cost more system time than the whole load's user time. This process is short-lived.
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    mallopt(M_TOP_PAD, 64 << 20);
#endif
    QElapsedTimer timer;
    timer.start();
    // Progress is log text for whoever waits at the terminal, like a compiler's: not translated.
    const auto progress = [&](const QString& phase, const LargeDemoCounts&) {
        cli.err(QStringLiteral("demo: %1 (%2 s)").arg(phase).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    };
    const auto counts = LargeDemoGenerator(clock, seed, factor).fill(*db, progress);
    if (!counts) {
        cli.error(path, counts.error());
        if (created) {
            db.reset();
            removeCreated(path);
        }
        return CliContext::exitStatusFor(counts.error());
    }
    progress(QStringLiteral("done"), *counts);
    // The path goes in last: QString::arg would read a '%1' inside it as a placeholder.
    cli.out(Cli::tr("Demo data: %1 sites, %2 cohorts, %3 participants, %4 volunteers, %5 trainers, "
                    "%6 sessions, %7 attendance marks, %8 pairings, %9 outcomes (seed %10, today %11) in %12")
                .arg(counts->sites)
                .arg(counts->cohorts)
                .arg(counts->participants)
                .arg(counts->volunteers)
                .arg(counts->trainers)
                .arg(counts->sessions)
                .arg(counts->attendance)
                .arg(counts->pairings)
                .arg(counts->outcomes)
                .arg(seed)
                .arg(clock.today().toString(Qt::ISODate))
                .arg(QDir::toNativeSeparators(path)));
    return kExitOk;
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
                           "to fix the day. --scale large writes ten years of a national network instead: 24 "
                           "sites, 5,000 cohorts, more than 100,000 participants, 20,000 volunteers and about "
                           "8 million attendance marks, with its progress on standard error."));
    cl.addOption({QStringLiteral("scale"), Cli::tr("How much data: small (the default) or large."), Cli::tr("SCALE"),
                  QStringLiteral("small")});
    cl.addOption({QStringLiteral("seed"),
                  Cli::tr("The seed of the random choices, a whole number (default: %1).").arg(kDefaultSeed),
                  Cli::tr("N")});
    if (auto stop = cl.parse(arguments))
        return *stop;

    const QString scale = cl.value(QStringLiteral("scale"));
    const bool large = scale == QLatin1String("large");
    if (!large && scale != QLatin1String("small"))
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
    // A fraction of the large demo, for tests that cannot wait for the whole of it.
    double factor = 1;
    const QString factorText = qEnvironmentVariable("PARCOURS_DEMO_FACTOR");
    if (large && !factorText.isEmpty()) {
        bool ok = false;
        factor = factorText.toDouble(&ok);
        if (!ok || !(factor > 0) || factor > 10)
            return cl.usageError(Cli::tr("PARCOURS_DEMO_FACTOR must be a number above 0 and at most 10, not '%1'")
                                     .arg(factorText));
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
        db->setAuditActor(cli.auditActor());
    } else {
        db = cli.openExisting(path, OpenMode::ReadWrite);
        if (!db)
            return kExitUserError;
    }

    if (large)
        return runLargeDemo(cli, std::move(db), create, path, clock, seed, factor);
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
