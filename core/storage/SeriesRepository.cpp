// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesRepository.h"

#include "RefResolver.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace parcours {

using namespace storage;

namespace {

const QString kTable = QStringLiteral("series");
const QStringList kColumns = {
    QStringLiteral("ref"),        QStringLiteral("cohort_id"), QStringLiteral("module"),
    QStringLiteral("weekdays"),   QStringLiteral("start"),     QStringLiteral("\"end\""),
    QStringLiteral("trainer_id"), QStringLiteral("room_id"),   QStringLiteral("title"),
    QStringLiteral("first_date"), QStringLiteral("last_date"),
};
const QString kSelect = QStringLiteral(
    "SELECT s.id, s.ref, c.ref, s.module, s.weekdays, s.start, s.\"end\", t.ref, r.ref, s.title,"
    " s.first_date, s.last_date"
    " FROM series s JOIN cohort c ON c.id = s.cohort_id LEFT JOIN trainer t ON t.id = s.trainer_id"
    " LEFT JOIN room r ON r.id = s.room_id");

Series seriesFrom(const QSqlQuery& q)
{
    Series s;
    s.id = q.value(0).toLongLong();
    s.ref = q.value(1).toString();
    s.cohortRef = q.value(2).toString();
    s.module = codeFrom(q.value(3), Module::Other);
    s.weekdays = SeriesRepository::weekdaysOf(q.value(4).toInt());
    s.start = timeFrom(q.value(5));
    s.end = timeFrom(q.value(6));
    s.trainerRef = textFrom(q.value(7));
    s.roomRef = textFrom(q.value(8));
    s.title = textFrom(q.value(9));
    s.firstDate = dateFrom(q.value(10));
    s.lastDate = dateFrom(q.value(11));
    return s;
}

} // namespace

int SeriesRepository::maskOf(const QList<int>& weekdays)
{
    int mask = 0;
    for (int day : weekdays)
        if (day >= 1 && day <= 7)
            mask |= 1 << (day - 1);
    return mask;
}

QList<int> SeriesRepository::weekdaysOf(int mask)
{
    QList<int> out;
    for (int day = 1; day <= 7; ++day)
        if (mask & (1 << (day - 1)))
            out << day;
    return out;
}

Result<QList<Series>> SeriesRepository::all() const
{
    return selectList<Series>(m_db, kSelect + QLatin1String(" ORDER BY s.ref"), {}, seriesFrom);
}

Result<QList<Series>> SeriesRepository::ofCohort(const QString& cohortRef) const
{
    return selectList<Series>(m_db,
                              kSelect + QLatin1String(" WHERE c.ref = ? ORDER BY s.first_date, s.start, s.ref"),
                              {cohortRef}, seriesFrom);
}

Result<std::optional<Series>> SeriesRepository::find(const QString& ref) const
{
    return selectFirst<Series>(m_db, kSelect + QLatin1String(" WHERE s.ref = ?"), {ref}, seriesFrom);
}

Result<Series> SeriesRepository::save(Series value)
{
    if (auto ok = checkBeforeSave(m_db, value, QStringLiteral("series '%1'").arg(value.ref)); !ok)
        return fail(ok.error());
    RefResolver refs(m_db);
    const QVariant cohortId = refs.id(QStringLiteral("cohort_ref"), QStringLiteral("cohort"), QStringLiteral("cohort"), value.cohortRef);
    const QVariant trainerId = refs.id(QStringLiteral("trainer_ref"), QStringLiteral("trainer"), QStringLiteral("trainer"), value.trainerRef);
    const QVariant roomId = refs.id(QStringLiteral("room_ref"), QStringLiteral("room"), QStringLiteral("room"), value.roomRef);
    if (auto e = refs.error())
        return fail(*e);
    auto existing = idOfRef(m_db, kTable, value.ref);
    if (!existing)
        return fail(existing.error());
    const QVariantList values = {
        value.ref,
        cohortId,
        codeOf(value.module),
        maskOf(value.weekdays),
        timeOrNull(value.start),
        timeOrNull(value.end),
        trainerId,
        roomId,
        textOrNull(value.title),
        dateOrNull(value.firstDate),
        dateOrNull(value.lastDate),
    };
    auto id = insertOrUpdate(m_db, kTable, kColumns, values, *existing);
    if (!id)
        return fail(id.error());
    value.id = *id;
    return value;
}

Result<void> SeriesRepository::remove(const QString& ref)
{
    return removeRows(m_db, QStringLiteral("DELETE FROM series WHERE ref = ?"), {ref},
                      QStringLiteral("There is no series '%1'.").arg(ref));
}

Result<QString> SeriesRepository::nextRef() const
{
    return storage::nextRef(m_db, kTable, QStringLiteral("SR-"));
}

} // namespace parcours
