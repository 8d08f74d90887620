// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoTimetable.h"
#include "core/domain/Cohort.h"
#include "core/domain/Room.h"
#include "core/domain/Site.h"
#include "core/domain/Trainer.h"
#include "core/domain/TrainerUnavailability.h"

#include <QDate>
#include <QList>

namespace parcours {

class DemoRandom;

/// A cohort of the large demo with where and by whom it is taught.
struct LargeDemoCohort
{
    Cohort cohort;
    int site = 0;    ///< index in LargeDemoNetwork::sites
    DemoStaff staff; ///< refs of its trainers and room
};

/// The frame of the large demo: partner sites across France opening one after another over ten
/// years, each with rooms in which cohorts follow each other (a "lane": one room, one team of
/// trainers, a new cohort about every quarter), and the cohorts in order of their start. Every
/// lane's cohorts are at least 13 weeks apart, so a room or a trainer never holds two cohorts at
/// once. `factor` scales the number of cohorts (5,000 at 1) and so the lanes and sites.
struct LargeDemoNetwork
{
    QList<Site> sites;
    QList<int> siteOpensWeek; ///< per site, the week (from `firstMonday`) it opened
    QList<Room> rooms;
    QList<Trainer> trainers;
    QList<TrainerUnavailability> unavailability;
    QList<LargeDemoCohort> cohorts; ///< by start date
    QDate firstMonday;              ///< the network's first week, ten years before today

    static LargeDemoNetwork build(DemoRandom& random, const QDate& today, double factor);
};

} // namespace parcours
