// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Cohort.h"
#include "core/domain/Enrolment.h"

#include <functional>
#include <optional>

namespace parcours {

class Database;

/// Reads and writes cohorts and their enrolments.
class CohortRepository
{
public:
    explicit CohortRepository(Database& db) : m_db(db) {}

    [[nodiscard]] Result<QList<Cohort>> all() const; ///< ordered by ref
    [[nodiscard]] Result<std::optional<Cohort>> find(const QString& ref) const;
    [[nodiscard]] Result<int> count() const;
    [[nodiscard]] Result<Cohort> save(Cohort value); ///< upsert by ref; needs a Transaction
    [[nodiscard]] Result<void> remove(const QString& ref);
    [[nodiscard]] Result<QString> nextRef() const;   ///< `C-000001`
    /// The cohorts that meet at a site, ordered by ref.
    [[nodiscard]] Result<QList<Cohort>> ofSite(const QString& siteRef) const;

    /// Every enrolment, ordered by cohort ref then participant ref.
    [[nodiscard]] Result<QList<Enrolment>> enrolments() const;
    /// Each enrolment in the order of enrolments(), one at a time.
    [[nodiscard]] Result<void> forEachEnrolment(const std::function<void(const Enrolment&)>& onEnrolment) const;
    [[nodiscard]] Result<QList<Enrolment>> enrolmentsOf(const QString& cohortRef) const;
    /// A participant's enrolments, ordered by cohort ref.
    [[nodiscard]] Result<QList<Enrolment>> enrolmentsOfParticipant(const QString& participantRef) const;
    /// Upsert by (cohort ref, participant ref); needs a Transaction.
    [[nodiscard]] Result<Enrolment> saveEnrolment(Enrolment value);
    [[nodiscard]] Result<void> removeEnrolment(const QString& cohortRef, const QString& participantRef);

private:
    Database& m_db;
};

} // namespace parcours
