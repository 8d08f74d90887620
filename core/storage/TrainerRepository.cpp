// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainerRepository.h"

#include "RefResolver.h"
#include "SqlSupport.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace parcours {

using namespace storage;

namespace {

const QString kTable = QStringLiteral("trainer");
const QStringList kColumns = {
    QStringLiteral("ref"),   QStringLiteral("name"),  QStringLiteral("kind"),
    QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("max_hours_week"),
};
const QString kSelect = QStringLiteral("SELECT id, ref, name, kind, email, phone, max_hours_week FROM trainer");

const QString kUnavailabilityTable = QStringLiteral("trainer_unavailability");
const QStringList kUnavailabilityColumns = {
    QStringLiteral("trainer_id"), QStringLiteral("weekday"),   QStringLiteral("start"),
    QStringLiteral("\"end\""),    QStringLiteral("from_date"), QStringLiteral("to_date"),
};
const QString kUnavailabilitySelect = QStringLiteral(
    "SELECT u.id, t.ref, u.weekday, u.start, u.\"end\", u.from_date, u.to_date"
    " FROM trainer_unavailability u JOIN trainer t ON t.id = u.trainer_id");

Trainer trainerFrom(const QSqlQuery& q)
{
    Trainer t;
    t.id = q.value(0).toLongLong();
    t.ref = q.value(1).toString();
    t.name = q.value(2).toString();
    t.kind = codeFrom(q.value(3), TrainerKind::Staff);
    t.email = textFrom(q.value(4));
    t.phone = textFrom(q.value(5));
    t.maxHoursWeek = optionalRealFrom(q.value(6));
    return t;
}

TrainerUnavailability unavailabilityFrom(const QSqlQuery& q)
{
    TrainerUnavailability u;
    u.id = q.value(0).toLongLong();
    u.trainerRef = q.value(1).toString();
    u.weekday = q.value(2).toInt();
    u.start = timeFrom(q.value(3));
    u.end = timeFrom(q.value(4));
    u.fromDate = dateFrom(q.value(5));
    u.toDate = dateFrom(q.value(6));
    return u;
}

/// The modules of every trainer (or of one), in the order of the Module enumeration.
Result<QHash<qint64, QList<Module>>> modulesOf(const Database& db, std::optional<qint64> trainerId)
{
    QHash<qint64, QList<Module>> out;
    const QString sql = trainerId ? QStringLiteral("SELECT trainer_id, module FROM trainer_module WHERE trainer_id = ?")
                                  : QStringLiteral("SELECT trainer_id, module FROM trainer_module");
    const QVariantList values = trainerId ? QVariantList{*trainerId} : QVariantList{};
    auto r = select(db, sql, values, [&](const QSqlQuery& q) {
        if (auto m = fromCode<Module>(q.value(1).toString()))
            out[q.value(0).toLongLong()].append(*m);
    });
    if (!r)
        return fail(r.error());
    for (auto& list : out)
        std::sort(list.begin(), list.end());
    return out;
}

} // namespace

Result<QList<Trainer>> TrainerRepository::all() const
{
    auto trainers = selectList<Trainer>(m_db, kSelect + QLatin1String(" ORDER BY ref"), {}, trainerFrom);
    if (!trainers)
        return trainers;
    auto modules = modulesOf(m_db, std::nullopt);
    if (!modules)
        return fail(modules.error());
    for (Trainer& t : *trainers)
        t.modules = modules->value(t.id);
    return trainers;
}

Result<std::optional<Trainer>> TrainerRepository::find(const QString& ref) const
{
    auto trainer = selectFirst<Trainer>(m_db, kSelect + QLatin1String(" WHERE ref = ?"), {ref}, trainerFrom);
    if (!trainer || !*trainer)
        return trainer;
    auto modules = modulesOf(m_db, (*trainer)->id);
    if (!modules)
        return fail(modules.error());
    (*trainer)->modules = modules->value((*trainer)->id);
    return trainer;
}

Result<Trainer> TrainerRepository::save(Trainer value)
{
    if (auto ok = checkBeforeSave(m_db, value, QStringLiteral("trainer '%1'").arg(value.ref)); !ok)
        return fail(ok.error());
    auto existing = idOfRef(m_db, kTable, value.ref);
    if (!existing)
        return fail(existing.error());
    const QVariantList values = {
        value.ref,
        value.name,
        codeOf(value.kind),
        textOrNull(value.email),
        textOrNull(value.phone),
        realOrNull(value.maxHoursWeek),
    };
    auto id = insertOrUpdate(m_db, kTable, kColumns, values, *existing);
    if (!id)
        return fail(id.error());

    // The modules are replaced as a whole: the trainer's list is the truth.
    if (*existing) {
        if (auto r = write(m_db, QStringLiteral("DELETE FROM trainer_module WHERE trainer_id = ?"), {*id}); !r)
            return fail(r.error());
    }
    QList<Module> modules = value.modules;
    std::sort(modules.begin(), modules.end());
    modules.erase(std::unique(modules.begin(), modules.end()), modules.end());
    for (Module m : modules) {
        if (auto r = write(m_db, QStringLiteral("INSERT INTO trainer_module (trainer_id, module) VALUES (?, ?)"),
                           {*id, codeOf(m)});
            !r)
            return fail(r.error());
    }
    value.id = *id;
    value.modules = modules;
    return value;
}

Result<void> TrainerRepository::remove(const QString& ref)
{
    return removeRows(m_db, QStringLiteral("DELETE FROM trainer WHERE ref = ?"), {ref},
                      QStringLiteral("There is no trainer '%1'.").arg(ref));
}

Result<QString> TrainerRepository::nextRef() const
{
    return storage::nextRef(m_db, kTable, QStringLiteral("T-"));
}

Result<QList<TrainerUnavailability>> TrainerRepository::unavailability() const
{
    return selectList<TrainerUnavailability>(
        m_db,
        kUnavailabilitySelect
            + QLatin1String(" ORDER BY t.ref, u.weekday, u.start, u.\"end\", coalesce(u.from_date, ''), coalesce(u.to_date, '')"),
        {}, unavailabilityFrom);
}

Result<QList<TrainerUnavailability>> TrainerRepository::unavailabilityOf(const QString& trainerRef) const
{
    return selectList<TrainerUnavailability>(
        m_db,
        kUnavailabilitySelect
            + QLatin1String(" WHERE t.ref = ? ORDER BY u.weekday, u.start, u.\"end\", coalesce(u.from_date, ''),"
                            " coalesce(u.to_date, '')"),
        {trainerRef}, unavailabilityFrom);
}

Result<TrainerUnavailability> TrainerRepository::saveUnavailability(TrainerUnavailability value)
{
    if (auto ok = checkBeforeSave(m_db, value, QStringLiteral("unavailability of trainer '%1'").arg(value.trainerRef)); !ok)
        return fail(ok.error());
    RefResolver refs(m_db);
    const QVariant trainerId = refs.id(QStringLiteral("trainer_ref"), kTable, QStringLiteral("trainer"), value.trainerRef);
    if (auto e = refs.error())
        return fail(*e);
    // The whole row is the key (see the unique index trainer_unavailability_key).
    auto existing = selectId(m_db,
                             QStringLiteral("SELECT id FROM trainer_unavailability WHERE trainer_id = ? AND weekday = ?"
                                            " AND start = ? AND \"end\" = ? AND coalesce(from_date, '') = coalesce(?, '')"
                                            " AND coalesce(to_date, '') = coalesce(?, '')"),
                             {trainerId, value.weekday, timeOrNull(value.start), timeOrNull(value.end),
                              dateOrNull(value.fromDate), dateOrNull(value.toDate)});
    if (!existing)
        return fail(existing.error());
    if (*existing) {
        value.id = **existing;
        return value;
    }
    const QVariantList values = {trainerId,
                                 value.weekday,
                                 timeOrNull(value.start),
                                 timeOrNull(value.end),
                                 dateOrNull(value.fromDate),
                                 dateOrNull(value.toDate)};
    auto id = insertOrUpdate(m_db, kUnavailabilityTable, kUnavailabilityColumns, values, std::nullopt);
    if (!id)
        return fail(id.error());
    value.id = *id;
    return value;
}

Result<void> TrainerRepository::removeUnavailability(qint64 id)
{
    return removeRows(m_db, QStringLiteral("DELETE FROM trainer_unavailability WHERE id = ?"), {id},
                      QStringLiteral("There is no unavailability %1.").arg(id));
}

} // namespace parcours
