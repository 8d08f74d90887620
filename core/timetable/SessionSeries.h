// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SkippedDate.h"

#include "core/domain/Cohort.h"
#include "core/domain/OfficeClosure.h"
#include "core/domain/Series.h"
#include "core/domain/Session.h"

#include <optional>
#include <utility>

namespace parcours {

/// What a series rule gives: its sessions, and the days it falls on that are closed.
struct SeriesOccurrences
{
    QList<Session> sessions;    ///< in date order; refs empty (the caller numbers them)
    QList<SkippedDate> skipped; ///< in date order
};

/// Expands a weekly rule into its sessions, skipping French public holidays and the office's
/// closures. Pure: no database, no clock.
class SessionSeries
{
public:
    /// One planned session on each of the rule's weekdays from its first to its last date,
    /// with the rule's module, times, trainer, room and title and `seriesRef` = the rule's ref;
    /// days that are public holidays or closed at `siteRef` (see OfficeClosure::covers) are in
    /// `skipped` instead. An invalid rule (see Series::validate) gives nothing.
    static SeriesOccurrences expand(const Series& rule, const QList<OfficeClosure>& closures,
                                    const QString& siteRef);

    /// Why nothing can be held on `date` at `siteRef`: a public holiday first, else the first
    /// closure that covers it. Nothing when the office is open.
    static std::optional<SkippedDate> closedOn(const QDate& date, const QList<OfficeClosure>& closures,
                                               const QString& siteRef);

    /// The first and last day of the cohort's weeks `firstWeek` to `lastWeek` (week 1 is the
    /// ISO week of its start date), cut to the cohort's dates: "weeks 1 to 12" of a series.
    /// Nothing when the weeks are not 1 <= first <= last, or fall past the cohort's end.
    static std::optional<std::pair<QDate, QDate>> cohortWeeks(const Cohort& cohort, int firstWeek,
                                                              int lastWeek);
};

} // namespace parcours
