// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pseudonymiser.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace parcours {

namespace {
const QString kParticipant = QStringLiteral("participant");
const QString kVolunteer = QStringLiteral("volunteer");
const QString kTrainer = QStringLiteral("trainer");
const QString kPairing = QStringLiteral("pairing");
} // namespace

QString Pseudonymiser::token(const QString& kind, const QString& ref) const
{
    if (ref.isEmpty())
        return {};
    // The kind keeps a participant and a volunteer that share a ref apart.
    const QByteArray message = kind.toUtf8() + '\0' + ref.toUtf8();
    const QByteArray mac = QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toHex().left(12));
}

QString Pseudonymiser::prefixed(const char* prefix, const QString& kind, const QString& ref) const
{
    if (ref.isEmpty())
        return {};
    return QLatin1String(prefix) + token(kind, ref);
}

QString Pseudonymiser::participantRef(const QString& ref) const { return prefixed("P-", kParticipant, ref); }
QString Pseudonymiser::volunteerRef(const QString& ref) const { return prefixed("V-", kVolunteer, ref); }
QString Pseudonymiser::trainerRef(const QString& ref) const { return prefixed("T-", kTrainer, ref); }
QString Pseudonymiser::pairingRef(const QString& ref) const { return prefixed("K-", kPairing, ref); }

QString Pseudonymiser::email(const QString& kind, const QString& ref, const QString& original) const
{
    if (original.isEmpty())
        return {};
    return token(kind, ref) + QLatin1String("@example.invalid");
}

Participant Pseudonymiser::apply(Participant row) const
{
    const QString ref = row.ref;
    row.ref = participantRef(ref);
    row.firstName = QStringLiteral("Participant");
    row.lastName = token(kParticipant, ref);
    if (row.birthDate.isValid())
        row.birthDate = QDate(row.birthDate.year(), 1, 1);
    row.email = email(kParticipant, ref, row.email);
    row.phone.clear();
    row.professionalProject.clear();
    row.referrer.clear();
    row.notes.clear();
    return row;
}

Volunteer Pseudonymiser::apply(Volunteer row) const
{
    const QString ref = row.ref;
    row.ref = volunteerRef(ref);
    row.firstName = QStringLiteral("Volunteer");
    row.lastName = token(kVolunteer, ref);
    row.email = email(kVolunteer, ref, row.email);
    row.phone.clear();
    row.employer.clear();
    row.notes.clear();
    return row;
}

Trainer Pseudonymiser::apply(Trainer row) const
{
    const QString ref = row.ref;
    row.ref = trainerRef(ref);
    row.name = QStringLiteral("Trainer ") + token(kTrainer, ref);
    row.email = email(kTrainer, ref, row.email);
    row.phone.clear();
    return row;
}

TrainerUnavailability Pseudonymiser::apply(TrainerUnavailability row) const
{
    row.trainerRef = trainerRef(row.trainerRef);
    return row;
}

Enrolment Pseudonymiser::apply(Enrolment row) const
{
    row.participantRef = participantRef(row.participantRef);
    row.exitReason.clear();
    return row;
}

Session Pseudonymiser::apply(Session row) const
{
    row.trainerRef = trainerRef(row.trainerRef);
    return row;
}

Attendance Pseudonymiser::apply(Attendance row) const
{
    row.participantRef = participantRef(row.participantRef);
    return row;
}

Pairing Pseudonymiser::apply(Pairing row) const
{
    row.ref = pairingRef(row.ref);
    row.participantRef = participantRef(row.participantRef);
    row.volunteerRef = volunteerRef(row.volunteerRef);
    row.endReason.clear();
    return row;
}

CheckIn Pseudonymiser::apply(CheckIn row) const
{
    row.pairingRef = pairingRef(row.pairingRef);
    row.notes.clear();
    return row;
}

Outcome Pseudonymiser::apply(Outcome row) const
{
    row.participantRef = participantRef(row.participantRef);
    row.employer.clear();
    row.notes.clear();
    return row;
}

} // namespace parcours
