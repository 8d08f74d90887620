// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Participant.h"

#include <QHash>

#include <functional>
#include <optional>

namespace parcours {

class Database;

/// One participant as the list of participants shows it: the list's columns, the birth date
/// (for probable duplicates) and the cohorts they are enrolled in. Less than a Participant: the
/// list of a network's 100,000 participants holds these, a form reads its Participant by ref.
struct ParticipantListRow
{
    QString ref;
    QString firstName;
    QString lastName;
    QDate birthDate;
    QString countryOfOrigin;
    std::optional<CefrLevel> frenchLevelEntry;
    std::optional<ParticipantStatus> status;
    QDate arrivalDate;
    QString phone;
    QString email;
    /// The name of the cohort shown for them: the latest started of their cohorts (of two
    /// started the same day, the lower ref); empty when they are enrolled nowhere.
    QString cohortName;
    /// The refs of every cohort they are enrolled in (withdrawn included), in ref order.
    QStringList cohortRefs;

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
};

} // namespace parcours

// Moved in memory as bytes when a list of 100,000 grows (QString, QDate, QStringList are).
Q_DECLARE_TYPEINFO(parcours::ParticipantListRow, Q_RELOCATABLE_TYPE);

namespace parcours {

/// Where a participant is enrolled, as ParticipantListRow gives it.
struct ParticipantCohorts
{
    QString cohortName; ///< see ParticipantListRow::cohortName
    QStringList cohortRefs;
};

/// Reads and writes participants.
class ParticipantRepository
{
public:
    explicit ParticipantRepository(Database& db) : m_db(db) {}

    /// Every participant, ordered by ref.
    [[nodiscard]] Result<QList<Participant>> all() const;
    /// Each participant in the order of all(), one at a time (a network's file holds 100,000).
    [[nodiscard]] Result<void> forEach(const std::function<void(const Participant&)>& onParticipant) const;
    [[nodiscard]] Result<std::optional<Participant>> find(const QString& ref) const;
    /// Every participant as the list shows them, ordered by ref: one query for the
    /// participants and their enrolments, one for the cohorts' names (whatever the number).
    [[nodiscard]] Result<QList<ParticipantListRow>> listRows() const;
    /// Which participants listRows(side, ref) gives: those whose ref sorts before `ref`, or
    /// the others (refs compared as SQLite compares them, byte by byte).
    enum class RefSide
    {
        Before,
        From,
    };
    /// The list rows of the participants on `side` of `ref` (an empty ref: every participant
    /// from it, none before it), ordered by ref; room made for `expected` rows. Two readers on
    /// two connections read a long list in two parts at once.
    [[nodiscard]] Result<QList<ParticipantListRow>> listRows(RefSide side, const QString& ref,
                                                             qsizetype expected) const;
    /// The ref at `offset` (from 0) in ref order; empty past the last participant.
    [[nodiscard]] Result<QString> refAt(int offset) const;
    /// The list row of `ref`, or nothing.
    [[nodiscard]] Result<std::optional<ParticipantListRow>> listRow(const QString& ref) const;
    /// The cohorts of every participant enrolled somewhere, by participant ref (those enrolled
    /// nowhere are left out).
    [[nodiscard]] Result<QHash<QString, ParticipantCohorts>> cohortsOfEach() const;
    [[nodiscard]] Result<int> count() const;
    /// The French level at entry of the participants enrolled in `cohortRef`, by ref; those
    /// without one are left out.
    [[nodiscard]] Result<QHash<QString, CefrLevel>> entryLevelsOfCohort(const QString& cohortRef) const;
    /// The same for the participants enrolled in a cohort ending from `from` to `to` (included).
    [[nodiscard]] Result<QHash<QString, CefrLevel>> entryLevelsOfPeriod(const QDate& from, const QDate& to) const;
    /// Inserts, or updates the row with the same ref; validates first (ErrorCode::Invalid with
    /// every problem) and resolves refs (ErrorCode::NotFound). Needs an open Transaction.
    [[nodiscard]] Result<Participant> save(Participant value);
    /// Deletes by ref, with what depends on it (see the schema's ON DELETE). Needs a Transaction.
    [[nodiscard]] Result<void> remove(const QString& ref);
    /// The next free generated ref: `P-000124`.
    [[nodiscard]] Result<QString> nextRef() const;

private:
    Database& m_db;
};

} // namespace parcours
