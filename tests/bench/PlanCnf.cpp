// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanCnf.h"

#include "tests/core/planning/PlanCheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <numeric>
#include <tuple>

#include <sys/resource.h>

namespace parcours {

namespace {

struct Cnf
{
    int vars = 0;
    long long count = 0;
    std::vector<int> lits; // clauses, each ended by 0

    int var() { return ++vars; }
    void add(std::initializer_list<int> c)
    {
        lits.insert(lits.end(), c.begin(), c.end());
        lits.push_back(0);
        ++count;
    }
    void add(const std::vector<int>& c)
    {
        lits.insert(lits.end(), c.begin(), c.end());
        lits.push_back(0);
        ++count;
    }
    /// At most one of xs: pairwise up to 5, else the sequential ladder (Sinz 2005).
    void atMostOne(const std::vector<int>& xs)
    {
        const std::size_t n = xs.size();
        if (n <= 5) {
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t j = i + 1; j < n; ++j)
                    add({-xs[i], -xs[j]});
            return;
        }
        int prev = var();
        add({-xs[0], prev});
        for (std::size_t i = 1; i + 1 < n; ++i) {
            const int s = var();
            add({-xs[i], s});
            add({-prev, s});
            add({-xs[i], -prev});
            prev = s;
        }
        add({-xs[n - 1], -prev});
    }
    /// Sum of the weights of the true literals at most k: the sequential weighted counter.
    void atMostWeighted(std::vector<std::pair<int, int>> xs, int k)
    {
        if (k < 0) {
            add(std::vector<int>{}); // even none true is too much
            return;
        }
        std::vector<std::pair<int, int>> in;
        long long total = 0;
        for (const auto& [x, w] : xs) {
            if (w > k)
                add({-x});
            else if (w > 0) {
                in.push_back({x, w});
                total += w;
            }
        }
        if (total <= k || in.empty())
            return;
        // prev[j - 1]: "the inputs so far weigh at least j", j = 1..k.
        std::vector<int> prev;
        for (std::size_t i = 0; i < in.size(); ++i) {
            const auto [x, w] = in[i];
            if (!prev.empty() && k + 1 - w >= 1)
                add({-x, -prev[std::size_t(k - w)]}); // overflow past k
            if (i + 1 == in.size())
                break;
            std::vector<int> cur(static_cast<std::size_t>(k));
            for (int j = 1; j <= k; ++j) {
                const int s = var();
                cur[std::size_t(j - 1)] = s;
                if (j <= w)
                    add({-x, s});
                if (!prev.empty()) {
                    add({-prev[std::size_t(j - 1)], s});
                    if (j > w)
                        add({-x, -prev[std::size_t(j - w - 1)], s});
                }
            }
            prev = std::move(cur);
        }
    }
    void atLeast(const std::vector<int>& xs, int k)
    {
        if (k <= 0)
            return;
        if (k == 1) {
            add(xs);
            return;
        }
        std::vector<std::pair<int, int>> neg;
        for (int x : xs)
            neg.push_back({-x, 1});
        atMostWeighted(neg, int(xs.size()) - k);
    }
};

/// One resource's placements of one (day, start, length): the literal x standing for them.
struct Key
{
    int day, start, minutes;
    bool operator<(const Key& o) const { return std::tie(day, start, minutes) < std::tie(o.day, o.start, o.minutes); }
};
using Groups = std::map<Key, std::vector<int>>;

/// Groups each (day, start, length) of one resource under one literal, at most one placement of
/// each, no two overlapping; returns the literals with their keys.
std::vector<std::pair<Key, int>> occupy(Cnf& cnf, const Groups& groups)
{
    std::vector<std::pair<Key, int>> xs;
    for (const auto& [key, lits] : groups) {
        if (lits.size() == 1) {
            xs.push_back({key, lits.front()});
            continue;
        }
        const int x = cnf.var();
        for (int l : lits)
            cnf.add({-l, x});
        cnf.atMostOne(lits);
        xs.push_back({key, x});
    }
    for (std::size_t i = 0; i < xs.size(); ++i)
        for (std::size_t j = i + 1; j < xs.size(); ++j) {
            const Key& a = xs[i].first;
            const Key& b = xs[j].first;
            if (a.day == b.day && a.start < b.start + b.minutes && b.start < a.start + a.minutes)
                cnf.add({-xs[i].second, -xs[j].second});
        }
    return xs;
}

bool busy(const QList<PlanInterval>& list, int day, int from, int to)
{
    return std::any_of(list.begin(), list.end(), [&](const PlanInterval& i) { return i.overlaps(day, from, to); });
}

double childCpu()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace

bool writePlanCnf(const PlanProblem& p, const QString& path, PlanCnf* out)
{
    Cnf cnf;
    PlanCnf result;
    const int nC = int(p.cohorts.size()), nT = int(p.trainers.size()), nR = int(p.rooms.size());
    // Locked sessions: busy times of their trainer, room and cohort; the block they fill.
    std::vector<QList<PlanInterval>> tBusy(static_cast<std::size_t>(nT)), rBusy(static_cast<std::size_t>(nR)),
        cBusy(static_cast<std::size_t>(nC));
    std::vector<int> tLocked(static_cast<std::size_t>(nT)), unitsOf;
    std::vector<std::map<int, int>> cLockedDay(static_cast<std::size_t>(nC));
    std::vector<std::vector<int>> left(static_cast<std::size_t>(nC));
    std::vector<std::vector<QList<int>>> lockedDays(static_cast<std::size_t>(nC));
    for (int c = 0; c < nC; ++c) {
        for (const PlanBlock& b : p.cohorts[c].blocks) {
            left[std::size_t(c)].push_back(b.count);
            unitsOf.push_back(b.minutes);
        }
        lockedDays[std::size_t(c)].resize(std::size_t(p.cohorts[c].blocks.size()));
    }
    for (int t = 0; t < nT; ++t)
        tBusy[std::size_t(t)] = p.trainers[t].unavailable;
    for (int r = 0; r < nR; ++r)
        rBusy[std::size_t(r)] = p.rooms[r].unavailable;
    for (const PlanLocked& lk : p.locked) {
        const PlanInterval span{lk.weekday, lk.start, lk.end};
        unitsOf.push_back(lk.end - lk.start);
        for (int t = 0; t < nT; ++t)
            if (!lk.trainerRef.isEmpty() && p.trainers[t].ref == lk.trainerRef) {
                tBusy[std::size_t(t)].append(span);
                tLocked[std::size_t(t)] += lk.end - lk.start;
            }
        for (int r = 0; r < nR; ++r)
            if (!lk.roomRef.isEmpty() && p.rooms[r].ref == lk.roomRef)
                rBusy[std::size_t(r)].append(span);
        for (int c = 0; c < nC; ++c) {
            if (p.cohorts[c].ref != lk.cohortRef)
                continue;
            cBusy[std::size_t(c)].append(span);
            cLockedDay[std::size_t(c)][lk.weekday] += lk.end - lk.start;
            const QList<PlanBlock>& blocks = p.cohorts[c].blocks;
            for (int g = 0; g < blocks.size(); ++g)
                if (blocks[g].module == lk.module && blocks[g].minutes == lk.end - lk.start
                    && left[std::size_t(c)][std::size_t(g)] > 0) {
                    --left[std::size_t(c)][std::size_t(g)];
                    lockedDays[std::size_t(c)][std::size_t(g)].append(lk.weekday);
                    break;
                }
        }
    }
    int unit = 0;
    for (int m : unitsOf)
        unit = std::gcd(unit, std::max(1, m));
    unit = std::max(1, unit);

    std::vector<Groups> tGroups(static_cast<std::size_t>(nT)), rGroups(static_cast<std::size_t>(nR));
    for (int c = 0; c < nC; ++c) {
        const PlanCohort& co = p.cohorts[c];
        const PlanSite* site = p.site(co.siteRef);
        Groups cGroups;
        for (int g = 0; g < co.blocks.size(); ++g) {
            const PlanBlock& b = co.blocks[g];
            std::vector<int> starts;
            if (site) {
                const int step = std::max(5, p.stepMinutes);
                const bool lunch = site->lunchStart >= 0 && site->lunchEnd > site->lunchStart;
                for (int s = site->opens; s + b.minutes <= (lunch ? site->lunchStart : site->closes); s += step)
                    starts.push_back(s);
                if (lunch)
                    for (int s = site->lunchEnd; s + b.minutes <= site->closes; s += step)
                        starts.push_back(s);
            }
            std::vector<int> all;
            for (int d : p.daysOf(co)) {
                if (b.distinctDays && lockedDays[std::size_t(c)][std::size_t(g)].contains(d))
                    continue;
                std::vector<int> day;
                for (int s : starts) {
                    if (busy(cBusy[std::size_t(c)], d, s, s + b.minutes))
                        continue;
                    PlanCnf::Placement pl;
                    pl.cohort = c;
                    pl.block = g;
                    pl.day = d;
                    pl.start = s;
                    for (int r = 0; r < nR; ++r) {
                        const PlanRoom& room = p.rooms[r];
                        if (room.siteRef == co.siteRef && (room.capacity <= 0 || room.capacity >= co.size)
                            && !busy(rBusy[std::size_t(r)], d, s, s + b.minutes))
                            pl.rooms.push_back({0, r});
                    }
                    for (int t = 0; t < nT; ++t)
                        if (p.trainers[t].modules.contains(b.module) && !busy(tBusy[std::size_t(t)], d, s, s + b.minutes))
                            pl.trainers.push_back({0, t});
                    if (pl.rooms.empty() || pl.trainers.empty())
                        continue;
                    pl.y = cnf.var();
                    std::vector<int> someRoom{-pl.y}, someTrainer{-pl.y};
                    for (auto& [z, r] : pl.rooms) {
                        z = cnf.var();
                        cnf.add({-z, pl.y});
                        someRoom.push_back(z);
                        rGroups[std::size_t(r)][Key{d, s, b.minutes}].push_back(z);
                    }
                    for (auto& [w, t] : pl.trainers) {
                        w = cnf.var();
                        cnf.add({-w, pl.y});
                        someTrainer.push_back(w);
                        tGroups[std::size_t(t)][Key{d, s, b.minutes}].push_back(w);
                    }
                    cnf.add(someRoom);
                    cnf.add(someTrainer);
                    cGroups[Key{d, s, b.minutes}].push_back(pl.y);
                    all.push_back(pl.y);
                    day.push_back(pl.y);
                    result.placements.push_back(std::move(pl));
                }
                if (b.distinctDays)
                    cnf.atMostOne(day);
            }
            // Exactly the sessions left of the block.
            const int k = left[std::size_t(c)][std::size_t(g)];
            if (int(all.size()) < k)
                cnf.add(std::vector<int>{});
            else {
                cnf.atLeast(all, k);
                std::vector<std::pair<int, int>> ones;
                for (int y : all)
                    ones.push_back({y, 1});
                cnf.atMostWeighted(ones, k);
            }
        }
        // No two sessions of the cohort at once; its minutes a day under its maximum.
        std::map<int, std::vector<std::pair<int, int>>> perDay;
        for (const auto& [key, x] : occupy(cnf, cGroups))
            perDay[key.day].push_back({x, key.minutes / unit});
        for (const auto& [d, xs] : perDay)
            cnf.atMostWeighted(xs, (co.maxMinutesPerDay - cLockedDay[std::size_t(c)][d]) / unit);
    }
    for (int r = 0; r < nR; ++r)
        occupy(cnf, rGroups[std::size_t(r)]);
    for (int t = 0; t < nT; ++t) {
        const auto xs = occupy(cnf, tGroups[std::size_t(t)]);
        if (const auto& max = p.trainers[t].maxMinutesWeek) {
            std::vector<std::pair<int, int>> weighted;
            for (const auto& [key, x] : xs)
                weighted.push_back({x, key.minutes / unit});
            const int room = *max - tLocked[std::size_t(t)];
            cnf.atMostWeighted(weighted, room < 0 ? -1 : room / unit);
        }
    }

    result.variables = cnf.vars;
    result.clauses = cnf.count;
    if (out)
        *out = std::move(result);
    std::FILE* f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return false;
    std::string buf = "c parcours week (bench_plan --write-cnf), tests/bench/PlanCnf.h\np cnf " + std::to_string(cnf.vars)
        + ' ' + std::to_string(cnf.count) + '\n';
    bool ok = true;
    char num[16];
    for (int l : cnf.lits) {
        const auto [end, ec] = std::to_chars(num, num + sizeof num, l);
        buf.append(num, end);
        buf.push_back(l == 0 ? '\n' : ' ');
        if (buf.size() > (1 << 20)) {
            ok = ok && std::fwrite(buf.data(), 1, buf.size(), f) == buf.size();
            buf.clear();
        }
    }
    ok = ok && std::fwrite(buf.data(), 1, buf.size(), f) == buf.size();
    return std::fclose(f) == 0 && ok;
}

QList<PlannedSession> decodePlanCnf(const PlanProblem& p, const PlanCnf& cnf, const std::vector<bool>& model)
{
    auto value = [&](int v) { return v > 0 && std::size_t(v) < model.size() && model[std::size_t(v)]; };
    QList<PlannedSession> out;
    for (const PlanLocked& lk : p.locked) {
        PlannedSession s;
        s.cohortRef = lk.cohortRef;
        s.module = lk.module;
        s.weekday = lk.weekday;
        s.start = lk.start;
        s.end = lk.end;
        s.trainerRef = lk.trainerRef;
        s.roomRef = lk.roomRef;
        s.locked = true;
        s.lockedRef = lk.ref;
        out.append(s);
    }
    for (const PlanCnf::Placement& pl : cnf.placements) {
        if (!value(pl.y))
            continue;
        const PlanCohort& co = p.cohorts[pl.cohort];
        const PlanBlock& b = co.blocks[pl.block];
        PlannedSession s;
        s.cohortRef = co.ref;
        s.module = b.module;
        s.weekday = pl.day;
        s.start = pl.start;
        s.end = pl.start + b.minutes;
        for (const auto& [z, r] : pl.rooms)
            if (value(z)) {
                s.roomRef = p.rooms[r].ref;
                break;
            }
        for (const auto& [w, t] : pl.trainers)
            if (value(w)) {
                s.trainerRef = p.trainers[t].ref;
                break;
            }
        out.append(s);
    }
    return out;
}

const char* satStatusText(SatRun::Status status)
{
    switch (status) {
    case SatRun::Status::Missing: return "missing";
    case SatRun::Status::Sat: return "sat";
    case SatRun::Status::Unsat: return "unsat";
    case SatRun::Status::TimeOut: return "time-out";
    case SatRun::Status::Failed: return "failed";
    }
    return "?";
}

QString satSolverPath(const QString& solver)
{
    return QStandardPaths::findExecutable(solver == QLatin1String("cadical-sat") ? QStringLiteral("cadical") : solver);
}

SatRun runSat(const QString& solver, const QString& cnfPath, int timeLimitSeconds)
{
    SatRun run;
    // "cadical-sat": cadical with its options for satisfiable instances (--sat).
    const bool satConfig = solver == QLatin1String("cadical-sat");
    const QString exe = satSolverPath(satConfig ? QStringLiteral("cadical") : solver);
    if (exe.isEmpty()) {
        run.status = SatRun::Status::Missing;
        return run;
    }
    const bool minisat = solver == QLatin1String("minisat");
    const QString modelPath = cnfPath + QStringLiteral(".") + solver + QStringLiteral(".out");
    QFile::remove(modelPath);
    QProcess proc;
    // The limit is on CPU time (RLIMIT_CPU, and minisat's own -cpu-lim): on a loaded machine a
    // wall-clock limit (cadical's -t) would leave the solver a fraction of it. cadical: the model
    // on stdout; minisat: the model to a file.
    proc.setChildProcessModifier([timeLimitSeconds] {
        const rlimit cpu{rlim_t(timeLimitSeconds), rlim_t(timeLimitSeconds) + 5};
        setrlimit(RLIMIT_CPU, &cpu);
    });
    QStringList args;
    if (minisat)
        args << QStringLiteral("-cpu-lim=%1").arg(timeLimitSeconds) << QStringLiteral("-verb=0") << cnfPath << modelPath;
    else {
        args << QStringLiteral("-q");
        if (satConfig)
            args << QStringLiteral("--sat");
        args << cnfPath;
        proc.setStandardOutputFile(modelPath);
    }
    if (minisat)
        proc.setStandardOutputFile(QProcess::nullDevice());
    proc.setStandardErrorFile(QProcess::nullDevice());
    const double cpu0 = childCpu();
    QElapsedTimer timer;
    timer.start();
    proc.start(exe, args);
    // A guard on the wall time only (a share of the CPU as low as 1/8 on the shared machine).
    proc.waitForFinished((timeLimitSeconds * 8 + 60) * 1000);
    if (proc.state() != QProcess::NotRunning) {
        proc.kill();
        proc.waitForFinished();
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpuSeconds = childCpu() - cpu0;
    QFile file(modelPath);
    if (!file.open(QIODevice::ReadOnly)) {
        run.error = QStringLiteral("no output %1").arg(modelPath);
        return run;
    }
    const QByteArray text = file.readAll();
    bool sat = false, unsat = false;
    std::vector<int> lits;
    for (const QByteArray& line : text.split('\n')) {
        if (line == "s SATISFIABLE" || line == "SAT")
            sat = true;
        else if (line == "s UNSATISFIABLE" || line == "UNSAT")
            unsat = true;
        else if ((!minisat && line.startsWith("v ")) || (minisat && sat && !line.isEmpty())) {
            for (const QByteArray& tok : line.mid(minisat ? 0 : 2).split(' '))
                if (!tok.isEmpty())
                    lits.push_back(tok.toInt());
        }
    }
    if (unsat)
        run.status = SatRun::Status::Unsat;
    else if (sat) {
        run.status = SatRun::Status::Sat;
        int top = 0;
        for (int l : lits)
            top = std::max(top, std::abs(l));
        run.model.assign(std::size_t(top) + 1, false);
        for (int l : lits)
            if (l > 0)
                run.model[std::size_t(l)] = true;
    } else
        run.status = SatRun::Status::TimeOut; // no answer within the limit (or killed)
    return run;
}

void printSatHeader(const QString& solver)
{
    std::printf(" | %8s %9s %10s %8s %9s %9s %9s %7s %10s", qPrintable(solver), "vars", "clauses", "write_s", "sat_s",
                "sat_cpu", "status", "faults", "ratio_cpu");
}

void printSatColumns(const PlanProblem& problem, const QString& dir, int n, const QString& solver,
                     int timeLimitSeconds, double ourCpu)
{
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/plan-%1.cnf").arg(n);
    PlanCnf cnf;
    QElapsedTimer timer;
    timer.start();
    const bool written = writePlanCnf(problem, path, &cnf);
    const double writeSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf(" | %8s %9d %10lld %8.2f", written ? "" : "unwritten", cnf.variables, cnf.clauses, writeSeconds);
    std::fflush(stdout);
    if (!written)
        return;
    const SatRun run = runSat(solver, path, timeLimitSeconds);
    if (run.status == SatRun::Status::Missing) {
        std::printf("  (%s not installed)", qPrintable(solver.section(QLatin1Char('-'), 0, 0)));
        return;
    }
    int faults = -1;
    if (run.status == SatRun::Status::Sat)
        faults = int(test::checkWeek(problem, decodePlanCnf(problem, cnf, run.model)).size());
    std::printf(" %9.2f %9.2f %9s %7d %10.1f", run.seconds, run.cpuSeconds, satStatusText(run.status), faults,
                run.cpuSeconds / std::max(1e-3, ourCpu));
    if (!run.error.isEmpty())
        std::printf("  (%s)", qPrintable(run.error));
}

} // namespace parcours
