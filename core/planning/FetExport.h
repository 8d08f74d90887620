// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanResult.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>

namespace parcours {

/// Who picks each activity's trainer in the FET file.
enum class FetTrainers {
    Fixed,  ///< the export fixes one (from FetExportOptions::trainersFrom, else balanced)
    Choose, ///< FET chooses, as our planner: each trainer is a real room, each activity gets a
            ///< virtual room of two sets (its allowed rooms, the trainer-rooms of its module)
};

/// How to write a week's problem for FET (see FetExport).
struct FetExportOptions
{
    FetTrainers trainers = FetTrainers::Fixed;
    /// FET needs one trainer fixed on each activity; our planner chooses among those who teach
    /// the module. When a week is given (ours, or the generator's planted one), the k-th session
    /// to plan of a cohort and module takes the trainer of the k-th unlocked session of that
    /// cohort and module in it; sessions it does not cover get the balanced assignment.
    QList<PlannedSession> trainersFrom;
    /// Weight (FET's percentage, 0 to 100) of the wish to end morning-wish sessions by the
    /// morning's end; 0 leaves the wish out. FET treats weights under 100 as soft.
    int morningWeightPercent = 95;
    QString institution = QStringLiteral("Parcours");
};

/// One activity of the FET file: a session to place (or a locked one) of a cohort.
struct FetActivity
{
    int id = 0;            ///< FET's Activity_Id (1, 2, ...)
    QString cohortRef;
    Module module = Module::Fle;
    int minutes = 0;
    QString trainerRef;    ///< fixed for FET; empty: none (FetTrainers::Choose: set on locked ones only)
    QStringList trainers;  ///< FetTrainers::Choose: who may lead it (FET picks one trainer-room)
    QString virtualRoom;   ///< FetTrainers::Choose: its virtual room, empty when it has none
    QStringList rooms;     ///< the rooms allowed (the cohort's site, seating it, not booked out)
    int lockedIndex = -1;  ///< index in PlanProblem::locked, or -1
    bool fromWeek = false; ///< trainer taken from FetExportOptions::trainersFrom
};

/// The FET input file of a week and how its names map back to the problem.
struct FetFile
{
    QByteArray xml;              ///< the .fet file (UTF-8)
    QList<FetActivity> activities;
    QList<int> weekdays;         ///< FET's days in order (ISO weekdays), named "Monday"...
    int dayStart = 0;            ///< minutes since midnight of FET's first hour
    int slotMinutes = 30;        ///< length of one FET hour
    int hours = 0;               ///< FET hours a day
    int balanced = 0;            ///< activities whose trainer came from the balanced assignment
    int overMax = 0;             ///< trainers whose fixed sessions exceed their weekly maximum
    QMap<QString, QString> trainerOfRoom; ///< FetTrainers::Choose: trainer-room name -> trainer ref

    /// FET's name of the hour starting at `minutes` ("09:30").
    QString hourName(int minutes) const;
    /// The minutes since midnight of FET's hour `name`, or -1.
    int minutesOfHour(const QString& name) const;
    /// The ISO weekday of FET's day `name`, or 0.
    int weekdayOf(const QString& name) const;
};

/// Writes a PlanProblem as a FET 6 input file (see PLANNING.md, "FET export"): days, hours of
/// the time grid, lunch as a break, trainers with their absences, modules as subjects, cohorts
/// as years with their size, one activity per session with its trainer fixed, blocks' different
/// days, cohorts' hours a day, the morning wish (soft), rooms per site with their capacity and
/// bookings, each activity's allowed rooms, locked sessions locked in time and room. Pure.
class FetExport
{
public:
    static FetFile build(const PlanProblem& problem, const FetExportOptions& options = {});
    /// English name of an ISO weekday as FET's day ("Monday").
    static QString dayName(int weekday);
};

} // namespace parcours
