// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "ExchangeTestSupport.h"
#include "TestDatabase.h"

#include "core/exchange/ExchangeExporter.h"
#include "core/exchange/ExchangeImporter.h"

#include <QDir>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::test;

namespace {

void importMini(Database& db)
{
    const auto report = ExchangeImporter(db).importDir(testDataPath(QStringLiteral("exchange-mini")));
    if (!report || !report->written)
        FAIL("the mini fixture does not import");
}

void importFolder(Database& db, const QString& dir)
{
    const auto report = ExchangeImporter(db).importDir(dir);
    REQUIRE(report);
    for (const Problem& p : report->problems)
        FAIL_CHECK(p.toString().toStdString());
    REQUIRE(report->written);
}

} // namespace

TEST_CASE("an export writes all thirteen files, each with every column of the spec in order",
          "[exchange][export]")
{
    TestDatabase db;
    importMini(db.db());
    QTemporaryDir out;
    REQUIRE(ExchangeExporter(db.db()).exportDir(out.path()));
    const auto files = folderFiles(out.path());
    QStringList expectedNames;
    for (const char* name : {"attendance.csv", "checkins.csv", "cohorts.csv", "enrolments.csv", "outcomes.csv",
                             "pairings.csv", "participants.csv", "rooms.csv", "sessions.csv", "sites.csv",
                             "trainer_unavailability.csv", "trainers.csv", "volunteers.csv"})
        expectedNames << QString::fromLatin1(name);
    CHECK(files.keys() == expectedNames);

    // Worked out from the fixture and the spec: the columns the fixture leaves out are written,
    // with the spec's defaults (a site opens 08:00, closes 18:00).
    CHECK(files.value(QStringLiteral("sites.csv"))
          == QByteArray("ref,name,address,city,opens,closes,lunch_start,lunch_end\n"
                        "LIL,Maison de l'emploi,3 rue Nationale,Lille,08:00,18:00,,\n"));
    CHECK(files.value(QStringLiteral("trainers.csv"))
          == QByteArray("ref,name,kind,modules,email,phone,max_hours_week\n"
                        "F1,Anne Leroy,staff,fle,,,\n"
                        "F2,Tom Baker,volunteer,english|soft_skills,,,\n"));
    CHECK(files.value(QStringLiteral("trainer_unavailability.csv"))
          == QByteArray("trainer_ref,weekday,start,end,from_date,to_date\n"));
    // In key order (session, then participant), not in the fixture's order.
    CHECK(files.value(QStringLiteral("attendance.csv"))
          == QByteArray("session_ref,participant_ref,status,minutes_late\n"
                        "W1-1,M1,present,\nW1-1,M2,present,\nW1-1,M3,present,\n"
                        "W1-2,M1,present,\nW1-2,M2,excused,\nW1-2,M3,present,\n"
                        "W1-3,M1,late,20\nW1-3,M2,present,\nW1-3,M3,absent,\n"
                        "W1-4,M1,present,\nW1-4,M2,present,\nW1-4,M3,present,\n"
                        "W1-5,M1,present,\nW1-5,M2,late,60\n"
                        "W1-6,M1,absent,\n"));
    // The other fixture files are already canonical, complete and in key order.
    for (const char* name : {"rooms.csv", "cohorts.csv", "participants.csv", "volunteers.csv", "enrolments.csv",
                             "sessions.csv", "pairings.csv", "checkins.csv", "outcomes.csv"}) {
        INFO(name);
        CHECK(files.value(QString::fromLatin1(name))
              == readBytes(testDataPath(QStringLiteral("exchange-mini/") + QString::fromLatin1(name))));
    }
}

TEST_CASE("an Excel export has BOM, semicolons, CRLF, decimal commas and neutralised cells",
          "[exchange][export]")
{
    TestDatabase db;
    QTemporaryDir in;
    writeBytes(in.filePath(QStringLiteral("cohorts.csv")),
               "ref,name,start_date,end_date,fle_hours_min\nC1,Tremplin,2025-03-03,2025-05-30,\"12,5\"\n");
    writeBytes(in.filePath(QStringLiteral("participants.csv")),
               "ref,first_name,last_name,birth_date,gender,country_of_origin,languages,french_level_entry,status,"
               "phone,professional_project,notes\n"
               "X1,Amina,Diallo,1992-04-05,f,GN,fr|ff,A1,refugee,+33 6 12 34 56 78,-cuisine,"
               "\"=HYPERLINK(\"\"http://evil\"\")\"\n");
    importFolder(db.db(), in.path());

    QTemporaryDir out;
    ExportOptions excel;
    excel.excel = true;
    ExchangeExporter exporter(db.db());
    REQUIRE(exporter.exportTable(QStringLiteral("participants"), out.filePath(QStringLiteral("p.csv")), excel));
    CHECK(readBytes(out.filePath(QStringLiteral("p.csv")))
          == QByteArray("\xEF\xBB\xBF"
                        "ref;first_name;last_name;birth_date;gender;country_of_origin;languages;french_level_entry;"
                        "status;arrival_date;phone;email;professional_project;sector;referrer;consent_date;notes\r\n"
                        "X1;Amina;Diallo;1992-04-05;f;GN;fr|ff;A1;refugee;;'+33 6 12 34 56 78;;'-cuisine;;;;"
                        "\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n"));
    REQUIRE(exporter.exportTable(QStringLiteral("cohorts"), out.filePath(QStringLiteral("c.csv")), excel));
    CHECK(readBytes(out.filePath(QStringLiteral("c.csv")))
          == QByteArray("\xEF\xBB\xBF"
                        "ref;name;programme;site_ref;start_date;end_date;capacity;fle_hours_min;fle_hours_max;"
                        "english_hours;soft_skills_hours\r\n"
                        "C1;Tremplin;;;2025-03-03;2025-05-30;20;12,5;15;2;2\r\n"));
    // The exchange dialect keeps the value as it is.
    REQUIRE(exporter.exportTable(QStringLiteral("cohorts"), out.filePath(QStringLiteral("plain.csv"))));
    CHECK(readBytes(out.filePath(QStringLiteral("plain.csv")))
          == QByteArray("ref,name,programme,site_ref,start_date,end_date,capacity,fle_hours_min,fle_hours_max,"
                        "english_hours,soft_skills_hours\n"
                        "C1,Tremplin,,,2025-03-03,2025-05-30,20,12.5,15,2,2\n"));
}

TEST_CASE("a cohort export holds that cohort and everything it points at, nothing else",
          "[exchange][export]")
{
    // Another cohort at another site, with its own people, plus M1 enrolled in it too and a
    // trainer unavailability of F1 (MINI's trainer) and of F3 (the other cohort's).
    QTemporaryDir other;
    const auto file = [&other](const char* name) { return other.filePath(QString::fromLatin1(name)); };
    writeBytes(file("sites.csv"), "ref,name\nPAR,Paris\n");
    writeBytes(file("rooms.csv"), "ref,site_ref,name\nPAR-1,PAR,Salle A\n");
    writeBytes(file("cohorts.csv"), "ref,name,site_ref,start_date,end_date\nOTHER,Tremplin Paris,PAR,2025-04-07,2025-06-27\n");
    writeBytes(file("participants.csv"), "ref,first_name,last_name\nO1,Omar,Haddad\n");
    writeBytes(file("volunteers.csv"), "ref,first_name,last_name,role\nW3,Claire,Morel,mentor\n");
    writeBytes(file("trainers.csv"), "ref,name,modules\nF3,Paul Simon,fle\n");
    writeBytes(file("trainer_unavailability.csv"), "trainer_ref,weekday,start,end\nF3,3,14:00,18:00\n");
    writeBytes(file("enrolments.csv"), "cohort_ref,participant_ref\nOTHER,O1\nOTHER,M1\n");
    writeBytes(file("sessions.csv"), "ref,cohort_ref,module,date,start,end,trainer_ref,room_ref\n"
                                     "O-1,OTHER,fle,2025-04-07,09:00,12:00,F3,PAR-1\n");
    writeBytes(file("attendance.csv"), "session_ref,participant_ref,status\nO-1,O1,present\nO-1,M1,absent\n");
    writeBytes(file("pairings.csv"), "ref,participant_ref,volunteer_ref,role,cohort_ref\nK9,O1,W3,mentor,OTHER\n");
    writeBytes(file("checkins.csv"), "pairing_ref,date\nK9,2025-04-20\n");
    writeBytes(file("outcomes.csv"), "participant_ref,cohort_ref,milestone,situation\nO1,OTHER,exit,job_seeking\n");
    QTemporaryDir f1;
    writeBytes(f1.filePath(QStringLiteral("trainer_unavailability.csv")),
               "trainer_ref,weekday,start,end,from_date,to_date\nF1,5,09:00,12:00,2025-03-01,2025-03-31\n");

    TestDatabase baseline;
    importMini(baseline.db());
    importFolder(baseline.db(), f1.path());
    TestDatabase both;
    importMini(both.db());
    importFolder(both.db(), f1.path());
    importFolder(both.db(), other.path());

    QTemporaryDir out;
    const QString expected = out.filePath(QStringLiteral("expected"));
    const QString scoped = out.filePath(QStringLiteral("scoped"));
    REQUIRE(ExchangeExporter(baseline.db()).exportDir(expected));
    ExportOptions mini;
    mini.cohortRef = QStringLiteral("MINI");
    REQUIRE(ExchangeExporter(both.db()).exportDir(scoped, mini));
    const auto want = folderFiles(expected);
    const auto got = folderFiles(scoped);
    REQUIRE(want.size() == 13);
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(got.value(it.key()) == it.value());
    }

    // One table of one cohort.
    REQUIRE(ExchangeExporter(both.db()).exportTable(QStringLiteral("enrolments"), out.filePath(QStringLiteral("e.csv")), mini));
    CHECK(readBytes(out.filePath(QStringLiteral("e.csv"))) == want.value(QStringLiteral("enrolments.csv")));

    mini.cohortRef = QStringLiteral("NOPE");
    const auto missing = ExchangeExporter(both.db()).exportDir(out.filePath(QStringLiteral("nope")), mini);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("an export that fails leaves the files already there untouched", "[exchange][export]")
{
    TestDatabase db;
    importMini(db.db());
    QTemporaryDir out;
    ExchangeExporter exporter(db.db());
    REQUIRE(exporter.exportDir(out.path()));
    const auto first = folderFiles(out.path());

    // Change the data, then put a folder where sessions.csv goes.
    QTemporaryDir change;
    writeBytes(change.filePath(QStringLiteral("sites.csv")), "ref,name\nLIL,Nouveau nom\n");
    importFolder(db.db(), change.path());
    const QString sessions = QDir(out.path()).filePath(QStringLiteral("sessions.csv"));
    REQUIRE(QFile::remove(sessions));
    REQUIRE(QDir().mkdir(sessions));

    const auto failed = exporter.exportDir(out.path());
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Io);
    auto now = folderFiles(out.path());
    CHECK(now.size() == 12); // no temporary file left behind either
    QDir(out.path()).rmdir(QStringLiteral("sessions.csv"));
    CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size() == 12);
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() == first.value(it.key())); // sites.csv still has the old name
    }

    // One table over a folder: refused, nothing written.
    const QString blocked = QDir(out.path()).filePath(QStringLiteral("blocked.csv"));
    REQUIRE(QDir().mkdir(blocked));
    CHECK_FALSE(exporter.exportTable(QStringLiteral("sites"), blocked));
    // A file where the folder should be.
    const QString plainFile = QDir(out.path()).filePath(QStringLiteral("sites.csv"));
    const auto notAFolder = exporter.exportDir(plainFile);
    REQUIRE_FALSE(notAFolder);
    CHECK(readBytes(plainFile) == first.value(QStringLiteral("sites.csv")));
}

TEST_CASE("a pseudonymised export has no names, contacts or notes, stays stable, and imports",
          "[exchange][export]")
{
    TestDatabase db;
    importMini(db.db());
    ExportOptions options;
    options.pseudonymise = true;
    QTemporaryDir out;
    const QString a = out.filePath(QStringLiteral("a"));
    const QString b = out.filePath(QStringLiteral("b"));
    REQUIRE(ExchangeExporter(db.db()).exportDir(a, options));
    REQUIRE(ExchangeExporter(db.db()).exportDir(b, options));
    const auto files = folderFiles(a);
    CHECK(files == folderFiles(b)); // the same pseudonyms every time

    QByteArray all;
    for (const QByteArray& bytes : files)
        all += bytes;
    for (const char* secret : {"Bilal", "Ahmadi", "Selam", "Haile", "Iryna", "Shevchenko", "Julie", "Petit",
                               "Thomas", "Roux", "Anne Leroy", "Tom Baker", "found a job", "Pains du Nord",
                               "aide \xC3\xA0 domicile", "1990-05-01", ",M1,", "\nM1,", ",W1,", "\nW1,", ",F1,",
                               "\nF1,", "K1,"}) {
        INFO(secret);
        CHECK_FALSE(all.contains(secret));
    }
    CHECK(files.value(QStringLiteral("participants.csv")).contains(",Participant,"));
    CHECK(files.value(QStringLiteral("participants.csv")).contains(",1990-01-01,"));
    CHECK(files.value(QStringLiteral("sessions.csv")).contains("W1-1,MINI,fle,2025-03-03,09:00,12:00,T-"));

    // Every ref still resolves: the pseudonymised folder imports on its own.
    TestDatabase fresh;
    const auto report = ExchangeImporter(fresh.db()).importDir(a);
    REQUIRE(report);
    CHECK(report->problems.isEmpty());
    CHECK(tableCounts(fresh.db()) == tableCounts(db.db()));
}

TEST_CASE("exporting an unknown table is a usage error", "[exchange][export]")
{
    TestDatabase db;
    QTemporaryDir out;
    const auto r = ExchangeExporter(db.db()).exportTable(QStringLiteral("people"), out.filePath(QStringLiteral("x.csv")));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Usage);
    CHECK_FALSE(QFile::exists(out.filePath(QStringLiteral("x.csv"))));
}
