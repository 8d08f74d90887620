// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataCheck.h"

#include "core/storage/CohortRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/VolunteerRepository.h"

#include <QHash>

namespace parcours {

namespace {

// Adds the validation problems of one record, naming each by `kind` and its key.
template<class T, class Key>
void validateOne(const T& r, const QString& kind, Key key, QList<Problem>& out)
{
    for (Problem p : r.validate()) {
        p.file = kind + QLatin1Char(' ') + key(r);
        out << p;
    }
}

// The same for every record of a list.
template<class T, class Key>
void validateAll(const QList<T>& records, const QString& kind, Key key, QList<Problem>& out)
{
    for (const T& r : records)
        validateOne(r, kind, key, out);
}

} // namespace

Result<QList<Problem>> DataCheck::run(Database& db)
{
    QList<Problem> out;
    auto byRef = [](const auto& r) { return r.ref; };

    SiteRepository sites(db);
    const auto siteList = sites.all();
    if (!siteList)
        return fail(siteList.error());
    validateAll(*siteList, QStringLiteral("site"), byRef, out);
    const auto rooms = sites.rooms();
    if (!rooms)
        return fail(rooms.error());
    validateAll(*rooms, QStringLiteral("room"), byRef, out);

    TrainerRepository trainers(db);
    const auto trainerList = trainers.all();
    if (!trainerList)
        return fail(trainerList.error());
    validateAll(*trainerList, QStringLiteral("trainer"), byRef, out);
    const auto unavailability = trainers.unavailability();
    if (!unavailability)
        return fail(unavailability.error());
    validateAll(*unavailability, QStringLiteral("trainer unavailability"),
                [](const TrainerUnavailability& u) { return u.trainerRef; }, out);

    CohortRepository cohorts(db);
    const auto cohortList = cohorts.all();
    if (!cohortList)
        return fail(cohortList.error());
    validateAll(*cohortList, QStringLiteral("cohort"), byRef, out);

    // The tables of a network's file (hundreds of thousands of rows, millions of marks and
    // check-ins) are read one row at a time: only the problems, and the volunteers' roles that
    // the pairings need, are kept.
    const QString enrolmentKind = QStringLiteral("enrolment");
    const auto enrolmentKey = [](const Enrolment& e) { return e.cohortRef + QLatin1Char('/') + e.participantRef; };
    if (auto ok = cohorts.forEachEnrolment([&](const Enrolment& e) { validateOne(e, enrolmentKind, enrolmentKey, out); });
        !ok)
        return fail(ok.error());

    const QString participantKind = QStringLiteral("participant");
    if (auto ok = ParticipantRepository(db).forEach([&](const Participant& p) { validateOne(p, participantKind, byRef, out); });
        !ok)
        return fail(ok.error());

    QHash<QString, VolunteerRole> roles;
    const QString volunteerKind = QStringLiteral("volunteer");
    if (auto ok = VolunteerRepository(db).forEach([&](const Volunteer& v) {
            validateOne(v, volunteerKind, byRef, out);
            roles.insert(v.ref, v.role);
        });
        !ok)
        return fail(ok.error());

    SessionRepository sessions(db);
    const QString sessionKind = QStringLiteral("session");
    if (auto ok = sessions.forEach([&](const Session& s) { validateOne(s, sessionKind, byRef, out); }); !ok)
        return fail(ok.error());
    const QString markKind = QStringLiteral("attendance");
    const auto markKey = [](const Attendance& a) { return a.sessionRef + QLatin1Char('/') + a.participantRef; };
    if (auto ok = sessions.forEachAttendance([&](const Attendance& a) { validateOne(a, markKind, markKey, out); }); !ok)
        return fail(ok.error());

    // Each pairing's problems, then its volunteer's role, as when the pairings were read whole
    // and checked in two passes: the role problems come after every pairing's own.
    PairingRepository pairings(db);
    const QString pairingKind = QStringLiteral("pairing");
    QList<Problem> roleProblems;
    if (auto ok = pairings.forEach([&](const Pairing& k) {
            validateOne(k, pairingKind, byRef, out);
            const auto role = roles.constFind(k.volunteerRef);
            if (role != roles.cend() && !canServeAs(*role, k.role))
                roleProblems << Problem{QStringLiteral("pairing ") + k.ref, 0, QStringLiteral("volunteer_ref"),
                                        QStringLiteral("volunteer %1 cannot serve as %2").arg(k.volunteerRef, codeOf(k.role))};
        });
        !ok)
        return fail(ok.error());
    out << roleProblems;
    const QString checkInKind = QStringLiteral("check-in");
    const auto checkInKey = [](const CheckIn& c) { return c.pairingRef + QLatin1Char('/') + c.date.toString(Qt::ISODate); };
    if (auto ok = pairings.forEachCheckIn([&](const CheckIn& c) { validateOne(c, checkInKind, checkInKey, out); }); !ok)
        return fail(ok.error());

    const QString outcomeKind = QStringLiteral("outcome");
    const auto outcomeKey = [](const Outcome& o) {
        return o.participantRef + QLatin1Char('/') + o.cohortRef + QLatin1Char('/') + codeOf(o.milestone);
    };
    if (auto ok = OutcomeRepository(db).forEach([&](const Outcome& o) { validateOne(o, outcomeKind, outcomeKey, out); }); !ok)
        return fail(ok.error());
    return out;
}

} // namespace parcours
