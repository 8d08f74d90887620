// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/planning/PlanProblem.h"

#include <QStringList>

namespace parcours {

class Database;

/// Reads what the week planner needs from the database (through the repositories) for chosen
/// cohorts, a site's cohorts or every cohort, and one week (see core/planning/PLANNING.md).
///
/// - Cohorts: those chosen, or those of the site (or all) whose dates meet the week. Their
///   pattern comes from their weekly targets: FLE as sessions of 3 h (as many as the minimum
///   asks, lengthened to half hours within the maximum, morning wish), English and soft skills
///   one session each, different days, at most 5 h a day. Their size is the participants
///   enrolled and expected that week (the cohort's capacity when none is); the days before
///   their start, after their end or closed at their site are closed for them.
/// - Every trainer (they are shared) with their weekly maximum and the unavailability that holds
///   that week; the rooms and opening hours of the cohorts' sites; public holidays closed.
/// - The week's sessions that exist (not cancelled) are locked: those of a chosen cohort fill its
///   pattern, the others hold their trainer and room.
class PlanProblemBuilder
{
public:
    explicit PlanProblemBuilder(Database& db) : m_db(db) {}

    /// NotFound for an unknown cohort; Invalid when a chosen cohort does not meet that week.
    [[nodiscard]] Result<PlanProblem> forCohorts(const QStringList& cohortRefs, const QDate& day) const;
    /// NotFound for an unknown site.
    [[nodiscard]] Result<PlanProblem> forSite(const QString& siteRef, const QDate& day) const;
    [[nodiscard]] Result<PlanProblem> forAll(const QDate& day) const;

    /// The pattern of a cohort's weekly targets (see the class comment).
    static QList<PlanBlock> blocksOf(double fleHoursMin, double fleHoursMax, double englishHours,
                                     double softSkillsHours);

private:
    [[nodiscard]] Result<PlanProblem> build(const QStringList& cohortRefs, const QDate& monday) const;
    Database& m_db;
};

} // namespace parcours
