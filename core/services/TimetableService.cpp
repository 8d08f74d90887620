// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimetableService.h"

#include "ChangeNotifier.h"

#include "core/domain/Validation.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/OfficeClosureRepository.h"
#include "core/storage/SeriesRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/Transaction.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace parcours {

namespace {

/// Numbers new records on from the first free ref (`SE-000124`, `SE-000125`, ...), so that a
/// series of fifty sessions asks the database for its next ref once.
class RefCounter
{
public:
    RefCounter(const QString& first, const QString& prefix)
        : m_prefix(prefix), m_next(first.mid(prefix.size()).toLongLong())
    {
    }
    QString take() { return m_prefix + QStringLiteral("%1").arg(m_next++, 6, 10, QLatin1Char('0')); }

private:
    QString m_prefix;
    qint64 m_next;
};

const QString kSessionPrefix = QStringLiteral("SE-");

Error noSuch(const QString& what, const QString& ref)
{
    return Error{ErrorCode::NotFound, QStringLiteral("There is no %1 '%2'.").arg(what, ref), {ref}, {}};
}

auto order(const Session& s)
{
    return std::make_tuple(s.date, s.start, s.ref);
}

void sortByTime(QList<Session>& sessions)
{
    std::sort(sessions.begin(), sessions.end(), [](const Session& a, const Session& b) { return order(a) < order(b); });
}

/// What an edit changed in a session: the fields that differ, and a move in days.
struct Diff
{
    bool module = false;
    bool start = false;
    bool end = false;
    bool trainer = false;
    bool room = false;
    bool title = false;
    bool status = false;
    qint64 shift = 0;

    bool changesRule() const { return module || start || end || trainer || room || title || shift != 0; }
};

Diff diffOf(const Session& stored, const Session& edited)
{
    Diff d;
    d.module = stored.module != edited.module;
    d.start = stored.start != edited.start;
    d.end = stored.end != edited.end;
    d.trainer = stored.trainerRef != edited.trainerRef;
    d.room = stored.roomRef != edited.roomRef;
    d.title = stored.title != edited.title;
    d.status = stored.status != edited.status;
    d.shift = stored.date.daysTo(edited.date);
    return d;
}

/// Does to `s` what the edit did to its session. A status set over several sessions leaves
/// held ones alone: they happened.
void apply(Session& s, const Diff& d, const Session& edited)
{
    if (d.module)
        s.module = edited.module;
    if (d.start)
        s.start = edited.start;
    if (d.end)
        s.end = edited.end;
    if (d.trainer)
        s.trainerRef = edited.trainerRef;
    if (d.room)
        s.roomRef = edited.roomRef;
    if (d.title)
        s.title = edited.title;
    if (d.status && s.status != SessionStatus::Held)
        s.status = edited.status;
    s.date = s.date.addDays(d.shift);
}

/// The rule after the same edit: a move by some days moves its weekdays and dates too.
Series apply(Series rule, const Diff& d, const Session& edited)
{
    if (d.module)
        rule.module = edited.module;
    if (d.start)
        rule.start = edited.start;
    if (d.end)
        rule.end = edited.end;
    if (d.trainer)
        rule.trainerRef = edited.trainerRef;
    if (d.room)
        rule.roomRef = edited.roomRef;
    if (d.title)
        rule.title = edited.title;
    if (d.shift != 0) {
        QList<int> days;
        for (int day : rule.weekdays)
            days << int(((day - 1 + d.shift) % 7 + 7) % 7) + 1;
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        rule.weekdays = days;
        rule.firstDate = rule.firstDate.addDays(d.shift);
        rule.lastDate = rule.lastDate.addDays(d.shift);
    }
    return rule;
}

/// Every problem of the sessions; of several, each on a field prefixed with the session's ref
/// ("SE-000004: end").
Result<void> validateAll(const QList<Session>& sessions)
{
    QList<Problem> problems;
    for (const Session& s : sessions)
        for (Problem p : s.validate()) {
            if (sessions.size() > 1 && !s.ref.isEmpty())
                p.field = s.ref + QLatin1String(": ") + p.field;
            problems << p;
        }
    if (!problems.isEmpty())
        return fail(invalid(problems, QStringLiteral("A session is not valid.")));
    return {};
}

Result<void> saveAll(SessionRepository& repo, QList<Session>& sessions)
{
    for (Session& s : sessions) {
        auto saved = repo.save(s);
        if (!saved)
            return fail(saved.error());
        s = *saved;
    }
    return {};
}

} // namespace

// --- Reading ----------------------------------------------------------------------------------

Result<SeriesOccurrences> TimetableService::preview(const Series& rule) const
{
    auto cohort = CohortRepository(m_db).find(rule.cohortRef);
    if (!cohort)
        return fail(cohort.error());
    if (!*cohort)
        return fail(noSuch(QStringLiteral("cohort"), rule.cohortRef));
    auto closed = closures(rule.firstDate, rule.lastDate, (*cohort)->siteRef);
    if (!closed)
        return fail(closed.error());
    return SessionSeries::expand(rule, *closed, (*cohort)->siteRef);
}

Result<QList<OfficeClosure>> TimetableService::closures(const QDate& from, const QDate& to, const QString& siteRef) const
{
    return OfficeClosureRepository(m_db).overlapping(from, to, siteRef);
}

Result<ConflictInput> TimetableService::conflictInput(const QDate& from, const QDate& to) const
{
    ConflictInput in;
    auto sessions = SessionRepository(m_db).between(from, to);
    if (!sessions)
        return fail(sessions.error());
    in.sessions = std::move(*sessions);

    // Only the cohorts these sessions belong to, with their enrolments: a week of a large
    // network reads tens of cohorts, not thousands.
    QSet<QString> cohortRefs;
    for (const Session& s : in.sessions)
        cohortRefs.insert(s.cohortRef);
    CohortRepository cohorts(m_db);
    auto allCohorts = cohorts.all();
    if (!allCohorts)
        return fail(allCohorts.error());
    for (const Cohort& c : *allCohorts) {
        if (!cohortRefs.contains(c.ref))
            continue;
        in.cohorts << c;
        auto enrolments = cohorts.enrolmentsOf(c.ref);
        if (!enrolments)
            return fail(enrolments.error());
        in.enrolments << *enrolments;
    }
    auto trainers = TrainerRepository(m_db).all();
    if (!trainers)
        return fail(trainers.error());
    in.trainers = std::move(*trainers);
    auto rooms = SiteRepository(m_db).rooms();
    if (!rooms)
        return fail(rooms.error());
    in.rooms = std::move(*rooms);
    return in;
}

Result<WeekView> TimetableService::week(TimetableView view, const QString& ref, const QDate& day) const
{
    if (!day.isValid())
        return fail(ErrorCode::Usage, QStringLiteral("A week needs a valid day."));
    bool known = false;
    switch (view) {
    case TimetableView::Cohort: {
        auto found = CohortRepository(m_db).find(ref);
        if (!found)
            return fail(found.error());
        known = found->has_value();
        break;
    }
    case TimetableView::Trainer: {
        auto found = TrainerRepository(m_db).find(ref);
        if (!found)
            return fail(found.error());
        known = found->has_value();
        break;
    }
    case TimetableView::Room: {
        auto found = SiteRepository(m_db).findRoom(ref);
        if (!found)
            return fail(found.error());
        known = found->has_value();
        break;
    }
    }
    if (!known)
        return fail(noSuch(view == TimetableView::Cohort    ? QStringLiteral("cohort")
                               : view == TimetableView::Trainer ? QStringLiteral("trainer")
                                                                : QStringLiteral("room"),
                           ref));

    WeekView w;
    w.monday = WeeklyTargets::mondayOf(day);
    w.view = view;
    w.ref = ref;
    auto input = conflictInput(w.monday, w.monday.addDays(6));
    if (!input)
        return fail(input.error());
    w.input = std::move(*input);
    QSet<QString> shown;
    QSet<QString> cohortRefs;
    if (view == TimetableView::Cohort)
        cohortRefs.insert(ref);
    for (const Session& s : w.input.sessions) {
        const QString& of = view == TimetableView::Cohort    ? s.cohortRef
            : view == TimetableView::Trainer                 ? s.trainerRef
                                                             : s.roomRef;
        if (of != ref)
            continue;
        w.sessions << s;
        shown.insert(s.ref);
        cohortRefs.insert(s.cohortRef);
    }
    for (const Conflict& c : ConflictFinder::find(w.input))
        if (shown.contains(c.sessionRef) || shown.contains(c.otherRef))
            w.conflicts << c;
    const bool listed = std::any_of(w.input.cohorts.begin(), w.input.cohorts.end(),
                                    [&](const Cohort& c) { return c.ref == ref; });
    if (view == TimetableView::Cohort && !listed) {
        // A cohort with no session this week is still shown with its targets.
        auto found = CohortRepository(m_db).find(ref);
        if (!found)
            return fail(found.error());
        w.input.cohorts << **found;
    }
    for (const Cohort& c : w.input.cohorts) {
        if (!cohortRefs.contains(c.ref))
            continue;
        w.cohorts << c;
        w.targets << WeeklyTargets::weekOf(c, w.input.sessions, w.monday);
    }
    return w;
}

Result<CohortCheck> TimetableService::check(const QString& cohortRef) const
{
    auto found = CohortRepository(m_db).find(cohortRef);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(noSuch(QStringLiteral("cohort"), cohortRef));
    CohortCheck out;
    out.cohort = **found;
    auto own = SessionRepository(m_db).ofCohort(cohortRef);
    if (!own)
        return fail(own.error());
    auto input = conflictInput(out.cohort.startDate, out.cohort.endDate);
    if (!input)
        return fail(input.error());
    out.input = std::move(*input);

    // The cohort's own sessions outside its dates are conflicts too: add them to the input.
    QSet<QString> mine;
    QSet<QString> inInput;
    for (const Session& s : out.input.sessions)
        inInput.insert(s.ref);
    for (const Session& s : *own) {
        mine.insert(s.ref);
        if (!inInput.contains(s.ref))
            out.input.sessions << s;
    }
    const bool listed = std::any_of(out.input.cohorts.begin(), out.input.cohorts.end(),
                                    [&](const Cohort& c) { return c.ref == cohortRef; });
    if (!listed) {
        out.input.cohorts << out.cohort;
        auto enrolments = CohortRepository(m_db).enrolmentsOf(cohortRef);
        if (!enrolments)
            return fail(enrolments.error());
        out.input.enrolments << *enrolments;
    }
    for (const Conflict& c : ConflictFinder::find(out.input))
        if (mine.contains(c.sessionRef) || mine.contains(c.otherRef))
            out.conflicts << c;
    out.weeks = WeeklyTargets::ofCohort(out.cohort, *own);
    return out;
}

namespace {

/// The events of `sessions` in date order, with the records they point at.
Result<QList<IcsEvent>> eventsOf(Database& db, QList<Session> sessions)
{
    auto cohorts = CohortRepository(db).all();
    if (!cohorts)
        return fail(cohorts.error());
    auto trainers = TrainerRepository(db).all();
    if (!trainers)
        return fail(trainers.error());
    SiteRepository siteRepo(db);
    auto rooms = siteRepo.rooms();
    if (!rooms)
        return fail(rooms.error());
    auto sites = siteRepo.all();
    if (!sites)
        return fail(sites.error());
    QHash<QString, const Cohort*> cohortOf;
    for (const Cohort& c : *cohorts)
        cohortOf.insert(c.ref, &c);
    QHash<QString, const Trainer*> trainerOf;
    for (const Trainer& t : *trainers)
        trainerOf.insert(t.ref, &t);
    QHash<QString, const Room*> roomOf;
    for (const Room& r : *rooms)
        roomOf.insert(r.ref, &r);
    QHash<QString, const Site*> siteOf;
    for (const Site& s : *sites)
        siteOf.insert(s.ref, &s);

    sortByTime(sessions);
    QList<IcsEvent> events;
    for (const Session& s : sessions) {
        if (!s.date.isValid() || !s.start.isValid() || !s.end.isValid())
            continue;
        const Room* room = roomOf.value(s.roomRef, nullptr);
        const Cohort* cohort = cohortOf.value(s.cohortRef, nullptr);
        // The room's site, or else the cohort's: where participants go.
        const Site* site = siteOf.value(room ? room->siteRef : cohort ? cohort->siteRef : QString(), nullptr);
        events << IcsWriter::eventOf(s, cohort, trainerOf.value(s.trainerRef, nullptr), room, site);
    }
    return events;
}

} // namespace

Result<IcsCalendar> TimetableService::calendarOfCohort(const QString& cohortRef) const
{
    auto found = CohortRepository(m_db).find(cohortRef);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(noSuch(QStringLiteral("cohort"), cohortRef));
    auto sessions = SessionRepository(m_db).ofCohort(cohortRef);
    if (!sessions)
        return fail(sessions.error());
    auto events = eventsOf(m_db, *sessions);
    if (!events)
        return fail(events.error());
    return IcsCalendar{(*found)->name, *events};
}

Result<IcsCalendar> TimetableService::calendarOfTrainer(const QString& trainerRef) const
{
    auto found = TrainerRepository(m_db).find(trainerRef);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(noSuch(QStringLiteral("trainer"), trainerRef));
    auto sessions = SessionRepository(m_db).all();
    if (!sessions)
        return fail(sessions.error());
    QList<Session> led;
    for (const Session& s : *sessions)
        if (s.trainerRef == trainerRef)
            led << s;
    auto events = eventsOf(m_db, led);
    if (!events)
        return fail(events.error());
    return IcsCalendar{(*found)->name, *events};
}

// --- Writing ----------------------------------------------------------------------------------

Result<TimetableChange> TimetableService::createSeries(Series rule, const QList<SkippedDate>& alsoSkip)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    SeriesRepository seriesRepo(m_db);
    if (rule.ref.isEmpty()) {
        auto ref = seriesRepo.nextRef();
        if (!ref)
            return fail(ref.error());
        rule.ref = *ref;
    }
    if (const QList<Problem> problems = rule.validate(); !problems.isEmpty())
        return fail(invalid(problems, QStringLiteral("The series '%1' is not valid.").arg(rule.ref)));
    auto occurrences = preview(rule);
    if (!occurrences)
        return fail(occurrences.error());
    if (!alsoSkip.isEmpty()) {
        QSet<QDate> left;
        for (const SkippedDate& d : alsoSkip)
            left.insert(d.date);
        occurrences->sessions.removeIf([&left](const Session& s) { return left.contains(s.date); });
        occurrences->skipped += alsoSkip;
        std::stable_sort(occurrences->skipped.begin(), occurrences->skipped.end(),
                         [](const SkippedDate& a, const SkippedDate& b) { return a.date < b.date; });
    }
    if (occurrences->sessions.isEmpty()) {
        Validation v;
        v.add(QStringLiteral("weekdays"), QStringLiteral("fall on no open day between first_date and last_date"));
        return fail(invalid(v.problems(), QStringLiteral("The series '%1' makes no session.").arg(rule.ref)));
    }
    auto saved = seriesRepo.save(rule);
    if (!saved)
        return fail(saved.error());

    SessionRepository sessions(m_db);
    auto first = sessions.nextRef();
    if (!first)
        return fail(first.error());
    RefCounter refs(*first, kSessionPrefix);
    TimetableChange change;
    change.after = occurrences->sessions;
    for (Session& s : change.after)
        s.ref = refs.take();
    if (auto ok = saveAll(sessions, change.after); !ok)
        return fail(ok.error());
    if (auto ok = commit(tx); !ok)
        return fail(ok.error());
    change.seriesAfter << *saved;
    change.skipped = occurrences->skipped;
    return change;
}

Result<TimetableChange> TimetableService::createSessions(QList<Session> list)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    SessionRepository sessions(m_db);
    auto first = sessions.nextRef();
    if (!first)
        return fail(first.error());
    RefCounter refs(*first, kSessionPrefix);
    for (Session& s : list) {
        if (s.ref.isEmpty())
            s.ref = refs.take();
        s.seriesRef.clear(); // sessions of their own
    }
    if (auto ok = validateAll(list); !ok)
        return fail(ok.error());
    for (const Session& s : list) {
        auto existing = sessions.find(s.ref);
        if (!existing)
            return fail(existing.error());
        if (*existing)
            return fail(ErrorCode::Exists, QStringLiteral("There is already a session '%1'.").arg(s.ref), {s.ref});
    }
    if (auto ok = saveAll(sessions, list); !ok)
        return fail(ok.error());
    if (auto ok = commit(tx); !ok)
        return fail(ok.error());
    TimetableChange change;
    change.after = list;
    return change;
}

Result<std::pair<Session, QList<Session>>> TimetableService::inScope(const QString& sessionRef, EditScope scope) const
{
    SessionRepository sessions(m_db);
    auto found = sessions.find(sessionRef);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(noSuch(QStringLiteral("session"), sessionRef));
    const Session stored = **found;
    QList<Session> reached{stored};
    if (scope == EditScope::Occurrence || stored.seriesRef.isEmpty())
        return std::make_pair(stored, reached);
    auto members = sessions.ofSeries(stored.seriesRef);
    if (!members)
        return fail(members.error());
    for (const Session& s : *members) {
        if (s.ref == stored.ref)
            continue;
        if (scope == EditScope::Series || order(s) > order(stored))
            reached << s;
    }
    return std::make_pair(stored, reached);
}

Result<TimetableChange> TimetableService::edit(const Session& edited, EditScope scope)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    auto scoped = inScope(edited.ref, scope);
    if (!scoped)
        return fail(scoped.error());
    const auto& [stored, reached] = *scoped;
    const bool alone = reached.size() == 1 && (scope == EditScope::Occurrence || stored.seriesRef.isEmpty());
    if (!alone && edited.cohortRef != stored.cohortRef)
        return fail(ErrorCode::Usage, QStringLiteral("A series stays in its cohort: move one session at a time."));
    if (auto ok = validateAll({edited}); !ok)
        return fail(ok.error());

    TimetableChange change;
    change.before = reached;
    const Diff diff = diffOf(stored, edited);
    QList<Session> after;
    for (Session s : reached) {
        if (s.ref == stored.ref) {
            const QString series = s.seriesRef;
            s = edited;
            // The link is the service's: a session moved to another cohort leaves its series.
            s.seriesRef = edited.cohortRef == stored.cohortRef ? series : QString();
        } else {
            apply(s, diff, edited);
        }
        after << s;
    }
    if (auto ok = validateAll(after); !ok)
        return fail(ok.error());

    // The rule follows the edit, so that the series still says what its sessions are.
    SeriesRepository seriesRepo(m_db);
    if (scope != EditScope::Occurrence && !stored.seriesRef.isEmpty() && diff.changesRule()) {
        auto rule = seriesRepo.find(stored.seriesRef);
        if (!rule)
            return fail(rule.error());
        if (*rule) {
            auto all = SessionRepository(m_db).ofSeries(stored.seriesRef);
            if (!all)
                return fail(all.error());
            const bool split = scope == EditScope::Following && all->size() > reached.size();
            change.seriesBefore << **rule;
            Series changed = apply(**rule, diff, edited);
            if (split) {
                // The earlier part keeps the rule up to the day before; the rest is a new series.
                Series earlier = **rule;
                earlier.lastDate = std::max(earlier.firstDate, stored.date.addDays(-1));
                auto ref = seriesRepo.nextRef();
                if (!ref)
                    return fail(ref.error());
                changed.id = 0;
                changed.ref = *ref;
                changed.firstDate = edited.date;
                changed.lastDate = std::max(changed.lastDate, changed.firstDate);
                auto savedEarlier = seriesRepo.save(earlier);
                if (!savedEarlier)
                    return fail(savedEarlier.error());
                change.seriesAfter << *savedEarlier;
                for (Session& s : after)
                    if (s.seriesRef == stored.seriesRef)
                        s.seriesRef = changed.ref;
            }
            auto savedRule = seriesRepo.save(changed);
            if (!savedRule)
                return fail(savedRule.error());
            change.seriesAfter << *savedRule;
        }
    }
    SessionRepository sessions(m_db);
    if (auto ok = saveAll(sessions, after); !ok)
        return fail(ok.error());
    if (auto ok = commit(tx); !ok)
        return fail(ok.error());
    change.after = after;
    return change;
}

Result<TimetableChange> TimetableService::setStatus(const QString& sessionRef, SessionStatus status, EditScope scope)
{
    auto found = SessionRepository(m_db).find(sessionRef);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(noSuch(QStringLiteral("session"), sessionRef));
    Session edited = **found;
    edited.status = status;
    return edit(edited, scope);
}

Result<TimetableChange> TimetableService::markPastHeld(const QString& cohortRef, const Clock& clock)
{
    const QDateTime now = clock.now();
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    SessionRepository sessions(m_db);
    auto candidates = cohortRef.isEmpty() ? sessions.between(QDate(1900, 1, 1), now.date()) : sessions.ofCohort(cohortRef);
    if (!candidates)
        return fail(candidates.error());
    TimetableChange change;
    for (const Session& s : *candidates) {
        if (s.status != SessionStatus::Planned || !s.date.isValid())
            continue;
        if (s.date > now.date() || (s.date == now.date() && s.end > now.time()))
            continue;
        change.before << s;
        Session held = s;
        held.status = SessionStatus::Held;
        change.after << held;
    }
    if (auto ok = saveAll(sessions, change.after); !ok)
        return fail(ok.error());
    if (auto ok = commit(tx); !ok)
        return fail(ok.error());
    return change;
}

Result<QList<OfficeClosure>> TimetableService::allClosures() const
{
    return OfficeClosureRepository(m_db).all();
}

Result<QList<OfficeClosure>> TimetableService::writeClosures(const QList<OfficeClosure>& closures)
{
    OfficeClosureRepository repo(m_db);
    auto old = repo.all();
    if (!old)
        return fail(old.error());
    for (const OfficeClosure& c : *old)
        if (auto ok = repo.remove(c.id); !ok)
            return fail(ok.error());
    QList<OfficeClosure> saved;
    for (OfficeClosure c : closures) {
        c.id = 0;
        auto s = repo.save(c);
        if (!s)
            return fail(s.error());
        saved << *s;
    }
    return saved;
}

Result<TimetableChange> TimetableService::setClosures(const QList<OfficeClosure>& closures)
{
    QList<Problem> problems;
    for (qsizetype i = 0; i < closures.size(); ++i)
        for (Problem p : closures[i].validate()) {
            p.line = int(i + 1);
            problems << p;
        }
    if (!problems.isEmpty())
        return fail(invalid(problems, QStringLiteral("An office closure is not valid.")));
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    auto before = OfficeClosureRepository(m_db).all();
    if (!before)
        return fail(before.error());
    const auto same = [](const OfficeClosure& a, const OfficeClosure& b) {
        return a.siteRef == b.siteRef && a.fromDate == b.fromDate && a.toDate == b.toDate && a.label == b.label;
    };
    if (std::equal(before->begin(), before->end(), closures.begin(), closures.end(), same))
        return TimetableChange{}; // nothing to do, nothing to undo
    auto after = writeClosures(closures);
    if (!after)
        return fail(after.error());
    if (auto ok = commit(tx, true); !ok)
        return fail(ok.error());
    TimetableChange change;
    change.closuresChanged = true;
    change.closuresBefore = *before;
    change.closuresAfter = *after;
    return change;
}

Result<void> TimetableService::undo(const TimetableChange& change)
{
    return replace(change.after, change.seriesAfter, change.before, change.seriesBefore,
                   change.closuresChanged ? &change.closuresBefore : nullptr);
}

Result<void> TimetableService::redo(const TimetableChange& change)
{
    return replace(change.before, change.seriesBefore, change.after, change.seriesAfter,
                   change.closuresChanged ? &change.closuresAfter : nullptr);
}

Result<void> TimetableService::replace(const QList<Session>& fromSessions, const QList<Series>& fromSeries,
                                       const QList<Session>& toSessions, const QList<Series>& toSeries,
                                       const QList<OfficeClosure>* toClosures)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    SessionRepository sessions(m_db);
    SeriesRepository series(m_db);
    QSet<QString> keptSessions;
    for (const Session& s : toSessions)
        keptSessions.insert(s.ref);
    // Removed first, so that nothing of the other state is in the way; series saved before
    // the sessions that point at them, and removed after.
    for (const Session& s : fromSessions) {
        if (keptSessions.contains(s.ref))
            continue;
        if (auto ok = sessions.remove(s.ref); !ok && ok.error().code != ErrorCode::NotFound)
            return ok;
    }
    for (const Series& r : toSeries)
        if (auto ok = series.save(r); !ok)
            return fail(ok.error());
    for (const Session& s : toSessions)
        if (auto ok = sessions.save(s); !ok)
            return fail(ok.error());
    QSet<QString> keptSeries;
    for (const Series& r : toSeries)
        keptSeries.insert(r.ref);
    for (const Series& r : fromSeries) {
        if (keptSeries.contains(r.ref))
            continue;
        if (auto ok = series.remove(r.ref); !ok && ok.error().code != ErrorCode::NotFound)
            return ok;
    }
    if (toClosures)
        if (auto ok = writeClosures(*toClosures); !ok)
            return fail(ok.error());
    return commit(tx, toClosures != nullptr);
}

Result<void> TimetableService::commit(Transaction& tx, bool closures) const
{
    if (auto ok = tx.commit(); !ok)
        return ok;
    if (m_notifier) {
        if (closures)
            m_notifier->notifyChanged(EntityKind::OfficeClosure);
        m_notifier->notifyChanged(EntityKind::Session);
    }
    return {};
}

} // namespace parcours
