// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Codes.h"

namespace parcours {

/// Why a pairing ended. Stored by its code in `pairing.end_reason`, which stays free text in
/// the exchange format (older files and imports may hold any words there): endReasonOf() reads
/// a code, an English or French label or an alias, and gives nothing for other text.
enum class PairingEndReason { ProgrammeFinished, VolunteerUnavailable, Mismatch, ParticipantLeft, Other };

template<>
struct EnumCodes<PairingEndReason>
{
    static constexpr const char* name = "PairingEndReason";
    static constexpr std::array<CodeInfo, 5> table = {{
        {"programme_finished", QT_TRANSLATE_NOOP("Codes", "Programme finished"),
         "fin du programme|programme terminé|programme termine|programme fini|sortie du programme"},
        {"volunteer_unavailable", QT_TRANSLATE_NOOP("Codes", "Volunteer unavailable"),
         "bénévole indisponible|le bénévole n'est plus disponible|bénévole plus disponible"},
        {"mismatch", QT_TRANSLATE_NOOP("Codes", "Mismatch"),
         "inadéquation|incompatibilité|ne s'entendent pas|mauvais appariement"},
        {"participant_left", QT_TRANSLATE_NOOP("Codes", "Participant left"),
         "départ du participant|départ de la participante|départ du·de la participant·e|abandon"},
        {"other", QT_TRANSLATE_NOOP("Codes", "Other"), "autre"},
    }};
};

/// The reason a stored end_reason names, or nothing for free text that is none of them.
inline std::optional<PairingEndReason> endReasonOf(const QString& endReason)
{
    return parseCode<PairingEndReason>(endReason);
}

} // namespace parcours
