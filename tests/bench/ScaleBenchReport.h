// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace parcours::bench {

/// One measure: wall-clock milliseconds, and the CPU milliseconds spent meanwhile (by this
/// process, or by the child measured). On a shared, loaded machine the wall time grows with
/// the load; the CPU time is close to what an idle machine would take for single-threaded work.
struct Sample
{
    double wall = 0;
    double cpu = 0;
};

/// The median of samples, by wall time and by CPU time separately.
inline std::optional<Sample> median(std::vector<Sample> samples)
{
    if (samples.empty())
        return std::nullopt;
    const std::size_t mid = samples.size() / 2;
    std::vector<double> cpu;
    for (const Sample& s : samples)
        cpu.push_back(s.cpu);
    std::sort(cpu.begin(), cpu.end());
    std::sort(samples.begin(), samples.end(), [](const Sample& a, const Sample& b) { return a.wall < b.wall; });
    return Sample{samples[mid].wall, cpu[mid]};
}

/// The lines bench_scale prints: one per figure, `name value target verdict detail`, in
/// columns. A figure that could not be measured says why and makes the run fail; one that is
/// left out on purpose says so and does not. PASS and MISS judge the wall time; when only the
/// CPU time is within the target (a loaded machine), the line says "cpu within target".
class Report
{
public:
    /// A duration in milliseconds against its target.
    void time(const QString& name, std::optional<Sample> ms, double targetMs, const QString& detail)
    {
        if (!ms)
            return failed(name, detail);
        line(name, duration(ms->wall), QStringLiteral("<= %1").arg(duration(targetMs)), ms->wall <= targetMs,
             QStringLiteral("cpu %1%2; %3").arg(duration(ms->cpu), cpuNote(ms->wall <= targetMs, ms->cpu <= targetMs), detail));
    }

    /// A duration against the sqlite3 shell's for the same work: at most `maxRatio` times it,
    /// and within `targetMs` when there is one.
    void ratio(const QString& name, std::optional<Sample> ms, std::optional<double> targetMs,
               std::optional<Sample> sqliteMs, double maxRatio, const QString& detail, const QString& why)
    {
        if (!ms || !sqliteMs)
            return failed(name, why.isEmpty() ? detail : why);
        const double r = ms->wall / std::max(sqliteMs->wall, 0.001);
        const double rc = ms->cpu / std::max(sqliteMs->cpu, 0.001);
        QString target = QStringLiteral("<= %1x sqlite3").arg(maxRatio);
        if (targetMs)
            target.prepend(QStringLiteral("<= %1, ").arg(duration(*targetMs)));
        const bool pass = r <= maxRatio && (!targetMs || ms->wall <= *targetMs);
        const bool cpuPass = rc <= maxRatio && (!targetMs || ms->cpu <= *targetMs);
        line(name, duration(ms->wall), target, pass,
             QStringLiteral("sqlite3 %1, ratio %2x; cpu %3 vs %4, ratio %5x%6; %7")
                 .arg(duration(sqliteMs->wall))
                 .arg(r, 0, 'f', 2)
                 .arg(duration(ms->cpu), duration(sqliteMs->cpu))
                 .arg(rc, 0, 'f', 2)
                 .arg(cpuNote(pass, cpuPass), detail));
    }

    /// A peak memory in kB against a target in MB.
    void memory(const QString& name, std::optional<long> kb, double targetMb, const QString& detail)
    {
        if (!kb)
            return failed(name, detail);
        const double mb = double(*kb) / 1024.0;
        line(name, QStringLiteral("%1 MB").arg(mb, 0, 'f', 0), QStringLiteral("<= %1 MB").arg(targetMb),
             mb <= targetMb, detail);
    }

    /// A figure this build cannot measure, and why.
    void notMeasured(const QString& name, double targetMs, const QString& why)
    {
        print(name, QStringLiteral("-"), QStringLiteral("<= %1").arg(duration(targetMs)),
              QStringLiteral("not measured: %1").arg(why));
    }

    /// The exit status: 1 when a measure failed.
    int finish() const
    {
        std::printf("bench_scale: %d figures, %d PASS, %d MISS, %d not measured, %d failed\n", m_lines, m_pass,
                    m_miss, m_lines - m_pass - m_miss - m_failed, m_failed);
        return m_failed ? 1 : 0;
    }

private:
    static QString cpuNote(bool pass, bool cpuPass)
    {
        return !pass && cpuPass ? QStringLiteral(" (cpu within target)") : QString();
    }

    static QString duration(double ms)
    {
        if (ms >= 1000)
            return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 2);
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 100 ? 1 : 0);
    }

    void line(const QString& name, const QString& value, const QString& target, bool pass, const QString& detail)
    {
        ++(pass ? m_pass : m_miss);
        print(name, value, target, QStringLiteral("%1  %2").arg(pass ? QStringLiteral("PASS") : QStringLiteral("MISS"), detail));
    }

    void failed(const QString& name, const QString& why)
    {
        ++m_failed;
        print(name, QStringLiteral("-"), QString(), QStringLiteral("FAILED: %1").arg(why));
    }

    void print(const QString& name, const QString& value, const QString& target, const QString& rest)
    {
        ++m_lines;
        std::printf("%-18s %10s   %-28s %s\n", qPrintable(name), qPrintable(value), qPrintable(target), qPrintable(rest));
        std::fflush(stdout);
    }

    int m_lines = 0;
    int m_pass = 0;
    int m_miss = 0;
    int m_failed = 0;
};

} // namespace parcours::bench
