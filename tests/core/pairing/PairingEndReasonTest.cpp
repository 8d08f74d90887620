// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "core/domain/PairingEndReason.h"

using namespace parcours;

TEST_CASE("end reasons have their codes and are read back from codes, labels and French words", "[pairing][codes]")
{
    CHECK(allCodes<PairingEndReason>()
          == QStringList{QStringLiteral("programme_finished"), QStringLiteral("volunteer_unavailable"),
                         QStringLiteral("mismatch"), QStringLiteral("participant_left"), QStringLiteral("other")});
    CHECK(endReasonOf(QStringLiteral("mismatch")) == PairingEndReason::Mismatch);
    CHECK(endReasonOf(QStringLiteral("Mismatch")) == PairingEndReason::Mismatch);
    CHECK(endReasonOf(QStringLiteral("Incompatibilité")) == PairingEndReason::Mismatch);
    CHECK(endReasonOf(QStringLiteral("inadequation")) == PairingEndReason::Mismatch);
    // The words the demo data and older files hold.
    CHECK(endReasonOf(QStringLiteral("Sortie du programme")) == PairingEndReason::ProgrammeFinished);
    CHECK(endReasonOf(QStringLiteral("Le bénévole n'est plus disponible")) == PairingEndReason::VolunteerUnavailable);
    CHECK(endReasonOf(QStringLiteral("Participant left")) == PairingEndReason::ParticipantLeft);
    // Free text that names none of them is no reason code (and never a mismatch).
    CHECK(!endReasonOf(QStringLiteral("déménagement à Lyon")));
    CHECK(!endReasonOf(QString()));
}
