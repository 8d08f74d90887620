// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyService.h"

#include "ChangeNotifier.h"
#include "EditService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/BackupRotation.h"
#include "core/storage/Database.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SettingRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/VolunteerRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace parcours {

PrivacyService::PrivacyService(Database& db, ChangeNotifier* notifier, const Clock& clock)
    : m_db(db), m_notifier(notifier), m_clock(clock)
{
}

Result<int> PrivacyService::retentionYears() const
{
    auto value = SettingRepository(m_db).value(retentionKey());
    if (!value)
        return fail(value.error());
    bool ok = false;
    const int years = value->value_or(QString()).trimmed().toInt(&ok);
    return ok && years >= 1 ? years : kDefaultRetentionYears;
}

Result<void> PrivacyService::setRetentionYears(int years)
{
    if (years < 1 || years > 100)
        return fail(invalid({Problem{{}, 0, retentionKey(), QStringLiteral("must be a whole number of years from 1 to 100")}}));
    Transaction tx(m_db);
    if (!tx.begun())
        return fail(tx.begun().error());
    if (auto r = SettingRepository(m_db).setValue(retentionKey(), QString::number(years)); !r)
        return r;
    return tx.commit();
}

QDate PrivacyService::retentionCutoff(int years) const
{
    return m_clock.today().addYears(-years);
}

Result<QList<ExpiredPerson>> PrivacyService::expired() const
{
    auto years = retentionYears();
    if (!years)
        return fail(years.error());
    return PrivacyRepository(m_db).expired(retentionCutoff(*years));
}

Result<Erasure> PrivacyService::eraseOne(EntityKind kind, const QString& ref)
{
    if (kind != EntityKind::Participant && kind != EntityKind::Volunteer)
        return fail(ErrorCode::Usage, QStringLiteral("Only participants and volunteers are erased."));
    // What goes with the person, counted (never kept): the schema's ON DELETE CASCADE takes it.
    auto dependants = EditService(m_db).dependantsOf(kind, ref);
    if (!dependants)
        return fail(dependants.error());
    Erasure e;
    e.kind = kind;
    e.ref = ref;
    e.enrolments = int(dependants->enrolments.size());
    e.attendance = int(dependants->attendance.size());
    e.pairings = int(dependants->pairings.size());
    e.checkIns = int(dependants->checkIns.size());
    e.outcomes = int(dependants->outcomes.size());
    const qint64 id = kind == EntityKind::Participant ? std::get<Participant>(dependants->record).id
                                                     : std::get<Volunteer>(dependants->record).id;
    auto removed = kind == EntityKind::Participant ? ParticipantRepository(m_db).remove(ref)
                                                   : VolunteerRepository(m_db).remove(ref);
    if (!removed)
        return fail(removed.error());
    // The audit log says that a person was erased, by whom and when: the row id and how many
    // rows went, no ref, no field (the row triggers log the deletions by field names only).
    const int rows = 1 + e.enrolments + e.attendance + e.pairings + e.checkIns + e.outcomes;
    if (auto logged = AuditLog(m_db).record(QStringLiteral("erase"),
                                            kind == EntityKind::Participant ? QStringLiteral("participant")
                                                                            : QStringLiteral("volunteer"),
                                            id, QString(), rows);
        !logged)
        return fail(logged.error());
    return e;
}

Result<Erasure> PrivacyService::erase(EntityKind kind, const QString& ref)
{
    QList<Erasure> done;
    {
        Transaction tx(m_db);
        if (!tx.begun())
            return fail(tx.begun().error());
        auto one = eraseOne(kind, ref);
        if (!one)
            return fail(one.error());
        if (auto committed = tx.commit(); !committed)
            return fail(committed.error());
        done << *one;
    }
    emptyLog(done);
    notify(done);
    return done.first();
}

Result<QList<Erasure>> PrivacyService::eraseAll(const QList<ExpiredPerson>& people)
{
    QList<Erasure> done;
    if (people.isEmpty())
        return done;
    {
        Transaction tx(m_db);
        if (!tx.begun())
            return fail(tx.begun().error());
        for (const ExpiredPerson& p : people) {
            auto one = eraseOne(p.kind == ExpiredPerson::Kind::Participant ? EntityKind::Participant
                                                                           : EntityKind::Volunteer,
                                p.ref);
            if (!one)
                return fail(one.error());
            done << *one;
        }
        if (auto committed = tx.commit(); !committed)
            return fail(committed.error());
    }
    emptyLog(done);
    notify(done);
    return done;
}

void PrivacyService::emptyLog(QList<Erasure>& done)
{
    // The transaction is committed: the erasure stands even when another program's reading
    // keeps the log from being emptied now.
    const bool emptied = bool(PrivacyRepository(m_db).checkpoint());
    for (Erasure& e : done)
        e.logEmptied = emptied;
}

void PrivacyService::notify(const QList<Erasure>& done) const
{
    if (!m_notifier || done.isEmpty())
        return;
    for (const Erasure& e : done)
        m_notifier->notifyRemoved(e.kind, e.ref);
    for (EntityKind kind : {EntityKind::Enrolment, EntityKind::Attendance, EntityKind::Pairing,
                            EntityKind::CheckIn, EntityKind::Outcome})
        m_notifier->notifyChanged(kind);
}

QStringList PrivacyService::copiesOf(const QString& databasePath)
{
    QStringList out;
    for (const BackupEntry& b : BackupRotation::list(databasePath))
        out << b.path;
    // Copies kept before a migration: `<file>.vN.bak` and `<file>.vN-2.bak` beside it.
    const QFileInfo info(databasePath);
    const QDir folder = info.absoluteDir();
    for (const QFileInfo& f : folder.entryInfoList({info.fileName() + QStringLiteral(".v*.bak")}, QDir::Files))
        out << f.absoluteFilePath();
    return out;
}

Result<int> PrivacyService::purgeCopies()
{
    int removed = 0;
    for (const QString& path : copiesOf(m_db.path())) {
        if (!QFile::remove(path))
            return fail(ErrorCode::Io, QStringLiteral("The copy '%1' could not be removed.").arg(path));
        ++removed;
    }
    if (auto fresh = BackupRotation::daily(m_db, m_clock.today()); !fresh)
        return fail(fresh.error());
    return removed;
}

} // namespace parcours
