// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionSeries.h"

#include "FrenchHolidays.h"

#include <QCoreApplication>

namespace parcours {

QString SkippedDate::reasonText() const
{
    if (reason == Reason::PublicHoliday)
        return holiday ? QCoreApplication::translate("FrenchHolidays", holiday)
                       : QCoreApplication::translate("SessionSeries", "Public holiday");
    if (reason == Reason::Clash) {
        switch (clashKind) {
        case Conflict::Kind::TrainerClash:
            return QCoreApplication::translate("SessionSeries", "Trainer %1 busy: session %2 of cohort %3")
                .arg(clashResourceRef, clashSessionRef, clashCohortRef);
        case Conflict::Kind::RoomClash:
            return QCoreApplication::translate("SessionSeries", "Room %1 busy: session %2 of cohort %3")
                .arg(clashResourceRef, clashSessionRef, clashCohortRef);
        default:
            return QCoreApplication::translate("SessionSeries", "Cohort %1 busy: session %2")
                .arg(clashCohortRef, clashSessionRef);
        }
    }
    if (closureLabel.isEmpty())
        return QCoreApplication::translate("SessionSeries", "Office closed");
    return QCoreApplication::translate("SessionSeries", "Office closed: %1").arg(closureLabel);
}

std::optional<SkippedDate> SessionSeries::closedOn(const QDate& date, const QList<OfficeClosure>& closures,
                                                   const QString& siteRef)
{
    SkippedDate skipped;
    skipped.date = date;
    if (const char* name = FrenchHolidays::nameOf(date)) {
        skipped.reason = SkippedDate::Reason::PublicHoliday;
        skipped.holiday = name;
        return skipped;
    }
    for (const OfficeClosure& c : closures)
        if (c.covers(date, siteRef)) {
            skipped.reason = SkippedDate::Reason::OfficeClosure;
            skipped.closureLabel = c.label;
            return skipped;
        }
    return std::nullopt;
}

SeriesOccurrences SessionSeries::expand(const Series& rule, const QList<OfficeClosure>& closures,
                                        const QString& siteRef)
{
    SeriesOccurrences out;
    // The ref and cohort are the service's business; the days and times must make sense here,
    // or the loop below could run on invalid dates.
    if (!rule.firstDate.isValid() || !rule.lastDate.isValid() || rule.lastDate < rule.firstDate
        || !rule.start.isValid() || !rule.end.isValid() || rule.end <= rule.start || rule.weekdays.isEmpty())
        return out;
    for (QDate day = rule.firstDate; day <= rule.lastDate; day = day.addDays(1)) {
        if (!rule.fallsOn(day.dayOfWeek()))
            continue;
        if (auto closed = closedOn(day, closures, siteRef)) {
            out.skipped << *closed;
            continue;
        }
        Session s;
        s.cohortRef = rule.cohortRef;
        s.module = rule.module;
        s.date = day;
        s.start = rule.start;
        s.end = rule.end;
        s.trainerRef = rule.trainerRef;
        s.roomRef = rule.roomRef;
        s.status = SessionStatus::Planned;
        s.title = rule.title;
        s.seriesRef = rule.ref;
        out.sessions << s;
    }
    return out;
}

std::optional<std::pair<QDate, QDate>> SessionSeries::cohortWeeks(const Cohort& cohort, int firstWeek, int lastWeek)
{
    if (!cohort.startDate.isValid() || !cohort.endDate.isValid() || firstWeek < 1 || lastWeek < firstWeek)
        return std::nullopt;
    const QDate monday = cohort.startDate.addDays(1 - cohort.startDate.dayOfWeek());
    const QDate from = std::max(cohort.startDate, monday.addDays(7 * (firstWeek - 1)));
    const QDate to = std::min(cohort.endDate, monday.addDays(7 * lastWeek - 1));
    if (to < from)
        return std::nullopt;
    return std::make_pair(from, to);
}

} // namespace parcours
