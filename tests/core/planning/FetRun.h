// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/planning/FetExport.h"

namespace parcours::test {

/// fet-cl run on a FET file written by FetExport (the export's test and bench_plan).
struct FetRun
{
    enum class Status {
        Missing,      ///< fet-cl is not installed
        Solved,       ///< "Simulation successful": every activity placed
        Impossible,   ///< FET refused the data as impossible ("Cannot precompute")
        TimeExceeded, ///< "Time exceeded"
        Failed,       ///< anything else (the log says what)
    };
    Status status = Status::Failed;
    double seconds = 0;      ///< wall time of fet-cl
    double cpuSeconds = 0;   ///< its user + system time
    QList<PlannedSession> sessions; ///< FET's timetable as our sessions (Solved only)
    QString log;             ///< fet-cl's output and its result.txt
    QString error;           ///< what went wrong reading its timetable
};

const char* statusText(FetRun::Status status);

/// fet-cl's path, or empty when it is not installed.
QString fetClPath();

/// Writes `file` as DIR/NAME.fet, runs fet-cl on it with the time limit (whole seconds), and
/// reads back its DIR/out/timetables/NAME/NAME_activities.xml into sessions.
FetRun runFet(const PlanProblem& problem, const FetFile& file, const QString& dir, const QString& name,
              int timeLimitSeconds);

/// FET's activities timetable (Id, Day, Hour, Room of each activity) as sessions of `problem`,
/// through the names the export gave; `error` says what could not be read.
QList<PlannedSession> readFetActivities(const QByteArray& xml, const PlanProblem& problem, const FetFile& file,
                                        QString* error);

} // namespace parcours::test
