// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportService.h"

#include "EnrolmentFacts.h"

#include "core/domain/FollowUps.h"
#include "core/indicators/Indicators.h"
#include "core/storage/ReportRepository.h"

#include <QCollator>

#include <algorithm>

namespace parcours {

namespace {

QDate mondayOf(const QDate& date)
{
    return date.addDays(1 - date.dayOfWeek());
}

/// Every ISO week from the earliest start to the latest end of the cohorts (stretched to a
/// held session dated outside them, so that the weeks always add up to the figures), with the
/// marks of the held sessions of each week.
QList<WeekAttendance> weeksOf(const ReportRepository::SessionMarkCounts& counts)
{
    if (counts.cohorts.isEmpty())
        return {};
    QDate first = counts.cohorts.first().startDate;
    QDate last = counts.cohorts.first().endDate;
    for (const Cohort& c : counts.cohorts) {
        first = std::min(first, c.startDate);
        last = std::max(last, c.endDate);
    }
    if (counts.firstHeld.isValid()) {
        first = std::min(first, counts.firstHeld);
        last = std::max(last, counts.lastHeld);
    }
    const QDate firstMonday = mondayOf(first);
    QList<WeekAttendance> weeks;
    for (QDate monday = firstMonday; monday <= last; monday = monday.addDays(7)) {
        WeekAttendance w;
        w.monday = monday;
        w.isoWeek = monday.weekNumber(&w.isoYear);
        weeks.append(w);
    }
    for (const auto& [date, marks] : counts.sessions)
        weeks[firstMonday.daysTo(date) / 7].marks += marks;
    return weeks;
}

/// The same from rows read in full (the cohort report has them already).
QList<WeekAttendance> weeksOf(const IndicatorInput& in)
{
    ReportRepository::SessionMarkCounts counts;
    counts.cohorts = in.cohorts;
    const QHash<QString, IndicatorFigures::Marks> marks = Indicators::marksOfEachSession(in);
    for (const Session& s : in.sessions) {
        const auto m = marks.constFind(s.ref);
        if (m == marks.cend())
            continue;
        if (!counts.firstHeld.isValid() || s.date < counts.firstHeld)
            counts.firstHeld = s.date;
        if (!counts.lastHeld.isValid() || s.date > counts.lastHeld)
            counts.lastHeld = s.date;
        counts.sessions.append({s.date, *m});
    }
    return weeksOf(counts);
}

DataQuality qualityOf(const ReportRows& rows, const QList<EnrolmentFacts>& facts, const QDate& today)
{
    DataQuality q;
    const IndicatorInput& in = rows.input;
    const QHash<QString, IndicatorFigures::Marks> marks = Indicators::marksOfEachSession(in);
    for (const Session& s : in.sessions) {
        const int unmarked = marks.value(s.ref).unmarked;
        if (unmarked == 0)
            continue;
        q.unmarkedPairs += unmarked;
        q.unmarkedSessions.append({s.cohortRef, s.ref, s.date, s.module, unmarked});
    }
    for (const EnrolmentFacts& f : facts) {
        if (!f.participant || !f.participant->consentDate.isValid())
            ++q.withoutConsent;
        if (f.enrolment->status != EnrolmentStatus::Completed || !f.cohort)
            continue;
        for (Milestone m : allValues<Milestone>()) {
            const QDate due = FollowUps::dueDate(m, f.cohort->endDate);
            const auto& situation = f.situations[std::size_t(m)];
            // As the outcomes page: "no news" keeps a follow-up open.
            if (due.isValid() && due < today && (!situation || *situation == Situation::Unknown))
                ++q.outcomesMissing[std::size_t(m)];
        }
    }
    return q;
}

QList<AnnexRow> annexOf(const QList<EnrolmentFacts>& facts)
{
    QList<AnnexRow> out;
    for (const EnrolmentFacts& f : facts) {
        AnnexRow row;
        row.participantRef = f.enrolment->participantRef;
        if (f.participant) {
            row.firstName = f.participant->firstName;
            row.lastName = f.participant->lastName;
        }
        row.status = f.enrolment->status;
        row.attendedHours = f.figures.attendedHours;
        row.marks = f.figures.attendanceAll;
        row.frenchLevelExit = f.enrolment->frenchLevelExit;
        for (int m = int(f.situations.size()) - 1; m >= 0; --m) {
            if (f.situations[std::size_t(m)]) {
                row.latestMilestone = Milestone(m);
                row.latestSituation = f.situations[std::size_t(m)];
                break;
            }
        }
        out.append(row);
    }
    return out;
}

} // namespace

Result<QList<IndicatorFigures>> ReportService::cohortsOfPeriod(const QDate& from, const QDate& to) const
{
    auto rows = ReportRepository(m_db).read(ReportScope::period(from, to), false, ReportRepository::Marks::Counted);
    if (!rows)
        return fail(rows.error());
    return Indicators::ofEachCohort(rows->input);
}

Result<QList<WeekAttendance>> ReportService::weeklyAttendance(const QString& cohortRef) const
{
    auto counts = ReportRepository(m_db).sessionMarkCounts(ReportScope::cohort(cohortRef));
    if (!counts)
        return fail(counts.error());
    return weeksOf(*counts);
}

Result<QList<WeekAttendance>> ReportService::weeklyAttendance(const QDate& from, const QDate& to) const
{
    auto counts = ReportRepository(m_db).sessionMarkCounts(ReportScope::period(from, to));
    if (!counts)
        return fail(counts.error());
    return weeksOf(*counts);
}

Result<DataQuality> ReportService::dataQuality(const QString& cohortRef) const
{
    auto rows = ReportRepository(m_db).read(ReportScope::cohort(cohortRef));
    if (!rows)
        return fail(rows.error());
    return qualityOf(*rows, EnrolmentFacts::of(*rows), m_clock.today());
}

Result<CohortReportData> ReportService::cohortReport(const QString& cohortRef, bool withNames) const
{
    auto rows = ReportRepository(m_db).read(ReportScope::cohort(cohortRef), withNames);
    if (!rows)
        return fail(rows.error());
    auto figures = Indicators::ofCohort(rows->input, cohortRef);
    if (!figures)
        return fail(figures.error());
    const QList<EnrolmentFacts> facts = EnrolmentFacts::of(*rows);

    CohortReportData data;
    data.cohort = rows->input.cohorts.first();
    data.siteName = rows->siteNames.value(cohortRef);
    data.figures = std::move(*figures);
    data.weeks = weeksOf(rows->input);
    data.quality = qualityOf(*rows, facts, m_clock.today());
    if (withNames) {
        data.annex = annexOf(facts);
        for (AnnexRow& row : data.annex)
            row.frenchLevelEntry = rows->input.entryLevels.contains(row.participantRef)
                ? std::optional<CefrLevel>(rows->input.entryLevels.value(row.participantRef))
                : std::nullopt;
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(data.annex.begin(), data.annex.end(), [&](const AnnexRow& a, const AnnexRow& b) {
            if (const int c = collator.compare(a.lastName, b.lastName))
                return c < 0;
            if (const int c = collator.compare(a.firstName, b.firstName))
                return c < 0;
            return a.participantRef < b.participantRef;
        });
    }
    return data;
}

} // namespace parcours
