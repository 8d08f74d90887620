// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "Removal.h"
#include "Saved.h"
#include "core/Result.h"
#include "core/domain/TrainerUnavailability.h"

#include <optional>

namespace parcours {

class ChangeNotifier;
class Database;

/// The edits a person makes by hand, one record at a time: each call is one transaction,
/// committed before it returns, and the ChangeNotifier (when given) is told after the commit.
/// What a call returns is what an undo needs: the record replaced by a save, or everything a
/// removal took away.
class EditService
{
public:
    explicit EditService(Database& db, ChangeNotifier* notifier = nullptr);

    Database& database() const { return m_db; }

    /// Inserts the record, or updates the one with the same ref (an enrolment: the same cohort
    /// and participant). Validation problems come back as ErrorCode::Invalid.
    [[nodiscard]] Result<Saved<Site>> save(const Site& value);
    [[nodiscard]] Result<Saved<Room>> save(const Room& value);
    [[nodiscard]] Result<Saved<Cohort>> save(const Cohort& value);
    [[nodiscard]] Result<Saved<Participant>> save(const Participant& value);
    [[nodiscard]] Result<Saved<Volunteer>> save(const Volunteer& value);
    [[nodiscard]] Result<Saved<Trainer>> save(const Trainer& value);
    [[nodiscard]] Result<Saved<Enrolment>> save(const Enrolment& value);
    /// Enrols a participant: save() with the GDPR rule for an enrolment that is new. It needs
    /// the participant's consent date, or `consentOverride`, the reason to enrol without it,
    /// kept with the enrolment; without either, ErrorCode::Invalid with a problem on
    /// `consent_date`. (save() stays the plain write that changes and undo use.)
    [[nodiscard]] Result<Saved<Enrolment>> enrol(const Enrolment& value, const QString& consentOverride = {});
    /// The participants of `participantRefs` that have no consent date, in the same order.
    [[nodiscard]] Result<QStringList> withoutConsent(const QStringList& participantRefs) const;
    /// The reason an enrolment was made without a consent date, or nothing.
    [[nodiscard]] Result<std::optional<QString>> consentOverrideOf(const QString& cohortRef,
                                                                   const QString& participantRef) const;

    /// What removing the record `ref` of `kind` (Site, Room, Cohort, Participant, Volunteer or
    /// Trainer) would delete or unlink, without removing anything. NotFound when there is none.
    [[nodiscard]] Result<Removal> dependantsOf(EntityKind kind, const QString& ref) const;
    /// Removes the record with its dependants and returns them as they were.
    [[nodiscard]] Result<Removal> remove(EntityKind kind, const QString& ref);
    /// Puts back a removed record and every dependant it took away or unlinked, in one
    /// transaction (refs are kept; row ids are new).
    [[nodiscard]] Result<void> restore(const Removal& removal);

    /// Removes one enrolment and returns it as it was (save() it to undo).
    [[nodiscard]] Result<Enrolment> removeEnrolment(const QString& cohortRef, const QString& participantRef);

    /// The times trainer `trainerRef` cannot teach (TrainerRepository::unavailabilityOf's order).
    [[nodiscard]] Result<QList<TrainerUnavailability>> unavailabilityOf(const QString& trainerRef) const;
    /// Replaces one period when a trainer cannot teach by another, in one transaction: `before`
    /// is removed, `after` added; either may be absent (an addition, a removal). Rows are found
    /// by their values, never by id (an undo puts rows back under new ids). An invalid `after`,
    /// or one already listed for the trainer: ErrorCode::Invalid with its problems; a `before`
    /// that is not there: NotFound. Nothing is changed on failure.
    [[nodiscard]] Result<void> changeUnavailability(const std::optional<TrainerUnavailability>& before,
                                                    const std::optional<TrainerUnavailability>& after);

    /// The next free generated ref for a new record of `kind` (Site, Room, Cohort, Participant,
    /// Volunteer or Trainer).
    [[nodiscard]] Result<QString> nextRef(EntityKind kind) const;

private:
    Result<Saved<Enrolment>> saveEnrolment(const Enrolment& value, bool checkConsent, const QString& consentOverride);
    void notifyRemoval(const Removal& removal, bool restored) const;

    Database& m_db;
    ChangeNotifier* m_notifier;
};

} // namespace parcours
