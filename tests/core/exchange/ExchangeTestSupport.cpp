// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeTestSupport.h"

#include "TestDatabase.h"

#include "core/storage/CohortRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/VolunteerRepository.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

namespace parcours::test {

void copyMiniFixture(const QString& dir)
{
    QDir().mkpath(dir);
    const QDir source(testDataPath(QStringLiteral("exchange-mini")));
    const QStringList files = source.entryList({QStringLiteral("*.csv")}, QDir::Files);
    if (files.isEmpty())
        throw std::runtime_error("no fixture files");
    for (const QString& name : files)
        writeBytes(QDir(dir).filePath(name), readBytes(source.filePath(name)));
}

QMap<QString, QByteArray> folderFiles(const QString& dir)
{
    QMap<QString, QByteArray> out;
    const QDir folder(dir);
    for (const QString& name : folder.entryList({QStringLiteral("*.csv")}, QDir::Files))
        out.insert(name, readBytes(folder.filePath(name)));
    return out;
}

namespace {
template<class T>
int sizeOf(const Result<QList<T>>& r)
{
    if (!r)
        throw std::runtime_error(r.error().toString().toStdString());
    return int(r->size());
}
} // namespace

QMap<QString, int> tableCounts(Database& db)
{
    QMap<QString, int> out;
    out[QStringLiteral("sites")] = sizeOf(SiteRepository(db).all());
    out[QStringLiteral("rooms")] = sizeOf(SiteRepository(db).rooms());
    out[QStringLiteral("cohorts")] = sizeOf(CohortRepository(db).all());
    out[QStringLiteral("participants")] = sizeOf(ParticipantRepository(db).all());
    out[QStringLiteral("volunteers")] = sizeOf(VolunteerRepository(db).all());
    out[QStringLiteral("trainers")] = sizeOf(TrainerRepository(db).all());
    out[QStringLiteral("trainer_unavailability")] = sizeOf(TrainerRepository(db).unavailability());
    out[QStringLiteral("enrolments")] = sizeOf(CohortRepository(db).enrolments());
    out[QStringLiteral("sessions")] = sizeOf(SessionRepository(db).all());
    out[QStringLiteral("attendance")] = sizeOf(SessionRepository(db).attendance());
    out[QStringLiteral("pairings")] = sizeOf(PairingRepository(db).all());
    out[QStringLiteral("checkins")] = sizeOf(PairingRepository(db).checkIns());
    out[QStringLiteral("outcomes")] = sizeOf(OutcomeRepository(db).all());
    return out;
}

void replaceLine(const QString& path, int line, const QByteArray& text)
{
    QList<QByteArray> lines = readBytes(path).split('\n');
    if (line < 1 || line > lines.size())
        throw std::runtime_error("no such line");
    lines[line - 1] = text;
    writeBytes(path, lines.join('\n'));
}

void appendLine(const QString& path, const QByteArray& text)
{
    writeBytes(path, readBytes(path) + text + '\n');
}

} // namespace parcours::test
