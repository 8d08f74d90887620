// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Outcome.h"
#include "core/domain/Participant.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

namespace parcours {

class DemoRandom;

/// A phone number in the range France reserves for works of fiction (06 39 98 xx xx).
QString demoPhone(DemoRandom& random);

/// One invented participant (without ref) for a cohort that starts on `cohortStart`: country
/// drawn with `countryWeights` (DemoCatalogue::countries() order), its names, languages and
/// usual statuses, an age of 19 to 52, arrival, French level, project, referrer drawn from
/// `referrers`, consent before the start; the small and the large demo share it.
Participant demoParticipant(DemoRandom& random, const QDate& today, const QDate& cohortStart,
                            const QList<int>& countryWeights, const QStringList& referrers);

/// A French first name (a woman's 55 times in 100) and surname, drawn in that order.
struct DemoName
{
    QString first;
    QString last;
};
DemoName demoFrenchName(DemoRandom& random);

/// How many pairings a volunteer takes at once: a coach 1 to 3, a mentor 1 or 2, someone in
/// either role 2 or 3.
int demoMaxPairings(DemoRandom& random, VolunteerRole role);

/// A volunteer's languages: French, English for 60 in 100, and for 25 in 100 one of Spanish,
/// German, Arabic or Italian.
QStringList demoVolunteerLanguages(DemoRandom& random);

/// The follow-up milestones of a cohort that ends on `endDate`, each with the day it falls due:
/// exit on the last day, then 3, 6 and 12 months later.
QList<QPair<Milestone, QDate>> demoMilestones(const QDate& endDate);

/// The day the office records the outcome of a milestone due on `due`: 0 to 3 days later at
/// exit, 0 to 20 days after the others, never after `today`.
QDate demoRecordedOn(DemoRandom& random, Milestone milestone, const QDate& due, const QDate& today);

/// Whether a situation is a job (durable or transition), for which an outcome names an employer.
bool demoIsJob(Situation s);

/// The situation at `milestone` of someone who completed a cohort: more people in work as the
/// months pass; a durable job from `previous` stays 85 times in 100, a qualifying training half
/// the time. The small and the large demo share it.
Situation demoSituation(DemoRandom& random, Milestone milestone, std::optional<Situation> previous);

} // namespace parcours
