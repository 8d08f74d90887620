// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <functional>

namespace parcours {

class Database;

/// How many rows of each kind the large demo wrote.
struct LargeDemoCounts
{
    qint64 sites = 0;
    qint64 rooms = 0;
    qint64 trainers = 0;
    qint64 cohorts = 0;
    qint64 participants = 0;
    qint64 volunteers = 0;
    qint64 enrolments = 0;
    qint64 sessions = 0;
    qint64 attendance = 0;
    qint64 pairings = 0;
    qint64 checkIns = 0;
    qint64 outcomes = 0;
};

/// `parcours-cli demo --scale large`: ten years of a national network written straight into an
/// empty database. At factor 1: 5,000 cohorts of 20 to 22 (so more than 100,000 participants)
/// over 24 sites that join one after another, their twelve-week timetables (the small demo's,
/// about 86 sessions each), a mark for every participant at every session held, 20,000
/// volunteers with mentor and coach pairings and their check-ins, outcomes at the milestones that
/// have passed. Other factors scale every count (the tests use 1/500). Streams cohort by cohort
/// through a BulkLoader, so memory stays small. The same seed, factor and day give the same data.
class LargeDemoGenerator
{
public:
    LargeDemoGenerator(const Clock& clock, quint32 seed, double factor = 1.0)
        : m_clock(clock), m_seed(seed), m_factor(factor)
    {
    }

    /// Called between phases with a short English line (log text, not translated) and the rows so far.
    using Progress = std::function<void(const QString& phase, const LargeDemoCounts& sofar)>;

    /// Fills `db`, which must be empty (ErrorCode::Exists otherwise); on any failure the
    /// database is left as it was.
    [[nodiscard]] Result<LargeDemoCounts> fill(Database& db, const Progress& progress = {}) const;

private:
    const Clock& m_clock;
    quint32 m_seed;
    double m_factor;
};

} // namespace parcours
