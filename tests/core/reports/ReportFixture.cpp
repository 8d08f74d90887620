// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFixture.h"

#include "CatchQt.h"

#include "core/exchange/ExchangeImporter.h"
#include "core/storage/SettingRepository.h"
#include "core/storage/Transaction.h"

#include <QDate>
#include <QDir>
#include <QTemporaryDir>

namespace parcours::test {

namespace {

void importFiles(Database& db, const QList<QPair<QString, QByteArray>>& files)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const auto& [name, bytes] : files)
        writeBytes(QDir(dir.path()).filePath(name), bytes);
    auto report = ExchangeImporter(db).importDir(dir.path());
    REQUIRE(report.has_value());
    QStringList problems;
    for (const Problem& p : report->problems)
        problems << p.toString();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report->ok());
}

} // namespace

void importReportFixture(Database& db)
{
    importFiles(db, {
        {QStringLiteral("sites.csv"), "ref,name,address,city\nS1,Maison Horizon,12 rue des Lilas,Lille\n"},
        {QStringLiteral("cohorts.csv"),
         "ref,name,programme,site_ref,start_date,end_date\n"
         "A-2025,Alpha janvier,Tremplin,S1,2025-01-06,2025-01-17\n"
         "B-2025,Beta fevrier,Tremplin,S1,2025-02-03,2025-02-14\n"
         "C-2025,Gamma mai,Tremplin,S1,2025-05-05,2025-05-16\n"},
        {QStringLiteral("participants.csv"),
         "ref,first_name,last_name,birth_date,gender,country_of_origin,french_level_entry,status,phone,email,"
         "professional_project,referrer,consent_date,notes\n"
         "P1,Zacharie,Quenouille,1990-05-01,m,AF,A1,refugee,+33 6 11 22 33 01,zacharie.q@mail.example,"
         "Boulanger chez Fournil,Madame Referente,2024-12-01,Note secrete un\n"
         "P2,Yannick,Bergamote,1992-03-10,m,AF,A1,refugee,+33 6 11 22 33 02,yannick.b@mail.example,,,2024-12-02,\n"
         "P3,Xavier,Tamarin,1988-11-20,m,PK,,refugee,+33 6 11 22 33 03,xavier.t@mail.example,,,2024-12-03,\n"
         "P4,Wassim,Cardamome,1995-07-07,m,IR,A0,refugee,+33 6 11 22 33 04,wassim.c@mail.example,,,,\n"
         "P5,Vanessa,Pistache,2001-02-01,f,ER,B1,refugee,+33 6 11 22 33 05,vanessa.p@mail.example,,,2025-01-20,\n"
         "P6,Ulysse,Gingembre,1993-06-15,m,SY,,subsidiary_protection,+33 6 11 22 33 06,ulysse.g@mail.example,,,"
         "2025-01-21,\n"
         "P7,Tarek,Muscade,1985-09-09,m,AF,,refugee,+33 6 11 22 33 07,tarek.m@mail.example,,,2025-01-22,\n"
         "P8,Sonia,Curcuma,1980-01-30,f,UA,A2,other_newcomer,+33 6 11 22 33 08,sonia.c@mail.example,,,2025-04-01,\n"},
        {QStringLiteral("volunteers.csv"),
         "ref,first_name,last_name,role,max_pairings\nV1,Romane,Vanille,mentor,3\nV2,Quentin,Safran,coach,3\n"},
        {QStringLiteral("trainers.csv"), "ref,name,kind,modules\nT1,Paula Romarin,staff,fle\nT2,Olivier Cannelle,volunteer,english\n"},
        {QStringLiteral("enrolments.csv"),
         "cohort_ref,participant_ref,enrolled_on,status,exit_date,exit_reason,french_level_exit\n"
         "A-2025,P1,,completed,,,A2\n"
         "A-2025,P2,,completed,,,A1\n"
         "A-2025,P3,,withdrawn,2025-01-08,Embauche chez Dupont Freres,\n"
         "A-2025,P4,,completed,,,A2\n"
         "B-2025,P5,,completed,,,B2\n"
         "B-2025,P6,,completed,,,\n"
         "B-2025,P7,,completed,,,\n"
         "C-2025,P8,,enrolled,,,\n"},
        {QStringLiteral("sessions.csv"),
         "ref,cohort_ref,module,date,start,end,trainer_ref,status,title\n"
         "A1,A-2025,fle,2025-01-06,09:00,12:00,T1,held,\n"
         "A2,A-2025,fle,2025-01-07,09:00,12:00,T1,held,\n"
         "A3,A-2025,english,2025-01-09,14:00,16:00,T2,held,Atelier avec Madame Dupuis\n"
         "A4,A-2025,fle,2025-01-13,09:00,12:00,T1,planned,\n"
         "A5,A-2025,soft_skills,2025-01-14,14:00,16:00,T1,cancelled,\n"
         "B1,B-2025,fle,2025-02-03,09:00,12:00,T1,held,\n"
         "B2,B-2025,english,2025-02-10,14:00,16:00,T1,held,\n"
         "C1,C-2025,fle,2025-05-05,09:00,12:00,T1,held,\n"},
        {QStringLiteral("attendance.csv"),
         "session_ref,participant_ref,status,minutes_late\n"
         "A1,P1,present,\nA1,P2,present,\nA1,P3,late,30\nA1,P4,absent,\n"
         "A2,P1,present,\nA2,P2,excused,\nA2,P3,present,\n"
         "A3,P1,late,60\nA3,P2,present,\nA3,P3,present,\nA3,P4,present,\n"
         "B1,P5,present,\nB1,P6,present,\nB1,P7,present,\n"
         "B2,P5,present,\nB2,P6,absent,\n"
         "C1,P8,present,\n"},
        {QStringLiteral("pairings.csv"),
         "ref,participant_ref,volunteer_ref,role,cohort_ref,start_date,end_date,status,end_reason\n"
         "K1,P1,V1,mentor,A-2025,2025-01-06,,active,\n"
         "K2,P1,V2,coach,A-2025,2025-01-06,,active,\n"
         "K3,P2,V2,coach,A-2025,2025-01-01,2025-01-10,ended,Demenagement a Nantes\n"
         "K4,P4,V1,mentor,A-2025,,,proposed,\n"},
        {QStringLiteral("outcomes.csv"),
         "participant_ref,cohort_ref,milestone,situation,recorded_on,employer,sector,notes\n"
         "P1,A-2025,exit,cdd_under_6m,2025-01-17,Fournil Secret,food,Appel du mardi\n"
         "P1,A-2025,exit,qualifying_training,2025-01-20,,,\n"
         "P1,A-2025,m6,cdi,2025-07-20,Fournil Secret,food,\n"
         "P2,A-2025,m6,job_seeking,2025-07-20,,,\n"
         "P5,B-2025,m6,cdi,2025-08-14,,,\n"
         "P6,B-2025,m6,cdi,2025-08-14,,,\n"
         "P7,B-2025,m6,cdi,2025-08-14,,,\n"},
    });
    Transaction tx(db);
    REQUIRE(tx.begun().has_value());
    REQUIRE(SettingRepository(db).setValue(QStringLiteral("organisation_name"), QStringLiteral("Association Horizon")));
    REQUIRE(tx.commit().has_value());
}

void addBulkCohort(Database& db, int participants)
{
    QByteArray people = "ref,first_name,last_name,birth_date\n";
    QByteArray enrolments = "cohort_ref,participant_ref\n";
    QByteArray sessions = "ref,cohort_ref,module,date,start,end,status\n";
    QByteArray marks = "session_ref,participant_ref,status\n";
    for (int i = 0; i < participants; ++i) {
        const QByteArray ref = "D" + QByteArray::number(i);
        people += ref + ",Bulk" + QByteArray::number(i) + ",Person,1990-01-01\n";
        enrolments += "D-2025," + ref + "\n";
    }
    for (int day = 0; day < 12; ++day) {
        const QDate date = QDate(2025, 3, 17).addDays(day);
        if (date.dayOfWeek() > 5)
            continue;
        const QByteArray s = "DS" + QByteArray::number(day);
        sessions += s + ",D-2025,fle," + date.toString(Qt::ISODate).toLatin1() + ",09:00,12:00,held\n";
        for (int i = 0; i < participants; ++i)
            marks += s + ",D" + QByteArray::number(i) + (i % 3 ? ",present\n" : ",absent\n");
    }
    importFiles(db, {
        {QStringLiteral("cohorts.csv"), "ref,name,start_date,end_date\nD-2025,Delta mars,2025-03-17,2025-03-28\n"},
        {QStringLiteral("participants.csv"), people},
        {QStringLiteral("enrolments.csv"), enrolments},
        {QStringLiteral("sessions.csv"), sessions},
        {QStringLiteral("attendance.csv"), marks},
    });
}

QStringList personalStrings()
{
    QStringList out = {
        QStringLiteral("12 rue des Lilas"), QStringLiteral("Note secrete"), QStringLiteral("Madame Referente"),
        QStringLiteral("Boulanger chez"), QStringLiteral("Dupont Freres"), QStringLiteral("Madame Dupuis"),
        QStringLiteral("Demenagement"), QStringLiteral("Fournil Secret"), QStringLiteral("Appel du mardi"),
        QStringLiteral("Romane"), QStringLiteral("Vanille"), QStringLiteral("Quentin"), QStringLiteral("Safran"),
        QStringLiteral("Paula"), QStringLiteral("Romarin"), QStringLiteral("Olivier"), QStringLiteral("Cannelle"),
    };
    const char* const names[][2] = {{"Zacharie", "Quenouille"}, {"Yannick", "Bergamote"}, {"Xavier", "Tamarin"},
                                    {"Wassim", "Cardamome"},    {"Vanessa", "Pistache"},  {"Ulysse", "Gingembre"},
                                    {"Tarek", "Muscade"},       {"Sonia", "Curcuma"}};
    for (const auto& n : names)
        out << QString::fromLatin1(n[0]) << QString::fromLatin1(n[1]);
    for (int i = 1; i <= 8; ++i)
        out << QStringLiteral("+33 6 11 22 33 0%1").arg(i) << QStringLiteral("11 22 33 0%1").arg(i);
    out << QStringLiteral("@mail.example");
    const QDate births[] = {{1990, 5, 1}, {1992, 3, 10}, {1988, 11, 20}, {1995, 7, 7},
                            {2001, 2, 1}, {1993, 6, 15}, {1985, 9, 9},   {1980, 1, 30}};
    for (const QDate& d : births)
        out << d.toString(Qt::ISODate) << d.toString(QStringLiteral("dd/MM/yyyy"))
            << d.toString(QStringLiteral("d MMMM yyyy"));
    return out;
}

} // namespace parcours::test
