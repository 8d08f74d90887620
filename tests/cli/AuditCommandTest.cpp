// SPDX-License-Identifier: GPL-3.0-or-later
// audit, and --user / PARCOURS_USER on the commands that write: the real binary on real files,
// the CSV bytes compared whole.
#include "CatchQt.h"
#include "CliTestSupport.h"
#include "TestDatabase.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace parcours::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

/// The account this test runs as, as Parcours names it.
QString systemUser()
{
#ifdef Q_OS_UNIX
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return qEnvironmentVariable("USERNAME");
}

QStringList dbArgs(const QString& path)
{
    return {s("--db"), path};
}

/// A new file with two participants imported by `user` (through --user, or PARCOURS_USER).
QString importedBy(const QTemporaryDir& dir, const QStringList& userArgs, const QMap<QString, QString>& env = {})
{
    const QString db = dir.filePath(s("office.parcours"));
    REQUIRE(runCli(QStringList{s("init")} + dbArgs(db)).exitCode == 0);
    const QString csv = dir.filePath(s("participants.csv"));
    writeBytes(csv, "ref,first_name,last_name,phone,consent_date\nP-1,Zoé,Martin,0611111111,2025-01-02\n"
                    "P-2,Ali,Haddad,,2025-01-03\n");
    const CliRun run = runCli(QStringList{s("import"), s("participants"), csv} + dbArgs(db) + userArgs, env);
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("cli audit writes the log as CSV, to a file or to standard output", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString db = importedBy(dir, {s("--user"), s("Léa Martin")});

    const QString out = dir.filePath(s("audit.csv"));
    const CliRun run = runCli(QStringList{s("audit"), s("-o"), out} + dbArgs(db));
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.outText().contains(s("Wrote 1 audit entry to")));
    const QByteArray bytes = readBytes(out);
    const QList<QStringList> rows = parseCsv(bytes);
    REQUIRE(rows.size() == 2);
    // The time and the OS account are this run's: read from the row, then checked on their own.
    const QString at = rows.at(1).value(1);
    const QDateTime when = QDateTime::fromString(at, Qt::ISODate);
    CHECK(QRegularExpression(s("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$")).match(at).hasMatch());
    CHECK(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    const QString osUser = rows.at(1).value(3);
    CHECK(osUser == systemUser());
    // One entry for the import (not one per row), its table, its file and its two rows; no name,
    // no phone number.
    const QByteArray expected = "id,at,actor,os_user,program,action,kind,record_id,record_ref,fields,count\n"
                                "1," + at.toUtf8() + ",Léa Martin," + osUser.toUtf8()
        + ",parcours-cli,import,participants,,participants.csv,,2\n";
    CHECK(bytes == expected);

    const CliRun toStdout = runCli(QStringList{s("audit")} + dbArgs(db));
    REQUIRE(toStdout.exitCode == 0);
    CHECK(toStdout.out == expected);

    // A later day has nothing; today has the entry; another actor has nothing.
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QString tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
    CHECK(runCli(QStringList{s("audit"), s("--from"), tomorrow} + dbArgs(db)).out
          == "id,at,actor,os_user,program,action,kind,record_id,record_ref,fields,count\n");
    CHECK(runCli(QStringList{s("audit"), s("--from"), today, s("--to"), today} + dbArgs(db)).out == expected);
    CHECK(runCli(QStringList{s("audit"), s("--actor"), s("Someone")} + dbArgs(db)).out.count('\n') == 1);
    CHECK(runCli(QStringList{s("audit"), s("--record"), s("participants.csv")} + dbArgs(db)).out == expected);
}

TEST_CASE("cli commands that write record PARCOURS_USER, else the system user", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString db = importedBy(dir, {}, {{s("PARCOURS_USER"), s("Karim B.")}});
    const CliRun run = runCli(QStringList{s("audit")} + dbArgs(db));
    REQUIRE(run.exitCode == 0);
    const QList<QStringList> rows = parseCsv(run.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).value(2) == s("Karim B."));
    CHECK(rows.at(1).value(4) == s("parcours-cli"));
}

TEST_CASE("cli audit refuses bad dates and options with a usage error", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString db = importedBy(dir, {});
    const CliRun bad = runCli(QStringList{s("audit"), s("--from"), s("2025-02-30")} + dbArgs(db));
    CHECK(bad.exitCode == 2);
    CHECK(bad.errText().contains(s("--from needs a date YYYY-MM-DD, not '2025-02-30'")));
    const CliRun reversed = runCli(QStringList{s("audit"), s("--from"), s("2025-03-02"), s("--to"), s("2025-03-01")}
                                   + dbArgs(db));
    CHECK(reversed.exitCode == 2);
    CHECK(reversed.errText().contains(s("--to is before --from")));
    const CliRun noUser = runCli(QStringList{s("check"), s("--user"), s(" ")} + dbArgs(db));
    CHECK(noUser.exitCode == 2);
    CHECK(noUser.errText().contains(s("--user needs a name")));
    const CliRun missing = runCli(QStringList{s("audit")} + dbArgs(dir.filePath(s("none.parcours"))));
    CHECK(missing.exitCode == 1);
}
