// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace parcours {

/// Where the core gets "now" from, so that pure code and tests can fix the date.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTime(); }
    QDate today() const { return now().date(); }

    /// The clock of the real world.
    static const Clock& system();
};

/// A clock that always says the same time, for tests and reproducible runs.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }

private:
    QDateTime m_at;
};

inline const Clock& Clock::system()
{
    static const Clock clock;
    return clock;
}

} // namespace parcours
