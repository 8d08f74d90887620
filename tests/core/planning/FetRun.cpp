// SPDX-License-Identifier: GPL-3.0-or-later
#include "FetRun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <algorithm>

#include <sys/resource.h>

namespace parcours::test {

namespace {

double childCpu()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace

const char* statusText(FetRun::Status status)
{
    switch (status) {
    case FetRun::Status::Missing: return "missing";
    case FetRun::Status::Solved: return "solved";
    case FetRun::Status::Impossible: return "impossible";
    case FetRun::Status::TimeExceeded: return "time-out";
    case FetRun::Status::Failed: return "failed";
    }
    return "?";
}

QString fetClPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("fet-cl"));
}

QList<PlannedSession> readFetActivities(const QByteArray& xml, const PlanProblem& problem, const FetFile& file,
                                        QString* error)
{
    QList<PlannedSession> sessions;
    QXmlStreamReader r(xml);
    int id = 0;
    QString day, hour, room;
    QStringList realRooms; // the real rooms FET chose in a virtual room
    auto fail = [&](const QString& what) {
        if (error && error->isEmpty())
            *error = what;
    };
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto name = r.name();
            if (name == QLatin1String("Activity")) {
                id = 0;
                day.clear();
                hour.clear();
                room.clear();
                realRooms.clear();
            } else if (name == QLatin1String("Id")) {
                id = r.readElementText().toInt();
            } else if (name == QLatin1String("Day")) {
                day = r.readElementText();
            } else if (name == QLatin1String("Hour")) {
                hour = r.readElementText();
            } else if (name == QLatin1String("Room")) {
                room = r.readElementText();
            } else if (name == QLatin1String("Real_Room")) {
                realRooms.append(r.readElementText());
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("Activity")) {
            if (id < 1 || id > file.activities.size()) {
                fail(QStringLiteral("unknown activity id %1").arg(id));
                continue;
            }
            const FetActivity& a = file.activities[id - 1];
            PlannedSession s;
            s.cohortRef = a.cohortRef;
            s.module = a.module;
            s.weekday = file.weekdayOf(day);
            s.start = file.minutesOfHour(hour);
            s.end = s.start + a.minutes;
            s.trainerRef = a.trainerRef;
            s.roomRef = room;
            if (!realRooms.isEmpty() || room.startsWith(QLatin1String("Virtual "))) {
                // FetTrainers::Choose: the trainer-room tells the trainer, the other the room.
                s.roomRef.clear();
                for (const QString& real : std::as_const(realRooms)) {
                    if (file.trainerOfRoom.contains(real))
                        s.trainerRef = file.trainerOfRoom.value(real);
                    else
                        s.roomRef = real;
                }
                if (a.lockedIndex < 0 && s.trainerRef.isEmpty() && !a.trainers.isEmpty())
                    fail(QStringLiteral("activity %1: no trainer-room in FET's answer").arg(id));
            }
            if (a.lockedIndex >= 0) {
                s.locked = true;
                s.lockedRef = problem.locked[a.lockedIndex].ref;
            }
            if (s.weekday == 0 || s.start < 0)
                fail(QStringLiteral("activity %1 not placed (day '%2', hour '%3')").arg(id).arg(day, hour));
            sessions.append(s);
        }
    }
    if (r.hasError())
        fail(r.errorString());
    if (sessions.size() != file.activities.size())
        fail(QStringLiteral("%1 activities in FET's timetable, %2 exported").arg(sessions.size()).arg(file.activities.size()));
    std::sort(sessions.begin(), sessions.end(), [](const PlannedSession& a, const PlannedSession& b) {
        return std::tie(a.cohortRef, a.weekday, a.start) < std::tie(b.cohortRef, b.weekday, b.start);
    });
    return sessions;
}

FetRun runFet(const PlanProblem& problem, const FetFile& file, const QString& dir, const QString& name,
              int timeLimitSeconds)
{
    FetRun run;
    const QString fet = fetClPath();
    if (fet.isEmpty()) {
        run.status = FetRun::Status::Missing;
        return run;
    }
    QDir().mkpath(dir);
    const QString input = dir + QLatin1Char('/') + name + QStringLiteral(".fet");
    const QString outDir = dir + QStringLiteral("/out");
    QDir(outDir).removeRecursively();
    QFile in(input);
    if (!in.open(QIODevice::WriteOnly) || in.write(file.xml) != file.xml.size()) {
        run.error = QStringLiteral("cannot write %1").arg(input);
        return run;
    }
    in.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList args{QStringLiteral("--inputfile=") + input, QStringLiteral("--outputdir=") + outDir,
                           QStringLiteral("--timelimitseconds=%1").arg(timeLimitSeconds), QStringLiteral("--htmllevel=0"),
                           QStringLiteral("--language=en_US")};
    const double cpu0 = childCpu();
    QElapsedTimer timer;
    timer.start();
    p.start(fet, args);
    p.waitForFinished(int(timeLimitSeconds + 120) * 1000);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
    }
    run.cpuSeconds = childCpu() - cpu0;
    run.log = QString::fromUtf8(p.readAll());
    QFile result(outDir + QStringLiteral("/logs/result.txt"));
    if (result.open(QIODevice::ReadOnly))
        run.log += QString::fromUtf8(result.readAll());
    if (run.log.contains(QLatin1String("Simulation successful")) && p.exitCode() == 0)
        run.status = FetRun::Status::Solved;
    else if (run.log.contains(QLatin1String("Time exceeded")))
        run.status = FetRun::Status::TimeExceeded;
    else if (run.log.contains(QLatin1String("Cannot precompute")))
        run.status = FetRun::Status::Impossible;
    if (run.status != FetRun::Status::Solved)
        return run;
    QFile activities(outDir + QStringLiteral("/timetables/%1/%1_activities.xml").arg(name));
    if (!activities.open(QIODevice::ReadOnly)) {
        run.status = FetRun::Status::Failed;
        run.error = QStringLiteral("no timetable %1").arg(activities.fileName());
        return run;
    }
    run.sessions = readFetActivities(activities.readAll(), problem, file, &run.error);
    return run;
}

} // namespace parcours::test
