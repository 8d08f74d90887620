// SPDX-License-Identifier: GPL-3.0-or-later
// WeekPlanner: a week with one valid answer, impossible weeks with the reason expected, and
// many generated weeks whose plans are checked by ConflictFinder, WeeklyTargets and PlanCheck.
#include "CatchQt.h"

#include "PlanCheck.h"

#include "core/planning/NetworkWeek.h"
#include "core/planning/WeekPlanner.h"

#include <algorithm>

using namespace parcours;
using test::checkWeek;

namespace {

constexpr int h(int hours, int minutes = 0) { return hours * 60 + minutes; }

PlanCohort cohort(const QString& ref, int size, QList<PlanBlock> blocks, const QString& site = QStringLiteral("S"))
{
    PlanCohort c;
    c.ref = ref;
    c.siteRef = site;
    c.size = size;
    c.blocks = blocks;
    return c;
}

PlanTrainer trainer(const QString& ref, QList<Module> modules, QList<PlanInterval> away = {},
                    std::optional<int> max = std::nullopt)
{
    return PlanTrainer{ref, modules, max, away};
}

PlanProblem mornings()
{
    // One site open 09:00-12:00 only, a 3-hour grid: one place a day for a 3-hour session.
    PlanProblem p;
    p.monday = QDate(2026, 3, 16);
    p.stepMinutes = 180;
    p.sites.append(PlanSite{QStringLiteral("S"), h(9), h(12), -1, -1});
    return p;
}

QString line(const PlannedSession& s)
{
    return QStringLiteral("%1 %2 d%3 %4-%5 %6 %7")
        .arg(s.cohortRef)
        .arg(int(s.module))
        .arg(s.weekday)
        .arg(s.start)
        .arg(s.end)
        .arg(s.trainerRef, s.roomRef);
}

QStringList lines(const QList<PlannedSession>& sessions)
{
    QStringList out;
    for (const PlannedSession& s : sessions)
        out << line(s);
    return out;
}

PlanOptions quick(quint64 seed = 1, double seconds = 20)
{
    PlanOptions o;
    o.seed = seed;
    o.timeLimitSeconds = seconds;
    o.improveMovesPerSession = 50;
    return o;
}

} // namespace

TEST_CASE("planner finds the only valid week", "[planning]")
{
    // Wednesday is a holiday, so A's four FLE mornings are Mon, Tue, Thu, Fri. B (25) fits only
    // R2, booked but on Friday. T2 is away but on Friday and T1 is away on Friday, so T2 takes
    // A's Friday and B's English needs T3.
    PlanProblem p = mornings();
    p.closedWeekdays = {3};
    p.cohorts = {cohort(QStringLiteral("A"), 18, {PlanBlock{Module::Fle, 180, 4, true, true}}),
                 cohort(QStringLiteral("B"), 25, {PlanBlock{Module::English, 180, 1, true, false}})};
    p.rooms = {PlanRoom{QStringLiteral("R1"), QStringLiteral("S"), 20, {}},
               PlanRoom{QStringLiteral("R2"), QStringLiteral("S"), 30,
                        {{1, h(9), h(12)}, {2, h(9), h(12)}, {4, h(9), h(12)}}}};
    p.trainers = {trainer(QStringLiteral("T1"), {Module::Fle}, {{5, h(9), h(12)}}),
                  trainer(QStringLiteral("T2"), {Module::Fle, Module::English},
                          {{1, h(9), h(12)}, {2, h(9), h(12)}, {4, h(9), h(12)}}),
                  trainer(QStringLiteral("T3"), {Module::English})};
    const PlanResult r = WeekPlanner::plan(p, quick());
    REQUIRE(r.status == PlanResult::Status::Solved);
    CHECK(lines(r.sessions)
          == QStringList{QStringLiteral("A 0 d1 540-720 T1 R1"), QStringLiteral("A 0 d2 540-720 T1 R1"),
                         QStringLiteral("A 0 d4 540-720 T1 R1"), QStringLiteral("A 0 d5 540-720 T2 R1"),
                         QStringLiteral("B 1 d5 540-720 T3 R2")});
    CHECK(checkWeek(p, r.sessions).isEmpty());
    // All mornings, one start time per block, one room per cohort; T1's days hold one session.
    CHECK(r.score.total == 0);
}

TEST_CASE("planner explains a block that needs more days than the cohort meets", "[planning]")
{
    PlanProblem p = mornings();
    p.cohorts = {cohort(QStringLiteral("A"), 18, PlanCohort::defaultBlocks())};
    p.cohorts[0].closedWeekdays = {4, 5}; // the cohort ends on Wednesday
    p.rooms = {PlanRoom{QStringLiteral("R1"), QStringLiteral("S"), 20, {}}};
    p.trainers = {trainer(QStringLiteral("T1"), {Module::Fle, Module::English, Module::SoftSkills})};
    const PlanResult r = WeekPlanner::plan(p, quick());
    REQUIRE(r.status == PlanResult::Status::Impossible);
    REQUIRE(!r.reasons.isEmpty());
    CHECK(r.reasons[0].kind == PlanReason::Kind::CohortBlocksExceedDays);
    CHECK(r.reasons[0].ref == QStringLiteral("A"));
    CHECK(r.reasons[0].module == Module::Fle);
    CHECK(r.reasons[0].needed == 4);
    CHECK(r.reasons[0].available == 3);
    CHECK(r.sessions.isEmpty());
}

TEST_CASE("planner explains a trainer with fewer hours than the cohorts need", "[planning]")
{
    PlanProblem p = mornings();
    p.cohorts = {cohort(QStringLiteral("A"), 18, {PlanBlock{Module::Fle, 180, 4, true, true}})};
    p.rooms = {PlanRoom{QStringLiteral("R1"), QStringLiteral("S"), 20, {}}};
    p.trainers = {trainer(QStringLiteral("T1"), {Module::Fle}, {}, 600),
                  trainer(QStringLiteral("T2"), {Module::English})};
    const PlanResult r = WeekPlanner::plan(p, quick());
    REQUIRE(r.status == PlanResult::Status::Impossible);
    REQUIRE(r.reasons.size() == 1);
    CHECK(r.reasons[0].kind == PlanReason::Kind::ModuleTrainersShort);
    CHECK(r.reasons[0].module == Module::Fle);
    CHECK(r.reasons[0].needed == 720);
    CHECK(r.reasons[0].available == 600);
    CHECK(r.reasons[0].blockers == QStringList{QStringLiteral("T1")});
}

TEST_CASE("planner explains a site with fewer room hours than its cohorts need", "[planning]")
{
    // One room open 3 h on 5 days = 900 min; three cohorts of 2 x 3 h need 1080.
    PlanProblem p = mornings();
    for (const char* ref : {"A", "B", "C"})
        p.cohorts.append(cohort(QLatin1String(ref), 15, {PlanBlock{Module::Fle, 180, 2, true, true}}));
    p.rooms = {PlanRoom{QStringLiteral("R1"), QStringLiteral("S"), 20, {}}};
    p.trainers = {trainer(QStringLiteral("T1"), {Module::Fle}), trainer(QStringLiteral("T2"), {Module::Fle})};
    const PlanResult r = WeekPlanner::plan(p, quick());
    REQUIRE(r.status == PlanResult::Status::Impossible);
    REQUIRE(r.reasons.size() == 1);
    CHECK(r.reasons[0].kind == PlanReason::Kind::SiteRoomsShort);
    CHECK(r.reasons[0].ref == QStringLiteral("S"));
    CHECK(r.reasons[0].needed == 1080);
    CHECK(r.reasons[0].available == 900);
}

TEST_CASE("planner explains a cohort no room seats", "[planning]")
{
    PlanProblem p = mornings();
    p.cohorts = {cohort(QStringLiteral("A"), 25, {PlanBlock{Module::Fle, 180, 1, true, true}})};
    p.rooms = {PlanRoom{QStringLiteral("R1"), QStringLiteral("S"), 20, {}}};
    p.trainers = {trainer(QStringLiteral("T1"), {Module::Fle})};
    const PlanResult r = WeekPlanner::plan(p, quick());
    REQUIRE(r.status == PlanResult::Status::Impossible);
    REQUIRE(r.reasons.size() == 1);
    CHECK(r.reasons[0].kind == PlanReason::Kind::CohortNoRoom);
    CHECK(r.reasons[0].ref == QStringLiteral("A"));
    CHECK(r.reasons[0].needed == 25);
}

TEST_CASE("planner names the locked sessions that clash", "[planning]")
{
    PlanProblem p = mornings();
    p.cohorts = {cohort(QStringLiteral("A"), 10, {PlanBlock{Module::Fle, 180, 1, true, true}})};
    p.rooms = {PlanRoom{QStringLiteral("R1"), QStringLiteral("S"), 20, {}},
               PlanRoom{QStringLiteral("R2"), QStringLiteral("S"), 20, {}}};
    p.trainers = {trainer(QStringLiteral("T1"), {Module::Fle})};
    p.locked = {PlanLocked{QStringLiteral("SE-1"), QStringLiteral("X"), Module::Fle, 2, h(9), h(12),
                           QStringLiteral("T1"), QStringLiteral("R1")},
                PlanLocked{QStringLiteral("SE-2"), QStringLiteral("Y"), Module::Fle, 2, h(10), h(11),
                           QStringLiteral("T1"), QStringLiteral("R2")}};
    const PlanResult r = WeekPlanner::plan(p, quick());
    REQUIRE(r.status == PlanResult::Status::Impossible);
    REQUIRE(r.reasons.size() == 1);
    CHECK(r.reasons[0].kind == PlanReason::Kind::LockedClash);
    CHECK(r.reasons[0].ref == QStringLiteral("T1"));
    CHECK(r.reasons[0].blockers == QStringList{QStringLiteral("SE-2")});
}

TEST_CASE("planner reports the room in the way when counting cannot tell", "[planning]")
{
    // R1 is open 4 h on Monday and Tuesday (480 min), enough minutes for three sessions of
    // 150 (450), but each day holds only one: no week, and only the search can tell.
    PlanProblem p;
    p.monday = QDate(2026, 3, 16);
    p.openWeekdays = {1, 2};
    p.sites.append(PlanSite{QStringLiteral("S"), h(9), h(13), -1, -1});
    for (const char* ref : {"A", "B", "C"})
        p.cohorts.append(cohort(QLatin1String(ref), 10, {PlanBlock{Module::Fle, 150, 1, true, true}}));
    p.rooms = {PlanRoom{QStringLiteral("R1"), QStringLiteral("S"), 20, {}}};
    p.trainers = {trainer(QStringLiteral("T1"), {Module::Fle}), trainer(QStringLiteral("T2"), {Module::Fle})};
    const PlanResult r = WeekPlanner::plan(p, quick(1, 0.5));
    REQUIRE(r.status == PlanResult::Status::NotFound);
    REQUIRE(!r.reasons.isEmpty());
    CHECK(r.reasons[0].kind == PlanReason::Kind::SearchGaveUp);
    CHECK(r.reasons[0].module == Module::Fle);
    CHECK(r.reasons[0].needed == 150);
    CHECK(r.reasons[0].blockers.contains(QStringLiteral("R1")));
    CHECK(r.sessions.isEmpty());
}

TEST_CASE("planner keeps locked sessions and counts them in the pattern", "[planning]")
{
    PlanProblem p = mornings();
    p.cohorts = {cohort(QStringLiteral("A"), 18, {PlanBlock{Module::Fle, 180, 3, true, true}}),
                 cohort(QStringLiteral("B"), 18, {PlanBlock{Module::Fle, 180, 3, true, true}})};
    p.rooms = {PlanRoom{QStringLiteral("R1"), QStringLiteral("S"), 20, {}},
               PlanRoom{QStringLiteral("R2"), QStringLiteral("S"), 20, {}}};
    p.trainers = {trainer(QStringLiteral("T1"), {Module::Fle}), trainer(QStringLiteral("T2"), {Module::Fle})};
    // A's Wednesday is fixed; a session of another cohort holds T2 and R2 on Monday.
    p.locked = {PlanLocked{QStringLiteral("SE-1"), QStringLiteral("A"), Module::Fle, 3, h(9), h(12),
                           QStringLiteral("T1"), QStringLiteral("R1")},
                PlanLocked{QStringLiteral("SE-2"), QStringLiteral("Z"), Module::Fle, 1, h(9), h(12),
                           QStringLiteral("T2"), QStringLiteral("R2")}};
    const PlanResult r = WeekPlanner::plan(p, quick());
    REQUIRE(r.status == PlanResult::Status::Solved);
    CHECK(checkWeek(p, r.sessions).isEmpty());
    // A: the locked Wednesday and two more; B three; Z's one: 7 sessions.
    CHECK(r.sessions.size() == 7);
    int mondays = 0;
    for (const PlannedSession& s : r.sessions)
        mondays += s.weekday == 1 ? 1 : 0;
    CHECK(mondays == 2); // T1 and R1 are all that is left on Monday besides Z's
}

TEST_CASE("planner solves generated network weeks and every plan passes the checks", "[planning]")
{
    for (quint64 seed = 1; seed <= 24; ++seed) {
        NetworkWeekSpec spec;
        spec.seed = seed;
        spec.cohorts = 2 + int(seed % 11);
        spec.roomUse = seed % 3 == 0 ? 0.96 : 0.85;
        spec.cohortsPerSite = seed % 4 == 0 ? 3 : 0;
        NetworkWeek w = NetworkWeekGenerator::generate(spec);
        // The generator's own week must pass the checks, or the checks (or it) are wrong.
        REQUIRE(checkWeek(w.problem, w.planted).isEmpty());
        // Lock two sessions of the planted week: still feasible, and they must not move.
        for (int i = 0; i < 2 && i < w.planted.size(); ++i) {
            const PlannedSession& s = w.planted[int((seed * 7 + quint64(i) * 13) % quint64(w.planted.size()))];
            w.problem.locked.append(PlanLocked{QStringLiteral("L%1").arg(i), s.cohortRef, s.module, s.weekday,
                                               s.start, s.end, s.trainerRef, s.roomRef});
        }
        if (w.problem.locked.size() == 2 && w.problem.locked[0].start == w.problem.locked[1].start
            && w.problem.locked[0].weekday == w.problem.locked[1].weekday
            && w.problem.locked[0].cohortRef == w.problem.locked[1].cohortRef)
            w.problem.locked.removeLast(); // the same session drawn twice
        INFO("seed " << seed << ", " << spec.cohorts << " cohorts");
        const PlanResult r = WeekPlanner::plan(w.problem, quick(seed));
        REQUIRE(r.status == PlanResult::Status::Solved);
        const QStringList faults = checkWeek(w.problem, r.sessions);
        INFO(faults.join(QLatin1Char('\n')).toStdString());
        CHECK(faults.isEmpty());
        CHECK(r.score.total == WeekPlanner::score(w.problem, r.sessions).total);
    }
}

TEST_CASE("planner never proves a planted week impossible", "[planning]")
{
    for (quint64 seed = 100; seed < 140; ++seed) {
        NetworkWeekSpec spec;
        spec.seed = seed;
        spec.cohorts = 1 + int(seed % 9);
        spec.roomUse = 0.99;
        spec.trainerUse = 1.0;
        const NetworkWeek w = NetworkWeekGenerator::generate(spec);
        INFO("seed " << seed);
        CHECK(WeekPlanner::proveImpossible(w.problem).isEmpty());
    }
}

TEST_CASE("planner gives the same week for the same seed", "[planning]")
{
    NetworkWeekSpec spec;
    spec.cohorts = 12;
    spec.seed = 5;
    const NetworkWeek w = NetworkWeekGenerator::generate(spec);
    const PlanResult a = WeekPlanner::plan(w.problem, quick(42));
    const PlanResult b = WeekPlanner::plan(w.problem, quick(42));
    REQUIRE(a.status == PlanResult::Status::Solved);
    CHECK(lines(a.sessions) == lines(b.sessions));
    CHECK(a.score.total == b.score.total);
    CHECK(a.iterations == b.iterations);
}

TEST_CASE("planner improves the score of its first week", "[planning]")
{
    NetworkWeekSpec spec;
    spec.cohorts = 10;
    spec.roomUse = 0.8;
    spec.seed = 3;
    const NetworkWeek w = NetworkWeekGenerator::generate(spec);
    PlanOptions none = quick(9);
    none.improveMovesPerSession = 0;
    PlanOptions some = quick(9);
    some.improveMovesPerSession = 300;
    const PlanResult first = WeekPlanner::plan(w.problem, none);
    const PlanResult better = WeekPlanner::plan(w.problem, some);
    REQUIRE(first.status == PlanResult::Status::Solved);
    REQUIRE(better.status == PlanResult::Status::Solved);
    CHECK(better.score.total < first.score.total);
    CHECK(checkWeek(w.problem, better.sessions).isEmpty());
}

TEST_CASE("generator reaches the room use asked", "[planning]")
{
    NetworkWeekSpec spec;
    spec.cohorts = 60;
    spec.roomUse = 0.96;
    const NetworkWeek w = NetworkWeekGenerator::generate(spec);
    CHECK(w.problem.cohorts.size() == 60);
    CHECK(w.roomUse <= 0.96 + 1e-9);
    CHECK(w.roomUse >= 0.95);
    // Every trainer away two half-days.
    for (const PlanTrainer& t : w.problem.trainers)
        CHECK(t.unavailable.size() == 2);
}

namespace {

PlanProblem twoCohorts()
{
    // Two cohorts of the programme's pattern at one site open 09:00-18:00 (lunch 12:00-13:00),
    // two rooms seating both, two FLE trainers, one English and one soft-skills trainer.
    PlanProblem p;
    p.monday = QDate(2026, 3, 16);
    p.stepMinutes = 60;
    p.sites.append(PlanSite{QStringLiteral("S"), h(9), h(18), h(12), h(13)});
    p.cohorts = {cohort(QStringLiteral("A"), 15, PlanCohort::defaultBlocks()),
                 cohort(QStringLiteral("B"), 15, PlanCohort::defaultBlocks())};
    p.rooms = {PlanRoom{QStringLiteral("R1"), QStringLiteral("S"), 20, {}},
               PlanRoom{QStringLiteral("R2"), QStringLiteral("S"), 20, {}}};
    p.trainers = {trainer(QStringLiteral("F1"), {Module::Fle}), trainer(QStringLiteral("F2"), {Module::Fle}),
                  trainer(QStringLiteral("E1"), {Module::English}), trainer(QStringLiteral("S1"), {Module::SoftSkills})};
    return p;
}

} // namespace

TEST_CASE("planner's stop rule still reaches a perfect week", "[planning]")
{
    const PlanProblem p = twoCohorts();
    // A perfect week by hand: each cohort in its own room with its own FLE trainer, FLE Monday
    // to Thursday 09:00-12:00; English 13:00-15:00 on Monday (A) and Tuesday (B), soft skills
    // 13:00-15:00 on Tuesday (A) and Wednesday (B): each of those days 5 h for the cohort, E1
    // and S1 one session a day. No wish missed: score 0, the least there is.
    QList<PlannedSession> perfect;
    for (int c = 0; c < 2; ++c) {
        const QString ref = p.cohorts[c].ref, room = p.rooms[c].ref, fle = p.trainers[c].ref;
        for (int d = 1; d <= 4; ++d)
            perfect.append(PlannedSession{ref, Module::Fle, d, h(9), h(12), fle, room, false, QString()});
        perfect.append(PlannedSession{ref, Module::English, c + 1, h(13), h(15), QStringLiteral("E1"), room, false, QString()});
        perfect.append(PlannedSession{ref, Module::SoftSkills, c + 2, h(13), h(15), QStringLiteral("S1"), room, false, QString()});
    }
    REQUIRE(checkWeek(p, perfect).isEmpty());
    REQUIRE(WeekPlanner::score(p, perfect).total == 0);
    int improved = 0, perfectOnes = 0;
    for (quint64 seed = 1; seed <= 12; ++seed) {
        PlanOptions o; // the defaults of the CLI and the window: the stop rule on
        o.seed = seed;
        const PlanResult r = WeekPlanner::plan(p, o);
        INFO("seed " << seed << ": first week " << r.firstScore.total << ", after " << r.improveMoves << " moves "
                     << r.score.total);
        REQUIRE(r.status == PlanResult::Status::Solved);
        CHECK(checkWeek(p, r.sessions).isEmpty());
        // Stopped by the rule (500 moves at least without a gain), long before the budget.
        CHECK(r.improveMoves >= o.improveStallMinimum);
        CHECK(r.improveMoves < qint64(o.improveMovesPerSession) * 12);
        // The rule stops where ten times the budget, without it, ends too.
        PlanOptions longer = o;
        longer.improveStallPerSession = 0;
        longer.improveMovesPerSession = 4000;
        const PlanResult l = WeekPlanner::plan(p, longer);
        REQUIRE(l.status == PlanResult::Status::Solved);
        CHECK(l.improveMoves == 4000 * 12);
        CHECK(r.score.total == l.score.total);
        improved += r.firstScore.total > 0 ? 1 : 0;
        perfectOnes += r.score.total == 0 ? 1 : 0;
    }
    // The improvement had work to do: most first weeks miss a wish or more.
    CHECK(improved >= 6);
    // Moving one session at a time reaches the perfect week from 10 of these 12 seeds. Seeds 2
    // and 5 end in a week that 4,000 moves a session do not leave either (seed 2: one FLE
    // session in the afternoon, 13; seed 5: a cohort in two rooms, 4): PLANNING.md, known limits.
    CHECK(perfectOnes >= 10);
}

TEST_CASE("planner's stop rule is deterministic, spends the budget without it, keeps locked sessions", "[planning]")
{
    NetworkWeekSpec spec;
    spec.cohorts = 20;
    spec.seed = 8;
    NetworkWeek w = NetworkWeekGenerator::generate(spec);
    for (int i : {3, 40, 77}) {
        const PlannedSession& s = w.planted[i];
        w.problem.locked.append(PlanLocked{QStringLiteral("L%1").arg(i), s.cohortRef, s.module, s.weekday, s.start,
                                           s.end, s.trainerRef, s.roomRef});
    }
    const qint64 movable = 20 * 6 - 3;
    PlanOptions o; // the defaults, stop rule on
    o.seed = 11;
    const PlanResult a = WeekPlanner::plan(w.problem, o);
    const PlanResult b = WeekPlanner::plan(w.problem, o);
    REQUIRE(a.status == PlanResult::Status::Solved);
    CHECK(checkWeek(w.problem, a.sessions).isEmpty());
    CHECK(lines(a.sessions) == lines(b.sessions));
    CHECK(a.improveMoves == b.improveMoves);
    CHECK(a.score.total <= a.firstScore.total);
    // The rule: at least 20 moves a session (2340) after the last gain, far under 400 a session.
    CHECK(a.improveMoves >= 20 * movable);
    CHECK(a.improveMoves < 400 * movable);
    // Every locked session is in the week exactly as it was locked.
    for (const PlanLocked& lk : w.problem.locked) {
        INFO(lk.ref.toStdString());
        CHECK(std::count_if(a.sessions.cbegin(), a.sessions.cend(), [&](const PlannedSession& s) {
                  return s.locked && s.lockedRef == lk.ref && s.cohortRef == lk.cohortRef && s.weekday == lk.weekday
                      && s.start == lk.start && s.end == lk.end && s.trainerRef == lk.trainerRef
                      && s.roomRef == lk.roomRef;
              }) == 1);
    }
    // Without the rule the whole budget is spent: 30 moves a session here.
    PlanOptions all = o;
    all.improveStallPerSession = 0;
    all.improveMovesPerSession = 30;
    const PlanResult c = WeekPlanner::plan(w.problem, all);
    REQUIRE(c.status == PlanResult::Status::Solved);
    CHECK(c.improveMoves == 30 * movable);
    CHECK(checkWeek(w.problem, c.sessions).isEmpty());
}

TEST_CASE("planner's progress never goes back and ends in the improvement's half", "[planning]")
{
    NetworkWeekSpec spec;
    spec.cohorts = 40;
    spec.seed = 3;
    const NetworkWeek w = NetworkWeekGenerator::generate(spec);
    QList<int> seen;
    PlanOptions o; // the defaults: the stop rule on
    o.progress = [&seen](int percent) { seen.append(percent); };
    const PlanResult r = WeekPlanner::plan(w.problem, o);
    REQUIRE(r.status == PlanResult::Status::Solved);
    INFO("progress: " << QStringList([&] {
                             QStringList l;
                             for (int p : seen)
                                 l << QString::number(p);
                             return l;
                         }()).join(QLatin1Char(' ')).toStdString());
    // 40 cohorts of 6 sessions, 240 to move: the improvement reports every 4,096 moves and stops
    // 20 x 240 = 4,800 moves after its last gain (or at 400 x 240 moves). Its last report comes
    // less than 4,096 moves before the end, so at least (4,800 - 4,096) / 4,800 of the rule's
    // wait is shown: 50 + 50 x 0.146, 57 % or more, where the share of the 96,000-move budget
    // alone would show little over 50 %.
    INFO("improvement moves: " << r.improveMoves);
    REQUIRE(r.improveMoves > 4096);
    REQUIRE(seen.size() >= 2);
    CHECK(std::is_sorted(seen.cbegin(), seen.cend()));
    CHECK(seen.first() >= 0);
    CHECK(seen.last() <= 100);
    CHECK(seen.last() >= 57);
}
