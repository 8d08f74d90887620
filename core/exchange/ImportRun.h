// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "ExchangeImporter.h"
#include "ExchangeTable.h"

#include "core/storage/CohortRepository.h"
#include "core/storage/ImportWriter.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StoredRefs.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/VolunteerRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace parcours {

/// One import in progress, inside the caller's Transaction: files are fed in dependency order,
/// every row is parsed, validated, checked for its refs and saved, and every problem goes into
/// the report. Internal to ExchangeImporter.
///
/// Rows are merged into what is stored: a row whose key (ref, or natural key) exists already
/// starts from the stored values and only the columns present in the file change; a column
/// present with an empty cell clears the value (or sets the spec's default).
///
/// To keep the report about causes rather than consequences, a row that points at a row that
/// was itself bad in this import (or at a table whose file could not be read) is not saved and
/// not reported: only a ref that resolves neither in the import nor in the database is, and a
/// malformed ref cell (Validation::requireRef), which is a fault of that cell whatever it names.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)

public:
    ImportRun(Database& db, ImportReport& report);

    /// Imports the records of `records` as `table` (`participants`, ...), one at a time. Bad
    /// rows go into the report; a Result error only for a failure that stops the whole import
    /// (busy, read-only, I/O). A record that cannot be read (an unterminated quote) makes the
    /// whole file one problem, as if none of it had been read: what the file added to the
    /// report is taken back, its refs count as bad rows and the table as broken.
    [[nodiscard]] Result<void> importFile(const QString& table, CsvRecordStream& records,
                                          const QString& fileName);
    /// A table whose file could not be read at all: refs to it are not reported as unknown.
    void markBroken(const QString& table) { m_broken.insert(table); }

private:
    /// A ref a row points at: the column holding it and the table it names.
    struct RefUse
    {
        QString column;
        QString table;
        QString ref;
    };

    template<class T>
    struct Hooks
    {
        std::function<QList<RefUse>(const T&)> refs;
        /// The stored row with the same key, if any.
        std::function<Result<std::optional<T>>(const T&)> existing;
        std::function<Result<T>(const T&)> save;
        /// For a row `existing` found nowhere (a new ref): inserts it without the save's second
        /// validation and lookup (ImportWriter). Optional: `save` is used when it is not set.
        std::function<Result<qint64>(const T&)> insert;
    };

    enum class Resolution { Known, Bad, Unknown };

    template<class T>
    Result<void> run(const ExchangeTable<T>& table, CsvRecordStream& records, const QString& file,
                     const Hooks<T>& hooks);

    Result<Resolution> resolve(const QString& table, const QString& ref);
    Result<bool> existsInDatabase(const QString& table, const QString& ref);
    /// The cohort of a session, from the database (sessions of this import are saved already).
    Result<QString> cohortOfSession(const QString& sessionRef);
    static bool stopsImport(ErrorCode code);
    QList<Problem> problemsOf(const Error& error, const QList<RefUse>& uses) const;
    static QString singular(const QString& table);

    Result<void> importSites(CsvRecordStream& records, const QString& file);
    Result<void> importRooms(CsvRecordStream& records, const QString& file);
    Result<void> importCohorts(CsvRecordStream& records, const QString& file);
    Result<void> importParticipants(CsvRecordStream& records, const QString& file);
    Result<void> importVolunteers(CsvRecordStream& records, const QString& file);
    Result<void> importTrainers(CsvRecordStream& records, const QString& file);
    Result<void> importUnavailability(CsvRecordStream& records, const QString& file);
    Result<void> importEnrolments(CsvRecordStream& records, const QString& file);
    Result<void> importSessions(CsvRecordStream& records, const QString& file);
    Result<void> importAttendance(CsvRecordStream& records, const QString& file);
    Result<void> importPairings(CsvRecordStream& records, const QString& file);
    Result<void> importCheckins(CsvRecordStream& records, const QString& file);
    Result<void> importOutcomes(CsvRecordStream& records, const QString& file);

    Database& m_db;
    ImportReport& m_report;
    SiteRepository m_sites;
    CohortRepository m_cohorts;
    ParticipantRepository m_participants;
    VolunteerRepository m_volunteers;
    TrainerRepository m_trainers;
    SessionRepository m_sessions;
    PairingRepository m_pairings;
    OutcomeRepository m_outcomes;
    /// The inserts of new rows, bound straight to SQLite (participants).
    ImportWriter m_writer;
    /// The refs stored before the import, read once per table.
    StoredRefs m_stored;

    /// Per table: refs known good (saved in this import or found in the database), refs of
    /// rows that were bad in this import, refs found nowhere.
    QHash<QString, QSet<QString>> m_good;
    QHash<QString, QSet<QString>> m_bad;
    QHash<QString, QSet<QString>> m_missing;
    QSet<QString> m_broken;
    /// The refs saved from the file being imported (taken back if it turns out unreadable).
    QStringList m_savedFromFile;
    /// Set when the stream failed to read a record (rather than a database failure).
    std::optional<Error> m_readError;

    // Stored rows of the natural-key tables, loaded once per cohort (or once) when needed.
    QHash<QString, QString> m_sessionCohort;
    QHash<QString, QHash<QString, Enrolment>> m_enrolmentsByCohort;
    QHash<QString, QHash<QString, Attendance>> m_attendanceByCohort;
    QHash<QString, QHash<QString, Outcome>> m_outcomesByCohort;
    std::optional<QHash<QString, CheckIn>> m_checkIns;
    std::optional<QHash<QString, TrainerUnavailability>> m_unavailability;

    /// The line of the row being saved (for what a save hook reports).
    int m_line = 0;
    /// Participants' consent: recorded or not, read once per participant an enrolment names.
    QHash<QString, bool> m_consented;
};

} // namespace parcours
