// SPDX-License-Identifier: GPL-3.0-or-later
// The subject access export (issue 9, GDPR article 15) on a real file imported from
// tests/data/subject-access: participant P1 has a row in every table, P2 and the volunteers are
// the others whose data must not leak. Every expected CSV byte below is written by hand from
// that folder and exchange-format.md's encoding.
#include "CatchQt.h"
#include "HostilePeople.h"
#include "TestDatabase.h"

#include "core/exchange/ExchangeImporter.h"
#include "core/services/SubjectAccess.h"
#include "core/services/SubjectAccessCsv.h"
#include "core/storage/Transaction.h"
#include "core/storage/VolunteerRepository.h"

#include <QDir>

using namespace parcours;
using namespace parcours::test;

namespace {

class Fixture
{
public:
    Fixture()
    {
        const auto report = ExchangeImporter(m_db.db()).importDir(testDataPath(QStringLiteral("subject-access")));
        REQUIRE(report.has_value());
        REQUIRE(report->written);
        // The onboarding dates of a volunteer are not in the exchange format: set them here.
        Transaction tx(m_db.db());
        VolunteerRepository volunteers(m_db.db());
        auto v1 = volunteers.find(QStringLiteral("V1"));
        REQUIRE(v1.has_value());
        REQUIRE(v1->has_value());
        Volunteer v = **v1;
        v.charterSignedOn = QDate(2025, 1, 15);
        v.trainingOn = QDate(2025, 2, 1);
        REQUIRE(volunteers.save(v).has_value());
        REQUIRE(tx.commit().has_value());
    }
    Database& db() { return m_db.db(); }
    QString dir() const { return m_db.dir(); }

    SubjectAccessData collect(PersonKind kind, const QString& ref)
    {
        auto data = SubjectAccess(db()).collect(kind, ref);
        REQUIRE(data.has_value());
        return *data;
    }

private:
    TestDatabase m_db;
};

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out << QString::fromUtf8(item);
    return out;
}

/// The files by name (as bytes, so that tests look them up by a literal).
QMap<QByteArray, QByteArray> filesOf(const SubjectAccessData& data)
{
    QMap<QByteArray, QByteArray> out;
    for (const SubjectAccessCsv::File& f : SubjectAccessCsv::files(data))
        out.insert(f.name.toUtf8(), f.bytes);
    return out;
}

} // namespace

TEST_CASE("A participant's subject access CSVs hold every row of theirs, byte for byte", "[subject-access]")
{
    Fixture f;
    const SubjectAccessData data = f.collect(PersonKind::Participant, QStringLiteral("P1"));
    const QList<SubjectAccessCsv::File> files = SubjectAccessCsv::files(data);
    QStringList names;
    for (const auto& file : files)
        names << file.name;
    CHECK(names == list({"participant.csv", "enrolments.csv", "attendance.csv", "pairings.csv", "checkins.csv",
                         "outcomes.csv"}));
    const auto bytes = filesOf(data);
    CHECK(bytes["participant.csv"]
          == "ref,first_name,last_name,birth_date,gender,country_of_origin,languages,french_level_entry,status,"
             "arrival_date,phone,email,professional_project,sector,referrer,consent_date,notes\n"
             "P1,Amina,Haddad,1990-04-12,f,SY,ar|fr|en,A2,refugee,2021-06-01,+33 6 12 34 56 78,amina@example.org,"
             "Aide-soignante,health,France terre d'asile,2025-02-20,\"Needs childcare, Tuesdays\"\n");
    CHECK(bytes["enrolments.csv"]
          == "cohort_ref,cohort_name,cohort_start_date,cohort_end_date,enrolled_on,status,exit_date,exit_reason,"
             "french_level_exit\n"
             "C1,Tremplin printemps,2025-03-03,2025-05-30,2025-03-03,completed,2025-05-30,\"Found a job, early\",B1\n"
             "C2,Tremplin automne,2025-09-01,2025-11-28,2025-09-01,enrolled,,,\n");
    // By date: S1 (3 March) before S2 (4 March) although the file lists S2 first.
    CHECK(bytes["attendance.csv"]
          == "session_ref,cohort_ref,date,start,end,module,session_status,status,minutes_late\n"
             "S1,C1,2025-03-03,09:00,12:30,fle,held,present,0\n"
             "S2,C1,2025-03-04,14:00,16:00,english,held,late,15\n");
    // The mentor and the coach by role only: neither their ref nor their name.
    CHECK(bytes["pairings.csv"]
          == "ref,role,cohort_ref,start_date,end_date,status,end_reason\n"
             "K1,mentor,C1,2025-03-10,2025-05-30,ended,Programme over\n"
             "K3,coach,C2,2025-09-08,,active,\n");
    CHECK(bytes["checkins.csv"]
          == "pairing_ref,date,duration_minutes,kind,notes\n"
             "K1,2025-03-20,45,in_person,Talked about the CV\n"
             "K1,2025-04-15,,message,\n");
    CHECK(bytes["outcomes.csv"]
          == "cohort_ref,milestone,situation,recorded_on,employer,sector,notes\n"
             "C1,exit,cdd_under_6m,2025-06-02,Boulangerie Paul,food,Starts in June\n"
             "C1,m6,cdi,2025-12-01,Boulangerie Paul,food,\n");
}

TEST_CASE("A volunteer's subject access CSVs hold their record, onboarding and pairings", "[subject-access]")
{
    Fixture f;
    const auto bytes = filesOf(f.collect(PersonKind::Volunteer, QStringLiteral("V1")));
    CHECK(bytes.keys() == QList<QByteArray>{"checkins.csv", "pairings.csv", "volunteer.csv"});
    CHECK(bytes["volunteer.csv"]
          == "ref,first_name,last_name,role,email,phone,profession,employer,sector,school,languages,max_pairings,"
             "available_from,available_to,notes,charter_signed_on,training_on\n"
             "V1,Vera,Mentorname,mentor,vera@example.org,0601020304,Engineer,Acme,industry,,fr|en,2,2025-01-01,"
             "2025-12-31,Prefers mornings,2025-01-15,2025-02-01\n");
    CHECK(bytes["pairings.csv"]
          == "ref,role,cohort_ref,start_date,end_date,status,end_reason\n"
             "K1,mentor,C1,2025-03-10,2025-05-30,ended,Programme over\n");
    CHECK(bytes["checkins.csv"]
          == "pairing_ref,date,duration_minutes,kind,notes\n"
             "K1,2025-03-20,45,in_person,Talked about the CV\n"
             "K1,2025-04-15,,message,\n");
}

TEST_CASE("A subject access export holds nothing of another person", "[subject-access]")
{
    Fixture f;
    // Every value of P2, V1 and V2 that is theirs alone (P1's own rows share cohorts and dates).
    const QList<QByteArray> others{"P2", "Zoltan", "Otherperson", "0799999999", "zoltan@", "Otherproject",
                                   "Otherreferrer", "Othernote", "Otherreason", "Othertitle", "K2", "Otherending",
                                   "Othercheckin", "Otheremployer", "Otheroutcome", "absent", "excused",
                                   "V1", "V2", "Vera", "Mentorname", "Victor", "Coachname", "vera@", "victor@",
                                   "Acme", "Sciences Po"};
    for (const auto& [name, bytes] : filesOf(f.collect(PersonKind::Participant, QStringLiteral("P1"))).toStdMap())
        for (const QByteArray& other : others) {
            INFO(name.toStdString() << " holds " << other.toStdString());
            CHECK_FALSE(bytes.contains(other));
        }
    const QList<QByteArray> notTheVolunteers{"P1", "P2", "Amina", "Haddad", "Zoltan", "amina@", "K3", "K2",
                                             "Othercheckin", "Victor", "Coachname"};
    for (const auto& [name, bytes] : filesOf(f.collect(PersonKind::Volunteer, QStringLiteral("V1"))).toStdMap())
        for (const QByteArray& other : notTheVolunteers) {
            INFO(name.toStdString() << " holds " << other.toStdString());
            CHECK_FALSE(bytes.contains(other));
        }
}

TEST_CASE("Subject access: unknown refs, shared refs, and the files written to a folder", "[subject-access]")
{
    Fixture f;
    SubjectAccess access(f.db());
    const auto missing = access.collect(PersonKind::Participant, QStringLiteral("V1"));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(access.collect(PersonKind::Volunteer, QStringLiteral("P1")).error().code == ErrorCode::NotFound);
    CHECK(access.kindsOf(QStringLiteral("P1")).value() == QList<PersonKind>{PersonKind::Participant});
    CHECK(access.kindsOf(QStringLiteral("V2")).value() == QList<PersonKind>{PersonKind::Volunteer});
    CHECK(access.kindsOf(QStringLiteral("nobody")).value().isEmpty());

    const QString dir = f.dir() + QStringLiteral("/out/P1");
    const auto written = SubjectAccessCsv::write(f.collect(PersonKind::Participant, QStringLiteral("P1")), dir);
    REQUIRE(written.has_value());
    CHECK(written->size() == 6);
    CHECK(QDir(dir).entryList(QDir::Files, QDir::Name)
          == list({"attendance.csv", "checkins.csv", "enrolments.csv", "outcomes.csv", "pairings.csv",
                   "participant.csv"}));
    CHECK(readBytes(dir + QStringLiteral("/pairings.csv")).startsWith("ref,role,cohort_ref,"));

    CHECK(SubjectAccessCsv::safeFileName(QStringLiteral("P-000012")) == QStringLiteral("P-000012"));
    CHECK(SubjectAccessCsv::safeFileName(QStringLiteral("../etc/x y")) == QStringLiteral("_._etc_x_y"));
    CHECK(SubjectAccessCsv::safeFileName(QStringLiteral("é\n")) == QStringLiteral("__"));
    CHECK(SubjectAccessCsv::safeFileName(QString()) == QStringLiteral("person"));
}

// Issue 9, Tests: hostile text (quotes, `'); DROP TABLE`, 2,000-character fields, control characters,
// right-to-left Arabic) in every text field of participants and volunteers, saved through EditService
// (the forms' write path), read back from the file, the subject access CSVs and the exchange export,
// each parsed back with the importer's reader, cell by cell.
TEST_CASE("Hostile text in every field of a person goes in through EditService and comes out intact: file, subject "
          "access CSVs, exchange export",
          "[subject-access][hostile]")
{
    TestDatabase file;
    // Five people, one per hostile value (HostilePeople.cpp): each field gets every value.
    CHECK(storeAndCheckHostilePeople(file) == 5);
}
