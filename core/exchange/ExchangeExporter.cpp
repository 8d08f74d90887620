// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeExporter.h"

#include "CsvWriter.h"
#include "ExchangeTables.h"
#include "Pseudonymiser.h"

#include "core/storage/CohortRepository.h"
#include "core/storage/Database.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SettingRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/VolunteerRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace parcours {

namespace {

/// Rows of the thirteen tables; only those asked for are filled.
struct Rows
{
    QList<Site> sites;
    QList<Room> rooms;
    QList<Cohort> cohorts;
    QList<Participant> participants;
    QList<Volunteer> volunteers;
    QList<Trainer> trainers;
    QList<TrainerUnavailability> unavailability;
    QList<Enrolment> enrolments;
    QList<Session> sessions;
    QList<Attendance> attendance;
    QList<Pairing> pairings;
    QList<CheckIn> checkins;
    QList<Outcome> outcomes;
};

template<class T>
Result<void> take(Result<QList<T>> result, QList<T>& into)
{
    if (!result)
        return fail(result.error());
    into = std::move(*result);
    return {};
}

template<class T, class Less>
void sortBy(QList<T>& rows, Less less)
{
    std::stable_sort(rows.begin(), rows.end(), less);
}

/// Loads one whole table, in the order its repository returns.
Result<void> loadTable(Database& db, const QString& table, Rows& rows)
{
    if (table == QLatin1String("sites"))
        return take(SiteRepository(db).all(), rows.sites);
    if (table == QLatin1String("rooms"))
        return take(SiteRepository(db).rooms(), rows.rooms);
    if (table == QLatin1String("cohorts"))
        return take(CohortRepository(db).all(), rows.cohorts);
    if (table == QLatin1String("participants"))
        return take(ParticipantRepository(db).all(), rows.participants);
    if (table == QLatin1String("volunteers"))
        return take(VolunteerRepository(db).all(), rows.volunteers);
    if (table == QLatin1String("trainers"))
        return take(TrainerRepository(db).all(), rows.trainers);
    if (table == QLatin1String("trainer_unavailability"))
        return take(TrainerRepository(db).unavailability(), rows.unavailability);
    if (table == QLatin1String("enrolments"))
        return take(CohortRepository(db).enrolments(), rows.enrolments);
    if (table == QLatin1String("sessions"))
        return take(SessionRepository(db).all(), rows.sessions);
    if (table == QLatin1String("attendance"))
        return take(SessionRepository(db).attendance(), rows.attendance);
    if (table == QLatin1String("pairings"))
        return take(PairingRepository(db).all(), rows.pairings);
    if (table == QLatin1String("checkins"))
        return take(PairingRepository(db).checkIns(), rows.checkins);
    if (table == QLatin1String("outcomes"))
        return take(OutcomeRepository(db).all(), rows.outcomes);
    return fail(ErrorCode::Usage, QStringLiteral("unknown table '%1'").arg(table), {table});
}

/// What concerns one cohort: the cohort, its site and the rooms of that site and of its
/// sessions (with their sites), its enrolments, sessions and their attendance, its pairings
/// with their check-ins, its outcomes; then every participant, volunteer and trainer these
/// point at, so that the folder imports on its own. Rows in the same order as a full export.
Result<Rows> loadCohort(Database& db, const QString& cohortRef)
{
    SiteRepository sites(db);
    CohortRepository cohorts(db);
    SessionRepository sessions(db);
    PairingRepository pairings(db);
    TrainerRepository trainers(db);
    Rows rows;

    auto cohort = cohorts.find(cohortRef);
    if (!cohort)
        return fail(cohort.error());
    if (!*cohort)
        return fail(ErrorCode::NotFound, QStringLiteral("no cohort '%1'").arg(cohortRef), {cohortRef});
    rows.cohorts << **cohort;

    const auto byRef = [](const auto& a, const auto& b) { return a.ref < b.ref; };
    if (auto ok = take(cohorts.enrolmentsOf(cohortRef), rows.enrolments); !ok)
        return fail(ok.error());
    sortBy(rows.enrolments, [](const Enrolment& a, const Enrolment& b) { return a.participantRef < b.participantRef; });
    if (auto ok = take(sessions.ofCohort(cohortRef), rows.sessions); !ok)
        return fail(ok.error());
    sortBy(rows.sessions, byRef);
    if (auto ok = take(sessions.attendanceOfCohort(cohortRef), rows.attendance); !ok)
        return fail(ok.error());
    sortBy(rows.attendance, [](const Attendance& a, const Attendance& b) {
        return a.sessionRef != b.sessionRef ? a.sessionRef < b.sessionRef : a.participantRef < b.participantRef;
    });
    if (auto ok = take(pairings.ofCohort(cohortRef), rows.pairings); !ok)
        return fail(ok.error());
    sortBy(rows.pairings, byRef);

    QSet<QString> pairingRefs;
    for (const Pairing& k : std::as_const(rows.pairings))
        pairingRefs.insert(k.ref);
    QList<CheckIn> allCheckIns;
    if (auto ok = take(pairings.checkIns(), allCheckIns); !ok)
        return fail(ok.error());
    for (const CheckIn& c : std::as_const(allCheckIns))
        if (pairingRefs.contains(c.pairingRef))
            rows.checkins << c;
    QList<Outcome> allOutcomes;
    if (auto ok = take(OutcomeRepository(db).all(), allOutcomes); !ok)
        return fail(ok.error());
    for (const Outcome& o : std::as_const(allOutcomes))
        if (o.cohortRef == cohortRef)
            rows.outcomes << o;

    // The people these rows point at.
    QSet<QString> participantRefs, volunteerRefs, trainerRefs, roomRefs, siteRefs;
    for (const Enrolment& e : std::as_const(rows.enrolments))
        participantRefs.insert(e.participantRef);
    for (const Attendance& a : std::as_const(rows.attendance))
        participantRefs.insert(a.participantRef);
    for (const Pairing& k : std::as_const(rows.pairings)) {
        participantRefs.insert(k.participantRef);
        volunteerRefs.insert(k.volunteerRef);
    }
    for (const Outcome& o : std::as_const(rows.outcomes))
        participantRefs.insert(o.participantRef);
    for (const Session& s : std::as_const(rows.sessions)) {
        if (!s.trainerRef.isEmpty())
            trainerRefs.insert(s.trainerRef);
        if (!s.roomRef.isEmpty())
            roomRefs.insert(s.roomRef);
    }
    const QString siteRef = (*cohort)->siteRef;
    if (!siteRef.isEmpty()) {
        siteRefs.insert(siteRef);
        QList<Room> siteRooms;
        if (auto ok = take(sites.roomsOf(siteRef), siteRooms); !ok)
            return fail(ok.error());
        for (const Room& r : std::as_const(siteRooms))
            roomRefs.insert(r.ref);
    }

    // Each set is fetched by ref in ref order, which is the order of the full export.
    const auto fetch = [](const QSet<QString>& refs, auto find, auto& into) -> Result<void> {
        QStringList sorted(refs.cbegin(), refs.cend());
        std::sort(sorted.begin(), sorted.end());
        for (const QString& ref : std::as_const(sorted)) {
            auto found = find(ref);
            if (!found)
                return fail(found.error());
            if (*found)
                into << **found;
        }
        return {};
    };
    if (auto ok = fetch(roomRefs, [&](const QString& r) { return sites.findRoom(r); }, rows.rooms); !ok)
        return fail(ok.error());
    for (const Room& r : std::as_const(rows.rooms))
        siteRefs.insert(r.siteRef);
    if (auto ok = fetch(siteRefs, [&](const QString& r) { return sites.find(r); }, rows.sites); !ok)
        return fail(ok.error());
    ParticipantRepository participants(db);
    if (auto ok = fetch(participantRefs, [&](const QString& r) { return participants.find(r); }, rows.participants); !ok)
        return fail(ok.error());
    VolunteerRepository volunteers(db);
    if (auto ok = fetch(volunteerRefs, [&](const QString& r) { return volunteers.find(r); }, rows.volunteers); !ok)
        return fail(ok.error());
    if (auto ok = fetch(trainerRefs, [&](const QString& r) { return trainers.find(r); }, rows.trainers); !ok)
        return fail(ok.error());
    QList<TrainerUnavailability> allUnavailability;
    if (auto ok = take(trainers.unavailability(), allUnavailability); !ok)
        return fail(ok.error());
    for (const TrainerUnavailability& u : std::as_const(allUnavailability))
        if (trainerRefs.contains(u.trainerRef))
            rows.unavailability << u;
    return rows;
}

template<class T>
QByteArray render(const ExchangeTable<T>& table, QList<T> rows, const ExportOptions& options,
                  const Pseudonymiser* pseudonymiser)
{
    if (pseudonymiser) {
        for (T& row : rows)
            row = pseudonymiser->apply(row);
        // In the order of the new keys: the order of the real refs could tell something.
        std::stable_sort(rows.begin(), rows.end(),
                         [&table](const T& a, const T& b) { return table.key(a) < table.key(b); });
    }
    CsvWriter writer(options.excel ? CsvDialect::Excel : CsvDialect::Exchange);
    writer.addRecord(table.header());
    // French Excel reads "13.5" as a date; the Excel dialect writes "13,5".
    const QChar point = options.excel ? QLatin1Char(',') : QLatin1Char('.');
    for (const T& row : std::as_const(rows))
        writer.addRecord(table.format(row, point));
    return writer.bytes();
}

QByteArray renderTable(const QString& table, Rows& rows, const ExportOptions& options,
                       const Pseudonymiser* p)
{
    using X = ExchangeTables;
    if (table == QLatin1String("sites"))
        return render(X::sites(), std::move(rows.sites), options, p);
    if (table == QLatin1String("rooms"))
        return render(X::rooms(), std::move(rows.rooms), options, p);
    if (table == QLatin1String("cohorts"))
        return render(X::cohorts(), std::move(rows.cohorts), options, p);
    if (table == QLatin1String("participants"))
        return render(X::participants(), std::move(rows.participants), options, p);
    if (table == QLatin1String("volunteers"))
        return render(X::volunteers(), std::move(rows.volunteers), options, p);
    if (table == QLatin1String("trainers"))
        return render(X::trainers(), std::move(rows.trainers), options, p);
    if (table == QLatin1String("trainer_unavailability"))
        return render(X::trainerUnavailability(), std::move(rows.unavailability), options, p);
    if (table == QLatin1String("enrolments"))
        return render(X::enrolments(), std::move(rows.enrolments), options, p);
    if (table == QLatin1String("sessions"))
        return render(X::sessions(), std::move(rows.sessions), options, p);
    if (table == QLatin1String("attendance"))
        return render(X::attendance(), std::move(rows.attendance), options, p);
    if (table == QLatin1String("pairings"))
        return render(X::pairings(), std::move(rows.pairings), options, p);
    if (table == QLatin1String("checkins"))
        return render(X::checkins(), std::move(rows.checkins), options, p);
    return render(X::outcomes(), std::move(rows.outcomes), options, p);
}

Result<std::optional<Pseudonymiser>> pseudonymiserFor(Database& db, const ExportOptions& options)
{
    if (!options.pseudonymise)
        return std::optional<Pseudonymiser>();
    auto salt = SettingRepository(db).value(QStringLiteral("pseudonym_salt"));
    if (!salt)
        return fail(salt.error());
    if (!*salt || (*salt)->isEmpty())
        return fail(ErrorCode::Corrupt, QStringLiteral("the file has no pseudonym secret (setting pseudonym_salt)"));
    return std::optional<Pseudonymiser>(Pseudonymiser((*salt)->toUtf8()));
}

/// Opens `path` through QSaveFile and writes `bytes`; the caller commits (or drops it, which
/// leaves whatever was at `path` untouched).
Result<std::unique_ptr<QSaveFile>> stage(const QString& path, const QByteArray& bytes)
{
    // QSaveFile would only find out at commit time, after other files were renamed.
    if (const QFileInfo target(path); target.exists() && !target.isFile())
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: something other than a file is in the way").arg(path),
                    {path});
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file->errorString()), {path});
    // People's data: readable by the owner only (DataSafety.md, "Privacy").
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file->write(bytes) != bytes.size())
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file->errorString()), {path});
    return file;
}

Result<void> commit(QSaveFile& file)
{
    if (!file.commit())
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()),
                    {file.fileName()});
    return {};
}

} // namespace

QStringList ExchangeExporter::tables()
{
    return ExchangeTables::names();
}

Result<void> ExchangeExporter::exportDir(const QString& dir, const ExportOptions& options)
{
    auto pseudonymiser = pseudonymiserFor(m_db, options);
    if (!pseudonymiser)
        return fail(pseudonymiser.error());
    const Pseudonymiser* p = *pseudonymiser ? &**pseudonymiser : nullptr;

    std::optional<Rows> cohortRows;
    if (!options.cohortRef.isEmpty()) {
        auto loaded = loadCohort(m_db, options.cohortRef);
        if (!loaded)
            return fail(loaded.error());
        cohortRows = std::move(*loaded);
    }
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io, QStringLiteral("cannot create the folder %1").arg(dir), {dir});

    // Every file is staged before any is committed: a failure on the way (a query, a full
    // disk, a folder where a file should go) leaves every previous file as it was.
    std::vector<std::unique_ptr<QSaveFile>> staged;
    for (const QString& table : tables()) {
        QByteArray bytes;
        if (cohortRows) {
            bytes = renderTable(table, *cohortRows, options, p);
        } else {
            Rows rows; // one table at a time: a large database is never all in memory
            if (auto ok = loadTable(m_db, table, rows); !ok)
                return fail(ok.error());
            bytes = renderTable(table, rows, options, p);
        }
        auto file = stage(QDir(dir).filePath(table + QLatin1String(".csv")), bytes);
        if (!file)
            return fail(file.error());
        staged.push_back(std::move(*file));
    }
    // Renames only from here; one failing now (rare: the folder vanished) is still reported.
    for (const auto& file : staged)
        if (auto ok = commit(*file); !ok)
            return fail(ok.error());
    return {};
}

Result<void> ExchangeExporter::exportTable(const QString& table, const QString& file,
                                           const ExportOptions& options)
{
    if (!tables().contains(table))
        return fail(ErrorCode::Usage,
                    QStringLiteral("unknown table '%1' (one of: %2)").arg(table, tables().join(QLatin1String(", "))),
                    {table});
    auto pseudonymiser = pseudonymiserFor(m_db, options);
    if (!pseudonymiser)
        return fail(pseudonymiser.error());
    Rows rows;
    if (!options.cohortRef.isEmpty()) {
        auto loaded = loadCohort(m_db, options.cohortRef);
        if (!loaded)
            return fail(loaded.error());
        rows = std::move(*loaded);
    } else if (auto ok = loadTable(m_db, table, rows); !ok) {
        return fail(ok.error());
    }
    const QByteArray bytes = renderTable(table, rows, options, *pseudonymiser ? &**pseudonymiser : nullptr);
    auto staged = stage(file, bytes);
    if (!staged)
        return fail(staged.error());
    return commit(**staged);
}

} // namespace parcours
