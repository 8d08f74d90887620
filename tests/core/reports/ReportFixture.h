// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small known case for the reports, written as an exchange folder and imported into a real
// file. The figures the tests expect are computed by hand from indicators.md (see the tests).

#include "TestDatabase.h"

#include <QStringList>

namespace parcours::test {

/// Three cohorts: A-2025 (6-17 January 2025) and B-2025 (3-14 February 2025) end in the first
/// quarter of 2025, C-2025 (May) does not. Organisation "Association Horizon".
void importReportFixture(Database& db);

/// Adds cohort D-2025 (ending 28 March 2025) with `participants` more participants, enrolled,
/// a held session each day of its two weeks and a mark for every pair: more rows of every kind.
void addBulkCohort(Database& db, int participants);

/// The personal data of the fixture that must never appear in a review pack: names, e-mails,
/// phones, birth dates (ISO and French forms), the site's address and free-text notes.
QStringList personalStrings();

} // namespace parcours::test
