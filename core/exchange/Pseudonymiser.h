// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Attendance.h"
#include "core/domain/CheckIn.h"
#include "core/domain/Cohort.h"
#include "core/domain/Enrolment.h"
#include "core/domain/Outcome.h"
#include "core/domain/Pairing.h"
#include "core/domain/Participant.h"
#include "core/domain/Room.h"
#include "core/domain/Session.h"
#include "core/domain/Site.h"
#include "core/domain/Trainer.h"
#include "core/domain/TrainerUnavailability.h"
#include "core/domain/Volunteer.h"

#include <QByteArray>
#include <QString>

namespace parcours {

/// Replaces what names a person with stable pseudonyms, for exports that leave the office
/// (`export-dir --pseudonymise`).
///
/// A pseudonym is 12 hex digits of HMAC-SHA-256 keyed with the file's secret
/// (`pseudonym_salt`, never exported) over the kind of record and its ref: the same person gets
/// the same pseudonym in every export of one database, and nobody without the file can map a
/// pseudonym back or compute one from a known ref. 48 bits keep collisions out of reach for any
/// office (about one chance in 50,000 with 100,000 participants).
///
/// People: participants, volunteers and trainers. Their refs become `P-`, `V-`, `T-` + pseudonym
/// (refs are often made from names), and so do pairing refs (`K-`), in every table that points
/// at them; first names become the kind of person (`Participant`), last names (a trainer's
/// name) the pseudonym; an e-mail becomes `pseudonym@example.invalid`, a phone is dropped; a
/// birth date keeps its year only, as the 1st of January (age brackets stay computable, and
/// the file stays importable). Every free text that may describe a person is dropped: notes,
/// professional project, referrer, exit and end reasons, employer. Codes, dates, numbers,
/// sector, profession and school are kept: what reviews count. Sites, rooms, cohorts and
/// sessions are not about one person and pass unchanged.
///
/// This is pseudonymisation, not anonymisation (GDPR recital 26): the rest of a row can still
/// single a person out in a small group; the export stays personal data.
class Pseudonymiser
{
public:
    explicit Pseudonymiser(QByteArray secret) : m_secret(std::move(secret)) {}

    /// 12 lower-case hex digits for (kind, ref); empty for an empty ref.
    QString token(const QString& kind, const QString& ref) const;

    QString participantRef(const QString& ref) const;
    QString volunteerRef(const QString& ref) const;
    QString trainerRef(const QString& ref) const;
    QString pairingRef(const QString& ref) const;

    Site apply(Site row) const { return row; }
    Room apply(Room row) const { return row; }
    Cohort apply(Cohort row) const { return row; }
    Participant apply(Participant row) const;
    Volunteer apply(Volunteer row) const;
    Trainer apply(Trainer row) const;
    TrainerUnavailability apply(TrainerUnavailability row) const;
    Enrolment apply(Enrolment row) const;
    Session apply(Session row) const;
    Attendance apply(Attendance row) const;
    Pairing apply(Pairing row) const;
    CheckIn apply(CheckIn row) const;
    Outcome apply(Outcome row) const;

private:
    QString prefixed(const char* prefix, const QString& kind, const QString& ref) const;
    QString email(const QString& kind, const QString& ref, const QString& original) const;

    QByteArray m_secret;
};

} // namespace parcours
