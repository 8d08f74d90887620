// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log on a real file: every write path leaves its entry with the right actor, record
// and field names (never values); a rolled back change leaves none; the file refuses UPDATE
// and DELETE on the log; an import and a demo leave summaries; the filters and the CSV export.
#include "core/storage/AuditLog.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "core/exchange/AuditExport.h"
#include "core/exchange/ExchangeImporter.h"
#include "core/services/AttendanceService.h"
#include "core/services/DemoGenerator.h"
#include "core/services/EditService.h"
#include "core/services/OutcomeService.h"
#include "core/services/PairingService.h"
#include "core/services/TimetableService.h"
#include "core/storage/BulkLoader.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/PrivacyRepository.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace parcours;
using namespace parcours::test;

namespace {

const FixedClock kClock(QDateTime(QDate(2025, 3, 5), QTime(12, 0)));

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

AuditActor marie()
{
    return {s("Marie Durand"), s("mdurand"), s("parcours-test")};
}

/// Every entry, oldest first.
QList<AuditEntry> entries(const Database& db)
{
    auto found = AuditLog(db).find({}, std::nullopt, 100000);
    REQUIRE(found);
    QList<AuditEntry> out = *found;
    std::reverse(out.begin(), out.end());
    return out;
}

/// The entries after the first `skip`.
QList<AuditEntry> since(const Database& db, int skip)
{
    return entries(db).mid(skip);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// A raw connection to the file, as another program (sqlite3, a database browser) would have.
class OtherProgram
{
public:
    explicit OtherProgram(const QString& path) : m_name(QStringLiteral("audit-other-%1").arg(++s_counter))
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        c.setDatabaseName(path);
        REQUIRE(c.open());
    }
    ~OtherProgram()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    /// Runs `sql`; the error text, empty on success.
    QString run(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return {};
        return q.lastError().text();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

Participant person(const char* ref, const char* first, const char* last)
{
    Participant p;
    p.ref = s(ref);
    p.firstName = s(first);
    p.lastName = s(last);
    p.consentDate = QDate(2025, 2, 1);
    return p;
}

/// Cohort C-1 (3 to 28 March 2025) with P-1 enrolled, a mentor W-1 and a held session SE-1.
void sample(Database& db)
{
    EditService edits(db);
    Cohort c;
    c.ref = s("C-1");
    c.name = s("Tremplin");
    c.startDate = QDate(2025, 3, 3);
    c.endDate = QDate(2025, 3, 28);
    REQUIRE(edits.save(c));
    REQUIRE(edits.save(person("P-1", "Zoé", "Martin")));
    Enrolment e;
    e.cohortRef = s("C-1");
    e.participantRef = s("P-1");
    REQUIRE(edits.save(e));
    Volunteer v;
    v.ref = s("W-1");
    v.firstName = s("Paul");
    v.lastName = s("Roux");
    v.role = VolunteerRole::Mentor;
    v.charterSignedOn = QDate(2025, 1, 1);
    v.trainingOn = QDate(2025, 1, 2);
    REQUIRE(edits.save(v));
    Session session;
    session.ref = s("SE-1");
    session.cohortRef = s("C-1");
    session.date = QDate(2025, 3, 3);
    session.start = QTime(9, 0);
    session.end = QTime(12, 0);
    session.status = SessionStatus::Held;
    REQUIRE(TimetableService(db).createSessions({session}));
}

} // namespace

TEST_CASE("an edit is logged with its actor, time, record and the names of the fields it changed",
          "[audit]")
{
    TestDatabase t;
    t->setAuditActor(marie());
    EditService edits(t.db());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    Participant p = person("P-7", "Amal", "Nasser");
    p.phone = s("06 11 22 33 44");
    auto saved = edits.save(p);
    REQUIRE(saved);

    p = saved->value;
    p.phone = s("07 99 88 77 66");
    p.notes = s("Needs childcare on Tuesdays");
    REQUIRE(edits.save(p));
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

    const QList<AuditEntry> log = entries(t.db());
    REQUIRE(log.size() == 2);
    const AuditEntry& made = log.at(0);
    CHECK(made.action == s("insert"));
    CHECK(made.kind == s("participant"));
    CHECK(made.recordId == p.id);
    CHECK(made.recordRef == s("P-7"));
    // The fields given a value: ref, names, phone, consent date; not the empty ones.
    CHECK(sorted(made.fields)
          == QStringList{s("consent_date"), s("first_name"), s("last_name"), s("phone"), s("ref")});
    CHECK(made.actor == s("Marie Durand"));
    CHECK(made.osUser == s("mdurand"));
    CHECK(made.program == s("parcours-test"));
    CHECK(made.at.timeSpec() == Qt::UTC);
    CHECK(made.at >= before);
    CHECK(made.at <= after);

    const AuditEntry& changed = log.at(1);
    CHECK(changed.action == s("update"));
    CHECK(changed.recordRef == s("P-7"));
    CHECK(changed.fields == QStringList{s("phone"), s("notes")});
    CHECK(changed.id > made.id);

    // An edit that changes nothing is not logged.
    REQUIRE(edits.save(p));
    CHECK(entries(t.db()).size() == 2);
}

TEST_CASE("the log keeps no value of any field: names, phone and notes are nowhere in it", "[audit]")
{
    TestDatabase t;
    EditService edits(t.db());
    Participant p = person("P-1", "Yasmina", "Belkacem");
    p.phone = s("0612345678");
    p.notes = s("secret-marker-4242");
    REQUIRE(edits.save(p));
    REQUIRE(edits.remove(EntityKind::Participant, s("P-1")));

    auto csv = AuditExport::csv(t.db(), {});
    REQUIRE(csv);
    CHECK(csv->contains("participant"));
    for (const char* value : {"Yasmina", "Belkacem", "0612345678", "secret-marker-4242", "2025-02-01"})
        CHECK_FALSE(csv->contains(value));
    CHECK(entries(t.db()).constLast().action == s("delete"));
    CHECK(entries(t.db()).constLast().recordRef == s("P-1"));
}

TEST_CASE("a change rolled back leaves no entry", "[audit]")
{
    TestDatabase t;
    REQUIRE(EditService(t.db()).save(person("P-1", "Zoé", "Martin")));
    REQUIRE(entries(t.db()).size() == 1);
    {
        Transaction tx(t.db());
        REQUIRE(tx.begun());
        REQUIRE(ParticipantRepository(t.db()).save(person("P-2", "Ali", "Haddad")));
        REQUIRE(AuditLog(t.db()).record(s("erase"), s("participant"), 1));
        CHECK(entries(t.db()).size() == 3); // inside the transaction, both are there
        tx.rollback();
    }
    CHECK(entries(t.db()).size() == 1);

    // A save the validation refuses leaves none either.
    Participant bad = person("P-3", "Ana", "Lopez");
    bad.email = s("not an email");
    bad.countryOfOrigin = s("france");
    CHECK_FALSE(EditService(t.db()).save(bad));
    CHECK(entries(t.db()).size() == 1);
}

TEST_CASE("the file refuses to change or delete an entry of the log, from any program", "[audit]")
{
    TestDatabase t;
    REQUIRE(EditService(t.db()).save(person("P-1", "Zoé", "Martin")));
    const QString path = t.path();
    t.close();

    OtherProgram other(path);
    CHECK(other.run(s("UPDATE audit_log SET actor = 'someone else'")).contains(s("append-only")));
    CHECK(other.run(s("DELETE FROM audit_log")).contains(s("append-only")));
    CHECK(other.run(s("DELETE FROM audit_context")).contains(s("one row")));
    CHECK(other.run(s("INSERT INTO audit_context (id) VALUES (2)")).contains(s("one row")));
    // A change made outside Parcours is still logged, with no user.
    CHECK(other.run(s("UPDATE participant SET email = 'z@example.org' WHERE ref = 'P-1'")).isEmpty());

    auto db = Database::open(path);
    REQUIRE(db);
    const QList<AuditEntry> log = entries(**db);
    REQUIRE(log.size() == 2);
    CHECK(log.at(0).actor == AuditActor::ofThisProcess().name);
    CHECK(log.at(1).action == s("update"));
    CHECK(log.at(1).fields == QStringList{s("email")});
    CHECK(log.at(1).actor.isEmpty());
    CHECK(log.at(1).program.isEmpty());
}

TEST_CASE("marks, pairings, outcomes, timetable changes and settings are logged", "[audit]")
{
    TestDatabase t;
    sample(t.db());
    t->setAuditActor(marie());
    const int start = int(entries(t.db()).size());

    SECTION("attendance")
    {
        AttendanceService attendance(t.db(), nullptr, kClock);
        REQUIRE(attendance.setMarks({{s("SE-1"), s("P-1"), AttendanceStatus::Late, 10}}));
        REQUIRE(attendance.setMarks({{s("SE-1"), s("P-1"), AttendanceStatus::Present, 0}}));
        const QList<AuditEntry> log = since(t.db(), start);
        REQUIRE(log.size() == 2);
        CHECK(log.at(0).action == s("insert"));
        CHECK(log.at(0).kind == s("attendance"));
        CHECK(log.at(0).recordRef == s("SE-1 / P-1"));
        CHECK(log.at(1).action == s("update"));
        CHECK(log.at(1).fields == QStringList{s("status"), s("minutes_late")});
        CHECK(log.at(1).actor == s("Marie Durand"));
    }
    SECTION("pairings")
    {
        PairingService pairings(t.db());
        auto proposed = pairings.propose(s("P-1"), s("W-1"), PairingRole::Mentor, s("C-1"));
        REQUIRE(proposed);
        const QList<AuditEntry> log = since(t.db(), start);
        REQUIRE(log.size() == 1);
        CHECK(log.at(0).kind == s("pairing"));
        CHECK(log.at(0).action == s("insert"));
        CHECK(log.at(0).recordRef.startsWith(s("K-")));
        CHECK(log.at(0).actor == s("Marie Durand"));
    }
    SECTION("outcomes")
    {
        Outcome o;
        o.participantRef = s("P-1");
        o.cohortRef = s("C-1");
        o.milestone = Milestone::Exit;
        o.situation = Situation::Cdi;
        o.recordedOn = QDate(2025, 3, 28);
        o.employer = s("Boulangerie Petit");
        REQUIRE(OutcomeService(t.db()).record(o));
        const QList<AuditEntry> log = since(t.db(), start);
        REQUIRE(log.size() == 1);
        CHECK(log.at(0).kind == s("outcome"));
        CHECK(log.at(0).recordRef == s("P-1 / C-1"));
        CHECK(sorted(log.at(0).fields)
              == QStringList{s("cohort_id"), s("employer"), s("milestone"), s("participant_id"), s("recorded_on"),
                             s("situation")});
    }
    SECTION("timetable")
    {
        REQUIRE(TimetableService(t.db()).setStatus(s("SE-1"), SessionStatus::Cancelled, EditScope::Occurrence));
        const QList<AuditEntry> log = since(t.db(), start);
        REQUIRE(log.size() == 1);
        CHECK(log.at(0).kind == s("session"));
        CHECK(log.at(0).action == s("update"));
        CHECK(log.at(0).recordRef == s("SE-1"));
        CHECK(log.at(0).fields == QStringList{s("status")});
    }
    SECTION("settings")
    {
        AttendanceService attendance(t.db(), nullptr, kClock);
        REQUIRE(attendance.setThresholdPercent(70));
        REQUIRE(attendance.setThresholdPercent(60));
        const QList<AuditEntry> log = since(t.db(), start);
        REQUIRE(log.size() == 2);
        CHECK(log.at(0).kind == s("setting"));
        CHECK(log.at(0).action == s("insert"));
        CHECK(log.at(0).fields == QStringList{s("key"), s("value")});
        CHECK(log.at(1).action == s("update"));
        CHECK(log.at(1).fields == QStringList{s("value")});
        CHECK(log.at(1).recordRef == log.at(0).recordRef);
        CHECK_FALSE(log.at(1).recordRef.isEmpty());
    }
    SECTION("removing a cohort logs it and every row that goes with it")
    {
        REQUIRE(EditService(t.db()).remove(EntityKind::Cohort, s("C-1")));
        QStringList kinds;
        for (const AuditEntry& e : since(t.db(), start)) {
            CHECK(e.action == s("delete"));
            kinds << e.kind;
        }
        CHECK(sorted(kinds) == QStringList{s("cohort"), s("enrolment"), s("session")});
    }
}

TEST_CASE("an import is logged as one entry per table with its row count, not one per row", "[audit]")
{
    TestDatabase t;
    t->setAuditActor(marie());
    const QDir dir(t.dir());
    REQUIRE(dir.mkdir(s("in")));
    writeBytes(dir.filePath(s("in/participants.csv")),
               "ref,first_name,last_name,consent_date\nP-1,Zoé,Martin,2025-01-01\nP-2,Ali,Haddad,2025-01-02\n"
               "P-3,Ana,Lopez,2025-01-03\n");
    writeBytes(dir.filePath(s("in/cohorts.csv")),
               "ref,name,start_date,end_date\nC-1,Tremplin,2025-03-03,2025-03-28\n");
    auto report = ExchangeImporter(t.db()).importDir(dir.filePath(s("in")));
    REQUIRE(report);
    REQUIRE(report->written);

    const QList<AuditEntry> log = entries(t.db());
    REQUIRE(log.size() == 2);
    QMap<QString, AuditEntry> byKind;
    for (const AuditEntry& e : log) {
        CHECK(e.action == s("import"));
        CHECK(e.actor == s("Marie Durand"));
        byKind.insert(e.kind, e);
    }
    REQUIRE(byKind.contains(s("participants")));
    REQUIRE(byKind.contains(s("cohorts")));
    CHECK(byKind[s("participants")].count == 3);
    CHECK(byKind[s("participants")].recordRef == s("participants.csv"));
    CHECK(byKind[s("cohorts")].count == 1);

    // Row entries come back on after the import's transaction.
    REQUIRE(EditService(t.db()).save(person("P-9", "Noor", "Aziz")));
    CHECK(entries(t.db()).size() == 3);

    // A dry run and a refused import leave nothing.
    REQUIRE(ExchangeImporter(t.db()).importDir(dir.filePath(s("in")), true));
    writeBytes(dir.filePath(s("in/cohorts.csv")), "ref,name,start_date,end_date\nC-2,Bad,2025-03-03,2025-02-01\n");
    auto refused = ExchangeImporter(t.db()).importDir(dir.filePath(s("in")));
    REQUIRE(refused);
    CHECK_FALSE(refused->written);
    CHECK(entries(t.db()).size() == 3);
}

TEST_CASE("the demo and a bulk load each leave one summary entry", "[audit]")
{
    SECTION("small demo")
    {
        TestDatabase t;
        auto data = DemoGenerator(kClock, 7).fill(t.db());
        REQUIRE(data);
        const QList<AuditEntry> log = entries(t.db());
        REQUIRE(log.size() == 1);
        CHECK(log.at(0).action == s("demo"));
        CHECK(log.at(0).kind == s("database"));
        const qint64 rows = data->sites.size() + data->rooms.size() + data->trainers.size()
            + data->unavailability.size() + data->cohorts.size() + data->participants.size()
            + data->volunteers.size() + data->enrolments.size() + data->sessions.size() + data->attendance.size()
            + data->pairings.size() + data->checkIns.size() + data->outcomes.size();
        CHECK(log.at(0).count == rows);
        CHECK(rows > 100);
    }
    SECTION("bulk load")
    {
        TestDatabase t;
        CHECK(AuditLog(t.db()).count({}).value() == 0);
        auto load = BulkLoader::begin(t.db());
        REQUIRE(load);
        Site site;
        site.ref = s("S1");
        site.name = s("Lille");
        REQUIRE((*load)->site(1, site));
        REQUIRE((*load)->participant(1, person("P-1", "Zoé", "Martin")));
        REQUIRE((*load)->participant(2, person("P-2", "Ali", "Haddad")));
        REQUIRE((*load)->finish());
        const QList<AuditEntry> log = entries(t.db());
        REQUIRE(log.size() == 1);
        CHECK(log.at(0).action == s("bulk_load"));
        CHECK(log.at(0).count == 3);
        // The row triggers are back: the next edit is logged.
        REQUIRE(EditService(t.db()).save(person("P-3", "Ana", "Lopez")));
        CHECK(entries(t.db()).size() == 2);
    }
}

TEST_CASE("the log is read newest first, filtered by day, actor and record, a page at a time", "[audit]")
{
    TestDatabase t;
    EditService edits(t.db());
    t->setAuditActor(marie());
    REQUIRE(edits.save(person("P-1", "Zoé", "Martin")));
    t->setAuditActor({s("Karim"), s("karim"), s("parcours")});
    REQUIRE(edits.save(person("P-2", "Ali", "Haddad")));
    REQUIRE(edits.save(person("P-3", "Ana", "Lopez")));

    AuditLog log(t.db());
    auto all = log.find({});
    REQUIRE(all);
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).recordRef == s("P-3"));
    CHECK(all->at(2).recordRef == s("P-1"));

    AuditFilter byActor;
    byActor.actor = s("Karim");
    CHECK(log.count(byActor).value() == 2);
    AuditFilter byRecord;
    byRecord.record = s("p-2");
    auto two = log.find(byRecord);
    REQUIRE(two);
    REQUIRE(two->size() == 1);
    CHECK(two->at(0).actor == s("Karim"));
    byRecord.record = QStringLiteral("#%1").arg(two->at(0).recordId.value());
    CHECK(log.count(byRecord).value() == 1);

    const QDate today = QDateTime::currentDateTimeUtc().date();
    AuditFilter past;
    past.to = today.addDays(-1);
    CHECK(log.count(past).value() == 0);
    AuditFilter now;
    now.from = today;
    now.to = today;
    CHECK(log.count(now).value() == 3);

    auto page = log.find({}, all->at(0).id, 1);
    REQUIRE(page);
    REQUIRE(page->size() == 1);
    CHECK(page->at(0).recordRef == s("P-2"));
    CHECK(log.actors().value() == QStringList{s("Karim"), s("Marie Durand")});
}

TEST_CASE("the CSV export writes the entries oldest first, one line each, field names joined with |",
          "[audit]")
{
    TestDatabase t;
    t->setAuditActor({s("Anne, \"la chef\""), s("anne"), s("parcours")});
    EditService edits(t.db());
    auto saved = edits.save(person("P-1", "Zoé", "Martin"));
    REQUIRE(saved);
    Participant p = saved->value;
    p.email = s("zoe@example.org");
    p.phone = s("0600000000");
    REQUIRE(edits.save(p));

    const QList<AuditEntry> log = entries(t.db());
    REQUIRE(log.size() == 2);
    const QString id = QString::number(p.id);
    const QByteArray expected = "id,at,actor,os_user,program,action,kind,record_id,record_ref,fields,count\n"
        "1," + log.at(0).at.toString(Qt::ISODate).toUtf8() + ",\"Anne, \"\"la chef\"\"\",anne,parcours,insert,participant,"
        + id.toUtf8() + ",P-1,ref|first_name|last_name|consent_date,\n"
        "2," + log.at(1).at.toString(Qt::ISODate).toUtf8() + ",\"Anne, \"\"la chef\"\"\",anne,parcours,update,participant,"
        + id.toUtf8() + ",P-1,phone|email,\n";
    auto csv = AuditExport::csv(t.db(), {});
    REQUIRE(csv);
    CHECK(*csv == expected);
    CHECK(log.at(0).at.toString(Qt::ISODate).endsWith(QLatin1Char('Z')));

    const QString path = QDir(t.dir()).filePath(s("audit.csv"));
    auto written = AuditExport::writeFile(t.db(), {}, path);
    REQUIRE(written);
    CHECK(*written == 2);
    CHECK(readBytes(path) == expected);
}

TEST_CASE("an enrolment's consent override is logged with the names of its fields, never its reason",
          "[audit]")
{
    TestDatabase t;
    sample(t.db());
    t->setAuditActor(marie());
    EditService edits(t.db());
    Participant p = person("P-2", "Ali", "Haddad");
    p.consentDate = {};
    REQUIRE(edits.save(p));
    const int start = int(entries(t.db()).size());

    Enrolment e;
    e.cohortRef = s("C-1");
    e.participantRef = s("P-2");
    auto enrolled = edits.enrol(e, s("secret-reason-7777: paper form lost"));
    REQUIRE(enrolled);
    const qint64 enrolmentId = enrolled->value.id;
    QList<AuditEntry> log = since(t.db(), start);
    REQUIRE(log.size() == 2);
    CHECK(log.at(0).kind == s("enrolment"));
    CHECK(log.at(0).action == s("insert"));
    const AuditEntry& made = log.at(1);
    CHECK(made.action == s("insert"));
    CHECK(made.kind == s("enrolment_consent_override"));
    CHECK(made.recordId == enrolmentId);
    CHECK(made.recordRef == s("C-1 / P-2"));
    CHECK(made.fields == QStringList{s("reason"), s("recorded_on")});
    CHECK(made.actor == s("Marie Durand"));

    // A new reason the same day: only `reason` changed.
    {
        Transaction tx(t.db());
        REQUIRE(tx.begun());
        REQUIRE(PrivacyRepository(t.db()).setConsentOverride(enrolmentId, s("secret-reason-8888"),
                                                             QDate::currentDate()));
        REQUIRE(tx.commit());
    }
    log = since(t.db(), start);
    REQUIRE(log.size() == 3);
    CHECK(log.at(2).action == s("update"));
    CHECK(log.at(2).kind == s("enrolment_consent_override"));
    CHECK(log.at(2).recordRef == s("C-1 / P-2"));
    CHECK(log.at(2).fields == QStringList{s("reason")});

    // Removing the person takes the enrolment and its override with them (cascade): the override's
    // entry names the enrolment by id, as the enrolment is gone when the cascade reaches it.
    REQUIRE(edits.remove(EntityKind::Participant, s("P-2")));
    log = since(t.db(), start);
    REQUIRE(log.size() == 6);
    CHECK(log.at(3).kind == s("participant"));
    CHECK(log.at(4).kind == s("enrolment"));
    CHECK(log.at(4).action == s("delete"));
    CHECK(log.at(5).kind == s("enrolment_consent_override"));
    CHECK(log.at(5).action == s("delete"));
    CHECK(log.at(5).recordId == enrolmentId);
    CHECK(log.at(5).recordRef == QStringLiteral("#%1").arg(enrolmentId));
    CHECK(log.at(5).fields.isEmpty());

    auto csv = AuditExport::csv(t.db(), {});
    REQUIRE(csv);
    CHECK(csv->contains("enrolment_consent_override"));
    for (const char* value : {"secret-reason", "paper form", "Haddad"})
        CHECK_FALSE(csv->contains(value));
}
