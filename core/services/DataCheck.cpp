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

#include <QMap>

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
    const auto enrolments = cohorts.enrolments();
    if (!enrolments)
        return fail(enrolments.error());
    validateAll(*enrolments, QStringLiteral("enrolment"),
                [](const Enrolment& e) { return e.cohortRef + QLatin1Char('/') + e.participantRef; }, out);

    const auto participants = ParticipantRepository(db).all();
    if (!participants)
        return fail(participants.error());
    validateAll(*participants, QStringLiteral("participant"), byRef, out);

    const auto volunteers = VolunteerRepository(db).all();
    if (!volunteers)
        return fail(volunteers.error());
    validateAll(*volunteers, QStringLiteral("volunteer"), byRef, out);

    // Sessions and marks are read one at a time: a network's file holds millions of marks.
    SessionRepository sessions(db);
    const QString sessionKind = QStringLiteral("session");
    if (auto ok = sessions.forEach([&](const Session& s) { validateOne(s, sessionKind, byRef, out); }); !ok)
        return fail(ok.error());
    const QString markKind = QStringLiteral("attendance");
    const auto markKey = [](const Attendance& a) { return a.sessionRef + QLatin1Char('/') + a.participantRef; };
    if (auto ok = sessions.forEachAttendance([&](const Attendance& a) { validateOne(a, markKind, markKey, out); }); !ok)
        return fail(ok.error());

    PairingRepository pairings(db);
    const auto pairingList = pairings.all();
    if (!pairingList)
        return fail(pairingList.error());
    validateAll(*pairingList, QStringLiteral("pairing"), byRef, out);
    QMap<QString, VolunteerRole> roles;
    for (const Volunteer& v : *volunteers)
        roles.insert(v.ref, v.role);
    for (const Pairing& k : *pairingList) {
        const auto role = roles.find(k.volunteerRef);
        if (role != roles.end() && !canServeAs(*role, k.role))
            out << Problem{QStringLiteral("pairing ") + k.ref, 0, QStringLiteral("volunteer_ref"),
                           QStringLiteral("volunteer %1 cannot serve as %2").arg(k.volunteerRef, codeOf(k.role))};
    }
    const auto checkIns = pairings.checkIns();
    if (!checkIns)
        return fail(checkIns.error());
    validateAll(*checkIns, QStringLiteral("check-in"),
                [](const CheckIn& c) { return c.pairingRef + QLatin1Char('/') + c.date.toString(Qt::ISODate); }, out);

    const auto outcomes = OutcomeRepository(db).all();
    if (!outcomes)
        return fail(outcomes.error());
    validateAll(*outcomes, QStringLiteral("outcome"),
                [](const Outcome& o) {
                    return o.participantRef + QLatin1Char('/') + o.cohortRef + QLatin1Char('/') + codeOf(o.milestone);
                },
                out);
    return out;
}

} // namespace parcours
