// SPDX-License-Identifier: GPL-3.0-or-later
// The SAT encoding of bench_plan --write-cnf (tests/bench/PlanCnf.h): small weeks with a known
// answer, encoded, solved by cadical when it is installed, decoded and compared by hand.
#include "CatchQt.h"

#include "PlanCheck.h"

#include "core/planning/NetworkWeek.h"
#include "tests/bench/PlanCnf.h"

#include <QFile>
#include <QTemporaryDir>

using namespace parcours;

namespace {

constexpr int h(int hours, int minutes = 0) { return hours * 60 + minutes; }

PlanCohort cohort(const QString& ref, int size, QList<PlanBlock> blocks)
{
    PlanCohort c;
    c.ref = ref;
    c.siteRef = QStringLiteral("S");
    c.size = size;
    c.blocks = blocks;
    return c;
}

/// WeekPlannerTest's week with one answer: one 3-hour place a morning, Wednesday closed, B (25)
/// fits only R2, free on Friday only; T1 away on Friday, T2 away but on Friday.
PlanProblem unique()
{
    PlanProblem p;
    p.monday = QDate(2026, 3, 16);
    p.stepMinutes = 180;
    p.sites.append(PlanSite{QStringLiteral("S"), h(9), h(12), -1, -1});
    p.closedWeekdays = {3};
    p.cohorts = {cohort(QStringLiteral("A"), 18, {PlanBlock{Module::Fle, 180, 4, true, true}}),
                 cohort(QStringLiteral("B"), 25, {PlanBlock{Module::English, 180, 1, true, false}})};
    p.rooms = {PlanRoom{QStringLiteral("R1"), QStringLiteral("S"), 20, {}},
               PlanRoom{QStringLiteral("R2"), QStringLiteral("S"), 30, {{1, h(9), h(12)}, {2, h(9), h(12)}, {4, h(9), h(12)}}}};
    p.trainers = {PlanTrainer{QStringLiteral("T1"), {Module::Fle}, std::nullopt, {{5, h(9), h(12)}}},
                  PlanTrainer{QStringLiteral("T2"), {Module::Fle, Module::English}, std::nullopt,
                              {{1, h(9), h(12)}, {2, h(9), h(12)}, {4, h(9), h(12)}}},
                  PlanTrainer{QStringLiteral("T3"), {Module::English}, std::nullopt, {}}};
    return p;
}

QStringList lines(const QList<PlannedSession>& sessions)
{
    QStringList out;
    for (const PlannedSession& s : sessions)
        out << QStringLiteral("%1 %2 d%3 %4-%5 %6 %7%8")
                   .arg(s.cohortRef)
                   .arg(int(s.module))
                   .arg(s.weekday)
                   .arg(s.start)
                   .arg(s.end)
                   .arg(s.trainerRef, s.roomRef, s.locked ? QStringLiteral(" locked") : QString());
    out.sort();
    return out;
}

/// Appends one clause to a DIMACS file (its header's count raised).
void appendClause(const QString& path, const std::vector<int>& clause)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    const int p = int(text.indexOf("\np cnf "));
    REQUIRE(p >= 0);
    const int eol = int(text.indexOf('\n', p + 1));
    const QList<QByteArray> header = text.mid(p + 1, eol - p - 1).split(' ');
    REQUIRE(header.size() == 4);
    const QByteArray counted = "p cnf " + header[2] + ' ' + QByteArray::number(header[3].toLongLong() + 1);
    text.replace(p + 1, eol - p - 1, counted);
    for (int l : clause)
        text += QByteArray::number(l) + ' ';
    text += "0\n";
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(text) == text.size());
}

bool noCadical()
{
    if (!satSolverPath(QStringLiteral("cadical")).isEmpty())
        return false;
    WARN("SKIPPED: cadical (Debian package cadical) is not installed, the CNF is not solved");
    return true;
}

} // namespace

TEST_CASE("the CNF of a week with one answer has that answer and no other", "[planning][sat]")
{
    const PlanProblem p = unique();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("unique.cnf"));
    PlanCnf cnf;
    REQUIRE(writePlanCnf(p, path, &cnf));
    // A: one start on each of its 4 days, rooms R1 (and R2 on Friday only), FLE trainers T1
    // (not Friday) and T2 (Friday only). B: only Friday has a room (R2); trainers T2 and T3.
    REQUIRE(cnf.placements.size() == 5);
    QStringList places;
    for (const PlanCnf::Placement& pl : cnf.placements)
        places << QStringLiteral("%1 d%2 rooms %3 trainers %4")
                      .arg(pl.cohort)
                      .arg(pl.day)
                      .arg(pl.rooms.size())
                      .arg(pl.trainers.size());
    CHECK(places
          == QStringList{QStringLiteral("0 d1 rooms 1 trainers 1"), QStringLiteral("0 d2 rooms 1 trainers 1"),
                         QStringLiteral("0 d4 rooms 1 trainers 1"), QStringLiteral("0 d5 rooms 2 trainers 1"),
                         QStringLiteral("1 d5 rooms 1 trainers 2")});
    if (noCadical())
        return;
    const SatRun run = runSat(QStringLiteral("cadical"), path, 60);
    REQUIRE(run.status == SatRun::Status::Sat);
    const QList<PlannedSession> week = decodePlanCnf(p, cnf, run.model);
    CHECK(lines(week)
          == QStringList{QStringLiteral("A 0 d1 540-720 T1 R1"), QStringLiteral("A 0 d2 540-720 T1 R1"),
                         QStringLiteral("A 0 d4 540-720 T1 R1"), QStringLiteral("A 0 d5 540-720 T2 R1"),
                         QStringLiteral("B 1 d5 540-720 T3 R2")});
    CHECK(test::checkWeek(p, week).isEmpty());
    // Forbid this assignment of every placement, room and trainer variable: nothing else is left.
    std::vector<int> other;
    for (const PlanCnf::Placement& pl : cnf.placements) {
        auto flip = [&](int v) { other.push_back(run.model[std::size_t(v)] ? -v : v); };
        flip(pl.y);
        for (const auto& [z, r] : pl.rooms)
            flip(z);
        for (const auto& [w, t] : pl.trainers)
            flip(w);
    }
    appendClause(path, other);
    CHECK(runSat(QStringLiteral("cadical"), path, 60).status == SatRun::Status::Unsat);
}

TEST_CASE("the CNF has no week when a rule cannot be met", "[planning][sat]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // The weekly maximum: T1 at 8 h cannot take A's three FLE mornings, T2 is away on Friday, so
    // T1 would need 9 h. With 9 h it can.
    PlanProblem p = unique();
    p.trainers[0].maxMinutesWeek = 8 * 60;
    const QString over = dir.filePath(QStringLiteral("over.cnf"));
    PlanCnf cnf;
    REQUIRE(writePlanCnf(p, over, &cnf));
    PlanProblem enough = p;
    enough.trainers[0].maxMinutesWeek = 9 * 60;
    const QString fits = dir.filePath(QStringLiteral("fits.cnf"));
    PlanCnf fitsCnf;
    REQUIRE(writePlanCnf(enough, fits, &fitsCnf));
    // A cohort's hours a day: B's English of 3 h with at most 2 h a day has no place at all.
    PlanProblem shortDay = unique();
    shortDay.cohorts[1].maxMinutesPerDay = 120;
    const QString day = dir.filePath(QStringLiteral("day.cnf"));
    REQUIRE(writePlanCnf(shortDay, day, nullptr));
    if (noCadical())
        return;
    CHECK(runSat(QStringLiteral("cadical"), over, 60).status == SatRun::Status::Unsat);
    const SatRun run = runSat(QStringLiteral("cadical"), fits, 60);
    REQUIRE(run.status == SatRun::Status::Sat);
    CHECK(test::checkWeek(enough, decodePlanCnf(enough, fitsCnf, run.model)).isEmpty());
    CHECK(runSat(QStringLiteral("cadical"), day, 60).status == SatRun::Status::Unsat);
}

TEST_CASE("the CNF keeps locked sessions and counts them in the pattern", "[planning][sat]")
{
    // WeekPlannerTest's locked case with Friday closed: A's Wednesday is fixed (T1, R1); Z's
    // session holds T2 and R2 on Monday. A and B need 3 FLE mornings each, two rooms, T1 at
    // most 9 h (6 h beside the locked Wednesday: two sessions), T2 free but on Monday.
    PlanProblem p = unique();
    p.closedWeekdays = {5};
    p.cohorts = {cohort(QStringLiteral("A"), 18, {PlanBlock{Module::Fle, 180, 3, true, true}}),
                 cohort(QStringLiteral("B"), 18, {PlanBlock{Module::Fle, 180, 3, true, true}})};
    p.rooms = {PlanRoom{QStringLiteral("R1"), QStringLiteral("S"), 20, {}},
               PlanRoom{QStringLiteral("R2"), QStringLiteral("S"), 20, {}}};
    p.trainers = {PlanTrainer{QStringLiteral("T1"), {Module::Fle}, 9 * 60, {}},
                  PlanTrainer{QStringLiteral("T2"), {Module::Fle}, std::nullopt, {}}};
    p.locked = {PlanLocked{QStringLiteral("SE-1"), QStringLiteral("A"), Module::Fle, 3, h(9), h(12), QStringLiteral("T1"),
                           QStringLiteral("R1")},
                PlanLocked{QStringLiteral("SE-2"), QStringLiteral("Z"), Module::Fle, 1, h(9), h(12), QStringLiteral("T2"),
                           QStringLiteral("R2")}};
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("locked.cnf"));
    PlanCnf cnf;
    REQUIRE(writePlanCnf(p, path, &cnf));
    // A: Monday, Tuesday, Thursday (Wednesday is its locked day, the block's days differ); B:
    // Monday to Thursday.
    REQUIRE(cnf.placements.size() == 7);
    // With 8 h, T1 has one session beside the locked one, T2 at most Tuesday to Thursday: 4 of 5.
    PlanProblem over = p;
    over.trainers[0].maxMinutesWeek = 8 * 60;
    const QString overPath = dir.filePath(QStringLiteral("over.cnf"));
    REQUIRE(writePlanCnf(over, overPath, nullptr));
    if (noCadical())
        return;
    CHECK(runSat(QStringLiteral("cadical"), overPath, 60).status == SatRun::Status::Unsat);
    const SatRun run = runSat(QStringLiteral("cadical"), path, 60);
    REQUIRE(run.status == SatRun::Status::Sat);
    const QList<PlannedSession> week = decodePlanCnf(p, cnf, run.model);
    CHECK(test::checkWeek(p, week).isEmpty());
    REQUIRE(week.size() == 7); // A's locked one and two more, B's three, Z's one
    // 5 sessions to place, T2 can take 3 (Tuesday to Thursday): T1 takes 2 beside its locked
    // one, its 9 h; only B can have Wednesday (T2, R2).
    QStringList t1, t2;
    for (const PlannedSession& s : week) {
        if (s.trainerRef == QLatin1String("T1"))
            t1 << QStringLiteral("d%1").arg(s.weekday);
        if (s.trainerRef == QLatin1String("T2") && !s.locked)
            t2 << QStringLiteral("d%1").arg(s.weekday);
    }
    CHECK(t1.size() == 3);
    t2.sort();
    CHECK(t2 == QStringList{QStringLiteral("d2"), QStringLiteral("d3"), QStringLiteral("d4")});
    CHECK(lines(week).contains(QStringLiteral("B 0 d3 540-720 T2 R2")));
    CHECK(lines(week).contains(QStringLiteral("A 0 d3 540-720 T1 R1 locked")));
}

TEST_CASE("the CNF of generated network weeks gives valid weeks", "[planning][sat]")
{
    if (noCadical())
        return;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (quint64 seed = 1; seed <= 4; ++seed) {
        NetworkWeekSpec spec;
        spec.cohorts = 3;
        spec.seed = seed;
        const NetworkWeek w = NetworkWeekGenerator::generate(spec);
        const QString path = dir.filePath(QStringLiteral("week-%1.cnf").arg(seed));
        PlanCnf cnf;
        REQUIRE(writePlanCnf(w.problem, path, &cnf));
        const SatRun run = runSat(QStringLiteral("cadical-sat"), path, 120);
        INFO("seed " << seed);
        REQUIRE(run.status == SatRun::Status::Sat);
        const QList<PlannedSession> week = decodePlanCnf(w.problem, cnf, run.model);
        CHECK(week.size() == w.planted.size());
        CHECK(test::checkWeek(w.problem, week).isEmpty());
    }
}
