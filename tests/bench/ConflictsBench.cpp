// SPDX-License-Identifier: GPL-3.0-or-later
// How long the conflict finder takes on a network's year, and what the Timetable page and
// `timetable check` pay for it on a real file. Prints one line per measure (median of runs).
//
//   bench_conflicts [COHORTS] [clean]   (default 60 cohorts of 12 weeks over one year)
//
// The network: five sites; each starts a cohort every three or four weeks, so three or four
// run at once per site, over about fifty weeks. A cohort's week: FLE Monday to Thursday
// 09:00-12:30, English Monday 14:00-16:00, soft skills Tuesday 14:00-16:00, a professional day
// on Friday 09:00-17:00 without trainer or room: 7 sessions a week, 84 a cohort. Each site has
// three FLE trainers and three rooms taken in turn, and one English and one soft-skills trainer
// shared by its cohorts: cohorts that run at once clash on those (and a fourth one on a room),
// as a timetable planned by hand would before it is checked. `clean` gives each cohort its own
// trainers and room instead: a year without a single conflict.
#include "core/services/TimetableService.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/Transaction.h"
#include "core/timetable/ConflictFinder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

using namespace parcours;

namespace {

constexpr int kSites = 5;
constexpr int kWeeks = 12;
constexpr int kParticipants = 15;
const QDate kFirstMonday(2025, 1, 6);

QString siteRef(int s) { return QStringLiteral("S%1").arg(s); }
QString roomRef(int s, int r) { return QStringLiteral("S%1-R%2").arg(s).arg(r); }
QString cohortRef(int c) { return QStringLiteral("C%1").arg(c, 3, 10, QLatin1Char('0')); }

ConflictInput network(int cohorts, bool clean)
{
    ConflictInput in;
    const auto own = [&in](const QString& ref, QList<Module> modules) {
        Trainer t;
        t.ref = ref;
        t.name = ref;
        t.modules = std::move(modules);
        in.trainers << t;
        return ref;
    };
    for (int s = 0; s < kSites; ++s) {
        for (int r = 0; r < 3; ++r) {
            Room room;
            room.ref = roomRef(s, r);
            room.siteRef = siteRef(s);
            room.name = room.ref;
            room.capacity = 18;
            in.rooms << room;
            Trainer fle;
            fle.ref = QStringLiteral("S%1-FLE%2").arg(s).arg(r);
            fle.name = fle.ref;
            fle.modules = {Module::Fle};
            in.trainers << fle;
        }
        Trainer english;
        english.ref = QStringLiteral("S%1-EN").arg(s);
        english.name = english.ref;
        english.modules = {Module::English};
        Trainer soft;
        soft.ref = QStringLiteral("S%1-SK").arg(s);
        soft.name = soft.ref;
        soft.modules = {Module::SoftSkills};
        in.trainers << english << soft;
    }
    int number = 0;
    for (int c = 0; c < cohorts; ++c) {
        const int site = c % kSites;
        const int turn = c / kSites; // the site's n-th cohort of the year
        Cohort cohort;
        cohort.ref = cohortRef(c);
        cohort.name = cohort.ref;
        cohort.siteRef = siteRef(site);
        cohort.startDate = kFirstMonday.addDays(7 * (turn * 40 / 12 + site % 3));
        cohort.endDate = cohort.startDate.addDays(7 * kWeeks - 3);
        in.cohorts << cohort;
        for (int p = 0; p < kParticipants; ++p) {
            Enrolment e;
            e.cohortRef = cohort.ref;
            e.participantRef = QStringLiteral("P%1-%2").arg(c).arg(p);
            in.enrolments << e;
        }
        QString room = roomRef(site, turn % 3);
        QString fle = QStringLiteral("S%1-FLE%2").arg(site).arg(turn % 3);
        QString english = QStringLiteral("S%1-EN").arg(site);
        QString soft = QStringLiteral("S%1-SK").arg(site);
        if (clean) {
            Room r;
            r.ref = cohort.ref + QStringLiteral("-R");
            r.siteRef = cohort.siteRef;
            r.name = r.ref;
            r.capacity = 18;
            in.rooms << r;
            room = r.ref;
            fle = own(cohort.ref + QStringLiteral("-FLE"), {Module::Fle});
            english = own(cohort.ref + QStringLiteral("-EN"), {Module::English});
            soft = own(cohort.ref + QStringLiteral("-SK"), {Module::SoftSkills});
        }
        for (int w = 0; w < kWeeks; ++w) {
            const QDate monday = cohort.startDate.addDays(7 * w);
            const auto add = [&](int day, Module m, QTime start, QTime end, const QString& trainer, const QString& where) {
                Session s;
                s.ref = QStringLiteral("SE-%1").arg(++number, 6, 10, QLatin1Char('0'));
                s.cohortRef = cohort.ref;
                s.module = m;
                s.date = monday.addDays(day - 1);
                s.start = start;
                s.end = end;
                s.trainerRef = trainer;
                s.roomRef = where;
                in.sessions << s;
            };
            for (int d = 1; d <= 4; ++d)
                add(d, Module::Fle, QTime(9, 0), QTime(12, 30), fle, room);
            add(1, Module::English, QTime(14, 0), QTime(16, 0), english, room);
            add(2, Module::SoftSkills, QTime(14, 0), QTime(16, 0), soft, room);
            add(5, Module::ProfessionalDay, QTime(9, 0), QTime(17, 0), QString(), QString());
        }
    }
    return in;
}

/// The median of `runs` timings of `work`, in milliseconds.
double median(int runs, const std::function<void()>& work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

void must(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "bench_conflicts: %s failed\n", what);
        std::exit(1);
    }
}

/// Saves the network's records (not its sessions) in `db`.
void saveRecords(Database& db, const ConflictInput& in)
{
    Transaction tx(db);
    must(bool(tx.begun()), "begin");
    SiteRepository sites(db);
    for (int s = 0; s < kSites; ++s) {
        Site site;
        site.ref = siteRef(s);
        site.name = site.ref;
        must(bool(sites.save(site)), "site");
    }
    for (const Room& r : in.rooms)
        must(bool(sites.saveRoom(r)), "room");
    TrainerRepository trainers(db);
    for (const Trainer& t : in.trainers)
        must(bool(trainers.save(t)), "trainer");
    CohortRepository cohorts(db);
    for (const Cohort& c : in.cohorts)
        must(bool(cohorts.save(c)), "cohort");
    ParticipantRepository participants(db);
    for (const Enrolment& e : in.enrolments) {
        Participant p;
        p.ref = e.participantRef;
        p.firstName = QStringLiteral("Prénom");
        p.lastName = e.participantRef;
        must(bool(participants.save(p)), "participant");
        must(bool(cohorts.saveEnrolment(e)), "enrolment");
    }
    must(bool(tx.commit()), "commit");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int cohorts = argc > 1 ? std::max(1, std::atoi(argv[1])) : 60;
    const bool clean = argc > 2 && std::strcmp(argv[2], "clean") == 0;
    const ConflictInput in = network(cohorts, clean);
    QDate first = in.sessions.first().date;
    QDate last = first;
    for (const Session& s : in.sessions) {
        first = std::min(first, s.date);
        last = std::max(last, s.date);
    }
    std::printf("network: %d cohorts x %d weeks%s, %lld sessions from %s to %s\n", cohorts, kWeeks,
                clean ? " (own trainers and rooms)" : "",
                static_cast<long long>(in.sessions.size()), qPrintable(first.toString(Qt::ISODate)),
                qPrintable(last.toString(Qt::ISODate)));

    qsizetype found = 0;
    const double findMs = median(21, [&] { found = ConflictFinder::find(in).size(); });
    std::printf("ConflictFinder::find, the whole year in memory: %.1f ms (median of 21), %lld conflicts\n", findMs,
                static_cast<long long>(found));

    QTemporaryDir dir;
    must(dir.isValid(), "temporary folder");
    auto created = Database::create(dir.filePath(QStringLiteral("bench.parcours")));
    must(bool(created), "create database");
    Database& db = **created;
    saveRecords(db, in);
    TimetableService service(db);
    QList<Session> sessions = in.sessions;
    for (Session& s : sessions)
        s.ref.clear();
    QElapsedTimer write;
    write.start();
    must(bool(service.createSessions(sessions)), "sessions");
    std::printf("TimetableService::createSessions, the whole year in one transaction: %.0f ms\n",
                double(write.nsecsElapsed()) / 1e6);

    const double yearMs = median(5, [&] {
        auto input = service.conflictInput(first, last);
        must(bool(input), "conflict input");
        found = ConflictFinder::find(*input).size();
    });
    std::printf("conflictInput + find, the whole year read from the file: %.1f ms (median of 5), %lld conflicts\n",
                yearMs, static_cast<long long>(found));

    const QString busy = cohortRef(cohorts / 2);
    const QDate day = in.cohorts[cohorts / 2].startDate.addDays(14);
    const double weekMs = median(11, [&] { must(bool(service.week(TimetableView::Cohort, busy, day)), "week"); });
    std::printf("TimetableService::week (what the grid rereads after each edit): %.1f ms (median of 11)\n", weekMs);
    const double checkMs = median(11, [&] { must(bool(service.check(busy)), "check"); });
    std::printf("TimetableService::check (timetable check --cohort, one cohort's 12 weeks): %.1f ms (median of 11)\n",
                checkMs);
    return 0;
}
