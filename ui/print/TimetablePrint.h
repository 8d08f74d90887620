// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Cohort.h"
#include "core/services/TimetableViews.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

class QIODevice;

namespace parcours {
class Database;
}

namespace parcours::print {

/// What a printed timetable shows: who prints it, the cohort, and its weeks with sessions.
struct TimetablePrintContent
{
    QString organisation; ///< the `organisation_name` setting; empty when unset
    Cohort cohort;
    QString siteName;      ///< empty: the cohort has no site yet
    QList<WeekView> weeks; ///< only weeks with sessions, in order
};

/// A cohort's timetable on paper for its participants: one landscape A4 page per week, days
/// across, hours down, each session a block in its module's colour with the trainer and the
/// room in large type, cancelled sessions struck through, a legend of the modules and the page
/// number. Written as PDF with QPdfWriter (Qt Gui only), so the command line prints it too.
class TimetablePrint
{
public:
    /// The weeks of `cohortRef` that have sessions between `from` and `to` (both optional: a null
    /// date is open). NotFound for an unknown cohort; Invalid when no session falls in the period.
    [[nodiscard]] static Result<TimetablePrintContent> load(Database& db, const QString& cohortRef,
                                                            const QDate& from = {}, const QDate& to = {});

    /// Writes `content` as a PDF to `out` (open for writing), in `locale`'s dates; the texts
    /// follow the installed translation. Io when painting fails.
    [[nodiscard]] static Result<void> write(const TimetablePrintContent& content, QIODevice& out,
                                            const QLocale& locale = QLocale());

    /// "Week 12 · from 17 to 21 March 2025": the ISO week and its days shown (Monday to Friday,
    /// or to the last day used), in `locale`.
    static QString weekTitle(const QDate& monday, int dayCount, const QLocale& locale);
};

} // namespace parcours::print
