// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoData.h"
#include "core/Clock.h"
#include "core/Result.h"

namespace parcours {

class Database;

/// How much demo data to invent.
enum class DemoScale {
    Small, ///< two sites, three cohorts of 20, with everything around them
    Large, ///< ten years of a national network (not available yet)
};

/// Fills an empty database with realistic invented data (`parcours-cli demo`): sites, trainers,
/// cohorts with twelve-week timetables that meet their weekly targets, participants, volunteers,
/// pairings, attendance and outcomes, dated around the clock's today. The same seed and the same
/// day give the same data.
class DemoGenerator
{
public:
    DemoGenerator(const Clock& clock, quint32 seed) : m_clock(clock), m_seed(seed) {}

    /// The data, without a database. ErrorCode::Usage for a scale not available yet.
    [[nodiscard]] Result<DemoData> build(DemoScale scale = DemoScale::Small) const;

    /// Writes build()'s data through the repositories in one transaction. Refuses a database that
    /// already holds data (ErrorCode::Exists) and leaves it as it was on any failure.
    [[nodiscard]] Result<DemoData> fill(Database& db, DemoScale scale = DemoScale::Small) const;

    /// True when the database holds no site, room, trainer, cohort, participant, volunteer,
    /// session, pairing nor outcome.
    [[nodiscard]] static Result<bool> isEmpty(Database& db);

private:
    const Clock& m_clock;
    quint32 m_seed;
};

} // namespace parcours
