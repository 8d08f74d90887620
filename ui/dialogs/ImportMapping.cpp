// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportMapping.h"

#include "core/exchange/ExchangeHeader.h"
#include "core/exchange/ExchangeTables.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/VolunteerRepository.h"

namespace parcours::ui {

QStringList ImportMapping::guess(const QStringList& header, const QString& table)
{
    const QStringList columns = ExchangeTables::columnsOf(table);
    const ExchangeHeader matched(header, columns);
    QStringList targets(header.size());
    for (int column = 0; column < columns.size(); ++column) {
        const int cell = matched.cellOf().at(column);
        if (cell >= 0)
            targets[cell] = columns.at(column);
    }
    return targets;
}

CsvDocument ImportMapping::apply(const CsvDocument& doc, const QStringList& targets,
                                 const QStringList& refs)
{
    // Every cell stays where it is, so that the importer's checks (a row longer than its
    // header) see the file as it is; an ignored column gets an empty header, which the
    // importer passes over in silence.
    CsvDocument out = doc;
    if (out.records.isEmpty())
        return out;
    QStringList& header = out.records.first().cells;
    for (qsizetype i = 0; i < header.size(); ++i)
        header[i] = targets.value(i);
    if (refs.isEmpty())
        return out;
    const qsizetype at = header.size();
    for (qsizetype r = 0; r < out.records.size(); ++r) {
        QStringList& cells = out.records[r].cells;
        while (cells.size() < at)
            cells << QString();
        cells.insert(at, r == 0 ? QStringLiteral("ref") : refs.value(r - 1));
    }
    return out;
}

namespace {

Result<QString> firstRef(Database& db, const QString& table)
{
    if (table == QLatin1String("participants"))
        return ParticipantRepository(db).nextRef();
    if (table == QLatin1String("volunteers"))
        return VolunteerRepository(db).nextRef();
    if (table == QLatin1String("cohorts"))
        return CohortRepository(db).nextRef();
    if (table == QLatin1String("sites"))
        return SiteRepository(db).nextRef();
    if (table == QLatin1String("rooms"))
        return SiteRepository(db).nextRoomRef();
    if (table == QLatin1String("trainers"))
        return TrainerRepository(db).nextRef();
    if (table == QLatin1String("sessions"))
        return SessionRepository(db).nextRef();
    if (table == QLatin1String("pairings"))
        return PairingRepository(db).nextRef();
    return fail(ErrorCode::Usage, QStringLiteral("no generated refs for table '%1'").arg(table),
                {table});
}

} // namespace

bool ImportMapping::canGenerateRefs(const QString& table)
{
    static const QStringList tables = {QStringLiteral("participants"), QStringLiteral("volunteers"),
                                       QStringLiteral("cohorts"),      QStringLiteral("sites"),
                                       QStringLiteral("rooms"),        QStringLiteral("trainers"),
                                       QStringLiteral("sessions"),     QStringLiteral("pairings")};
    return tables.contains(table);
}

Result<QStringList> ImportMapping::generateRefs(Database& db, const QString& table, int count)
{
    QStringList refs;
    if (count <= 0)
        return refs;
    auto first = firstRef(db, table);
    if (!first)
        return fail(first.error());
    // `P-000124`: the prefix up to the last '-', then a number kept at its width.
    const qsizetype dash = first->lastIndexOf(QLatin1Char('-'));
    const QString prefix = first->left(dash + 1);
    const QString digits = first->mid(dash + 1);
    const qint64 start = digits.toLongLong();
    for (int i = 0; i < count; ++i)
        refs << prefix +
                    QStringLiteral("%1").arg(start + i, int(digits.size()), 10, QLatin1Char('0'));
    return refs;
}

} // namespace parcours::ui
