// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimetableFixture.h"

#include "core/storage/CohortRepository.h"
#include "core/storage/OfficeClosureRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/Transaction.h"

namespace parcours::test {

namespace {

void must(bool ok, const char* what)
{
    if (!ok)
        throw std::runtime_error(std::string("seeding failed: ") + what);
}

} // namespace

void seedOffice(Database& db)
{
    Transaction tx(db);
    must(bool(tx.begun()), "begin");
    SiteRepository sites(db);
    for (const char* ref : {"LIL", "RBX"}) {
        Site s;
        s.ref = QString::fromLatin1(ref);
        s.name = QStringLiteral("Site ") + s.ref;
        must(bool(sites.save(s)), "site");
    }
    const std::pair<const char*, int> rooms[] = {{"LIL-1", 15}, {"LIL-2", 3}};
    for (const auto& [ref, seats] : rooms) {
        Room r;
        r.ref = QString::fromLatin1(ref);
        r.siteRef = QStringLiteral("LIL");
        r.name = QStringLiteral("Salle ") + r.ref;
        r.capacity = seats;
        must(bool(sites.saveRoom(r)), "room");
    }
    CohortRepository cohorts(db);
    for (const char* ref : {"C1", "C2"}) {
        Cohort c;
        c.ref = QString::fromLatin1(ref);
        c.name = QStringLiteral("Cohorte ") + c.ref;
        c.siteRef = QStringLiteral("LIL");
        c.startDate = QDate(2025, 4, 14);
        c.endDate = QDate(2025, 6, 13);
        must(bool(cohorts.save(c)), "cohort");
    }
    ParticipantRepository participants(db);
    for (int i = 1; i <= 4; ++i) {
        Participant p;
        p.ref = QStringLiteral("P%1").arg(i);
        p.firstName = QStringLiteral("Prénom");
        p.lastName = QStringLiteral("Nom %1").arg(i);
        must(bool(participants.save(p)), "participant");
        Enrolment e;
        e.cohortRef = QStringLiteral("C1");
        e.participantRef = p.ref;
        must(bool(cohorts.saveEnrolment(e)), "enrolment");
    }
    TrainerRepository trainers(db);
    const std::pair<const char*, QList<Module>> people[] = {
        {"F1", {Module::Fle}}, {"F2", {Module::English}}, {"F3", {Module::Fle, Module::SoftSkills}}};
    for (const auto& [ref, modules] : people) {
        Trainer t;
        t.ref = QString::fromLatin1(ref);
        t.name = QStringLiteral("Formatrice ") + t.ref;
        t.modules = modules;
        must(bool(trainers.save(t)), "trainer");
    }
    OfficeClosureRepository closures(db);
    const auto closure = [&](const char* site, QDate from, QDate to, const char* label) {
        OfficeClosure c;
        c.siteRef = QString::fromLatin1(site);
        c.fromDate = from;
        c.toDate = to;
        c.label = QString::fromUtf8(label);
        must(bool(closures.save(c)), "closure");
    };
    closure("LIL", QDate(2025, 5, 12), QDate(2025, 5, 13), "Déménagement");
    closure("RBX", QDate(2025, 5, 14), QDate(2025, 5, 14), "Roubaix");
    closure("", QDate(2025, 6, 2), QDate(2025, 6, 2), "");
    must(bool(tx.commit()), "commit");
}

Series frenchSeries()
{
    Series r;
    r.cohortRef = QStringLiteral("C1");
    r.module = Module::Fle;
    r.weekdays = {1, 2, 3, 4};
    r.start = QTime(9, 0);
    r.end = QTime(12, 30);
    r.trainerRef = QStringLiteral("F1");
    r.roomRef = QStringLiteral("LIL-1");
    r.title = QStringLiteral("Français");
    r.firstDate = QDate(2025, 4, 14);
    r.lastDate = QDate(2025, 6, 12);
    return r;
}

QString sessionRef(int n)
{
    return QStringLiteral("SE-%1").arg(n, 6, 10, QLatin1Char('0'));
}

} // namespace parcours::test
