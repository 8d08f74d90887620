// SPDX-License-Identifier: GPL-3.0-or-later
// The follow-up calendar of outcomes (due dates from the cohort's end, the list of follow-ups
// due on a fixed day) computed by hand, and OutcomeService on a real file made from the mini
// fixture: one query per list, recording an outcome with its undo and redo.
#include "CatchQt.h"
#include "TestDatabase.h"

#include "core/domain/FollowUps.h"
#include "core/exchange/ExchangeImporter.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/OutcomeService.h"
#include "core/storage/OutcomeRepository.h"

#include <QDir>

using namespace parcours;
using namespace parcours::test;

namespace {

/// The mini fixture (MINI ends on Friday 14 March 2025; M1 and M2 completed with an m6
/// outcome each, cdi and other_training; M3 withdrawn) plus cohort LATE ending on 30 November
/// 2025, where M1 also completed.
class Fixture
{
public:
    Fixture()
    {
        const QDir source(testDataPath(QStringLiteral("exchange-mini")));
        const QDir folder(m_db.dir() + QStringLiteral("/folder"));
        REQUIRE(QDir().mkpath(folder.path()));
        const QMap<QString, QByteArray> extra{
            {QStringLiteral("cohorts.csv"), "LATE,Tremplin automne 2025,Tremplin,LIL,2025-09-01,2025-11-30,12,12,15,2,2\n"},
            {QStringLiteral("enrolments.csv"), "LATE,M1,2025-09-01,completed,2025-11-30,,B1\n"}};
        for (const QString& name : source.entryList(QDir::Files))
            writeBytes(folder.filePath(name), readBytes(source.filePath(name)) + extra.value(name));
        const auto report = ExchangeImporter(m_db.db()).importDir(folder.path());
        REQUIRE(report.has_value());
        REQUIRE(report->written);
    }
    Database& db() { return m_db.db(); }

private:
    TestDatabase m_db;
};

QString keyOf(const OutcomeRow& r)
{
    return QStringLiteral("%1 %2 %3").arg(r.cohortRef, r.participantRef, codeOf(r.milestone));
}

QStringList keysOf(const QList<OutcomeRow>& rows)
{
    QStringList out;
    for (const OutcomeRow& r : rows)
        out << keyOf(r);
    return out;
}

Outcome outcome(const char* participant, const char* cohort, Milestone m, const QDate& on, Situation s)
{
    Outcome o;
    o.participantRef = QString::fromLatin1(participant);
    o.cohortRef = QString::fromLatin1(cohort);
    o.milestone = m;
    o.recordedOn = on;
    o.situation = s;
    return o;
}

} // namespace

TEST_CASE("an outcome is due at the cohort's end, then three, six and twelve calendar months after it",
          "[outcomes][followups]")
{
    const QDate end(2025, 3, 14);
    CHECK(FollowUps::dueDate(Milestone::Exit, end) == QDate(2025, 3, 14));
    CHECK(FollowUps::dueDate(Milestone::M3, end) == QDate(2025, 6, 14));
    CHECK(FollowUps::dueDate(Milestone::M6, end) == QDate(2025, 9, 14));
    CHECK(FollowUps::dueDate(Milestone::M12, end) == QDate(2026, 3, 14));
    // A day the later month lacks: its last day.
    CHECK(FollowUps::dueDate(Milestone::M3, QDate(2025, 11, 30)) == QDate(2026, 2, 28));
    CHECK(FollowUps::dueDate(Milestone::M6, QDate(2025, 8, 31)) == QDate(2026, 2, 28));
    CHECK(FollowUps::dueDate(Milestone::M12, QDate(2024, 2, 29)) == QDate(2025, 2, 28));
    CHECK(FollowUps::dueDate(Milestone::M3, QDate(2023, 11, 30)) == QDate(2024, 2, 29));
    CHECK(FollowUps::dueDate(Milestone::M6, QDate()).isNull());
}

TEST_CASE("a follow-up is overdue before today, due this month until its last day, and done once a known "
          "situation is recorded",
          "[outcomes][followups]")
{
    OutcomeRow row;
    row.milestone = Milestone::M3;
    row.cohortEnd = QDate(2025, 3, 14); // due on 14 June 2025
    CHECK(FollowUps::state(row, QDate(2025, 6, 14)) == FollowUpState::DueThisMonth);
    CHECK(FollowUps::state(row, QDate(2025, 6, 1)) == FollowUpState::DueThisMonth);
    CHECK(FollowUps::state(row, QDate(2025, 6, 15)) == FollowUpState::Overdue);
    CHECK(FollowUps::state(row, QDate(2025, 5, 31)) == FollowUpState::NotYetDue);
    row.latest = outcome("M1", "MINI", Milestone::M3, QDate(2025, 6, 10), Situation::Unknown);
    CHECK(FollowUps::state(row, QDate(2025, 6, 15)) == FollowUpState::Overdue);
    row.latest->situation = Situation::JobSeeking;
    CHECK(FollowUps::state(row, QDate(2025, 6, 15)) == FollowUpState::Recorded);
    CHECK(FollowUps::endOfMonth(QDate(2024, 2, 10)) == QDate(2024, 2, 29));
}

TEST_CASE("the outcomes list has one row per enrolment and milestone with the latest outcome", "[outcomes]")
{
    Fixture f;
    const auto rows = OutcomeService(f.db()).rows(QStringLiteral("MINI"));
    REQUIRE(rows.has_value());
    // Three enrolments by last name (Ahmadi, Haile, Shevchenko), four milestones each.
    CHECK(keysOf(*rows) == QStringList{QStringLiteral("MINI M1 exit"), QStringLiteral("MINI M1 m3"),
                                        QStringLiteral("MINI M1 m6"), QStringLiteral("MINI M1 m12"),
                                        QStringLiteral("MINI M2 exit"), QStringLiteral("MINI M2 m3"),
                                        QStringLiteral("MINI M2 m6"), QStringLiteral("MINI M2 m12"),
                                        QStringLiteral("MINI M3 exit"), QStringLiteral("MINI M3 m3"),
                                        QStringLiteral("MINI M3 m6"), QStringLiteral("MINI M3 m12")});
    const OutcomeRow& m1m6 = rows->at(2);
    REQUIRE(m1m6.latest.has_value());
    CHECK(m1m6.situation() == Situation::Cdi);
    CHECK(m1m6.latest->employer == QStringLiteral("Pains du Nord"));
    CHECK(m1m6.lastName == QStringLiteral("Ahmadi"));
    CHECK(m1m6.exitLevel == CefrLevel::A2);
    CHECK(m1m6.entryLevel == CefrLevel::A1);
    CHECK(m1m6.cohortEnd == QDate(2025, 3, 14));
    CHECK_FALSE(rows->at(0).latest.has_value());
    CHECK(rows->at(0).situation() == Situation::Unknown);
    CHECK(rows->at(8).enrolmentStatus == EnrolmentStatus::Withdrawn);

    const auto all = OutcomeService(f.db()).rows(QString());
    REQUIRE(all.has_value());
    // LATE ends later: its four rows first.
    CHECK(all->size() == 16);
    CHECK(keyOf(all->at(0)) == QStringLiteral("LATE M1 exit"));
}

TEST_CASE("the follow-ups due on a fixed day: overdue first, then due this month, withdrawn left out",
          "[outcomes][followups]")
{
    Fixture f;
    OutcomeService service(f.db());
    // 10 June 2025: MINI's exit (14 March) is overdue for M1 and M2, their m3 (14 June) is due
    // this month; their m6 is recorded; M3 withdrew. LATE's follow-ups are months away.
    auto due = service.followUpsDue(QDate(2025, 6, 10));
    REQUIRE(due.has_value());
    CHECK(keysOf(*due) == QStringList{QStringLiteral("MINI M1 exit"), QStringLiteral("MINI M2 exit"),
                                       QStringLiteral("MINI M1 m3"), QStringLiteral("MINI M2 m3")});

    // 1 April 2026: MINI's exit is more than twelve months late and given up; its m3 (14 June
    // 2025) and m12 (14 March 2026) are overdue, and LATE's exit (30 November 2025) and m3
    // (28 February 2026) for M1. LATE's m6 (30 May 2026) is not due yet.
    due = service.followUpsDue(QDate(2026, 4, 1));
    REQUIRE(due.has_value());
    CHECK(keysOf(*due) == QStringList{QStringLiteral("MINI M1 m3"), QStringLiteral("MINI M2 m3"),
                                       QStringLiteral("LATE M1 exit"), QStringLiteral("LATE M1 m3"),
                                       QStringLiteral("MINI M1 m12"), QStringLiteral("MINI M2 m12")});
    for (const OutcomeRow& r : *due)
        CHECK(FollowUps::state(r, QDate(2026, 4, 1)) == FollowUpState::Overdue);

    // 1 May 2026: LATE's m6 (30 May) is due this month, after the overdue ones.
    due = service.followUpsDue(QDate(2026, 5, 1));
    REQUIRE(due.has_value());
    REQUIRE_FALSE(due->isEmpty());
    CHECK(keyOf(due->constLast()) == QStringLiteral("LATE M1 m6"));
    CHECK(FollowUps::state(due->constLast(), QDate(2026, 5, 1)) == FollowUpState::DueThisMonth);
}

TEST_CASE("recording an outcome saves it at once; undo and redo put back each state", "[outcomes]")
{
    Fixture f;
    ChangeNotifier notifier;
    int heard = 0;
    QObject::connect(&notifier, &ChangeNotifier::saved, [&](EntityKind kind, const QString&) { heard += kind == EntityKind::Outcome; });
    QObject::connect(&notifier, &ChangeNotifier::changed, [&](EntityKind kind) { heard += kind == EntityKind::Outcome; });
    OutcomeService service(f.db(), &notifier);
    const QDate today(2025, 6, 10);

    // "No news" keeps the follow-up open.
    auto first = service.record(outcome("M2", "MINI", Milestone::M3, QDate(2025, 6, 5), Situation::Unknown));
    REQUIRE(first.has_value());
    CHECK_FALSE(first->before.has_value());
    CHECK(heard == 1);
    CHECK(service.followUpsDue(today)->size() == 4);

    Outcome found = outcome("M2", "MINI", Milestone::M3, QDate(2025, 6, 8), Situation::JobSeeking);
    found.notes = QStringLiteral("Inscrite à France Travail");
    auto second = service.record(found);
    REQUIRE(second.has_value());
    CHECK(keysOf(*service.followUpsDue(today))
          == QStringList{QStringLiteral("MINI M1 exit"), QStringLiteral("MINI M2 exit"), QStringLiteral("MINI M1 m3")});
    auto rows = service.rows(QStringLiteral("MINI"));
    CHECK(rows->at(5).situation() == Situation::JobSeeking);
    CHECK(rows->at(5).latest->notes == QStringLiteral("Inscrite à France Travail"));
    CHECK(OutcomeRepository(f.db()).count().value() == 5);

    REQUIRE(service.undo(*second).has_value());
    CHECK(OutcomeRepository(f.db()).count().value() == 4);
    rows = service.rows(QStringLiteral("MINI"));
    CHECK(rows->at(5).situation() == Situation::Unknown);
    CHECK(rows->at(5).latest->recordedOn == QDate(2025, 6, 5));
    CHECK(service.followUpsDue(today)->size() == 4);
    REQUIRE(service.redo(*second).has_value());
    CHECK(service.rows(QStringLiteral("MINI"))->at(5).situation() == Situation::JobSeeking);
    CHECK(heard == 4);

    // The same key again replaces the record; its undo brings the replaced one back.
    Outcome corrected = found;
    corrected.situation = Situation::QualifyingTraining;
    corrected.notes.clear();
    auto third = service.record(corrected);
    REQUIRE(third.has_value());
    REQUIRE(third->before.has_value());
    CHECK(third->before->situation == Situation::JobSeeking);
    CHECK(OutcomeRepository(f.db()).count().value() == 5);
    REQUIRE(service.undo(*third).has_value());
    rows = service.rows(QStringLiteral("MINI"));
    CHECK(rows->at(5).situation() == Situation::JobSeeking);
    CHECK(rows->at(5).latest->notes == QStringLiteral("Inscrite à France Travail"));
}

TEST_CASE("an outcome for someone not enrolled in the cohort is refused and nothing is written", "[outcomes]")
{
    Fixture f;
    OutcomeService service(f.db());
    const auto refused = service.record(outcome("M2", "LATE", Milestone::Exit, QDate(2025, 12, 1), Situation::Cdi));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::Invalid);
    const auto blank = service.record(outcome("", "MINI", Milestone::Exit, QDate(2025, 12, 1), Situation::Cdi));
    REQUIRE_FALSE(blank.has_value());
    CHECK(blank.error().code == ErrorCode::Invalid);
    CHECK(OutcomeRepository(f.db()).count().value() == 3);
}
