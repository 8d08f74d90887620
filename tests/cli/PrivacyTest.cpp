// SPDX-License-Identifier: GPL-3.0-or-later
// privacy retention / erase, run as the real parcours-cli on a file made from the shared
// exchange-mini folder (one cohort MINI, 2025-03-03 to 2025-03-14; M3 withdrew on 2025-03-05).
#include "CatchQt.h"
#include "CliTestSupport.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace parcours::test;

namespace {

/// A file with the mini folder imported, in its own folder.
struct MiniFile
{
    MiniFile()
    {
        REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--db"), path()}).exitCode == 0);
        const CliRun imported = runCli({QStringLiteral("import-dir"), QStringLiteral("--db"), path(),
                                        testDataPath(QStringLiteral("exchange-mini"))});
        INFO(imported.errText().toStdString());
        REQUIRE(imported.exitCode == 0);
    }
    QString path() const { return dir.filePath(QStringLiteral("office.parcours")); }
    CliRun run(QStringList arguments, const QString& today = QStringLiteral("2027-06-01")) const
    {
        arguments << QStringLiteral("--db") << path();
        return runCli(arguments, {{QStringLiteral("PARCOURS_TODAY"), today}});
    }
    QTemporaryDir dir;
};

} // namespace

TEST_CASE("privacy retention lists the people whose programme ended more than 2 years ago", "[cli][privacy]")
{
    MiniFile file;
    // 1 June 2027, 2 years: cut-off 2025-06-01; the three participants ended in March 2025,
    // M3 first (withdrawn on the 5th), then M1 and M2 (the 14th) by surname. The volunteers
    // have no end of availability: not listed.
    const CliRun listed = file.run({QStringLiteral("privacy"), QStringLiteral("retention")});
    INFO(listed.errText().toStdString());
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.outLines()
          == QStringList{QStringLiteral("participant\tM3\tIryna Shevchenko\t2025-03-05"),
                         QStringLiteral("participant\tM1\tBilal Ahmadi\t2025-03-14"),
                         QStringLiteral("participant\tM2\tSelam Haile\t2025-03-14"),
                         QStringLiteral("3 people whose programme ended before 2025-06-01 (2 year(s) ago)")});
    // 3 years: cut-off 2024-06-01, nobody.
    const CliRun none = file.run({QStringLiteral("privacy"), QStringLiteral("retention"), QStringLiteral("--years"),
                                  QStringLiteral("3")});
    CHECK(none.exitCode == 0);
    CHECK(none.outLines() == QStringList{QStringLiteral("0 people whose programme ended before 2024-06-01 (3 year(s) ago)")});
    // Listing changes nothing, not even the file's bytes.
    const QByteArray before = readBytes(file.path());
    CHECK(file.run({QStringLiteral("privacy"), QStringLiteral("retention")}).exitCode == 0);
    CHECK(readBytes(file.path()) == before);

    const CliRun bad = file.run({QStringLiteral("privacy"), QStringLiteral("retention"), QStringLiteral("--years"),
                                 QStringLiteral("0")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.errText().contains(QStringLiteral("--years must be a whole number from 1 to 100, not '0'")));
    CHECK(file.run({QStringLiteral("privacy"), QStringLiteral("retention"), QStringLiteral("--purge-backups")}).exitCode == 2);
}

TEST_CASE("privacy retention --erase erases them all with what refers to them", "[cli][privacy]")
{
    MiniFile file;
    const CliRun erased = file.run({QStringLiteral("privacy"), QStringLiteral("retention"), QStringLiteral("--erase")});
    INFO(erased.errText().toStdString());
    REQUIRE(erased.exitCode == 0);
    CHECK(erased.outLines().contains(QStringLiteral("Erased 3 people whose programme ended before 2025-06-01")));
    // M1: 1 enrolment, 6 marks, pairings K1 and K2, K1's check-in, 1 outcome (read from the folder).
    CHECK(erased.outLines().contains(QStringLiteral(
        "Erased participant M1 with 1 enrolment(s), 6 attendance mark(s), 2 pairing(s), 1 check-in(s) and 1 outcome(s)")));
    const CliRun after = file.run({QStringLiteral("privacy"), QStringLiteral("retention")});
    CHECK(after.outLines() == QStringList{QStringLiteral("0 people whose programme ended before 2025-06-01 (2 year(s) ago)")});
    CHECK(file.run({QStringLiteral("check")}).exitCode == 0);
    // The file holds no participant; the volunteers stay.
    QTemporaryDir out;
    REQUIRE(file.run({QStringLiteral("export-dir"), out.path()}).exitCode == 0);
    CHECK(parseCsv(readBytes(out.filePath(QStringLiteral("participants.csv")))).size() == 1); // the header
    CHECK(parseCsv(readBytes(out.filePath(QStringLiteral("volunteers.csv")))).size() == 3);
    CHECK_FALSE(readBytes(file.path()).contains("Shevchenko"));
}

TEST_CASE("privacy erase REF erases one person and says what went", "[cli][privacy]")
{
    MiniFile file;
    const CliRun erased = file.run({QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("M1")});
    INFO(erased.errText().toStdString());
    REQUIRE(erased.exitCode == 0);
    CHECK(erased.outLines()
          == QStringList{QStringLiteral("Erased participant M1 with 1 enrolment(s), 6 attendance mark(s), 2 pairing(s), "
                                        "1 check-in(s) and 1 outcome(s)")});
    CHECK_FALSE(readBytes(file.path()).contains("Ahmadi"));
    CHECK_FALSE(readBytes(file.path() + QStringLiteral("-wal")).contains("Ahmadi"));
    CHECK(file.run({QStringLiteral("check")}).exitCode == 0);

    // A volunteer: W2 had K3 with M2 (K2 went with M1).
    const CliRun volunteer = file.run({QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("W2")});
    CHECK(volunteer.exitCode == 0);
    CHECK(volunteer.outLines()
          == QStringList{QStringLiteral("Erased volunteer W2 with 0 enrolment(s), 0 attendance mark(s), 1 pairing(s), "
                                        "0 check-in(s) and 0 outcome(s)")});

    // Unknown: one line, exit 1, nothing changed.
    const QByteArray before = readBytes(file.path());
    const CliRun unknown = file.run({QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("M1")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.errLines() == QStringList{QStringLiteral("parcours-cli: %1: no participant or volunteer 'M1'").arg(file.path())});
    CHECK(readBytes(file.path()) == before);
    CHECK(file.run({QStringLiteral("privacy"), QStringLiteral("erase")}).exitCode == 2);
    CHECK(file.run({QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("M2"), QStringLiteral("--kind"),
                    QStringLiteral("trainer")})
              .exitCode
          == 2);
}

TEST_CASE("privacy erase warns about backups and purges them on request", "[cli][privacy]")
{
    MiniFile file;
    REQUIRE(QDir().mkpath(file.path() + QStringLiteral(".backups")));
    const QString copy = file.path() + QStringLiteral(".backups/office-2027-05-31.parcours");
    REQUIRE(file.run({QStringLiteral("backup"), copy}).exitCode == 0);
    const CliRun erased = file.run({QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("M2")});
    REQUIRE(erased.exitCode == 0);
    CHECK(erased.errText().contains(QStringLiteral("warning: 1 backup copy(ies) made before the erasure still hold the data")));
    CHECK(readBytes(copy).contains("Haile"));

    const CliRun purged = file.run({QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("M3"),
                                    QStringLiteral("--purge-backups")});
    INFO(purged.errText().toStdString());
    REQUIRE(purged.exitCode == 0);
    CHECK(purged.outLines().contains(QStringLiteral("Removed 1 backup copy(ies) made before the erasure")));
    CHECK_FALSE(QFileInfo::exists(copy));
    // A fresh copy of the file as it is now, dated PARCOURS_TODAY.
    const QString fresh = file.path() + QStringLiteral(".backups/office-2027-06-01.parcours");
    REQUIRE(QFileInfo::exists(fresh));
    CHECK_FALSE(readBytes(fresh).contains("Haile"));
    CHECK(readBytes(fresh).contains("Petit"));
}
