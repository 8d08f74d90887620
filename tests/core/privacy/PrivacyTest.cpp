// SPDX-License-Identifier: GPL-3.0-or-later
// GDPR (issue 9 point 6): consent before enrolment, retention, erasure with secure_delete,
// files readable by their owner only. Real files, read back as bytes.
#include "CatchQt.h"
#include "RawSqlite.h"
#include "TestDatabase.h"
#include "core/exchange/ExchangeExporter.h"
#include "core/exchange/ExchangeImporter.h"
#include "core/services/EditService.h"
#include "core/services/PrivacyService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/BackupRotation.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SettingRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/VolunteerRepository.h"
#include "core/storage/WriteLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace parcours;
using parcours::test::readBytes;
using parcours::test::TestDatabase;
using parcours::test::writeBytes;

namespace {

template<class T>
T take(Result<T> r)
{
    if (!r)
        FAIL(r.error().toString().toStdString());
    return std::move(*r);
}

Cohort cohort(const QString& ref, QDate start, QDate end)
{
    Cohort c;
    c.ref = ref;
    c.name = QStringLiteral("Tremplin ") + ref;
    c.startDate = start;
    c.endDate = end;
    return c;
}

Participant participant(const QString& ref, const QString& first, QDate consent = {})
{
    Participant p;
    p.ref = ref;
    p.firstName = first;
    p.lastName = QStringLiteral("Nom");
    p.consentDate = consent;
    return p;
}

Volunteer volunteer(const QString& ref, QDate availableTo)
{
    Volunteer v;
    v.ref = ref;
    v.firstName = QStringLiteral("Vol");
    v.lastName = ref;
    v.availableTo = availableTo;
    return v;
}

Enrolment enrolment(const QString& cohortRef, const QString& participantRef, QDate on)
{
    Enrolment e;
    e.cohortRef = cohortRef;
    e.participantRef = participantRef;
    e.enrolledOn = on;
    return e;
}

/// The permission bits of a file (S_IRWXU | S_IRWXG | S_IRWXO).
int modeOf(const QString& path)
{
    struct stat st{};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

/// A count through a plain sqlite3 connection, closed again at once (an open reader would
/// keep the log from being emptied).
qint64 countIn(const QString& path, const QString& sql)
{
    test::RawSqlite raw(path, true);
    REQUIRE(raw.isOpen());
    return raw.integer(sql);
}

/// Runs `work` in a Transaction of `db` and commits.
template<class Work>
void inTransaction(Database& db, Work work)
{
    Transaction tx(db);
    REQUIRE(tx.begun());
    work();
    REQUIRE(tx.commit());
}

} // namespace

TEST_CASE("enrolling needs a consent date or a reason, kept with the enrolment", "[privacy][consent]")
{
    TestDatabase file;
    EditService edits(file.db());
    REQUIRE(edits.save(cohort(QStringLiteral("C1"), QDate(2025, 3, 3), QDate(2025, 6, 27))));
    REQUIRE(edits.save(participant(QStringLiteral("P1"), QStringLiteral("Awa"), QDate(2025, 2, 20))));
    REQUIRE(edits.save(participant(QStringLiteral("P2"), QStringLiteral("Bilal"))));

    // With a consent date: enrolled, no override kept (even when a reason is given).
    REQUIRE(edits.enrol(enrolment(QStringLiteral("C1"), QStringLiteral("P1"), QDate(2025, 3, 3)), QStringLiteral("x")));
    CHECK(take(edits.consentOverrideOf(QStringLiteral("C1"), QStringLiteral("P1"))) == std::nullopt);

    // Without: refused, naming the field, and nothing stored.
    auto refused = edits.enrol(enrolment(QStringLiteral("C1"), QStringLiteral("P2"), QDate(2025, 3, 3)));
    REQUIRE(!refused);
    CHECK(refused.error().code == ErrorCode::Invalid);
    REQUIRE(refused.error().problems.size() == 1);
    CHECK(refused.error().problems.first().field == QStringLiteral("consent_date"));
    CHECK(refused.error().problems.first().reason.contains(QStringLiteral("'P2' has no consent date")));
    CHECK(take(CohortRepository(file.db()).enrolmentsOf(QStringLiteral("C1"))).size() == 1);
    // A blank reason is no reason.
    CHECK(!edits.enrol(enrolment(QStringLiteral("C1"), QStringLiteral("P2"), QDate(2025, 3, 3)), QStringLiteral(" \t\n")));
    CHECK(take(CohortRepository(file.db()).enrolmentsOf(QStringLiteral("C1"))).size() == 1);

    // With a hostile reason: stored and read back as it was typed.
    const QString hostile = QStringLiteral("consent oral « d'accord », \"signé\" demain'); DROP TABLE enrolment; --\n"
                                           "\t\x01\x1f end ")
        + QString::fromUtf8("\u202Eتم الموافقة شفهيا\u202C ") + QString(5000, QLatin1Char('x'));
    REQUIRE(edits.enrol(enrolment(QStringLiteral("C1"), QStringLiteral("P2"), QDate(2025, 3, 3)), hostile));
    CHECK(take(edits.consentOverrideOf(QStringLiteral("C1"), QStringLiteral("P2"))) == std::optional<QString>(hostile));
    CHECK(take(CohortRepository(file.db()).enrolmentsOf(QStringLiteral("C1"))).size() == 2);

    // Changing an existing enrolment (a withdrawal, an undo) asks for nothing again.
    Enrolment withdrawn = enrolment(QStringLiteral("C1"), QStringLiteral("P2"), QDate(2025, 3, 3));
    withdrawn.status = EnrolmentStatus::Withdrawn;
    withdrawn.exitDate = QDate(2025, 3, 10);
    withdrawn.exitReason = QStringLiteral("Moved away");
    REQUIRE(edits.enrol(withdrawn));
    CHECK(take(edits.consentOverrideOf(QStringLiteral("C1"), QStringLiteral("P2"))) == std::optional<QString>(hostile));
    // The list of participants without consent, in the order asked.
    CHECK(take(edits.withoutConsent({QStringLiteral("P2"), QStringLiteral("P1"), QStringLiteral("nobody")}))
          == QStringList{QStringLiteral("P2")});

    // The reason survives closing and reopening the file.
    const QString path = file.path();
    file.close();
    auto reopened = Database::open(path);
    REQUIRE(reopened);
    CHECK(take(EditService(**reopened).consentOverrideOf(QStringLiteral("C1"), QStringLiteral("P2")))
          == std::optional<QString>(hostile));
}

TEST_CASE("an exchange folder enrolling a participant without consent imports, with the override and a notice",
          "[privacy][consent][import]")
{
    TestDatabase file;
    QTemporaryDir dir;
    writeBytes(dir.filePath(QStringLiteral("cohorts.csv")),
               "ref,name,start_date,end_date\nC1,Tremplin,2025-03-03,2025-06-27\n");
    writeBytes(dir.filePath(QStringLiteral("participants.csv")),
               "ref,first_name,last_name,consent_date\nP1,Awa,Diallo,2025-02-20\nP2,Bilal,Ahmadi,\n");
    writeBytes(dir.filePath(QStringLiteral("enrolments.csv")),
               "cohort_ref,participant_ref,enrolled_on\nC1,P1,2025-03-03\nC1,P2,2025-03-03\n");
    auto report = take(ExchangeImporter(file.db()).importDir(dir.path()));
    CHECK(report.ok());
    CHECK(report.written);
    QStringList consentNotices;
    for (const QString& n : report.notices)
        if (n.contains(QStringLiteral("consent")))
            consentNotices << n;
    // Line 3 of enrolments.csv is P2's row (the header is line 1).
    REQUIRE(consentNotices.size() == 1);
    CHECK(consentNotices.first().startsWith(QStringLiteral("enrolments.csv:3: participant_ref: 'P2' has no consent date")));
    CHECK(take(EditService(file.db()).consentOverrideOf(QStringLiteral("C1"), QStringLiteral("P2")))
          == std::optional<QString>(QStringLiteral("imported from enrolments.csv, line 3, without a consent date")));
    CHECK(take(EditService(file.db()).consentOverrideOf(QStringLiteral("C1"), QStringLiteral("P1"))) == std::nullopt);

    // Importing the same folder again changes the enrolments, adds no second notice.
    auto again = take(ExchangeImporter(file.db()).importDir(dir.path()));
    CHECK(again.ok());
    for (const QString& n : again.notices)
        CHECK_FALSE(n.contains(QStringLiteral("consent")));
}

TEST_CASE("the shared fixture folder still imports whole, with no consent notice", "[privacy][consent][import]")
{
    TestDatabase file;
    auto report = take(ExchangeImporter(file.db()).importDir(test::testDataPath(QStringLiteral("exchange-mini"))));
    CHECK(report.ok());
    CHECK(report.written);
    for (const QString& n : report.notices)
        CHECK_FALSE(n.contains(QStringLiteral("consent")));
    CHECK(take(CohortRepository(file.db()).enrolmentsOf(QStringLiteral("MINI"))).size() == 3);
}

/// A file for the retention rule, worked out by hand for 1 March 2025 and 2 years (cut-off
/// 1 March 2023):
/// - P1 in A (ended 2022-06-30): listed, ended 2022-06-30;
/// - P2 in A and in B (ends 2025-06-27): not listed;
/// - P3 withdrawn from C (2022-09-05..2022-12-16) on 2022-10-03: listed, ended 2022-10-03;
/// - P4, never enrolled: not listed;
/// - V1 available to 2022-05-31, paired with P1 in A (pairing ended, no end date): listed,
///   ended 2022-06-30 (the cohort's end, later than the availability);
/// - V2 available to 2022-01-01 but still in an active pairing: not listed;
/// - V3 with no end of availability: not listed.
void fillRetention(Database& db)
{
    inTransaction(db, [&] {
        CohortRepository cohorts(db);
        REQUIRE(cohorts.save(cohort(QStringLiteral("A"), QDate(2022, 3, 7), QDate(2022, 6, 30))));
        REQUIRE(cohorts.save(cohort(QStringLiteral("B"), QDate(2025, 3, 3), QDate(2025, 6, 27))));
        REQUIRE(cohorts.save(cohort(QStringLiteral("C"), QDate(2022, 9, 5), QDate(2022, 12, 16))));
        ParticipantRepository participants(db);
        for (const auto& [ref, name] : {std::pair{"P1", "Awa"}, std::pair{"P2", "Bilal"}, std::pair{"P3", "Chen"},
                                        std::pair{"P4", "Dara"}})
            REQUIRE(participants.save(participant(QString::fromLatin1(ref), QString::fromLatin1(name), QDate(2022, 1, 3))));
        REQUIRE(cohorts.saveEnrolment(enrolment(QStringLiteral("A"), QStringLiteral("P1"), QDate(2022, 3, 7))));
        REQUIRE(cohorts.saveEnrolment(enrolment(QStringLiteral("A"), QStringLiteral("P2"), QDate(2022, 3, 7))));
        REQUIRE(cohorts.saveEnrolment(enrolment(QStringLiteral("B"), QStringLiteral("P2"), QDate(2025, 3, 3))));
        Enrolment left = enrolment(QStringLiteral("C"), QStringLiteral("P3"), QDate(2022, 9, 5));
        left.status = EnrolmentStatus::Withdrawn;
        left.exitDate = QDate(2022, 10, 3);
        REQUIRE(cohorts.saveEnrolment(left));
        VolunteerRepository volunteers(db);
        REQUIRE(volunteers.save(volunteer(QStringLiteral("V1"), QDate(2022, 5, 31))));
        REQUIRE(volunteers.save(volunteer(QStringLiteral("V2"), QDate(2022, 1, 1))));
        REQUIRE(volunteers.save(volunteer(QStringLiteral("V3"), QDate())));
        PairingRepository pairings(db);
        Pairing ended;
        ended.ref = QStringLiteral("PA1");
        ended.participantRef = QStringLiteral("P1");
        ended.volunteerRef = QStringLiteral("V1");
        ended.cohortRef = QStringLiteral("A");
        ended.status = PairingStatus::Ended;
        REQUIRE(pairings.save(ended));
        Pairing active;
        active.ref = QStringLiteral("PA2");
        active.participantRef = QStringLiteral("P2");
        active.volunteerRef = QStringLiteral("V2");
        active.cohortRef = QStringLiteral("B");
        REQUIRE(pairings.save(active));
    });
}

TEST_CASE("retention lists the people whose programme ended more than N years ago", "[privacy][retention]")
{
    TestDatabase file;
    fillRetention(file.db());
    const FixedClock clock(QDateTime(QDate(2025, 3, 1), QTime(9, 0)));
    PrivacyService privacy(file.db(), nullptr, clock);
    CHECK(take(privacy.retentionYears()) == 2); // the default
    CHECK(privacy.retentionCutoff(2) == QDate(2023, 3, 1));

    const QList<ExpiredPerson> people = take(privacy.expired());
    QStringList seen;
    for (const ExpiredPerson& p : people)
        seen << QStringLiteral("%1 %2").arg(p.ref, p.lastEnd.toString(Qt::ISODate));
    CHECK(seen == QStringList{QStringLiteral("P1 2022-06-30"), QStringLiteral("V1 2022-06-30"),
                              QStringLiteral("P3 2022-10-03")});
    CHECK(people.at(1).kind == ExpiredPerson::Kind::Volunteer);
    CHECK(people.at(0).firstName == QStringLiteral("Awa"));

    // 3 years: cut-off 2022-03-01, nobody ended before.
    REQUIRE(privacy.setRetentionYears(3));
    CHECK(take(privacy.retentionYears()) == 3);
    CHECK(take(privacy.expired()).isEmpty());
    CHECK(!privacy.setRetentionYears(0));
    // A value that is not a number of years means the default.
    inTransaction(file.db(), [&] {
        REQUIRE(SettingRepository(file.db()).setValue(PrivacyService::retentionKey(), QStringLiteral("two")));
    });
    CHECK(take(privacy.retentionYears()) == 2);

    // Erasing them: all three go, the others stay.
    const QList<Erasure> done = take(privacy.eraseAll(people));
    REQUIRE(done.size() == 3);
    CHECK(done.at(0).enrolments == 1);
    CHECK(done.at(0).pairings == 1); // P1's pairing with V1
    CHECK(take(privacy.expired()).isEmpty());
    CHECK(take(ParticipantRepository(file.db()).all()).size() == 2);
    CHECK(take(VolunteerRepository(file.db()).find(QStringLiteral("V1"))) == std::nullopt);
    CHECK(take(VolunteerRepository(file.db()).find(QStringLiteral("V2"))).has_value());
    CHECK(take(CohortRepository(file.db()).enrolmentsOf(QStringLiteral("A"))).size() == 1); // P2's
}

namespace {

const QByteArray kMarker = "ZQX7781MARKER";

/// A participant whose every free text holds the marker, enrolled (with a consent override
/// whose reason holds it too), marked, paired with a volunteer (check-in notes), with an
/// outcome; and another participant and volunteer who stay. Saved through the services, then
/// the log is copied into the file, as it is once a file has been used for a while.
void fillMarked(Database& db)
{
    const QString m = QString::fromLatin1(kMarker);
    EditService edits(db);
    REQUIRE(edits.save(cohort(QStringLiteral("C1"), QDate(2025, 3, 3), QDate(2025, 6, 27))));
    Participant p = participant(QStringLiteral("P1"), m + QStringLiteral("-first"));
    p.lastName = m + QStringLiteral("-last");
    p.notes = m + QStringLiteral(" notes ") + QString(3000, QLatin1Char('n')) + m; // an overflow page too
    p.email = m + QStringLiteral("@example.org");
    REQUIRE(edits.save(p));
    REQUIRE(edits.save(participant(QStringLiteral("P2"), QStringLiteral("Stays"), QDate(2025, 2, 1))));
    Volunteer v = volunteer(QStringLiteral("V1"), QDate());
    REQUIRE(edits.save(v));
    REQUIRE(edits.enrol(enrolment(QStringLiteral("C1"), QStringLiteral("P1"), QDate(2025, 3, 3)), m + QStringLiteral(" reason")));
    REQUIRE(edits.enrol(enrolment(QStringLiteral("C1"), QStringLiteral("P2"), QDate(2025, 3, 3))));
    inTransaction(db, [&] {
        Session s;
        s.ref = QStringLiteral("S1");
        s.cohortRef = QStringLiteral("C1");
        s.date = QDate(2025, 3, 3);
        s.start = QTime(9, 0);
        s.end = QTime(12, 0);
        s.status = SessionStatus::Held;
        REQUIRE(SessionRepository(db).save(s));
        for (const QString& who : {QStringLiteral("P1"), QStringLiteral("P2")}) {
            Attendance a;
            a.sessionRef = s.ref;
            a.participantRef = who;
            REQUIRE(SessionRepository(db).saveAttendance(a));
        }
        Pairing pa;
        pa.ref = QStringLiteral("PA1");
        pa.participantRef = QStringLiteral("P1");
        pa.volunteerRef = QStringLiteral("V1");
        pa.cohortRef = QStringLiteral("C1");
        REQUIRE(PairingRepository(db).save(pa));
        CheckIn c;
        c.pairingRef = pa.ref;
        c.date = QDate(2025, 3, 10);
        c.notes = m + QStringLiteral(" check-in");
        REQUIRE(PairingRepository(db).saveCheckIn(c));
        Outcome o;
        o.participantRef = QStringLiteral("P1");
        o.cohortRef = QStringLiteral("C1");
        o.situation = Situation::Cdi;
        o.employer = m + QStringLiteral(" SARL");
        o.notes = m + QStringLiteral(" outcome");
        REQUIRE(OutcomeRepository(db).save(o));
    });
    REQUIRE(PrivacyRepository(db).checkpoint());
}

} // namespace

TEST_CASE("erasing a participant leaves their data in neither the file nor its log", "[privacy][erase]")
{
    TestDatabase file;
    fillMarked(file.db());
    const QString path = file.path();
    // The test can fail: the marker is in the file before the erasure.
    REQUIRE(readBytes(path).contains(kMarker));

    PrivacyService privacy(file.db());
    const Erasure e = take(privacy.erase(EntityKind::Participant, QStringLiteral("P1")));
    CHECK(e.ref == QStringLiteral("P1"));
    CHECK(e.enrolments == 1);
    CHECK(e.attendance == 1);
    CHECK(e.pairings == 1);
    CHECK(e.checkIns == 1);
    CHECK(e.outcomes == 1);
    CHECK(e.logEmptied);

    // The file is still open (as in the program); its bytes and its log's hold no trace.
    const QByteArray bytes = readBytes(path);
    REQUIRE(bytes.size() > 0);
    CHECK_FALSE(bytes.contains(kMarker));
    CHECK_FALSE(readBytes(path + QStringLiteral("-wal")).contains(kMarker));
    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == 0);

    // Everything else is there, and the file is sound.
    CHECK(take(file->check()).isEmpty());
    CHECK(take(ParticipantRepository(file.db()).find(QStringLiteral("P2"))).has_value());
    CHECK(take(VolunteerRepository(file.db()).find(QStringLiteral("V1"))).has_value());
    CHECK(take(CohortRepository(file.db()).enrolmentsOf(QStringLiteral("C1"))).size() == 1);
    CHECK(take(PairingRepository(file.db()).ofVolunteer(QStringLiteral("V1"))).isEmpty());
    CHECK(countIn(path, QStringLiteral("SELECT count(*) FROM attendance")) == 1);
    CHECK(countIn(path, QStringLiteral("SELECT count(*) FROM enrolment_consent_override")) == 0);
    CHECK(countIn(path, QStringLiteral("SELECT count(*) FROM outcome")) == 0);
    CHECK(countIn(path, QStringLiteral("SELECT count(*) FROM checkin")) == 0);

    // The audit log says a participant was erased, with how many rows, and no ref or value.
    int erasures = 0;
    for (const AuditEntry& a : take(AuditLog(file.db()).find(AuditFilter{}))) {
        CHECK_FALSE(a.recordRef.contains(QString::fromLatin1(kMarker)));
        if (a.action != QStringLiteral("erase"))
            continue;
        ++erasures;
        CHECK(a.kind == QStringLiteral("participant"));
        CHECK(a.recordRef.isEmpty());
        CHECK(a.fields.isEmpty());
        CHECK(a.count == std::optional<qint64>(6)); // the person, 1 enrolment, mark, pairing, check-in, outcome
    }
    CHECK(erasures == 1);

    // Erasing someone who is not there changes nothing.
    auto none = privacy.erase(EntityKind::Participant, QStringLiteral("P1"));
    REQUIRE(!none);
    CHECK(none.error().code == ErrorCode::NotFound);
}

TEST_CASE("erasing a volunteer takes their pairings and check-ins, not the participant", "[privacy][erase]")
{
    TestDatabase file;
    fillMarked(file.db());
    const QString path = file.path();
    // The check-in's notes hold the marker: they go with the volunteer's pairing.
    const Erasure e = take(PrivacyService(file.db()).erase(EntityKind::Volunteer, QStringLiteral("V1")));
    CHECK(e.kind == EntityKind::Volunteer);
    CHECK(e.pairings == 1);
    CHECK(e.checkIns == 1);
    CHECK(e.enrolments == 0);
    CHECK(take(ParticipantRepository(file.db()).find(QStringLiteral("P1"))).has_value());
    CHECK(countIn(path, QStringLiteral("SELECT count(*) FROM checkin")) == 0);
    CHECK(countIn(path, QStringLiteral("SELECT count(*) FROM pairing")) == 0);
    CHECK_FALSE(readBytes(path).contains(QByteArray(kMarker) + " check-in"));
    CHECK_FALSE(readBytes(path + QStringLiteral("-wal")).contains(QByteArray(kMarker) + " check-in"));
}

TEST_CASE("backups hold an erased person until they are purged, and a fresh one is made", "[privacy][erase][backup]")
{
    TestDatabase file;
    fillMarked(file.db());
    const FixedClock clock(QDateTime(QDate(2025, 3, 20), QTime(9, 0)));
    const QString backup = take(BackupRotation::daily(file.db(), QDate(2025, 3, 19)));
    REQUIRE(readBytes(backup).contains(kMarker));
    PrivacyService privacy(file.db(), nullptr, clock);
    REQUIRE(privacy.erase(EntityKind::Participant, QStringLiteral("P1")));
    CHECK(PrivacyService::copiesOf(file.path()) == QStringList{backup});
    CHECK(readBytes(backup).contains(kMarker)); // documented: until rotated or purged

    CHECK(take(privacy.purgeCopies()) == 1);
    CHECK_FALSE(QFileInfo::exists(backup));
    const QString fresh = BackupRotation::dailyPathFor(file.path(), QDate(2025, 3, 20));
    REQUIRE(QFileInfo::exists(fresh));
    CHECK(PrivacyService::copiesOf(file.path()) == QStringList{fresh});
    CHECK_FALSE(readBytes(fresh).contains(kMarker));
    CHECK(readBytes(fresh).contains("Stays"));
}

TEST_CASE("the files Parcours makes are readable by their owner only", "[privacy][modes]")
{
    const mode_t before = ::umask(022); // a usual umask: without the code, files come out 0644
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.parcours"));
    {
        auto db = take(Database::create(path));
        CHECK(modeOf(path) == 0600);
        // A write makes the log and its index: the same mode as the file.
        REQUIRE(EditService(*db).save(participant(QStringLiteral("P1"), QStringLiteral("Awa"))));
        CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
        CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);

        auto lock = take(WriteLock::acquire(path, QStringLiteral("test")));
        CHECK(modeOf(WriteLock::lockPathFor(path)) == 0600);

        const QString daily = take(BackupRotation::daily(*db, QDate(2025, 3, 20)));
        CHECK(modeOf(BackupRotation::folderFor(path)) == 0700);
        CHECK(modeOf(daily) == 0600);

        const QString copy = dir.filePath(QStringLiteral("copy.parcours"));
        REQUIRE(db->backupTo(copy));
        CHECK(modeOf(copy) == 0600);

        const QString out = dir.filePath(QStringLiteral("export"));
        REQUIRE(ExchangeExporter(*db).exportDir(out));
        CHECK(modeOf(out + QStringLiteral("/participants.csv")) == 0600);
    }
    ::umask(before);
}
