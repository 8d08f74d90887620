// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlanResult.h"

class QLocale;

namespace parcours {

/// A PlanReason as one sentence in the user's language (context "PlanReason"), naming the
/// cohort, trainer, room or site at fault and the hours: for `parcours-cli plan` and the window.
QString describePlanReason(const PlanReason& reason, const QLocale& locale);

} // namespace parcours
