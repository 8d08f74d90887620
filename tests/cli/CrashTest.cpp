// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety (issue 9, point 1): parcours-cli is killed with SIGKILL at random moments while
// it imports a folder or one file into a database, many times. After each kill the file passes
// `check`, each import is there whole or not at all, and every import that reported success
// before the kill is there. The next command also recovers the lock the killed one left.
//
// PARCOURS_CRASH_ROUNDS sets the number of kills (default 24, bounded for CI); the seed is
// printed so that a failure can be replayed with PARCOURS_CRASH_SEED.
#include "CatchQt.h"
#include "CliTestSupport.h"
#include "TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

using namespace parcours::test;

namespace {

constexpr int kParticipantsPerFolder = 60;

QStringList dbArgs(const QString& path)
{
    return {QStringLiteral("--db"), path};
}

/// participants.csv with `n` people whose refs start with `prefix`.
QByteArray participantsCsv(const QString& prefix, int n)
{
    QByteArray out = "ref,first_name,last_name,birth_date,gender,country_of_origin,languages,french_level_entry,"
                     "status,arrival_date,phone,email,professional_project,sector,referrer,consent_date,notes\n";
    for (int i = 0; i < n; ++i)
        out += QStringLiteral("%1-%2,Amina,Nom%2,1990-05-01,f,AF,fa|en,A1,refugee,2023-01-10,,,cuisine,food,,"
                              "2025-02-20,%3\n")
                   .arg(prefix)
                   .arg(i, 3, 10, QLatin1Char('0'))
                   .arg(QString(200, QLatin1Char('x')))
                   .toUtf8();
    return out;
}

qint64 countWithPrefix(const QString& path, const QString& prefix)
{
    const QString name = QUuid::createUuid().toString();
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.prepare(QStringLiteral("SELECT count(*) FROM participant WHERE ref LIKE ?")));
        q.addBindValue(prefix + QStringLiteral("-%"));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        n = q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

} // namespace

TEST_CASE("parcours-cli killed at random moments while importing leaves a sound file with whole imports",
          "[cli][crash]")
{
    const int rounds = qEnvironmentVariableIsSet("PARCOURS_CRASH_ROUNDS")
        ? qEnvironmentVariableIntValue("PARCOURS_CRASH_ROUNDS")
        : 24;
    const quint32 seed = qEnvironmentVariableIsSet("PARCOURS_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("PARCOURS_CRASH_SEED"))
        : QRandomGenerator::global()->generate();
    INFO("PARCOURS_CRASH_SEED=" << seed);
    QRandomGenerator random(seed);

    QTemporaryDir tmp;
    const QString path = QDir(tmp.path()).filePath(QStringLiteral("office.parcours"));
    REQUIRE(runCli(QStringList{QStringLiteral("init")} + dbArgs(path)).exitCode == 0);

    // How long one import takes here, to spread the kills over it.
    const QString warmDir = QDir(tmp.path()).filePath(QStringLiteral("warm"));
    REQUIRE(QDir().mkpath(warmDir));
    writeBytes(QDir(warmDir).filePath(QStringLiteral("participants.csv")),
               participantsCsv(QStringLiteral("WARM"), kParticipantsPerFolder));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(runCli(QStringList{QStringLiteral("import-dir"), warmDir} + dbArgs(path)).exitCode == 0);
    const qint64 typical = qMax<qint64>(timer.elapsed(), 20);

    QStringList saved; // imports that reported success
    int killed = 0;
    for (int round = 0; round < rounds; ++round) {
        const QString prefix = QStringLiteral("R%1").arg(round);
        const bool wholeFolder = random.bounded(2) == 0;
        const QString dir = QDir(tmp.path()).filePath(prefix);
        REQUIRE(QDir().mkpath(dir));
        const QString csv = QDir(dir).filePath(QStringLiteral("participants.csv"));
        writeBytes(csv, participantsCsv(prefix, wholeFolder ? kParticipantsPerFolder : 1));
        const QStringList arguments = wholeFolder
            ? QStringList{QStringLiteral("import-dir"), dir}
            : QStringList{QStringLiteral("import"), QStringLiteral("participants"), csv};

        QProcess p;
        p.start(QStringLiteral(PARCOURS_CLI_PATH), arguments + dbArgs(path));
        REQUIRE(p.waitForStarted(30000));
        const int delay = int(random.bounded(quint32(typical * 12 / 10 + 1)));
        QThread::msleep(ulong(delay));
        bool wasKilled = false;
        if (p.state() == QProcess::Running) {
            p.kill();
            wasKilled = true;
        }
        REQUIRE(p.waitForFinished(60000));
        const bool reportedSaved = !wasKilled && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!wasKilled && !reportedSaved)
            FAIL("round " << round << " failed on its own: " << p.readAllStandardError().toStdString());
        if (wasKilled)
            ++killed;
        else
            saved << prefix;

        INFO("round " << round << (wholeFolder ? " import-dir" : " import") << ", killed after " << delay << " ms");
        const CliRun check = runCli(QStringList{QStringLiteral("check")} + dbArgs(path));
        CHECK(check.errText() == QString());
        REQUIRE(check.exitCode == 0);
        const qint64 there = countWithPrefix(path, prefix);
        const qint64 whole = wholeFolder ? kParticipantsPerFolder : 1;
        CHECK((there == 0 || there == whole));
        if (reportedSaved)
            CHECK(there == whole);
    }
    // Every import reported saved is still there at the end, after all the later kills.
    for (const QString& prefix : std::as_const(saved)) {
        INFO(prefix.toStdString());
        CHECK(countWithPrefix(path, prefix) > 0);
    }
    CHECK(countWithPrefix(path, QStringLiteral("WARM")) == kParticipantsPerFolder);
    // The kills must really have happened for the test to mean anything.
    CHECK(killed >= rounds / 4);
}
