// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanSeries.h"

#include "TimetableService.h"

#include "core/storage/CohortRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/timetable/ConflictFinder.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace parcours {

namespace {

QTime timeOf(int minutes)
{
    return QTime(minutes / 60, minutes % 60);
}

/// Refs the occurrences of a rule carry while they are checked: never a stored ref.
const QString kNewPrefix = QStringLiteral("\x1fnew-");

} // namespace

QList<Series> PlanSeries::seriesOf(const PlanResult& result)
{
    QMap<QString, Series> byKey;
    for (const PlannedSession& s : result.sessions) {
        if (s.locked)
            continue;
        const QString key = QStringList{s.cohortRef, codeOf(s.module), QString::number(s.start),
                                        QString::number(s.end), s.trainerRef, s.roomRef}
                                .join(QChar(0x1f));
        Series& rule = byKey[key];
        if (rule.cohortRef.isEmpty()) {
            rule.cohortRef = s.cohortRef;
            rule.module = s.module;
            rule.start = timeOf(s.start);
            rule.end = timeOf(s.end);
            rule.trainerRef = s.trainerRef;
            rule.roomRef = s.roomRef;
        }
        if (!rule.weekdays.contains(s.weekday))
            rule.weekdays.append(s.weekday);
    }
    QList<Series> list = byKey.values();
    for (Series& rule : list)
        std::sort(rule.weekdays.begin(), rule.weekdays.end());
    std::stable_sort(list.begin(), list.end(), [](const Series& a, const Series& b) {
        return std::tie(a.cohortRef, a.weekdays.constFirst(), a.start)
            < std::tie(b.cohortRef, b.weekdays.constFirst(), b.start);
    });
    return list;
}

Result<QList<Series>> PlanSeries::dated(const QDate& monday, const PlanResult& result) const
{
    QList<Series> rules = seriesOf(result);
    CohortRepository cohorts(m_db);
    for (Series& rule : rules) {
        auto found = cohorts.find(rule.cohortRef);
        if (!found) {
            Error e = found.error();
            e.args.prepend(rule.cohortRef);
            return fail(e);
        }
        if (!*found)
            return fail(ErrorCode::NotFound, QStringLiteral("No cohort '%1'.").arg(rule.cohortRef), {rule.cohortRef});
        rule.firstDate = std::max((*found)->startDate, monday);
        rule.lastDate = (*found)->endDate;
    }
    return rules;
}

Result<QList<SkippedDate>> PlanSeries::clashes(const Series& rule, const QList<Session>& known) const
{
    auto occurrences = TimetableService(m_db).preview(rule);
    if (!occurrences)
        return fail(occurrences.error());
    QList<SkippedDate> out;
    if (occurrences->sessions.isEmpty())
        return out;
    const QDate from = occurrences->sessions.constFirst().date;
    const QDate to = occurrences->sessions.constLast().date;

    // ConflictFinder's clashes (trainer, room, cohort; cancelled sessions and sessions that only
    // touch never clash) between an occurrence and a known session of its dates.
    ConflictInput input;
    for (const Session& s : known)
        if (s.date >= from && s.date <= to)
            input.sessions.append(s);
    QHash<QString, Session> byRef;
    for (const Session& s : std::as_const(input.sessions))
        byRef.insert(s.ref, s);
    QHash<QString, QDate> newDates;
    int n = 0;
    for (Session s : std::as_const(occurrences->sessions)) {
        s.ref = kNewPrefix + QString::number(++n);
        newDates.insert(s.ref, s.date);
        input.sessions.append(s);
    }
    QMap<QDate, SkippedDate> byDate;
    for (const Conflict& c : ConflictFinder::find(input)) {
        if (!c.isClash())
            continue;
        const bool firstNew = newDates.contains(c.sessionRef);
        const bool otherNew = newDates.contains(c.otherRef);
        if (firstNew == otherNew)
            continue; // two of the file's (not ours to judge), or two occurrences (never: one a day)
        const QString mine = firstNew ? c.sessionRef : c.otherRef;
        const Session other = byRef.value(firstNew ? c.otherRef : c.sessionRef);
        const QDate date = newDates.value(mine);
        if (byDate.contains(date))
            continue;
        SkippedDate d;
        d.date = date;
        d.reason = SkippedDate::Reason::Clash;
        d.clashKind = c.kind;
        d.clashResourceRef = c.resourceRef;
        d.clashSessionRef = other.ref;
        d.clashCohortRef = other.cohortRef;
        byDate.insert(date, d);
    }
    return byDate.values();
}

tl::expected<QList<TimetableChange>, PlanSeries::Failure> PlanSeries::create(const QDate& monday,
                                                                             const PlanResult& result)
{
    auto rules = dated(monday, result);
    if (!rules) {
        Failure f;
        f.cohortRef = rules.error().args.value(0);
        f.error = rules.error();
        f.dating = true;
        return tl::unexpected<Failure>(f);
    }
    // The file's sessions over every rule's dates, read once; each series made is added to them.
    QList<Session> known;
    if (!rules->isEmpty()) {
        QDate from = rules->constFirst().firstDate;
        QDate to = rules->constFirst().lastDate;
        for (const Series& rule : std::as_const(*rules)) {
            from = std::min(from, rule.firstDate);
            to = std::max(to, rule.lastDate);
        }
        auto stored = SessionRepository(m_db).between(from, to);
        if (!stored) {
            Failure f;
            f.cohortRef = rules->constFirst().cohortRef;
            f.error = stored.error();
            return tl::unexpected<Failure>(f);
        }
        known = std::move(*stored);
    }
    TimetableService service(m_db, m_notifier);
    QList<TimetableChange> made;
    const auto undoAll = [&](Failure f) {
        for (auto it = made.crbegin(); it != made.crend(); ++it)
            if (auto undone = service.undo(*it); !undone)
                f.undoErrors.append({it->seriesAfter.value(0).ref, undone.error()});
        return tl::unexpected<Failure>(f);
    };
    for (const Series& rule : std::as_const(*rules)) {
        auto skip = clashes(rule, known);
        if (!skip) {
            Failure f;
            f.cohortRef = rule.cohortRef;
            f.error = skip.error();
            return undoAll(f);
        }
        auto change = service.createSeries(rule, *skip);
        if (!change) {
            Failure f;
            f.cohortRef = rule.cohortRef;
            f.error = change.error();
            return undoAll(f);
        }
        known += change->after; // the next rules must not clash with this one
        made.append(*change);
    }
    return made;
}

} // namespace parcours
