// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/PairingService.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/EditService.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/Transaction.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <stdexcept>

using namespace parcours;
using namespace parcours::test;

namespace {

template<class T>
T take(Result<T> r)
{
    if (!r)
        throw std::runtime_error("unexpected failure: " + r.error().toString().toStdString());
    return std::move(*r);
}

Volunteer volunteer(const QString& ref, VolunteerRole role, int maxPairings, bool ready = true)
{
    Volunteer v;
    v.ref = ref;
    v.firstName = QStringLiteral("Prénom");
    v.lastName = ref;
    v.role = role;
    v.sector = QStringLiteral("BTP");
    v.profession = QStringLiteral("Maçon");
    v.school = QStringLiteral("Université de Lille");
    v.languages = {QStringLiteral("fr"), QStringLiteral("ar")};
    v.maxPairings = maxPairings;
    v.availableFrom = QDate(2025, 1, 1);
    v.availableTo = QDate(2025, 12, 31);
    v.trainingOn = QDate(2024, 12, 14);
    if (ready)
        v.charterSignedOn = QDate(2024, 12, 2);
    return v;
}

/// Site LIL (Lille), cohort C1 there (March to May 2025) with P1, P2, P3 enrolled and P4
/// withdrawn; mentors M1 (capacity 1) and M2 (capacity 2), coach K1, B1 who may be either
/// but has not signed the charter.
struct Office
{
    TestDatabase t;
    ChangeNotifier notifier;
    PairingService pairings{t.db(), &notifier};

    Office()
    {
        EditService edits(t.db());
        Site site;
        site.ref = QStringLiteral("LIL");
        site.name = QStringLiteral("Lille Centre");
        site.city = QStringLiteral("Lille");
        REQUIRE(edits.save(site));
        Cohort c;
        c.ref = QStringLiteral("C1");
        c.name = QStringLiteral("Tremplin printemps");
        c.siteRef = site.ref;
        c.startDate = QDate(2025, 3, 3);
        c.endDate = QDate(2025, 5, 30);
        REQUIRE(edits.save(c));
        for (int i = 1; i <= 4; ++i) {
            Participant p;
            p.ref = QStringLiteral("P%1").arg(i);
            p.firstName = QStringLiteral("Participant");
            p.lastName = p.ref;
            p.sector = QStringLiteral("BTP");
            p.languages = {QStringLiteral("ar")};
            REQUIRE(edits.save(p));
            Enrolment e;
            e.cohortRef = c.ref;
            e.participantRef = p.ref;
            e.enrolledOn = QDate(2025, 3, 3);
            if (i == 4) {
                e.status = EnrolmentStatus::Withdrawn;
                e.exitDate = QDate(2025, 3, 10);
            }
            REQUIRE(edits.save(e));
        }
        REQUIRE(edits.save(volunteer(QStringLiteral("M1"), VolunteerRole::Mentor, 1)));
        REQUIRE(edits.save(volunteer(QStringLiteral("M2"), VolunteerRole::Mentor, 2)));
        REQUIRE(edits.save(volunteer(QStringLiteral("K1"), VolunteerRole::Coach, 2)));
        REQUIRE(edits.save(volunteer(QStringLiteral("B1"), VolunteerRole::Both, 1, false)));
    }

    Database& db() { return t.db(); }

    int count(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(t->connectionName(), false));
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    /// "ref participant volunteer role status end_reason" of every pairing, by ref.
    QStringList rows()
    {
        QStringList out;
        for (const Pairing& k : take(PairingRepository(db()).all()))
            out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                       .arg(k.ref, k.participantRef, k.volunteerRef, codeOf(k.role), codeOf(k.status), k.endReason)
                       .trimmed();
        return out;
    }

    Pairing assign(const QString& participant, const QString& volunteer, PairingRole role = PairingRole::Mentor)
    {
        const Activation a = take(pairings.assign(participant, volunteer, role, QStringLiteral("C1"), QDate(2025, 3, 3)));
        REQUIRE(!a.needsConfirmation);
        REQUIRE(a.change.after.size() == 1);
        return a.change.after.first();
    }
};

QStringList reasonsOf(const Error& e)
{
    QStringList out;
    for (const Problem& p : e.problems)
        out << p.field + QStringLiteral(": ") + p.reason;
    return out;
}

} // namespace

TEST_CASE("a pairing goes from proposed to active to ended with its reason", "[pairing][service]")
{
    Office o;
    QSignalSpy changed(&o.notifier, &ChangeNotifier::changed);
    const PairingChange proposed = take(o.pairings.propose(QStringLiteral("P1"), QStringLiteral("M1"), PairingRole::Mentor,
                                                           QStringLiteral("C1")));
    REQUIRE(proposed.after.size() == 1);
    CHECK(proposed.before.isEmpty());
    const QString ref = proposed.after.first().ref;
    CHECK(ref == QStringLiteral("K-000001"));
    CHECK(o.rows() == QStringList{QStringLiteral("K-000001 P1 M1 mentor proposed")});
    CHECK(changed.size() == 1);
    CHECK(changed.first().first().value<EntityKind>() == EntityKind::Pairing);

    const Activation active = take(o.pairings.activate(ref, QDate(2025, 3, 5)));
    CHECK(!active.needsConfirmation);
    CHECK(active.notReady.isEmpty());
    CHECK(active.change.before.first().status == PairingStatus::Proposed);
    CHECK(active.change.after.first().startDate == QDate(2025, 3, 5));
    CHECK(o.rows() == QStringList{QStringLiteral("K-000001 P1 M1 mentor active")});

    const PairingChange ended = take(o.pairings.end(ref, QDate(2025, 5, 30), PairingEndReason::ProgrammeFinished));
    CHECK(o.rows() == QStringList{QStringLiteral("K-000001 P1 M1 mentor ended programme_finished")});
    CHECK(ended.after.first().endDate == QDate(2025, 5, 30));
    CHECK(changed.size() == 3);

    auto again = o.pairings.end(ref, QDate(2025, 5, 30), PairingEndReason::Other);
    REQUIRE(!again);
    CHECK(again.error().code == ErrorCode::Invalid);
    CHECK(reasonsOf(again.error()) == QStringList{QStringLiteral("status: pairing 'K-000001' has already ended")});
}

TEST_CASE("a participant never has two active pairings of one role", "[pairing][service]")
{
    Office o;
    o.assign(QStringLiteral("P1"), QStringLiteral("M1"));
    auto second = o.pairings.assign(QStringLiteral("P1"), QStringLiteral("M2"), PairingRole::Mentor, QStringLiteral("C1"),
                                    QDate(2025, 3, 3));
    REQUIRE(!second);
    CHECK(second.error().code == ErrorCode::Invalid);
    CHECK(reasonsOf(second.error())
          == QStringList{QStringLiteral("status: participant 'P1' already has an active mentor pairing 'K-000001'")});
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM pairing")) == 1);
    // A coach beside the mentor is fine.
    o.assign(QStringLiteral("P1"), QStringLiteral("K1"), PairingRole::Coach);
}

TEST_CASE("a volunteer never holds more active pairings than their capacity", "[pairing][service]")
{
    Office o;
    o.assign(QStringLiteral("P1"), QStringLiteral("M1"));
    auto over = o.pairings.assign(QStringLiteral("P2"), QStringLiteral("M1"), PairingRole::Mentor, QStringLiteral("C1"),
                                  QDate(2025, 3, 3));
    REQUIRE(!over);
    CHECK(reasonsOf(over.error())
          == QStringList{QStringLiteral("volunteer_ref: volunteer 'M1' already has 1 active pairing(s), their capacity is 1")});
    // Proposing does not use capacity; activating the proposal does.
    const PairingChange proposed =
        take(o.pairings.propose(QStringLiteral("P2"), QStringLiteral("M1"), PairingRole::Mentor, QStringLiteral("C1")));
    auto activated = o.pairings.activate(proposed.after.first().ref, QDate(2025, 3, 4));
    REQUIRE(!activated);
    CHECK(activated.error().code == ErrorCode::Invalid);
    // M2 takes two.
    o.assign(QStringLiteral("P2"), QStringLiteral("M2"));
    o.assign(QStringLiteral("P3"), QStringLiteral("M2"));
    CHECK(take(o.pairings.volunteerLoad(QStringLiteral("M2"))).remaining() == 0);
    // P2's proposal with M1 went when P2 got an active mentor.
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM pairing WHERE status = 'proposed'")) == 0);
}

TEST_CASE("a mentor-only volunteer is never a coach nor a coach a mentor", "[pairing][service]")
{
    Office o;
    auto asCoach = o.pairings.propose(QStringLiteral("P1"), QStringLiteral("M1"), PairingRole::Coach, QStringLiteral("C1"));
    REQUIRE(!asCoach);
    CHECK(reasonsOf(asCoach.error())
          == QStringList{QStringLiteral("volunteer_ref: volunteer 'M1' is a mentor only and cannot be a coach")});
    auto asMentor = o.pairings.propose(QStringLiteral("P1"), QStringLiteral("K1"), PairingRole::Mentor, QStringLiteral("C1"));
    REQUIRE(!asMentor);
    CHECK(reasonsOf(asMentor.error())
          == QStringList{QStringLiteral("volunteer_ref: volunteer 'K1' is a coach only and cannot be a mentor")});
    CHECK(o.pairings.propose(QStringLiteral("P1"), QStringLiteral("B1"), PairingRole::Coach, QStringLiteral("C1")));
    // ... but not both roles of one participant.
    auto both = o.pairings.propose(QStringLiteral("P1"), QStringLiteral("B1"), PairingRole::Mentor, QStringLiteral("C1"));
    REQUIRE(!both);
    CHECK(reasonsOf(both.error())
          == QStringList{QStringLiteral("volunteer_ref: volunteer 'B1' is already the coach of participant 'P1' (pairing 'K-000001')")});
    auto unknown = o.pairings.propose(QStringLiteral("P1"), QStringLiteral("NOPE"), PairingRole::Coach, QStringLiteral("C1"));
    REQUIRE(!unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
}

TEST_CASE("activating a volunteer who is not ready says what is missing and waits for a confirmation", "[pairing][service]")
{
    Office o;
    QSignalSpy changed(&o.notifier, &ChangeNotifier::changed);
    const Activation asked = take(o.pairings.assign(QStringLiteral("P1"), QStringLiteral("B1"), PairingRole::Coach,
                                                    QStringLiteral("C1"), QDate(2025, 3, 3)));
    CHECK(asked.needsConfirmation);
    CHECK(asked.change.isEmpty());
    REQUIRE(asked.notReady.size() == 1);
    CHECK(asked.notReady.first().volunteerRef == QStringLiteral("B1"));
    CHECK(asked.notReady.first().missing == QList<ReadinessItem>{ReadinessItem::CharterSigned});
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM pairing")) == 0);
    CHECK(changed.isEmpty());

    const Activation confirmed = take(o.pairings.assign(QStringLiteral("P1"), QStringLiteral("B1"), PairingRole::Coach,
                                                        QStringLiteral("C1"), QDate(2025, 3, 3), true));
    CHECK(!confirmed.needsConfirmation);
    CHECK(confirmed.notReady.size() == 1);
    CHECK(o.rows() == QStringList{QStringLiteral("K-000001 P1 B1 coach active")});
    CHECK(changed.size() == 1);
}

TEST_CASE("a rematch ends the pairing with its reason, keeps it and pairs anew", "[pairing][service]")
{
    Office o;
    const Pairing first = o.assign(QStringLiteral("P1"), QStringLiteral("M1"));
    const Activation rematched =
        take(o.pairings.rematch(first.ref, QStringLiteral("M2"), QDate(2025, 4, 1), PairingEndReason::Mismatch));
    CHECK(o.rows()
          == QStringList{QStringLiteral("K-000001 P1 M1 mentor ended mismatch"), QStringLiteral("K-000002 P1 M2 mentor active")});
    const auto history = take(o.pairings.cohortPairings(QStringLiteral("C1")));
    REQUIRE(history.rows.size() == 3); // P4 withdrew
    CHECK(history.rows.first().history.size() == 2);
    CHECK(history.rows.first().mentor->volunteerRef == QStringLiteral("M2"));
    CHECK(!history.rows.first().coach);

    // Never again: neither by hand nor in the suggestions.
    const PairingChange ended = take(o.pairings.end(QStringLiteral("K-000002"), QDate(2025, 4, 20), PairingEndReason::VolunteerUnavailable));
    auto back = o.pairings.propose(QStringLiteral("P1"), QStringLiteral("M1"), PairingRole::Mentor, QStringLiteral("C1"));
    REQUIRE(!back);
    CHECK(reasonsOf(back.error())
          == QStringList{QStringLiteral("volunteer_ref: participant 'P1' and volunteer 'M1' ended pairing 'K-000001' in mismatch")});
    const MatchResult suggested = take(o.pairings.suggest(QStringLiteral("C1"), PairingRole::Mentor));
    for (const Proposal& p : suggested.proposals)
        CHECK(!(p.participantRef == QStringLiteral("P1") && p.volunteerRef == QStringLiteral("M1")));

    // Undo of the rematch puts the first pairing back as active and removes the second.
    REQUIRE(o.pairings.undo(ended));
    REQUIRE(o.pairings.undo(rematched.change));
    CHECK(o.rows() == QStringList{QStringLiteral("K-000001 P1 M1 mentor active")});
    REQUIRE(o.pairings.redo(rematched.change));
    CHECK(o.rows()
          == QStringList{QStringLiteral("K-000001 P1 M1 mentor ended mismatch"), QStringLiteral("K-000002 P1 M2 mentor active")});
}

TEST_CASE("a mismatch written in words in an imported end reason counts too", "[pairing][service]")
{
    Office o;
    Pairing k = o.assign(QStringLiteral("P1"), QStringLiteral("M1"));
    k.status = PairingStatus::Ended;
    k.endDate = QDate(2025, 4, 1);
    k.endReason = QStringLiteral("Incompatibilité");
    {
        Transaction tx(o.db());
        REQUIRE(PairingRepository(o.db()).save(k));
        REQUIRE(tx.commit());
    }
    CHECK(!o.pairings.propose(QStringLiteral("P1"), QStringLiteral("M1"), PairingRole::Mentor, QStringLiteral("C1")));
    const MatchInput in = take(o.pairings.matchInput(QStringLiteral("C1"), PairingRole::Mentor));
    CHECK(in.excluded.contains({QStringLiteral("P1"), QStringLiteral("M1")}));
}

TEST_CASE("suggestions cover the enrolled participants without an active pairing of the role", "[pairing][service]")
{
    Office o;
    o.assign(QStringLiteral("P1"), QStringLiteral("K1"), PairingRole::Coach);
    const MatchInput in = take(o.pairings.matchInput(QStringLiteral("C1"), PairingRole::Coach));
    QStringList refs;
    for (const Participant& p : in.participants)
        refs << p.ref;
    CHECK(refs == QStringList{QStringLiteral("P2"), QStringLiteral("P3")}); // P1 paired, P4 withdrawn
    CHECK(in.cohort.siteCity == QStringLiteral("Lille"));
    QStringList candidates;
    for (const Candidate& c : in.candidates)
        candidates << QStringLiteral("%1:%2").arg(c.volunteer.ref).arg(c.remaining);
    CHECK(candidates == QStringList{QStringLiteral("B1:1"), QStringLiteral("K1:1")});
    CHECK(in.candidates.last().siteRefs == QStringList{QStringLiteral("LIL")});

    const MatchResult r = take(o.pairings.suggest(QStringLiteral("C1"), PairingRole::Coach));
    CHECK(r.proposals.size() == 2);
    const Activation applied = take(o.pairings.apply(QStringLiteral("C1"), r.proposals, QDate(2025, 3, 10)));
    // B1 is not ready: recorded as proposed, K1's pair as active.
    REQUIRE(applied.notReady.size() == 1);
    CHECK(applied.notReady.first().volunteerRef == QStringLiteral("B1"));
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM pairing WHERE status = 'active' AND role = 'coach'")) == 2);
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM pairing WHERE status = 'proposed' AND role = 'coach'")) == 1);
    // The same suggestions again: the proposal stays one, nothing else changes.
    const MatchResult again = take(o.pairings.suggest(QStringLiteral("C1"), PairingRole::Coach));
    REQUIRE(again.proposals.size() == 1);
    CHECK(again.proposals.first().volunteerRef == QStringLiteral("B1"));
    const Activation twice = take(o.pairings.apply(QStringLiteral("C1"), again.proposals, QDate(2025, 3, 11)));
    CHECK(twice.change.isEmpty());
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM pairing")) == 3);
    REQUIRE(o.pairings.undo(applied.change));
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM pairing")) == 1);
}

TEST_CASE("applying proposals is all or nothing", "[pairing][service]")
{
    Office o;
    Proposal good{QStringLiteral("P1"), QStringLiteral("M2"), PairingRole::Mentor, {}, {}};
    Proposal firstOfM1{QStringLiteral("P2"), QStringLiteral("M1"), PairingRole::Mentor, {}, {}};
    Proposal overCapacity{QStringLiteral("P3"), QStringLiteral("M1"), PairingRole::Mentor, {}, {}}; // M1 takes one
    auto applied = o.pairings.apply(QStringLiteral("C1"), {good, firstOfM1, overCapacity}, QDate(2025, 3, 10));
    REQUIRE(!applied);
    CHECK(applied.error().code == ErrorCode::Invalid);
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM pairing")) == 0);
}

TEST_CASE("check-ins are logged and undone, and quiet pairings are listed for follow-up", "[pairing][service]")
{
    Office o;
    const Pairing a = o.assign(QStringLiteral("P1"), QStringLiteral("M1")); // from 2025-03-03
    const Pairing b = o.assign(QStringLiteral("P2"), QStringLiteral("M2"));
    const Pairing c = o.assign(QStringLiteral("P3"), QStringLiteral("K1"), PairingRole::Coach);
    CHECK(take(o.pairings.followUpWeeks()) == 3);

    CheckIn met;
    met.pairingRef = a.ref;
    met.date = QDate(2025, 3, 24);
    met.durationMinutes = 60;
    met.kind = CheckInKind::InPerson;
    met.notes = QStringLiteral("CV relu");
    QSignalSpy changed(&o.notifier, &ChangeNotifier::changed);
    const PairingChange logged = take(o.pairings.logCheckIn(met));
    CHECK(logged.checkInsBefore.isEmpty());
    CHECK(logged.checkInsAfter.size() == 1);
    CHECK(changed.size() == 1);
    CHECK(changed.first().first().value<EntityKind>() == EntityKind::CheckIn);
    CheckIn call = met;
    call.pairingRef = b.ref;
    call.date = QDate(2025, 4, 1);
    call.kind = CheckInKind::Phone;
    REQUIRE(o.pairings.logCheckIn(call));

    // 2025-04-11: a met 18 days ago, b 10 days ago, c never (started 39 days ago). Three weeks: c only.
    auto due = take(o.pairings.followUps(QDate(2025, 4, 11)));
    REQUIRE(due.size() == 1);
    CHECK(due.first().pairing.ref == c.ref);
    CHECK(!due.first().lastCheckIn.isValid());
    CHECK(due.first().daysSince == 39);
    // The threshold is a setting of the file: at two weeks, a is due too, c first (the longest).
    REQUIRE(o.pairings.setFollowUpWeeks(2));
    CHECK(take(o.pairings.followUpWeeks()) == 2);
    due = take(o.pairings.followUps(QDate(2025, 4, 11)));
    REQUIRE(due.size() == 2);
    CHECK(due.at(0).pairing.ref == c.ref);
    CHECK(due.at(1).pairing.ref == a.ref);
    CHECK(due.at(1).lastCheckIn == QDate(2025, 3, 24));
    CHECK(due.at(1).daysSince == 18);
    CHECK(!o.pairings.setFollowUpWeeks(0));

    // A meeting before the pairing's start is refused; undo removes a logged one.
    CheckIn early = met;
    early.date = QDate(2025, 3, 1);
    auto refused = o.pairings.logCheckIn(early);
    REQUIRE(!refused);
    CHECK(reasonsOf(refused.error()) == QStringList{QStringLiteral("date: is before the pairing's start (2025-03-03)")});
    REQUIRE(o.pairings.undo(logged));
    CHECK(take(o.pairings.checkIns(a.ref)).isEmpty());
    REQUIRE(o.pairings.redo(logged));
    const auto back = take(o.pairings.checkIns(a.ref));
    REQUIRE(back.size() == 1);
    CHECK(back.first().notes == QStringLiteral("CV relu"));
    CHECK(back.first().durationMinutes == 60);
}

TEST_CASE("only a proposed pairing can be discarded", "[pairing][service]")
{
    Office o;
    const PairingChange proposed =
        take(o.pairings.propose(QStringLiteral("P1"), QStringLiteral("M1"), PairingRole::Mentor, QStringLiteral("C1")));
    const PairingChange discarded = take(o.pairings.discard(proposed.after.first().ref));
    CHECK(o.count(QStringLiteral("SELECT count(*) FROM pairing")) == 0);
    REQUIRE(o.pairings.undo(discarded));
    CHECK(o.rows() == QStringList{QStringLiteral("K-000001 P1 M1 mentor proposed")});
    const Pairing active = o.assign(QStringLiteral("P2"), QStringLiteral("M2"));
    auto refused = o.pairings.discard(active.ref);
    REQUIRE(!refused);
    CHECK(refused.error().code == ErrorCode::Invalid);
}
