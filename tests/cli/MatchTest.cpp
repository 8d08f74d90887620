// SPDX-License-Identifier: GPL-3.0-or-later
// `parcours-cli match`, run as a process on a real file made from a small exchange folder: the
// proposals and their reasons (scores worked out by hand from PairingScorer's table), --apply
// recording them, the rules the next run respects, and the mistakes of the command line.
#include "CatchQt.h"
#include "CliTestSupport.h"
#include "TestDatabase.h"

#include <QDir>
#include <QTemporaryDir>

using namespace parcours::test;

namespace {

// Site LIL in Lille; cohort C1 (March to May 2025); three enrolled participants; mentors W1
// (baker, food, no dates) and W3 (nurse at the CHU de Lille, health, English, available all
// year), coach W2 (Sciences Po Lille, English, room for two). Nobody has signed the charter.
const QMap<QString, QByteArray> kFolder = {
    {QStringLiteral("sites.csv"), "ref,name,address,city\nLIL,Maison de l'emploi,3 rue Nationale,Lille\n"},
    {QStringLiteral("cohorts.csv"),
     "ref,name,programme,site_ref,start_date,end_date,capacity,fle_hours_min,fle_hours_max,english_hours,soft_skills_hours\n"
     "C1,Tremplin Lille printemps 2025,Tremplin,LIL,2025-03-03,2025-05-30,12,12,15,2,2\n"},
    {QStringLiteral("participants.csv"),
     "ref,first_name,last_name,birth_date,gender,country_of_origin,languages,french_level_entry,status,arrival_date,phone,"
     "email,professional_project,sector,referrer,consent_date,notes\n"
     "P1,Bilal,Ahmadi,1990-05-01,m,AF,fa|en,A1,refugee,2023-01-10,,,boulanger,food,,2025-02-20,\n"
     "P2,Selam,Haile,1997-08-14,f,ER,ti,A0,refugee,2024-03-01,,,aide à domicile,care,,2025-02-21,\n"
     "P3,Iryna,Shevchenko,1983-12-02,f,UA,uk|en,A2,other_newcomer,2022-06-15,,,infirmière,health,,2025-02-21,\n"},
    {QStringLiteral("enrolments.csv"),
     "cohort_ref,participant_ref,enrolled_on,status,exit_date,exit_reason,french_level_exit\n"
     "C1,P1,2025-03-03,enrolled,,,\nC1,P2,2025-03-03,enrolled,,,\nC1,P3,2025-03-03,enrolled,,,\n"},
    {QStringLiteral("volunteers.csv"),
     "ref,first_name,last_name,role,email,phone,profession,employer,sector,school,languages,max_pairings,available_from,"
     "available_to,notes\n"
     "W1,Julie,Petit,mentor,,,boulangère,Pains du Nord,food,,fr,1,,,\n"
     "W2,Thomas,Roux,coach,,,,,,Sciences Po Lille,fr|en,2,,,\n"
     "W3,Nadia,Benali,mentor,,,infirmière,CHU de Lille,health,,fr|en,1,2025-01-01,2025-12-31,\n"},
};

class Fixture
{
public:
    Fixture()
    {
        REQUIRE(m_dir.isValid());
        const QDir folder(m_dir.filePath(QStringLiteral("folder")));
        REQUIRE(QDir().mkpath(folder.path()));
        for (auto it = kFolder.cbegin(); it != kFolder.cend(); ++it)
            writeBytes(folder.filePath(it.key()), it.value());
        REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--db"), path()}).exitCode == 0);
        const CliRun import = runCli({QStringLiteral("import-dir"), folder.path(), QStringLiteral("--db"), path()});
        INFO(import.errText().toStdString());
        REQUIRE(import.exitCode == 0);
    }
    QString path() const { return m_dir.filePath(QStringLiteral("t.parcours")); }
    CliRun match(const QStringList& arguments, const QMap<QString, QString>& env = {}) const
    {
        return runCli(QStringList{QStringLiteral("match")} + arguments + QStringList{QStringLiteral("--db"), path()}, env);
    }
    QByteArray pairings() const
    {
        QTemporaryDir out;
        const QString file = QDir(out.path()).filePath(QStringLiteral("pairings.csv"));
        const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("pairings"), file, QStringLiteral("--db"), path()});
        INFO(r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
        return readBytes(file);
    }

private:
    QTemporaryDir m_dir;
};

const QString kCohort = QStringLiteral("--cohort");
const QString kC1 = QStringLiteral("C1");

} // namespace

TEST_CASE("match proposes the mentors that pair the most participants with the best total, with reasons",
          "[cli][match]")
{
    const Fixture f;
    const CliRun r = f.match({kCohort, kC1, QStringLiteral("--role"), QStringLiteral("mentor")});
    INFO(r.errText().toStdString());
    CHECK(r.exitCode == 0);
    // Two mentors for three participants: P1-W1 (65) and P3-W3 (85) make 150, more than any
    // other two pairs (P2 scores only W1's or W3's availability and city: 20 or 25).
    CHECK(r.outLines()
          == QStringList{
              QStringLiteral("P1 Bilal Ahmadi - W1 Julie Petit (mentor): 65 points"),
              QStringLiteral("  +25 Same sector: food"),
              QStringLiteral("  +20 Profession \"boulangère\" fits the project \"boulanger\""),
              QStringLiteral("  +20 Available for the whole cohort"),
              QStringLiteral("  ! not ready: Charter signed, Training attended, Availability window"),
              QStringLiteral("P3 Iryna Shevchenko - W3 Nadia Benali (mentor): 85 points"),
              QStringLiteral("  +25 Same sector: health"),
              QStringLiteral("  +20 Profession \"infirmière\" fits the project \"infirmière\""),
              QStringLiteral("  +15 Shared languages: en"),
              QStringLiteral("  +5 Works in Lille"),
              QStringLiteral("  +20 Available for the whole cohort"),
              QStringLiteral("  ! not ready: Charter signed, Training attended"),
              QStringLiteral("C1, mentor: 2 proposals, total score 150"),
              QStringLiteral("No volunteer with room left for: P2"),
          });
    CHECK(r.err.isEmpty());
    // Nothing was written.
    CHECK(f.pairings() == "ref,participant_ref,volunteer_ref,role,cohort_ref,start_date,end_date,status,end_reason\n");
}

TEST_CASE("match without a role proposes mentors then coaches; the coach's school at the site counts", "[cli][match]")
{
    const Fixture f;
    const CliRun r = f.match({kCohort, kC1});
    CHECK(r.exitCode == 0);
    const QStringList lines = r.outLines();
    CHECK(lines.contains(QStringLiteral("C1, mentor: 2 proposals, total score 150")));
    // W2 (room for two): school in Lille 30, English 15 with P1 and P3 only, whole cohort 20.
    // Best two: P1 and P3 at 65 each.
    CHECK(lines.contains(QStringLiteral("P1 Bilal Ahmadi - W2 Thomas Roux (coach): 65 points")));
    CHECK(lines.contains(QStringLiteral("P3 Iryna Shevchenko - W2 Thomas Roux (coach): 65 points")));
    CHECK(lines.contains(QStringLiteral("  +30 School near the site: Sciences Po Lille")));
    CHECK(lines.contains(QStringLiteral("C1, coach: 2 proposals, total score 130")));
    CHECK(lines.last() == QStringLiteral("No volunteer with room left for: P2"));
}

TEST_CASE("match --apply records the pairs; volunteers who are not ready as proposed", "[cli][match]")
{
    const Fixture f;
    const QMap<QString, QString> today{{QStringLiteral("PARCOURS_TODAY"), QStringLiteral("2025-03-10")}};
    const CliRun r = f.match({kCohort, kC1, QStringLiteral("--role"), QStringLiteral("mentor"), QStringLiteral("--apply")}, today);
    INFO(r.errText().toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.outLines().mid(r.outLines().size() - 2)
          == QStringList{QStringLiteral("Recorded 0 active pairings."),
                         QStringLiteral("Recorded 2 pairings as proposed: the volunteer is not ready; activate them in "
                                        "Parcours after checking.")});
    const QByteArray recorded = "ref,participant_ref,volunteer_ref,role,cohort_ref,start_date,end_date,status,end_reason\n"
                                "K-000001,P1,W1,mentor,C1,,,proposed,\n"
                                "K-000002,P3,W3,mentor,C1,,,proposed,\n";
    CHECK(f.pairings() == recorded);
    // Again: the same proposals, already recorded; nothing changes.
    const CliRun again = f.match({kCohort, kC1, QStringLiteral("--role"), QStringLiteral("mentor"), QStringLiteral("--apply")}, today);
    CHECK(again.exitCode == 0);
    CHECK(again.outLines().mid(again.outLines().size() - 2)
          == QStringList{QStringLiteral("Recorded 0 active pairings."),
                         QStringLiteral("2 pairs already proposed before, left as they are.")});
    CHECK(f.pairings() == recorded);
}

TEST_CASE("match never proposes again a pair that ended in mismatch", "[cli][match]")
{
    const Fixture f;
    // P3 and W3 ended in mismatch; W1 (capacity 1) is active with P2.
    QTemporaryDir tmp;
    const QString file = QDir(tmp.path()).filePath(QStringLiteral("pairings.csv"));
    writeBytes(file, "ref,participant_ref,volunteer_ref,role,cohort_ref,start_date,end_date,status,end_reason\n"
                     "K1,P3,W3,mentor,C1,2025-03-03,2025-03-20,ended,mismatch\n"
                     "K2,P2,W1,mentor,C1,2025-03-03,,active,\n");
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("pairings"), file, QStringLiteral("--db"), f.path()}).exitCode == 0);
    const CliRun r = f.match({kCohort, kC1, QStringLiteral("--role"), QStringLiteral("mentor")});
    CHECK(r.exitCode == 0);
    // Left: P1 and P3 for W3 alone (W1 is full): P1 (English 15, paired at the site before 10, available 20), never P3.
    CHECK(r.outLines().first() == QStringLiteral("P1 Bilal Ahmadi - W3 Nadia Benali (mentor): 45 points"));
    CHECK(r.outLines().contains(QStringLiteral("C1, mentor: 1 proposal, total score 45")));
    CHECK(r.outLines().last() == QStringLiteral("No volunteer with room left for: P3"));
}

TEST_CASE("match reports an unknown cohort with 1 and a bad command line with 2", "[cli][match]")
{
    const Fixture f;
    const CliRun unknown = f.match({kCohort, QStringLiteral("NOPE")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.errLines() == QStringList{QStringLiteral("parcours-cli: NOPE: no such cohort")});
    CHECK(unknown.out.isEmpty());

    const CliRun noCohort = f.match({});
    CHECK(noCohort.exitCode == 2);
    CHECK(noCohort.errLines().first() == QStringLiteral("parcours-cli match: --cohort REF is required"));
    const CliRun badRole = f.match({kCohort, kC1, QStringLiteral("--role"), QStringLiteral("tutor")});
    CHECK(badRole.exitCode == 2);
    CHECK(badRole.errLines().first() == QStringLiteral("parcours-cli match: --role must be mentor or coach, not 'tutor'"));
    const CliRun help = runCli({QStringLiteral("match"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.outText().contains(QStringLiteral("--apply")));
}
