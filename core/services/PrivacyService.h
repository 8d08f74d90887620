// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/storage/PrivacyRepository.h"

#include <QStringList>

namespace parcours {

class ChangeNotifier;
class Database;

/// What an erasure took away: counts only, never the person's data.
struct Erasure
{
    EntityKind kind = EntityKind::Participant;
    QString ref;
    int enrolments = 0;
    int attendance = 0;
    int pairings = 0;
    int checkIns = 0;
    int outcomes = 0;
    /// False when another program had the file open, so that the write-ahead log could not be
    /// emptied now: SQLite empties it when the last program closes the file.
    bool logEmptied = true;
};

/// The GDPR rules of issue 9 (DataSafety.md, "Privacy"): retention of people whose programme
/// ended long ago, and erasure of one person with everything that refers to them. An erasure
/// cannot be undone: the data is overwritten in the file (secure_delete) and its log emptied.
class PrivacyService
{
public:
    explicit PrivacyService(Database& db, ChangeNotifier* notifier = nullptr,
                            const Clock& clock = Clock::system());

    static constexpr int kDefaultRetentionYears = 2; ///< CNIL's suggestion for social support
    static QString retentionKey() { return QStringLiteral("retention_years"); }

    /// The setting `retention_years` of the file: a whole number of at least 1, else the default.
    [[nodiscard]] Result<int> retentionYears() const;
    /// Stores the setting (1 to 100 years, else ErrorCode::Invalid).
    [[nodiscard]] Result<void> setRetentionYears(int years);
    /// The day before which a programme must have ended for its people to be listed.
    QDate retentionCutoff(int years) const;
    /// The people whose programme ended more than retentionYears() years before today.
    [[nodiscard]] Result<QList<ExpiredPerson>> expired() const;

    /// Erases the participant or volunteer `ref` with their enrolments, attendance marks,
    /// pairings, check-ins and outcomes, in one transaction, then empties the log.
    [[nodiscard]] Result<Erasure> erase(EntityKind kind, const QString& ref);
    /// Erases every person of `people` in one transaction (all or none), then empties the log.
    [[nodiscard]] Result<QList<Erasure>> eraseAll(const QList<ExpiredPerson>& people);

    /// The copies of the file that still hold what was there before an erasure: its automatic
    /// backups and the copies kept before migrations.
    static QStringList copiesOf(const QString& databasePath);
    /// Removes copiesOf() the file, then makes today's backup again from the file as it is now
    /// (when backups are on), so that the file is never left without a copy. Returns how many
    /// copies were removed.
    [[nodiscard]] Result<int> purgeCopies();

private:
    Result<Erasure> eraseOne(EntityKind kind, const QString& ref);
    void emptyLog(QList<Erasure>& done);
    void notify(const QList<Erasure>& done) const;

    Database& m_db;
    ChangeNotifier* m_notifier;
    const Clock& m_clock;
};

} // namespace parcours
