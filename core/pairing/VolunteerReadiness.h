// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Volunteer.h"

#include <QList>
#include <QString>

namespace parcours {

/// One item of a volunteer's onboarding checklist.
enum class ReadinessItem {
    CharterSigned,    ///< charter_signed_on is set
    TrainingAttended, ///< training_on is set
    Sector,           ///< mentors (and `both`): a sector
    Profession,       ///< mentors (and `both`): a profession
    School,           ///< coaches (and `both`): a school
    Availability,     ///< both ends of the availability window (available_from, available_to)
    Languages,        ///< at least one language
    Capacity,         ///< max_pairings of one or more
};

/// One line of the checklist: the item and whether the volunteer's record satisfies it.
struct ReadinessCheck
{
    ReadinessItem item;
    bool done = false;
};

/// Whether a volunteer is ready to be paired (pure: reads the record only). A volunteer who is
/// not ready can be proposed; activating their pairing asks for an explicit confirmation
/// (PairingService). The items that apply depend on the role: sector and profession for a
/// mentor, school for a coach, all three for `both`.
class VolunteerReadiness
{
public:
    /// Every item that applies to the volunteer's role, in the order of ReadinessItem.
    static QList<ReadinessCheck> checklist(const Volunteer& volunteer);
    /// The items not done, in order; empty when the volunteer is ready.
    static QList<ReadinessItem> missing(const Volunteer& volunteer);
    static bool isReady(const Volunteer& volunteer) { return missing(volunteer).isEmpty(); }

    /// The item's label in the user's language ("Charter signed" / "Charte signée"),
    /// QCoreApplication::translate context "Readiness".
    static QString label(ReadinessItem item);
    /// A stable code for logs and tests: charter_signed, training_attended, sector, profession,
    /// school, availability, languages, capacity.
    static QString code(ReadinessItem item);
    /// The labels of `items` joined by ", " (for one line of text).
    static QString labels(const QList<ReadinessItem>& items);
};

} // namespace parcours
