// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace parcours {

class Database;

/// A person a retention rule reaches: their programme (participant) or their volunteering
/// (volunteer) ended on `lastEnd`.
struct ExpiredPerson
{
    enum class Kind { Participant, Volunteer };
    Kind kind = Kind::Participant;
    QString ref;
    QString firstName;
    QString lastName;
    QDate lastEnd;
};

/// The storage side of the GDPR rules (DataSafety.md, "Privacy"): enrolments made without a
/// recorded consent, the people whose retention period is over, and the file maintenance an
/// erasure needs.
class PrivacyRepository
{
public:
    explicit PrivacyRepository(Database& db) : m_db(db) {}

    /// The reason kept for the enrolment of `participantRef` in `cohortRef` made without a
    /// consent date, or nothing.
    [[nodiscard]] Result<std::optional<QString>> consentOverride(const QString& cohortRef,
                                                                 const QString& participantRef) const;
    /// Keeps `reason` for the enrolment `enrolmentId` (replacing an earlier one); needs a
    /// Transaction. ErrorCode::Invalid for a blank reason.
    [[nodiscard]] Result<void> setConsentOverride(qint64 enrolmentId, const QString& reason, const QDate& on);

    /// Participants whose last enrolment ended (exit date, else the cohort's end) before
    /// `before`; volunteers whose availability ended before `before`, with no pairing still
    /// proposed or active and none ending on or after it. Oldest first.
    [[nodiscard]] Result<QList<ExpiredPerson>> expired(const QDate& before) const;

    /// Copies the write-ahead log into the file and empties it (`wal_checkpoint(TRUNCATE)`),
    /// so that what was deleted is in neither. Outside any Transaction; ErrorCode::Busy when
    /// another connection reads or writes the file meanwhile.
    [[nodiscard]] Result<void> checkpoint();

private:
    Database& m_db;
};

} // namespace parcours
