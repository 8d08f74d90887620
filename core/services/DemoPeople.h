// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Participant.h"

#include <QDate>
#include <QList>
#include <QStringList>

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

} // namespace parcours
