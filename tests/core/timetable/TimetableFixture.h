// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small office on a real file for the timetable's storage and service tests.

#include "core/Result.h"
#include "core/domain/Series.h"

#include <stdexcept>

namespace parcours {
class Database;
}

namespace parcours::test {

/// Saves, in one committed transaction: sites LIL and RBX; rooms LIL-1 (15 seats) and LIL-2
/// (3 seats) at LIL; cohorts C1 and C2 at LIL from Monday 14 April to Friday 13 June 2025, C1
/// with participants P1 to P4 enrolled; trainers F1 (FLE), F2 (English), F3 (FLE, soft skills);
/// office closures: LIL 12-13 May 2025 "Déménagement", RBX 14 May, every site 2 June.
void seedOffice(Database& db);

/// Every Monday to Thursday, 09:00-12:30, FLE with F1 in LIL-1, "Français", for C1 from
/// 14 April to 12 June 2025: 36 days of which 5 are public holidays and 3 closed, 28 sessions.
Series frenchSeries();

/// The value of a Result that must succeed.
template<class T>
T take(Result<T> r)
{
    if (!r)
        throw std::runtime_error("unexpected failure: " + r.error().toString().toStdString());
    return std::move(*r);
}

/// `SE-000001` for 1.
QString sessionRef(int n);

} // namespace parcours::test
