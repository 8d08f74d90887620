// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators/IndicatorFigures.h"
#include "core/storage/ReportRepository.h"

#include <array>
#include <optional>

namespace parcours {

/// What reports say of one enrolment: the participant (as reports read it) and the figures of
/// the enrolment taken alone, computed by Indicators. Internal to core/reports.
struct EnrolmentFacts
{
    const Enrolment* enrolment = nullptr;
    const Cohort* cohort = nullptr;
    const ReportParticipant* participant = nullptr; ///< null only for an inconsistent file
    IndicatorFigures figures;                       ///< this enrolment alone
    /// The latest outcome's situation at each milestone (indicators.md, Exits); none when
    /// nothing is recorded.
    std::array<std::optional<Situation>, IndicatorFigures::kMilestones> situations{};

    /// The facts of every enrolment of `rows` (same order as rows.input.enrolments); the
    /// pointers point into `rows`, which must outlive the result.
    static QList<EnrolmentFacts> of(const ReportRows& rows);
};

} // namespace parcours
