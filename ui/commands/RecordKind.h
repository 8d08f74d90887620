// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/EntityKind.h"
#include "core/services/Removal.h"

// Which kind each record type is, and the name a person knows it by (for the Edit menu's
// "Undo Edit participant “Hélène Zerrouki”").
namespace parcours::ui {

inline EntityKind kindOf(const Site&) { return EntityKind::Site; }
inline EntityKind kindOf(const Room&) { return EntityKind::Room; }
inline EntityKind kindOf(const Cohort&) { return EntityKind::Cohort; }
inline EntityKind kindOf(const Participant&) { return EntityKind::Participant; }
inline EntityKind kindOf(const Volunteer&) { return EntityKind::Volunteer; }
inline EntityKind kindOf(const Trainer&) { return EntityKind::Trainer; }

inline QString nameOf(const Site& v) { return v.name; }
inline QString nameOf(const Room& v) { return v.name; }
inline QString nameOf(const Cohort& v) { return v.name; }
inline QString nameOf(const Participant& v) { return v.fullName(); }
inline QString nameOf(const Volunteer& v) { return v.fullName(); }
inline QString nameOf(const Trainer& v) { return v.name; }

} // namespace parcours::ui
