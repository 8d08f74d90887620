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

void importInto(Database& db, const QString& dir)
{
    const auto report = ExchangeImporter(db).importDir(dir);
    REQUIRE(report);
    for (const Problem& p : report->problems)
        FAIL_CHECK(p.toString().toStdString());
    REQUIRE(report->written);
}

/// export A, import A into an empty file, export B: every file of B is byte-identical to A.
QMap<QString, QByteArray> roundTrip(Database& source, const QString& work)
{
    const QString a = QDir(work).filePath(QStringLiteral("A"));
    const QString b = QDir(work).filePath(QStringLiteral("B"));
    REQUIRE(ExchangeExporter(source).exportDir(a));
    TestDatabase empty;
    importInto(empty.db(), a);
    REQUIRE(ExchangeExporter(empty.db()).exportDir(b));
    const auto filesA = folderFiles(a);
    const auto filesB = folderFiles(b);
    REQUIRE(filesA.size() == 13);
    REQUIRE(filesB.keys() == filesA.keys());
    for (auto it = filesA.cbegin(); it != filesA.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(filesB.value(it.key()) == it.value());
    }
    return filesA;
}

} // namespace

TEST_CASE("the mini fixture survives export, import into an empty file, export byte for byte",
          "[exchange][roundtrip]")
{
    TestDatabase db;
    importInto(db.db(), testDataPath(QStringLiteral("exchange-mini")));
    QTemporaryDir work;
    const auto a = roundTrip(db.db(), work.path());
    // Worked out by hand from the fixture's sites.csv and the spec's defaults.
    CHECK(a.value(QStringLiteral("sites.csv"))
          == QByteArray("ref,name,address,city,opens,closes,lunch_start,lunch_end\n"
                        "LIL,Maison de l'emploi,3 rue Nationale,Lille,08:00,18:00,,\n"));
}

TEST_CASE("every column, awkward values included, survives the round trip", "[exchange][roundtrip]")
{
    QTemporaryDir in;
    const auto file = [&in](const char* name) { return in.filePath(QString::fromLatin1(name)); };
    writeBytes(file("sites.csv"), "ref,name,address,city,opens,closes,lunch_start,lunch_end\n"
                                  "LIL,\"Maison de l'emploi, Lille\",\"3 rue Nationale\n59000 Lille\",Lille,8h30,17:30,12:00,13h30\n"
                                  "PAR,\" Espace \"\"Avenir\"\" \",,Paris,,,,\n");
    writeBytes(file("rooms.csv"), "ref,site_ref,name,capacity\nR1,LIL,Salle 1,15\nR2,PAR,Salle \xC3\x9C,\n");
    writeBytes(file("cohorts.csv"), "ref,name,programme,site_ref,start_date,end_date,capacity,fle_hours_min,"
                                    "fle_hours_max,english_hours,soft_skills_hours\n"
                                    "C1,Tremplin Lille,Tremplin,LIL,03/03/2025,2025-05-30,18,\"12,5\",14.75,2,1.5\n");
    writeBytes(file("participants.csv"),
               "ref,first_name,last_name,birth_date,gender,country_of_origin,languages,french_level_entry,status,"
               "arrival_date,phone,email,professional_project,sector,referrer,consent_date,notes\n"
               "P1,Anne-Marie,N'Diaye,1990-02-01,F,sn,FR|wo| en,b1,R\xC3\xA9" "fugi\xC3\xA9" "e,2020-01-15,"
               "+33 6 12 34 56 78,anne@example.org,\"aide-soignante, puis infirmi\xC3\xA8re\",sant\xC3\xA9,"
               "France Travail,2025-01-10,\"note with \"\"quotes\"\"\nand a second line\"\n"
               "P2,Ali,Khan,,,,,,,,,,,,,,\n");
    writeBytes(file("volunteers.csv"),
               "ref,first_name,last_name,role,email,phone,profession,employer,sector,school,languages,max_pairings,"
               "available_from,available_to,notes\n"
               "V1,Claire,Morel,both,claire@example.org,0612345678,ing\xC3\xA9nieure,Airbus,a\xC3\xA9ro,,fr|en,3,"
               "2025-01-01,2025-12-31,=notes that start with equals\n");
    writeBytes(file("trainers.csv"), "ref,name,kind,modules,email,phone,max_hours_week\n"
                                     "T1,Paul Simon,externe,fle|Anglais|soft skills,,,7.5\n");
    writeBytes(file("trainer_unavailability.csv"), "trainer_ref,weekday,start,end,from_date,to_date\n"
                                                   "T1,5,9h,12h,01/03/2025,31/03/2025\nT1,lundi,14:00,18:00,,\n");
    writeBytes(file("enrolments.csv"), "cohort_ref,participant_ref,enrolled_on,status,exit_date,exit_reason,french_level_exit\n"
                                       "C1,P1,2025-03-03,completed,2025-05-30,,B2\n"
                                       "C1,P2,,withdrawn,2025-03-20,\"moved, Lyon\",\n");
    writeBytes(file("sessions.csv"), "ref,cohort_ref,module,date,start,end,trainer_ref,room_ref,status,title\n"
                                     "S1,C1,professional_day,2025-03-07,09:00,17:00,T1,R1,held,\"Visite, Airbus\"\n"
                                     "S2,C1,other,2025-03-10,14:00,15:30,,,cancelled,\n");
    writeBytes(file("attendance.csv"), "session_ref,participant_ref,status,minutes_late\nS1,P1,late,15\nS1,P2,excused,\n");
    writeBytes(file("pairings.csv"), "ref,participant_ref,volunteer_ref,role,cohort_ref,start_date,end_date,status,end_reason\n"
                                     "K1,P1,V1,coach,C1,2025-03-03,2025-05-30,ended,end of programme\n"
                                     "K2,P2,V1,mentor,,,,proposed,\n");
    writeBytes(file("checkins.csv"), "pairing_ref,date,duration_minutes,kind,notes\n"
                                     "K1,2025-03-10,45,video,\"first meeting; good\"\nK1,2025-03-17,,,\n");
    writeBytes(file("outcomes.csv"), "participant_ref,cohort_ref,milestone,situation,recorded_on,employer,sector,notes\n"
                                     "P1,C1,exit,CDD de moins de 6 mois,2025-05-30,H\xC3\xB4pital,sant\xC3\xA9,\n"
                                     "P1,C1,m6,cdi,2025-11-30,,,\nP2,C1,m6,unknown,,,,\n");

    TestDatabase db;
    importInto(db.db(), in.path());
    QTemporaryDir work;
    const auto a = roundTrip(db.db(), work.path());

    // What the first export made of the lenient input, worked out by hand.
    CHECK(a.value(QStringLiteral("sites.csv"))
          == QByteArray("ref,name,address,city,opens,closes,lunch_start,lunch_end\n"
                        "LIL,\"Maison de l'emploi, Lille\",\"3 rue Nationale\n59000 Lille\",Lille,08:30,17:30,12:00,13:30\n"
                        "PAR,\" Espace \"\"Avenir\"\" \",,Paris,08:00,18:00,,\n"));
    CHECK(a.value(QStringLiteral("cohorts.csv")).endsWith(
        "\nC1,Tremplin Lille,Tremplin,LIL,2025-03-03,2025-05-30,18,12.5,14.75,2,1.5\n"));
    CHECK(a.value(QStringLiteral("participants.csv")).endsWith(
        "\nP1,Anne-Marie,N'Diaye,1990-02-01,f,SN,fr|wo|en,B1,refugee,2020-01-15,+33 6 12 34 56 78,"
        "anne@example.org,\"aide-soignante, puis infirmi\xC3\xA8re\",sant\xC3\xA9,France Travail,2025-01-10,"
        "\"note with \"\"quotes\"\"\nand a second line\"\n"
        "P2,Ali,Khan,,,,,,,,,,,,,,\n"));
    CHECK(a.value(QStringLiteral("trainers.csv")).endsWith("\nT1,Paul Simon,external,fle|english|soft_skills,,,7.5\n"));
    CHECK(a.value(QStringLiteral("trainer_unavailability.csv"))
          == QByteArray("trainer_ref,weekday,start,end,from_date,to_date\n"
                        "T1,1,14:00,18:00,,\nT1,5,09:00,12:00,2025-03-01,2025-03-31\n"));
    CHECK(a.value(QStringLiteral("volunteers.csv")).endsWith(",3,2025-01-01,2025-12-31,=notes that start with equals\n"));
    CHECK(a.value(QStringLiteral("outcomes.csv")).contains("\nP1,C1,exit,cdd_under_6m,2025-05-30,H\xC3\xB4pital,"));
}

TEST_CASE("an Excel export of the fixture reads back into the same data", "[exchange][roundtrip]")
{
    // The fixture has no cell an Excel export would neutralise, so nothing is lost.
    TestDatabase db;
    importInto(db.db(), testDataPath(QStringLiteral("exchange-mini")));
    QTemporaryDir work;
    const QString excel = work.filePath(QStringLiteral("excel"));
    const QString plain = work.filePath(QStringLiteral("plain"));
    const QString again = work.filePath(QStringLiteral("again"));
    ExportOptions options;
    options.excel = true;
    REQUIRE(ExchangeExporter(db.db()).exportDir(excel, options));
    CHECK(readBytes(QDir(excel).filePath(QStringLiteral("sites.csv"))).startsWith("\xEF\xBB\xBFref;name;"));
    REQUIRE(ExchangeExporter(db.db()).exportDir(plain));

    TestDatabase fromExcel;
    importInto(fromExcel.db(), excel);
    REQUIRE(ExchangeExporter(fromExcel.db()).exportDir(again));
    CHECK(folderFiles(again) == folderFiles(plain));
}
