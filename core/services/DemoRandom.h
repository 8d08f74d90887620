// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <cstdint>
#include <random>

namespace parcours {

/// The demo data's source of chance: std::mt19937, whose output the C++ standard fixes, with
/// small helpers of our own. The standard's distributions are not used on purpose: their
/// results differ between standard libraries, and a seed must give the same data everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_engine(seed) {}

    /// A uniformly drawn integer in [low, high] (rejection sampling, so without modulo bias).
    int between(int low, int high)
    {
        if (high <= low)
            return low;
        const std::uint64_t span = std::uint64_t(std::int64_t(high) - low) + 1;
        const std::uint64_t limit = (std::uint64_t(1) << 32) / span * span;
        std::uint64_t x = 0;
        do {
            x = std::uint64_t(m_engine()) & 0xffffffffu;
        } while (x >= limit);
        return int(std::int64_t(low) + std::int64_t(x % span));
    }

    /// True with a probability of `percent` in 100.
    bool chance(int percent) { return between(0, 99) < percent; }

    /// The index drawn with the given weights (all >= 0, at least one > 0).
    int weighted(const QList<int>& weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int x = between(0, total - 1);
        for (int i = 0; i < weights.size(); ++i) {
            if (x < weights.at(i))
                return i;
            x -= weights.at(i);
        }
        return int(weights.size()) - 1;
    }

    /// One element of a non-empty list.
    template<class T>
    const T& pick(const QList<T>& list)
    {
        return list.at(between(0, int(list.size()) - 1));
    }

    /// Fisher-Yates, drawing with between().
    template<class T>
    void shuffle(QList<T>& list)
    {
        for (int i = int(list.size()) - 1; i > 0; --i)
            list.swapItemsAt(i, between(0, i));
    }

private:
    std::mt19937 m_engine;
};

} // namespace parcours
