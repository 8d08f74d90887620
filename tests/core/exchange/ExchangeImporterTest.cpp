// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "ExchangeTestSupport.h"
#include "TestDatabase.h"

#include "core/exchange/CsvReader.h"
#include "core/exchange/ExchangeExporter.h"
#include "core/exchange/ExchangeImporter.h"
#include "core/exchange/ExchangeTables.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StatementCache.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/VolunteerRepository.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::test;

namespace {

QStringList lines(const QList<Problem>& problems)
{
    QStringList out;
    for (const Problem& p : problems)
        out << p.toString();
    return out;
}

QMap<QString, int> zeroCounts()
{
    QMap<QString, int> out;
    for (const QString& t : ExchangeExporter::tables())
        out[t] = 0;
    return out;
}

// The mini fixture, counted by hand from its files.
QMap<QString, int> miniCounts()
{
    QMap<QString, int> out = zeroCounts();
    out[QStringLiteral("sites")] = 1;
    out[QStringLiteral("rooms")] = 1;
    out[QStringLiteral("cohorts")] = 1;
    out[QStringLiteral("participants")] = 3;
    out[QStringLiteral("volunteers")] = 2;
    out[QStringLiteral("trainers")] = 2;
    out[QStringLiteral("enrolments")] = 3;
    out[QStringLiteral("sessions")] = 11;
    out[QStringLiteral("attendance")] = 15;
    out[QStringLiteral("pairings")] = 4;
    out[QStringLiteral("checkins")] = 1;
    out[QStringLiteral("outcomes")] = 3;
    return out;
}

} // namespace

TEST_CASE("importing the mini folder fills every table with its values", "[exchange][import]")
{
    TestDatabase db;
    const auto report = ExchangeImporter(db.db()).importDir(testDataPath(QStringLiteral("exchange-mini")));
    REQUIRE(report);
    CHECK(lines(report->problems) == QStringList());
    CHECK(report->written);
    CHECK(report->inserted == 47);
    CHECK(report->updated == 0);
    CHECK(report->rowsRead.value(QStringLiteral("attendance.csv")) == 15);
    CHECK(report->rowsRead.value(QStringLiteral("sites.csv")) == 1);
    CHECK(report->notices.contains(
        QStringLiteral("not in the folder, nothing imported from them: trainer_unavailability.csv")));
    CHECK(tableCounts(db.db()) == miniCounts());

    const auto site = SiteRepository(db.db()).find(QStringLiteral("LIL"));
    REQUIRE(site);
    REQUIRE(*site);
    CHECK((*site)->name == QStringLiteral("Maison de l'emploi"));
    CHECK((*site)->opens == QTime(8, 0)); // the spec's defaults: the file has no such column
    CHECK((*site)->closes == QTime(18, 0));
    CHECK_FALSE((*site)->lunchStart.isValid());

    const auto m2 = ParticipantRepository(db.db()).find(QStringLiteral("M2"));
    REQUIRE(m2);
    REQUIRE(*m2);
    CHECK((*m2)->firstName == QStringLiteral("Selam"));
    CHECK((*m2)->birthDate == QDate(1997, 8, 14));
    CHECK((*m2)->gender == Gender::Female);
    CHECK((*m2)->languages == QStringList{QStringLiteral("ti")});
    CHECK((*m2)->frenchLevelEntry == CefrLevel::A0);
    CHECK((*m2)->status == ParticipantStatus::Refugee);
    CHECK((*m2)->professionalProject == QString::fromUtf8("aide à domicile"));

    const auto f2 = TrainerRepository(db.db()).find(QStringLiteral("F2"));
    REQUIRE(f2);
    REQUIRE(*f2);
    CHECK((*f2)->kind == TrainerKind::Volunteer);
    CHECK((*f2)->modules == QList<Module>{Module::English, Module::SoftSkills});
    CHECK_FALSE((*f2)->maxHoursWeek.has_value());

    const auto enrolments = CohortRepository(db.db()).enrolmentsOf(QStringLiteral("MINI"));
    REQUIRE(enrolments);
    REQUIRE(enrolments->size() == 3);
    const Enrolment& m3 = enrolments->at(2);
    CHECK(m3.participantRef == QStringLiteral("M3"));
    CHECK(m3.status == EnrolmentStatus::Withdrawn);
    CHECK(m3.exitDate == QDate(2025, 3, 5));
    CHECK(m3.exitReason == QStringLiteral("found a job"));

    const auto attendance = SessionRepository(db.db()).attendance();
    REQUIRE(attendance);
    bool seenLate = false;
    for (const Attendance& a : *attendance) {
        if (a.sessionRef == QStringLiteral("W1-3") && a.participantRef == QStringLiteral("M1")) {
            seenLate = true;
            CHECK(a.status == AttendanceStatus::Late);
            CHECK(a.minutesLate == 20);
        }
    }
    CHECK(seenLate);

    const auto k4 = PairingRepository(db.db()).find(QStringLiteral("K4"));
    REQUIRE(k4);
    REQUIRE(*k4);
    CHECK((*k4)->status == PairingStatus::Proposed);
    CHECK_FALSE((*k4)->startDate.isValid());
}

TEST_CASE("importing the same folder again updates every row and adds none", "[exchange][import]")
{
    TestDatabase db;
    ExchangeImporter importer(db.db());
    REQUIRE(importer.importDir(testDataPath(QStringLiteral("exchange-mini")))->written);
    const auto again = importer.importDir(testDataPath(QStringLiteral("exchange-mini")));
    REQUIRE(again);
    CHECK(again->ok());
    CHECK(again->inserted == 0);
    CHECK(again->updated == 47);
    CHECK(tableCounts(db.db()) == miniCounts());
}

TEST_CASE("bad rows in several files are all reported and nothing is written", "[exchange][import]")
{
    TestDatabase db;
    REQUIRE(ExchangeImporter(db.db()).importDir(testDataPath(QStringLiteral("exchange-mini")))->written);
    QTemporaryDir work;
    const QString before = work.filePath(QStringLiteral("before"));
    const QString after = work.filePath(QStringLiteral("after"));
    const QString bad = work.filePath(QStringLiteral("bad"));
    REQUIRE(ExchangeExporter(db.db()).exportDir(before));

    copyMiniFixture(bad);
    const auto in = [&bad](const char* name) { return QDir(bad).filePath(QString::fromLatin1(name)); };
    // A valid change that must not survive the failed import.
    replaceLine(in("sites.csv"), 2, "LIL,Maison de l'emploi (nouvelle),3 rue Nationale,Lille");
    replaceLine(in("participants.csv"), 3,
                "M2,Selam,Haile,31/02/1997,f,ER,ti,A0,refugee,2024-03-01,,,aide \xC3\xA0 domicile,care,,2025-02-21,");
    replaceLine(in("participants.csv"), 4,
                "M3,Iryna,Shevchenko,1983-12-02,f,UA,uk|en,A2,tourist,2022-06-15,,,infirmi\xC3\xA8re,health,,2025-02-21,");
    appendLine(in("enrolments.csv"), "MINI,M9,2025-03-03,enrolled,,,");
    replaceLine(in("sessions.csv"), 3, "W1-2,MINI,fle,2025-03-04,09:00,08:00,F1,LIL-1,held,");
    replaceLine(in("sessions.csv"), 8, "W2-1,MINI,fle,2025-03-10,09:00,12:00,F1,LIL-9,planned,");
    appendLine(in("attendance.csv"), "W2-2,M1,maybe,");
    appendLine(in("attendance.csv"), "W2-3,M1,present,5");
    appendLine(in("attendance.csv"), "W1-1,M1,absent,");
    appendLine(in("pairings.csv"), "K1,M1,W1,mentor,MINI,2025-03-03,,proposed,");
    replaceLine(in("outcomes.csv"), 2, "M1,MINI,m7,cdi,2025-09-15,Pains du Nord,food,");

    const auto report = ExchangeImporter(db.db()).importDir(bad);
    REQUIRE(report);
    // Rows that only point at a bad row (M2's enrolment and pairings, W1-2's marks) are not
    // reported: their cause is.
    CHECK(lines(report->problems)
          == QStringList{
              QStringLiteral("participants.csv:3: birth_date: '31/02/1997' is not a date (YYYY-MM-DD or DD/MM/YYYY)"),
              QStringLiteral("participants.csv:4: status: 'tourist' is not a participant status (refugee, "
                             "subsidiary_protection, asylum_seeker, other_newcomer)"),
              QStringLiteral("enrolments.csv:5: participant_ref: unknown participant 'M9'"),
              QStringLiteral("sessions.csv:3: end: is not after start"),
              QStringLiteral("sessions.csv:8: room_ref: unknown room 'LIL-9'"),
              QStringLiteral("attendance.csv:17: status: 'maybe' is not an attendance status (present, late, "
                             "excused, absent)"),
              QStringLiteral("attendance.csv:18: minutes_late: is only for the status late"),
              QStringLiteral("attendance.csv:19: session_ref: the same session_ref, participant_ref as line 2"),
              QStringLiteral("pairings.csv:6: ref: duplicate ref 'K1' (first on line 2)"),
              QStringLiteral("outcomes.csv:2: milestone: 'm7' is not a milestone (exit, m3, m6, m12)"),
          });
    CHECK_FALSE(report->written);

    REQUIRE(ExchangeExporter(db.db()).exportDir(after));
    CHECK(folderFiles(after) == folderFiles(before));
    CHECK(tableCounts(db.db()) == miniCounts());
}

TEST_CASE("a dry run validates like an import and writes nothing", "[exchange][import]")
{
    TestDatabase db;
    const auto report = ExchangeImporter(db.db()).importDir(testDataPath(QStringLiteral("exchange-mini")), true);
    REQUIRE(report);
    CHECK(report->ok());
    CHECK_FALSE(report->written);
    CHECK(report->inserted == 47); // what it would have done
    CHECK(tableCounts(db.db()) == zeroCounts());

    // And it finds what only the database can tell: a ref that resolves nowhere.
    QTemporaryDir dir;
    writeBytes(dir.filePath(QStringLiteral("rooms.csv")), "ref,site_ref,name\nR1,NOWHERE,Salle 1\n");
    const auto bad = ExchangeImporter(db.db()).importDir(dir.path(), true);
    REQUIRE(bad);
    CHECK(lines(bad->problems) == QStringList{QStringLiteral("rooms.csv:2: site_ref: unknown site 'NOWHERE'")});
}

TEST_CASE("French Excel files: cp1252, semicolons, French headers and labels, DD/MM/YYYY, 9h",
          "[exchange][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const auto file = [&dir](const char* name) { return dir.filePath(QString::fromLatin1(name)); };
    writeBytes(file("cohorts.csv"), "ref;name;start_date;end_date\r\nC1;Tremplin;03/03/2025;14/03/2025\r\n");
    // Windows-1252: é is 0xE9.
    writeBytes(file("participants.csv"), "ref;Pr\xE9nom;Nom;date de naissance;statut;french_level_entry;genre\r\n"
                                         "X1;Amina;Diallo;05/04/1992;R\xE9" "fugi\xE9" "e;a1;Femme\r\n");
    writeBytes(file("enrolments.csv"), "Cohort_Ref;PARTICIPANT_REF;Status\r\nC1;X1;Inscrite\r\n");
    writeBytes(file("sessions.csv"), "ref;cohort_ref;module;date;start;end\r\n"
                                     "S1;C1;Fran\xC3\xA7" "ais;03/03/2025;9h;12h00\r\n");
    writeBytes(file("attendance.csv"), "\xEF\xBB\xBFsession_ref;participant_ref;status\r\nS1;X1;Pr\xC3\xA9sent\r\n");

    const auto report = ExchangeImporter(db.db()).importDir(dir.path());
    REQUIRE(report);
    CHECK(lines(report->problems) == QStringList());
    CHECK(report->written);
    CHECK(report->notices.contains(QStringLiteral("participants.csv: not valid UTF-8, read as Windows-1252")));

    const auto x1 = ParticipantRepository(db.db()).find(QStringLiteral("X1"));
    REQUIRE(x1);
    REQUIRE(*x1);
    CHECK((*x1)->firstName == QStringLiteral("Amina"));
    CHECK((*x1)->lastName == QStringLiteral("Diallo"));
    CHECK((*x1)->birthDate == QDate(1992, 4, 5));
    CHECK((*x1)->status == ParticipantStatus::Refugee);
    CHECK((*x1)->frenchLevelEntry == CefrLevel::A1);
    CHECK((*x1)->gender == Gender::Female);

    const auto s1 = SessionRepository(db.db()).find(QStringLiteral("S1"));
    REQUIRE(s1);
    REQUIRE(*s1);
    CHECK((*s1)->module == Module::Fle);
    CHECK((*s1)->date == QDate(2025, 3, 3));
    CHECK((*s1)->start == QTime(9, 0));
    CHECK((*s1)->end == QTime(12, 0));

    const auto marks = SessionRepository(db.db()).attendance();
    REQUIRE(marks);
    REQUIRE(marks->size() == 1);
    CHECK(marks->front().status == AttendanceStatus::Present);
    const auto enrolments = CohortRepository(db.db()).enrolments();
    REQUIRE(enrolments);
    REQUIRE(enrolments->size() == 1);
    CHECK(enrolments->front().status == EnrolmentStatus::Enrolled);
}

TEST_CASE("a file without a required column is one problem, and rows pointing into it are not",
          "[exchange][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    copyMiniFixture(dir.path());
    writeBytes(dir.filePath(QStringLiteral("volunteers.csv")), "ref,first_name,last_name\nW1,Julie,Petit\nW2,Thomas,Roux\n");
    const auto report = ExchangeImporter(db.db()).importDir(dir.path());
    REQUIRE(report);
    CHECK(lines(report->problems) == QStringList{QStringLiteral("volunteers.csv:1: role: required column is missing")});
    CHECK(tableCounts(db.db()) == zeroCounts());
}

TEST_CASE("a room of a bad site is not reported, a room of a site found nowhere is", "[exchange][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    writeBytes(dir.filePath(QStringLiteral("sites.csv")), "ref,name,opens\nS1,Site un,25:00\nS2,Site deux,\n");
    writeBytes(dir.filePath(QStringLiteral("rooms.csv")), "ref,site_ref,name\nR1,S1,Salle\nR2,S9,Salle\nR3,S2,Salle\n");
    const auto report = ExchangeImporter(db.db()).importDir(dir.path());
    REQUIRE(report);
    CHECK(lines(report->problems)
          == QStringList{QStringLiteral("sites.csv:2: opens: '25:00' is not a time (HH:MM)"),
                         QStringLiteral("rooms.csv:3: site_ref: unknown site 'S9'")});
}

TEST_CASE("headers in any case and order; unknown columns are a notice; extra cells a problem",
          "[exchange][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    writeBytes(dir.filePath(QStringLiteral("participants.csv")),
               "  Last Name ,REF,first-name,Colour\nDupont,P1,Anne,blue\nMartin,P2,Paul,red,extra\n");
    const auto report = ExchangeImporter(db.db()).importDir(dir.path());
    REQUIRE(report);
    CHECK(report->notices.contains(QStringLiteral("participants.csv:1: unknown column 'Colour' ignored")));
    CHECK(lines(report->problems)
          == QStringList{QStringLiteral("participants.csv:3: the row has 5 cells but the header has 4")});

    writeBytes(dir.filePath(QStringLiteral("participants.csv")), "  Last Name ,REF,first-name,Colour\nDupont,P1,Anne,blue\n");
    const auto fixed = ExchangeImporter(db.db()).importDir(dir.path());
    REQUIRE(fixed);
    CHECK(fixed->ok());
    const auto p1 = ParticipantRepository(db.db()).find(QStringLiteral("P1"));
    REQUIRE(p1);
    REQUIRE(*p1);
    CHECK((*p1)->fullName() == QStringLiteral("Anne Dupont"));
}

TEST_CASE("an unterminated quote is reported with its file and line", "[exchange][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    writeBytes(dir.filePath(QStringLiteral("trainers.csv")), "ref,name\nF1,Anne\nF2,\"Tom\nBaker\n");
    writeBytes(dir.filePath(QStringLiteral("sessions.csv")), "ref,cohort_ref,module,date,start,end,trainer_ref\n"
                                                             "S1,NOPE,fle,2025-03-03,09:00,12:00,F2\n");
    const auto report = ExchangeImporter(db.db()).importDir(dir.path());
    REQUIRE(report);
    // The unreadable trainers file hides refs to trainers; the unknown cohort is still reported.
    CHECK(lines(report->problems)
          == QStringList{QStringLiteral("trainers.csv:3: a quoted cell that starts on this line is never closed"),
                         QStringLiteral("sessions.csv:2: cohort_ref: unknown cohort 'NOPE'")});
}

TEST_CASE("an update changes the columns in the file and keeps the others", "[exchange][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("participants.csv"));
    ExchangeImporter importer(db.db());
    writeBytes(file, "ref,first_name,last_name,email,phone\nP1,Anne,Dupont,anne@example.org,06 12 34 56 78\n");
    REQUIRE(importer.importTable(QStringLiteral("participants"), file)->written);
    writeBytes(file, "ref,first_name,last_name,phone\nP1,Anne,Durand,\n");
    const auto report = importer.importTable(QStringLiteral("participants"), file);
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->updated == 1);
    const auto p1 = ParticipantRepository(db.db()).find(QStringLiteral("P1"));
    REQUIRE(p1);
    REQUIRE(*p1);
    CHECK((*p1)->lastName == QStringLiteral("Durand"));
    CHECK((*p1)->email == QStringLiteral("anne@example.org")); // no email column: kept
    CHECK((*p1)->phone.isEmpty());                              // an empty cell: cleared
}

TEST_CASE("a volunteer's onboarding dates, not in the exchange format, survive an import and stay out of exports",
          "[exchange][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("volunteers.csv"));
    const QByteArray header = "ref,first_name,last_name,role,email,phone,profession,employer,sector,school,languages,"
                              "max_pairings,available_from,available_to,notes\n";
    ExchangeImporter importer(db.db());
    writeBytes(file, header + "W1,Julie,Petit,mentor,,,boulangère,Pains du Nord,food,,fr,1,,,\n");
    REQUIRE(importer.importTable(QStringLiteral("volunteers"), file)->written);
    {
        VolunteerRepository repo(db.db());
        Volunteer v = repo.find(QStringLiteral("W1"))->value();
        v.charterSignedOn = QDate(2025, 1, 20);
        v.trainingOn = QDate(2025, 2, 3);
        Transaction tx(db.db());
        REQUIRE(repo.save(v));
        REQUIRE(tx.commit());
    }
    writeBytes(file, header + "W1,Julie,Petit,both,,,boulangère,Pains du Nord,food,Lycée Gambetta,fr,2,,,\n");
    const auto report = importer.importTable(QStringLiteral("volunteers"), file);
    REQUIRE(report);
    CHECK(report->updated == 1);
    const Volunteer back = VolunteerRepository(db.db()).find(QStringLiteral("W1"))->value();
    CHECK(back.role == VolunteerRole::Both);
    CHECK(back.charterSignedOn == QDate(2025, 1, 20));
    CHECK(back.trainingOn == QDate(2025, 2, 3));

    const QString exported = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(ExchangeExporter(db.db()).exportTable(QStringLiteral("volunteers"), exported));
    CHECK(readBytes(exported)
          == header + "W1,Julie,Petit,both,,,boulangère,Pains du Nord,food,Lycée Gambetta,fr,2,,,\n");
}

TEST_CASE("importing one table names its file in problems; an unknown table is a usage error",
          "[exchange][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("people.csv"));
    writeBytes(file, "ref,first_name,last_name,birth_date\nP1,Anne,Dupont,1990-02-30\n");
    ExchangeImporter importer(db.db());
    const auto report = importer.importTable(QStringLiteral("participants"), file);
    REQUIRE(report);
    CHECK(lines(report->problems)
          == QStringList{QStringLiteral("people.csv:2: birth_date: '1990-02-30' is not a date (YYYY-MM-DD or DD/MM/YYYY)")});
    CHECK(report->rowsRead.value(QStringLiteral("people.csv")) == 1);

    const auto unknown = importer.importTable(QStringLiteral("people"), file);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::Usage);
    const auto missing = importer.importDir(dir.filePath(QStringLiteral("no-such-folder")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::Io);
}

TEST_CASE("rules the database checks across rows are reported on their row", "[exchange][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    copyMiniFixture(dir.path());
    const QString pairings = dir.filePath(QStringLiteral("pairings.csv"));
    appendLine(pairings, "K5,M3,W2,mentor,MINI,,,active,"); // W2 is a coach
    appendLine(pairings, "K6,M1,W1,mentor,MINI,,,active,"); // M1 has K1, an active mentor pairing
    const auto report = ExchangeImporter(db.db()).importDir(dir.path());
    REQUIRE(report);
    CHECK(lines(report->problems)
          == QStringList{
              QStringLiteral("pairings.csv:6: volunteer_ref: volunteer 'W2' is a coach and cannot be a mentor"),
              QStringLiteral("pairings.csv:7: status: participant 'M1' already has an active mentor pairing 'K1'"),
          });
    CHECK(tableCounts(db.db()) == zeroCounts());
}

TEST_CASE("file names match in any letter case; other CSV files are a notice", "[exchange][import]")
{
    TestDatabase db;
    QTemporaryDir dir;
    writeBytes(dir.filePath(QStringLiteral("Sites.CSV")), "ref,name\nS1,Site un\n");
    writeBytes(dir.filePath(QStringLiteral("participant.csv")), "ref,first_name,last_name\nP1,Anne,Dupont\n");
    const auto report = ExchangeImporter(db.db()).importDir(dir.path());
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->rowsRead.value(QStringLiteral("Sites.CSV")) == 1);
    CHECK(report->notices.contains(QStringLiteral("participant.csv: not a file of the exchange format, ignored")));
    CHECK(tableCounts(db.db()).value(QStringLiteral("sites")) == 1);
    CHECK(tableCounts(db.db()).value(QStringLiteral("participants")) == 0);
}

TEST_CASE("the columns of a table by name, in spec order, with the required ones", "[exchange][import]")
{
    CHECK(ExchangeTables::columnsOf(QStringLiteral("enrolments"))
          == QStringList({QStringLiteral("cohort_ref"), QStringLiteral("participant_ref"),
                          QStringLiteral("enrolled_on"), QStringLiteral("status"), QStringLiteral("exit_date"),
                          QStringLiteral("exit_reason"), QStringLiteral("french_level_exit")}));
    CHECK(ExchangeTables::requiredColumnsOf(QStringLiteral("participants"))
          == QStringList({QStringLiteral("ref"), QStringLiteral("first_name"), QStringLiteral("last_name")}));
    CHECK(ExchangeTables::columnsOf(QStringLiteral("people")).isEmpty());
    CHECK(ExchangeTables::requiredColumnsOf(QStringLiteral("people")).isEmpty());
}

TEST_CASE("records read and rearranged by the caller import with the file's lines in problems",
          "[exchange][import]")
{
    TestDatabase db;
    // As the import wizard hands them over: a header in column names, lines of the real file
    // (here a blank line 3 was skipped, so the records sit on lines 2, 4 and 5).
    CsvDocument doc;
    doc.records = {{1, {QStringLiteral("ref"), QStringLiteral("last_name"), QStringLiteral("first_name"),
                        QStringLiteral("birth_date")}},
                   {2, {QStringLiteral("X1"), QStringLiteral("Diallo"), QStringLiteral("Amina"),
                        QStringLiteral("05/04/1992")}},
                   {4, {QStringLiteral("X2"), QStringLiteral("Karimi"), QString(), QStringLiteral("1990-13-01")}},
                   {5, {QStringLiteral("X3"), QStringLiteral("Haile"), QStringLiteral("Selam"), QString()}}};

    ExchangeImporter importer(db.db());
    const auto bad = importer.importRecords(QStringLiteral("participants"), doc, QStringLiteral("liste.csv"));
    REQUIRE(bad);
    CHECK_FALSE(bad->written);
    CHECK(bad->rowsRead.value(QStringLiteral("liste.csv")) == 3);
    REQUIRE(bad->problems.size() == 2);
    CHECK(bad->problems.at(0).file == QStringLiteral("liste.csv"));
    CHECK(bad->problems.at(0).line == 4);
    CHECK(bad->problems.at(1).line == 4);
    CHECK(QStringList({bad->problems.at(0).field, bad->problems.at(1).field}).contains(QStringLiteral("first_name")));
    CHECK(QStringList({bad->problems.at(0).field, bad->problems.at(1).field}).contains(QStringLiteral("birth_date")));
    CHECK(ParticipantRepository(db.db()).count().value() == 0);

    doc.records[2].cells = {QStringLiteral("X2"), QStringLiteral("Karimi"), QStringLiteral("Ahmad"), QString()};
    const auto dry = importer.importRecords(QStringLiteral("participants"), doc, QStringLiteral("liste.csv"), true);
    REQUIRE(dry);
    CHECK(dry->ok());
    CHECK_FALSE(dry->written);
    CHECK(dry->inserted == 3);
    CHECK(ParticipantRepository(db.db()).count().value() == 0);

    const auto good = importer.importRecords(QStringLiteral("participants"), doc, QStringLiteral("liste.csv"));
    REQUIRE(good);
    CHECK(good->written);
    CHECK(ParticipantRepository(db.db()).count().value() == 3);
    const auto x1 = ParticipantRepository(db.db()).find(QStringLiteral("X1"));
    REQUIRE(x1);
    REQUIRE(*x1);
    CHECK((*x1)->birthDate == QDate(1992, 4, 5));

    CHECK_FALSE(importer.importRecords(QStringLiteral("people"), doc, QStringLiteral("liste.csv")));
}

namespace {

// Every column of every participant as SQLite holds it: quote() tells NULL from '' and text
// from a number, so two files compare byte for byte.
QStringList storedParticipants(const Database& db)
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName(), false));
    const bool ran = q.exec(QStringLiteral(
        "SELECT quote(id) || ' ' || quote(ref) || ' ' || quote(first_name) || ' ' || quote(last_name) || ' ' ||"
        " quote(birth_date) || ' ' || quote(gender) || ' ' || quote(country_of_origin) || ' ' || quote(languages)"
        " || ' ' || quote(french_level_entry) || ' ' || quote(status) || ' ' || quote(arrival_date) || ' ' ||"
        " quote(phone) || ' ' || quote(email) || ' ' || quote(professional_project) || ' ' || quote(sector) ||"
        " ' ' || quote(referrer) || ' ' || quote(consent_date) || ' ' || quote(notes) FROM participant ORDER BY id"));
    REQUIRE(ran);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

TEST_CASE("new participants are stored by the import as the repository's save stores them", "[exchange][import]")
{
    // Every column filled (a country and languages in lower case, a note on two lines), then
    // only the required ones: the optional cells are empty, which the repository stores as NULL.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("participants.csv"));
    writeBytes(file, "ref,first_name,last_name,birth_date,gender,country_of_origin,languages,french_level_entry,"
                     "status,arrival_date,phone,email,professional_project,sector,referrer,consent_date,notes\n"
                     "P-1,Anne,Dupont,28/02/1990,f,fr,ar|FR,b1,refugee,2015-06-01,06 12 34 56 78,"
                     "anne@example.org,cuisini\xc3\xa8re,Restauration,Mission locale,2016-01-15,\"deux lignes\n"
                     "de notes\"\n"
                     "P-2,\xc3\x89lodie,N'Guessan,,,,,,,,,,,,,,\n");
    TestDatabase imported;
    const auto report = ExchangeImporter(imported.db()).importTable(QStringLiteral("participants"), file);
    REQUIRE(report);
    REQUIRE(report->ok());
    CHECK(report->inserted == 2);

    // The same two participants as the form would save them, written by hand from the cells.
    Participant anne;
    anne.ref = QStringLiteral("P-1");
    anne.firstName = QStringLiteral("Anne");
    anne.lastName = QStringLiteral("Dupont");
    anne.birthDate = QDate(1990, 2, 28);
    anne.gender = Gender::Female;
    anne.countryOfOrigin = QStringLiteral("FR");
    anne.languages = {QStringLiteral("ar"), QStringLiteral("fr")};
    anne.frenchLevelEntry = CefrLevel::B1;
    anne.status = ParticipantStatus::Refugee;
    anne.arrivalDate = QDate(2015, 6, 1);
    anne.phone = QStringLiteral("06 12 34 56 78");
    anne.email = QStringLiteral("anne@example.org");
    anne.professionalProject = QStringLiteral("cuisini\u00e8re");
    anne.sector = QStringLiteral("Restauration");
    anne.referrer = QStringLiteral("Mission locale");
    anne.consentDate = QDate(2016, 1, 15);
    anne.notes = QStringLiteral("deux lignes\nde notes");
    Participant elodie;
    elodie.ref = QStringLiteral("P-2");
    elodie.firstName = QStringLiteral("\u00c9lodie");
    elodie.lastName = QStringLiteral("N'Guessan");
    TestDatabase saved;
    {
        ParticipantRepository repo(saved.db());
        Transaction tx(saved.db());
        REQUIRE(repo.save(anne));
        REQUIRE(repo.save(elodie));
        REQUIRE(tx.commit());
    }

    const QStringList rows = storedParticipants(imported.db());
    CHECK(rows == storedParticipants(saved.db()));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0)
          == QStringLiteral("1 'P-1' 'Anne' 'Dupont' '1990-02-28' 'f' 'FR' 'ar|fr' 'B1' 'refugee' '2015-06-01' "
                            "'06 12 34 56 78' 'anne@example.org' 'cuisini\u00e8re' 'Restauration' 'Mission locale' "
                            "'2016-01-15' 'deux lignes\nde notes'"));
    CHECK(rows.at(1) == QStringLiteral("2 'P-2' '\u00c9lodie' 'N''Guessan' NULL NULL NULL NULL NULL NULL NULL NULL NULL "
                                       "NULL NULL NULL NULL NULL"));
}

TEST_CASE("an import of new participants runs the same statements for 2 rows as for 40", "[exchange][import]")
{
    // Each new row is inserted through one statement prepared for the whole import, neither
    // looked up by ref nor saved through the repository's cached statements.
    const auto statementsFor = [](int rows) {
        QByteArray csv = "ref,first_name,last_name\n";
        for (int i = 1; i <= rows; ++i)
            csv += QStringLiteral("P-%1,Amina,Diallo\n").arg(i).toUtf8();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("participants.csv"));
        writeBytes(file, csv);
        TestDatabase db;
        const quint64 before = db->statements().requests();
        const auto report = ExchangeImporter(db.db()).importTable(QStringLiteral("participants"), file);
        REQUIRE(report);
        REQUIRE(report->ok());
        REQUIRE(report->inserted == rows);
        REQUIRE(ParticipantRepository(db.db()).count().value() == rows);
        return db->statements().requests() - before;
    };
    CHECK(statementsFor(2) == statementsFor(40));
}
