// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "Fixtures.h"
#include "RawSqlite.h"
#include "TestDatabase.h"

#include "core/storage/CohortRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/Transaction.h"

#include <QFile>

using namespace parcours;
using namespace parcours::test;

TEST_CASE("a participant comes back with every field", "[storage][participants]")
{
    TestDatabase t;
    ParticipantRepository repo(t.db());
    Transaction tx(t.db());
    auto saved = repo.save(fullParticipant(QStringLiteral("M1")));
    REQUIRE(saved);
    REQUIRE(tx.commit());

    auto found = repo.find(QStringLiteral("M1"));
    REQUIRE(found);
    REQUIRE(found->has_value());
    checkSame(**found, *saved);
    CHECK(scalar(t.db(), QStringLiteral("SELECT languages FROM participant")).toString() == QStringLiteral("ti|ar|en"));
    CHECK(scalar(t.db(), QStringLiteral("SELECT birth_date FROM participant")).toString() == QStringLiteral("1997-08-14"));
    CHECK(scalar(t.db(), QStringLiteral("SELECT status FROM participant")).toString() == QStringLiteral("subsidiary_protection"));
}

TEST_CASE("a participant's empty optional values are stored as NULL", "[storage][participants]")
{
    TestDatabase t;
    ParticipantRepository repo(t.db());
    Participant bare;
    bare.ref = QStringLiteral("M1");
    bare.firstName = QStringLiteral("Bilal");
    bare.lastName = QStringLiteral("Ahmadi");
    Transaction tx(t.db());
    REQUIRE(repo.save(bare));
    REQUIRE(tx.commit());
    CHECK(scalar(t.db(), QStringLiteral(
                             "SELECT count(*) FROM participant WHERE birth_date IS NULL AND gender IS NULL"
                             " AND country_of_origin IS NULL AND languages IS NULL AND french_level_entry IS NULL"
                             " AND status IS NULL AND arrival_date IS NULL AND phone IS NULL AND email IS NULL"
                             " AND professional_project IS NULL AND sector IS NULL AND referrer IS NULL"
                             " AND consent_date IS NULL AND notes IS NULL"))
              .toInt()
          == 1);
    auto back = repo.find(QStringLiteral("M1")).value().value();
    CHECK(back.languages.isEmpty());
    CHECK(back.gender == std::nullopt);
}

TEST_CASE("every validation problem of a participant is reported at once and nothing is written",
          "[storage][participants]")
{
    TestDatabase t;
    ParticipantRepository repo(t.db());
    Participant bad = fullParticipant(QStringLiteral("M1"));
    bad.firstName.clear();
    bad.lastName = QStringLiteral("  ");
    bad.email = QStringLiteral("not an address");
    bad.languages = {QStringLiteral("French")};
    Transaction tx(t.db());
    auto saved = repo.save(bad);
    REQUIRE(!saved);
    CHECK(saved.error().code == ErrorCode::Invalid);
    CHECK(fieldsOf(saved.error())
          == QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("languages"),
                         QStringLiteral("email")});
    REQUIRE(tx.commit());
    CHECK(repo.count().value() == 0);
}

TEST_CASE("writes outside a transaction are refused and write nothing", "[storage][participants]")
{
    TestDatabase t;
    ParticipantRepository repo(t.db());
    auto saved = repo.save(fullParticipant(QStringLiteral("M1")));
    REQUIRE(!saved);
    CHECK(saved.error().code == ErrorCode::Usage);
    CHECK(repo.count().value() == 0);

    seed(t.db());
    auto removed = repo.remove(QStringLiteral("M1"));
    REQUIRE(!removed);
    CHECK(removed.error().code == ErrorCode::Usage);
    CHECK(repo.count().value() == 2);
}

TEST_CASE("a transaction rolled back, or dropped without commit, leaves nothing", "[storage][participants]")
{
    TestDatabase t;
    ParticipantRepository repo(t.db());
    {
        Transaction tx(t.db());
        REQUIRE(repo.save(fullParticipant(QStringLiteral("M1"))));
        REQUIRE(repo.save(fullParticipant(QStringLiteral("M2"))));
        CHECK(repo.count().value() == 2); // seen inside the transaction
    }
    CHECK(repo.count().value() == 0);
    CHECK(!t->inTransaction());
    {
        Transaction tx(t.db());
        REQUIRE(repo.save(fullParticipant(QStringLiteral("M3"))));
        tx.rollback();
        CHECK(!t->inTransaction());
        auto late = repo.save(fullParticipant(QStringLiteral("M4")));
        REQUIRE(!late);
        CHECK(late.error().code == ErrorCode::Usage);
    }
    CHECK(repo.count().value() == 0);
}

TEST_CASE("participants are listed by ref and updated by ref", "[storage][participants]")
{
    TestDatabase t;
    ParticipantRepository repo(t.db());
    Transaction tx(t.db());
    for (const char* ref : {"P-000010", "M2", "A9", "M10"})
        REQUIRE(repo.save(fullParticipant(QString::fromLatin1(ref))));
    Participant renamed = fullParticipant(QStringLiteral("M2"));
    renamed.lastName = QStringLiteral("Tesfaye");
    renamed.languages = {QStringLiteral("fr")};
    auto updated = repo.save(renamed);
    REQUIRE(updated);
    REQUIRE(tx.commit());

    QStringList refs;
    for (const Participant& p : take(repo.all()))
        refs << p.ref;
    // Plain code-point order: what the export writes.
    CHECK(refs == QStringList{QStringLiteral("A9"), QStringLiteral("M10"), QStringLiteral("M2"), QStringLiteral("P-000010")});
    CHECK(repo.count().value() == 4);
    auto back = repo.find(QStringLiteral("M2")).value().value();
    CHECK(back.id == updated->id);
    CHECK(back.lastName == QStringLiteral("Tesfaye"));
    CHECK(back.languages == QStringList{QStringLiteral("fr")});
}

TEST_CASE("the next participant ref follows the highest generated one, ignoring other refs", "[storage][participants]")
{
    TestDatabase t;
    ParticipantRepository repo(t.db());
    CHECK(repo.nextRef().value() == QStringLiteral("P-000001"));
    Transaction tx(t.db());
    for (const char* ref : {"P-000009", "P-000120", "P-ADA", "p-000500", "M1", "P-000099"})
        REQUIRE(repo.save(fullParticipant(QString::fromLatin1(ref))));
    REQUIRE(tx.commit());
    CHECK(repo.nextRef().value() == QStringLiteral("P-000121"));
}

TEST_CASE("removing a participant removes their enrolments, marks, pairings and outcomes", "[storage][participants]")
{
    TestDatabase t;
    seed(t.db());
    ParticipantRepository repo(t.db());
    CohortRepository cohorts(t.db());
    SessionRepository sessions(t.db());
    PairingRepository pairings(t.db());
    OutcomeRepository outcomes(t.db());
    {
        Transaction tx(t.db());
        REQUIRE(cohorts.saveEnrolment(fullEnrolment(QStringLiteral("MINI"), QStringLiteral("M1"))));
        REQUIRE(cohorts.saveEnrolment(fullEnrolment(QStringLiteral("MINI"), QStringLiteral("M2"))));
        REQUIRE(sessions.save(fullSession(QStringLiteral("SE-1"), QStringLiteral("MINI"), {}, {})));
        REQUIRE(sessions.saveAttendance(lateMark(QStringLiteral("SE-1"), QStringLiteral("M1"))));
        REQUIRE(pairings.save(fullPairing(QStringLiteral("K1"), QStringLiteral("M1"), QStringLiteral("W1"),
                                          PairingRole::Mentor, QStringLiteral("MINI"))));
        REQUIRE(pairings.saveCheckIn(fullCheckIn(QStringLiteral("K1"), QDate(2025, 3, 7))));
        REQUIRE(outcomes.save(fullOutcome(QStringLiteral("M1"), QStringLiteral("MINI"))));
        REQUIRE(tx.commit());
    }
    Transaction tx(t.db());
    REQUIRE(repo.remove(QStringLiteral("M1")));
    CHECK(repo.remove(QStringLiteral("M1")).error().code == ErrorCode::NotFound);
    REQUIRE(tx.commit());
    CHECK(repo.count().value() == 1);
    CHECK(repo.find(QStringLiteral("M1")).value() == std::nullopt);
    REQUIRE(cohorts.enrolments().value().size() == 1);
    CHECK(cohorts.enrolments().value().first().participantRef == QStringLiteral("M2"));
    CHECK(sessions.attendance().value().isEmpty());
    CHECK(pairings.all().value().isEmpty());
    CHECK(pairings.checkIns().value().isEmpty());
    CHECK(outcomes.all().value().isEmpty());
    CHECK(sessions.all().value().size() == 1);
}

TEST_CASE("thousands of participants save in one transaction", "[storage][participants]")
{
    TestDatabase t;
    ParticipantRepository repo(t.db());
    Transaction tx(t.db());
    for (int i = 1; i <= 3000; ++i) {
        auto saved = repo.save(fullParticipant(QStringLiteral("P-%1").arg(i, 6, 10, QLatin1Char('0'))));
        if (!saved)
            FAIL(saved.error().toString().toStdString());
    }
    REQUIRE(tx.commit());
    CHECK(repo.count().value() == 3000);
    CHECK(repo.nextRef().value() == QStringLiteral("P-003001"));
}

namespace {

Cohort cohortStarting(const QString& ref, const QString& name, const QDate& start)
{
    Cohort c = fullCohort(ref, QStringLiteral("LIL"));
    c.name = name;
    c.startDate = start;
    c.endDate = start.addDays(60);
    return c;
}

Enrolment enrolment(const QString& cohortRef, const QString& participantRef)
{
    Enrolment e;
    e.cohortRef = cohortRef;
    e.participantRef = participantRef;
    return e;
}

} // namespace

TEST_CASE("the list's rows hold the list's columns, the latest cohort's name and every cohort's ref",
          "[storage][participants][list]")
{
    TestDatabase t;
    {
        Transaction tx(t.db());
        REQUIRE(SiteRepository(t.db()).save(fullSite(QStringLiteral("LIL"))));
        CohortRepository cohorts(t.db());
        // A-2024 and B-2024 start the same day; C-2023 before them, D-2025 after.
        REQUIRE(cohorts.save(cohortStarting(QStringLiteral("B-2024"), QStringLiteral("Lille B"), QDate(2024, 3, 4))));
        REQUIRE(cohorts.save(cohortStarting(QStringLiteral("A-2024"), QStringLiteral("Lille A"), QDate(2024, 3, 4))));
        REQUIRE(cohorts.save(cohortStarting(QStringLiteral("C-2023"), QStringLiteral("Lille 2023"), QDate(2023, 1, 9))));
        REQUIRE(cohorts.save(cohortStarting(QStringLiteral("D-2025"), QStringLiteral("Lyon 2025"), QDate(2025, 1, 6))));
        ParticipantRepository participants(t.db());
        for (const char* ref : {"P3", "P1", "P2"})
            REQUIRE(participants.save(fullParticipant(QString::fromLatin1(ref))));
        Participant bare;
        bare.ref = QStringLiteral("P10");
        bare.firstName = QStringLiteral("Bilal");
        bare.lastName = QStringLiteral("Ahmadi");
        REQUIRE(participants.save(bare));
        // P1: two cohorts starting the same day and an older one; P3: an old one (withdrawn)
        // and a later one; P2 and P10 enrolled nowhere.
        REQUIRE(cohorts.saveEnrolment(enrolment(QStringLiteral("B-2024"), QStringLiteral("P1"))));
        REQUIRE(cohorts.saveEnrolment(enrolment(QStringLiteral("C-2023"), QStringLiteral("P1"))));
        REQUIRE(cohorts.saveEnrolment(enrolment(QStringLiteral("A-2024"), QStringLiteral("P1"))));
        REQUIRE(cohorts.saveEnrolment(enrolment(QStringLiteral("D-2025"), QStringLiteral("P3"))));
        REQUIRE(cohorts.saveEnrolment(fullEnrolment(QStringLiteral("C-2023"), QStringLiteral("P3"))));
        REQUIRE(tx.commit());
    }
    t.close();
    // Read again from the file, as the window reads it.
    auto reopened = Database::open(t.path());
    REQUIRE(reopened);
    ParticipantRepository repo(**reopened);

    const QList<ParticipantListRow> rows = take(repo.listRows());
    QStringList refs;
    for (const ParticipantListRow& r : rows)
        refs << r.ref;
    CHECK(refs == QStringList({QStringLiteral("P1"), QStringLiteral("P10"), QStringLiteral("P2"), QStringLiteral("P3")}));
    REQUIRE(rows.size() == 4);

    const ParticipantListRow& p1 = rows.at(0);
    CHECK(p1.firstName == QStringLiteral("Selam"));
    CHECK(p1.lastName == QStringLiteral("Haile"));
    CHECK(p1.fullName() == QStringLiteral("Selam Haile"));
    CHECK(p1.birthDate == QDate(1997, 8, 14));
    CHECK(p1.countryOfOrigin == QStringLiteral("ER"));
    CHECK(p1.frenchLevelEntry == CefrLevel::A1);
    CHECK(p1.status == ParticipantStatus::SubsidiaryProtection);
    CHECK(p1.arrivalDate == QDate(2024, 3, 1));
    CHECK(p1.phone == QStringLiteral("06 12 34 56 78"));
    CHECK(p1.email == QStringLiteral("selam@example.org"));
    // Of two cohorts started the same day, the lower ref; every cohort by ref.
    CHECK(p1.cohortName == QStringLiteral("Lille A"));
    CHECK(p1.cohortRefs == QStringList({QStringLiteral("A-2024"), QStringLiteral("B-2024"), QStringLiteral("C-2023")}));

    const ParticipantListRow& p10 = rows.at(1);
    CHECK(p10.fullName() == QStringLiteral("Bilal Ahmadi"));
    CHECK(!p10.birthDate.isValid());
    CHECK(p10.countryOfOrigin.isEmpty());
    CHECK(p10.frenchLevelEntry == std::nullopt);
    CHECK(p10.status == std::nullopt);
    CHECK(!p10.arrivalDate.isValid());
    CHECK(p10.phone.isEmpty());
    CHECK(p10.email.isEmpty());
    CHECK(p10.cohortName.isEmpty());
    CHECK(p10.cohortRefs.isEmpty());

    CHECK(rows.at(2).cohortName.isEmpty());
    CHECK(rows.at(2).cohortRefs.isEmpty());
    // The latest started, whatever the enrolment's status; the withdrawn one still listed.
    CHECK(rows.at(3).cohortName == QStringLiteral("Lyon 2025"));
    CHECK(rows.at(3).cohortRefs == QStringList({QStringLiteral("C-2023"), QStringLiteral("D-2025")}));

    // One row by ref, the same as in the list.
    auto one = repo.listRow(QStringLiteral("P1"));
    REQUIRE(one);
    REQUIRE(one->has_value());
    CHECK((*one)->email == QStringLiteral("selam@example.org"));
    CHECK((*one)->cohortName == QStringLiteral("Lille A"));
    CHECK((*one)->cohortRefs == p1.cohortRefs);
    auto none = repo.listRow(QStringLiteral("P-404"));
    REQUIRE(none);
    CHECK(!none->has_value());

    // The cohorts alone, for those enrolled somewhere.
    const QHash<QString, ParticipantCohorts> cohorts = take(repo.cohortsOfEach());
    CHECK(cohorts.size() == 2);
    CHECK(cohorts.value(QStringLiteral("P1")).cohortName == QStringLiteral("Lille A"));
    CHECK(cohorts.value(QStringLiteral("P1")).cohortRefs == p1.cohortRefs);
    CHECK(cohorts.value(QStringLiteral("P3")).cohortName == QStringLiteral("Lyon 2025"));
    CHECK(cohorts.value(QStringLiteral("P3")).cohortRefs
          == QStringList({QStringLiteral("C-2023"), QStringLiteral("D-2025")}));
    CHECK(!cohorts.contains(QStringLiteral("P2")));

    // The list in two parts around a ref, as two readers read a long one: refs compared byte
    // by byte (P10 before P2), a participant's cohorts with them, nothing lost or twice.
    const auto refsOf = [](const QList<ParticipantListRow>& part) {
        QStringList out;
        for (const ParticipantListRow& r : part)
            out << r.ref;
        return out;
    };
    using Side = ParticipantRepository::RefSide;
    CHECK(take(repo.refAt(0)) == QStringLiteral("P1"));
    CHECK(take(repo.refAt(2)) == QStringLiteral("P2"));
    CHECK(take(repo.refAt(4)).isEmpty());
    CHECK(refsOf(take(repo.listRows(Side::Before, QStringLiteral("P2"), 2)))
          == QStringList({QStringLiteral("P1"), QStringLiteral("P10")}));
    const QList<ParticipantListRow> after = take(repo.listRows(Side::From, QStringLiteral("P2"), 2));
    CHECK(refsOf(after) == QStringList({QStringLiteral("P2"), QStringLiteral("P3")}));
    CHECK(after.at(1).cohortRefs == rows.at(3).cohortRefs);
    CHECK(after.at(1).cohortName == QStringLiteral("Lyon 2025"));
    // Around a ref no participant has; an empty one: every participant from it, none before.
    CHECK(refsOf(take(repo.listRows(Side::From, QStringLiteral("P100"), 0)))
          == QStringList({QStringLiteral("P2"), QStringLiteral("P3")}));
    CHECK(refsOf(take(repo.listRows(Side::From, QString(), 4))) == refs);
    CHECK(take(repo.listRows(Side::Before, QString(), 0)).isEmpty());
}

TEST_CASE("the list's rows read every letter, and values the schema's rules refuse, as a record is read",
          "[storage][participants][list]")
{
    TestDatabase t;
    {
        Transaction tx(t.db());
        REQUIRE(SiteRepository(t.db()).save(fullSite(QStringLiteral("LIL"))));
        CohortRepository cohorts(t.db());
        REQUIRE(cohorts.save(cohortStarting(QStringLiteral("K-1"), QStringLiteral("Français – Lille ①"), QDate(2025, 9, 1))));
        ParticipantRepository participants(t.db());
        Participant zoe;
        zoe.ref = QStringLiteral("P-Zoë");
        zoe.firstName = QStringLiteral("Zoë");
        zoe.lastName = QStringLiteral("Ngọc");
        zoe.birthDate = QDate(2001, 12, 31);
        zoe.countryOfOrigin = QStringLiteral("VN");
        zoe.phone = QStringLiteral("+33 6 12 34 56 78");
        REQUIRE(participants.save(zoe));
        Participant amal;
        amal.ref = QStringLiteral("P-2");
        amal.firstName = QStringLiteral("أمل");           // Arabic
        amal.lastName = QStringLiteral("Wáng 𠀋");        // U+2000B: two UTF-16 units
        amal.countryOfOrigin = QStringLiteral("SY");
        amal.arrivalDate = QDate(2016, 2, 29);
        amal.status = ParticipantStatus::AsylumSeeker;
        REQUIRE(participants.save(amal));
        Participant odd = fullParticipant(QStringLiteral("P-3"));
        REQUIRE(participants.save(odd));
        REQUIRE(cohorts.saveEnrolment(enrolment(QStringLiteral("K-1"), QStringLiteral("P-2"))));
        REQUIRE(tx.commit());
    }
    t.close();
    {
        // Behind the schema's back (another program, an older version): values its CHECKs refuse.
        RawSqlite raw(t.path());
        REQUIRE(raw.exec(QStringLiteral(
                    "PRAGMA ignore_check_constraints = ON;"
                    " UPDATE participant SET status = 'stateless', french_level_entry = 'b1',"
                    " birth_date = '2024-02-30', arrival_date = '2024/03/05', country_of_origin = 'fr',"
                    " email = '' WHERE ref = 'P-3';"
                    " UPDATE participant SET birth_date = '1990-07-14T08:00' WHERE ref = 'P-2'"))
                == 0);
    }
    auto reopened = Database::open(t.path());
    REQUIRE(reopened);
    ParticipantRepository repo(**reopened);
    const QList<ParticipantListRow> rows = take(repo.listRows());
    REQUIRE(rows.size() == 3);

    // Refs in code-unit order: "P-2" < "P-3" < "P-Zoë".
    const ParticipantListRow& amal = rows.at(0);
    CHECK(amal.ref == QStringLiteral("P-2"));
    CHECK(amal.firstName == QStringLiteral("أمل"));
    CHECK(amal.lastName == QStringLiteral("Wáng 𠀋"));
    CHECK(amal.lastName.size() == 7);
    CHECK(amal.birthDate == QDate(1990, 7, 14)); // Qt's ISO reading stops at the time
    CHECK(amal.countryOfOrigin == QStringLiteral("SY"));
    CHECK(amal.frenchLevelEntry == std::nullopt);
    CHECK(amal.status == ParticipantStatus::AsylumSeeker);
    CHECK(amal.arrivalDate == QDate(2016, 2, 29));
    CHECK(amal.phone.isEmpty());
    CHECK(amal.cohortName == QStringLiteral("Français – Lille ①"));
    CHECK(amal.cohortRefs == QStringList{QStringLiteral("K-1")});

    const ParticipantListRow& odd = rows.at(1);
    CHECK(odd.ref == QStringLiteral("P-3"));
    CHECK(odd.fullName() == QStringLiteral("Selam Haile"));
    CHECK(odd.status == std::nullopt);           // no such code
    CHECK(odd.frenchLevelEntry == std::nullopt); // codes are exact: 'b1' is not B1
    CHECK(!odd.birthDate.isValid());             // no 30 February
    CHECK(odd.arrivalDate == QDate(2024, 3, 5)); // Qt's ISO reading takes any punctuation
    CHECK(odd.countryOfOrigin == QStringLiteral("fr"));
    CHECK(odd.phone == QStringLiteral("06 12 34 56 78"));
    CHECK(odd.email.isEmpty());
    CHECK(odd.cohortName.isEmpty());
    CHECK(odd.cohortRefs.isEmpty());

    const ParticipantListRow& zoe = rows.at(2);
    CHECK(zoe.ref == QStringLiteral("P-Zoë"));
    CHECK(zoe.fullName() == QStringLiteral("Zoë Ngọc"));
    CHECK(zoe.birthDate == QDate(2001, 12, 31));
    CHECK(zoe.countryOfOrigin == QStringLiteral("VN"));
    CHECK(zoe.phone == QStringLiteral("+33 6 12 34 56 78"));
    CHECK(zoe.email.isEmpty());
    CHECK(zoe.status == std::nullopt);
    CHECK(!zoe.arrivalDate.isValid());

    // Each row holds what reading the whole record gives.
    for (const ParticipantListRow& r : rows) {
        const Participant p = take(repo.find(r.ref)).value();
        CHECK(r.firstName == p.firstName);
        CHECK(r.lastName == p.lastName);
        CHECK(r.birthDate == p.birthDate);
        CHECK(r.countryOfOrigin == p.countryOfOrigin);
        CHECK(r.frenchLevelEntry == p.frenchLevelEntry);
        CHECK(r.status == p.status);
        CHECK(r.arrivalDate == p.arrivalDate);
        CHECK(r.phone == p.phone);
        CHECK(r.email == p.email);
    }
    // One row by a non-ASCII ref, the same.
    auto one = repo.listRow(QStringLiteral("P-Zoë"));
    REQUIRE(one);
    REQUIRE(one->has_value());
    CHECK((*one)->fullName() == QStringLiteral("Zoë Ngọc"));
    CHECK((*one)->phone == zoe.phone);
    auto cohorts = take(repo.cohortsOfEach());
    CHECK(cohorts.keys() == QStringList{QStringLiteral("P-2")});

    // The statements read through SQLite's C API are finalised when the file is closed: the
    // connection really closes (its write-ahead log is removed with it).
    reopened->reset();
    CHECK(!QFile::exists(t.path() + QStringLiteral("-wal")));
}

TEST_CASE("reading the list from a file without its enrolments gives the error a query gives, not a crash",
          "[storage][participants][list]")
{
    TestDatabase t;
    {
        Transaction tx(t.db());
        REQUIRE(ParticipantRepository(t.db()).save(fullParticipant(QStringLiteral("P1"))));
        REQUIRE(tx.commit());
    }
    t.close();
    {
        RawSqlite raw(t.path());
        REQUIRE(raw.exec(QStringLiteral("PRAGMA foreign_keys = OFF; DROP TABLE enrolment")) == 0);
    }
    auto reopened = Database::open(t.path());
    REQUIRE(reopened);
    ParticipantRepository repo(**reopened);
    // The same failure through Qt Sql, for comparison.
    auto viaQt = CohortRepository(**reopened).enrolmentsOf(QStringLiteral("C1"));
    REQUIRE(!viaQt);
    CHECK(viaQt.error().code == ErrorCode::Sql);
    CHECK(viaQt.error().detail.contains(QStringLiteral("no such table: enrolment")));

    for (int attempt = 0; attempt < 2; ++attempt) { // and again: nothing left half done
        auto rows = repo.listRows();
        REQUIRE(!rows);
        CHECK(rows.error().code == viaQt.error().code);
        CHECK(rows.error().detail == viaQt.error().detail);
        auto one = repo.listRow(QStringLiteral("P1"));
        REQUIRE(!one);
        CHECK(one.error().detail == viaQt.error().detail);
        auto cohorts = repo.cohortsOfEach();
        REQUIRE(!cohorts);
        CHECK(cohorts.error().detail == viaQt.error().detail);
    }
    // The connection still reads what is there.
    CHECK(take(repo.all()).size() == 1);
}
