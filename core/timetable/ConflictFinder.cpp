// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictFinder.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>
#include <vector>

namespace parcours {

namespace {

/// A session that can conflict, reduced to what the sweep compares.
struct Slot
{
    int resource = 0; ///< the trainer, room or cohort, numbered
    qint64 day = 0;   ///< Julian day
    int start = 0;    ///< seconds since midnight
    int end = 0;
    int index = 0;    ///< in ConflictInput::sessions
};

bool canConflict(const Session& s)
{
    return s.status != SessionStatus::Cancelled && s.date.isValid() && s.start.isValid() && s.end.isValid()
        && s.start < s.end;
}

int secondsOf(const QTime& t)
{
    return t.msecsSinceStartOfDay() / 1000;
}

/// A conflict found, with the session indices kept for ordering.
struct Found
{
    Conflict conflict;
    int first = 0;
};

/// The clashes of one kind: sessions that share `resourceOf(session)` (empty: none) on one
/// day and overlap. Sorted by (resource, day, start, end, index), each day is swept once with
/// the sessions still running: a session that ends at or before the next one's start leaves.
template<class F>
void sweep(const QList<Session>& sessions, const std::vector<int>& live, Conflict::Kind kind, F resourceOf,
           std::vector<Found>& out)
{
    QHash<QString, int> numbers;
    QStringList names;
    std::vector<Slot> items;
    items.reserve(live.size());
    for (int i : live) {
        const QString& ref = resourceOf(sessions[i]);
        if (ref.isEmpty())
            continue;
        auto it = numbers.constFind(ref);
        if (it == numbers.cend()) {
            it = numbers.insert(ref, int(names.size()));
            names << ref;
        }
        const Session& s = sessions[i];
        items.push_back({*it, s.date.toJulianDay(), secondsOf(s.start), secondsOf(s.end), i});
    }
    std::sort(items.begin(), items.end(), [](const Slot& a, const Slot& b) {
        return std::tie(a.resource, a.day, a.start, a.end, a.index)
            < std::tie(b.resource, b.day, b.start, b.end, b.index);
    });
    std::vector<const Slot*> running;
    for (std::size_t k = 0; k < items.size(); ++k) {
        const Slot& s = items[k];
        if (k == 0 || items[k - 1].resource != s.resource || items[k - 1].day != s.day)
            running.clear();
        running.erase(std::remove_if(running.begin(), running.end(),
                                     [&](const Slot* r) { return r->end <= s.start; }),
                      running.end());
        for (const Slot* r : running) {
            Conflict c;
            c.kind = kind;
            c.sessionRef = sessions[r->index].ref;
            c.otherRef = sessions[s.index].ref;
            c.resourceRef = names[s.resource];
            out.push_back({c, r->index});
        }
        running.push_back(&s);
    }
}

bool expectedOn(const Enrolment& e, const QDate& cohortStart, const QDate& date)
{
    // indicators.md, Populations: from enrolled_on (or the cohort's start) to the exit date.
    const QDate from = e.enrolledOn.isValid() ? e.enrolledOn : cohortStart;
    return from.isValid() && from <= date && (!e.exitDate.isValid() || date <= e.exitDate);
}

QString named(const QString& name, const QString& ref)
{
    if (name.isEmpty() || name == ref)
        return ref;
    return QStringLiteral("%1 (%2)").arg(name, ref);
}

const Session* sessionOf(const ConflictInput& in, const QString& ref)
{
    for (const Session& s : in.sessions)
        if (s.ref == ref)
            return &s;
    return nullptr;
}

} // namespace

QList<Conflict> ConflictFinder::find(const ConflictInput& in)
{
    const QList<Session>& sessions = in.sessions;
    std::vector<int> live;
    live.reserve(std::size_t(sessions.size()));
    for (int i = 0; i < sessions.size(); ++i)
        if (canConflict(sessions[i]))
            live.push_back(i);

    std::vector<Found> found;
    sweep(sessions, live, Conflict::Kind::TrainerClash, [](const Session& s) -> const QString& { return s.trainerRef; },
          found);
    sweep(sessions, live, Conflict::Kind::RoomClash, [](const Session& s) -> const QString& { return s.roomRef; }, found);
    sweep(sessions, live, Conflict::Kind::CohortClash, [](const Session& s) -> const QString& { return s.cohortRef; },
          found);

    QHash<QString, const Cohort*> cohorts;
    for (const Cohort& c : in.cohorts)
        cohorts.insert(c.ref, &c);
    QHash<QString, const Trainer*> trainers;
    for (const Trainer& t : in.trainers)
        trainers.insert(t.ref, &t);
    QHash<QString, const Room*> rooms;
    for (const Room& r : in.rooms)
        rooms.insert(r.ref, &r);
    QHash<QString, QList<const Enrolment*>> enrolments;
    for (const Enrolment& e : in.enrolments)
        enrolments[e.cohortRef].append(&e);

    for (int i : live) {
        const Session& s = sessions[i];
        const Cohort* cohort = cohorts.value(s.cohortRef, nullptr);
        const auto single = [&](Conflict::Kind kind, const QString& resource) {
            Conflict c;
            c.kind = kind;
            c.sessionRef = s.ref;
            c.resourceRef = resource;
            found.push_back({c, i});
            return &found.back().conflict;
        };
        if (cohort && cohort->startDate.isValid() && cohort->endDate.isValid()
            && (s.date < cohort->startDate || s.date > cohort->endDate))
            single(Conflict::Kind::OutsideCohortDates, s.cohortRef);
        // A trainer with no module recorded is not known to teach nothing: no conflict.
        if (const Trainer* t = trainers.value(s.trainerRef, nullptr);
            t && !t->modules.isEmpty() && !t->modules.contains(s.module))
            single(Conflict::Kind::TrainerModule, s.trainerRef);
        if (const Room* r = rooms.value(s.roomRef, nullptr); r && r->capacity) {
            int expected = 0;
            for (const Enrolment* e : enrolments.value(s.cohortRef))
                if (expectedOn(*e, cohort ? cohort->startDate : QDate(), s.date))
                    ++expected;
            if (expected > *r->capacity) {
                Conflict* c = single(Conflict::Kind::RoomTooSmall, s.roomRef);
                c->seats = *r->capacity;
                c->expected = expected;
            }
        }
    }

    std::sort(found.begin(), found.end(), [&](const Found& a, const Found& b) {
        const Session& x = sessions[a.first];
        const Session& y = sessions[b.first];
        return std::make_tuple(x.date, x.start, int(a.conflict.kind), a.conflict.sessionRef, a.conflict.otherRef,
                               a.conflict.resourceRef)
            < std::make_tuple(y.date, y.start, int(b.conflict.kind), b.conflict.sessionRef, b.conflict.otherRef,
                              b.conflict.resourceRef);
    });
    QList<Conflict> out;
    out.reserve(qsizetype(found.size()));
    for (const Found& f : found)
        out << f.conflict;
    return out;
}

QList<Conflict> ConflictFinder::involving(const QList<Conflict>& conflicts, const QString& sessionRef)
{
    QList<Conflict> out;
    for (const Conflict& c : conflicts)
        if (c.involves(sessionRef))
            out << c;
    return out;
}

QString ConflictFinder::sessionText(const Session& s, const QLocale& locale)
{
    const QString time = QStringLiteral("HH:mm");
    //: date, start time, end time, cohort ref, module, session ref: "10/03/2025 09:00-12:00, MINI, French (FLE) (W2-1)"
    return QCoreApplication::translate("ConflictFinder", "%1 %2-%3, %4, %5 (%6)")
        .arg(locale.toString(s.date, QLocale::ShortFormat), locale.toString(s.start, time),
             locale.toString(s.end, time), s.cohortRef, QCoreApplication::translate("Codes", labelOf(s.module)),
             s.ref);
}

QString ConflictFinder::describe(const Conflict& c, const ConflictInput& in, const QLocale& locale)
{
    const Session* first = sessionOf(in, c.sessionRef);
    const Session* second = c.isClash() ? sessionOf(in, c.otherRef) : nullptr;
    const QString a = first ? sessionText(*first, locale) : c.sessionRef;
    const QString b = second ? sessionText(*second, locale) : c.otherRef;

    QString trainer = c.resourceRef;
    for (const Trainer& t : in.trainers)
        if (t.ref == c.resourceRef)
            trainer = named(t.name, t.ref);
    QString room = c.resourceRef;
    for (const Room& r : in.rooms)
        if (r.ref == c.resourceRef)
            room = named(r.name, r.ref);

    switch (c.kind) {
    case Conflict::Kind::TrainerClash:
        return QCoreApplication::translate("ConflictFinder", "Trainer %1 is in two sessions at once: %2 and %3").arg(trainer, a, b);
    case Conflict::Kind::RoomClash:
        return QCoreApplication::translate("ConflictFinder", "Room %1 holds two sessions at once: %2 and %3").arg(room, a, b);
    case Conflict::Kind::CohortClash:
        return QCoreApplication::translate("ConflictFinder", "Cohort %1 has two sessions at once: %2 and %3").arg(c.resourceRef, a, b);
    case Conflict::Kind::OutsideCohortDates: {
        for (const Cohort& k : in.cohorts)
            if (k.ref == c.resourceRef)
                return QCoreApplication::translate("ConflictFinder", "Session %1 is outside the dates of cohort %2 (%3 to %4)")
                    .arg(a, c.resourceRef, locale.toString(k.startDate, QLocale::ShortFormat),
                         locale.toString(k.endDate, QLocale::ShortFormat));
        return QCoreApplication::translate("ConflictFinder", "Session %1 is outside the dates of cohort %2").arg(a, c.resourceRef);
    }
    case Conflict::Kind::TrainerModule:
        return QCoreApplication::translate("ConflictFinder", "Trainer %1 does not teach %2: %3")
            .arg(trainer, first ? QCoreApplication::translate("Codes", labelOf(first->module)) : QString(), a);
    case Conflict::Kind::RoomTooSmall:
        //: %n seats, %1 room, %2 participants expected, %3 session
        return QCoreApplication::translate("ConflictFinder", "Room %1 has %n seat(s) for %2 participants expected: %3", nullptr, c.seats)
            .arg(room, locale.toString(c.expected), a);
    }
    return a;
}

} // namespace parcours
