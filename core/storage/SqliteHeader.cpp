// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteHeader.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace parcours::storage {

namespace {

constexpr int kHeaderSize = 100;
constexpr char kMagic[] = "SQLite format 3"; // followed by its terminating zero: 16 bytes

quint32 be32(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

Result<SqliteHeader> SqliteHeader::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("'%1' cannot be read: %2").arg(path, file.errorString()));
    SqliteHeader h;
    h.fileSize = file.size();
    if (h.fileSize == 0)
        return fail(ErrorCode::NotADatabase, QStringLiteral("'%1' is empty: it is not a Parcours database.").arg(path));
    const QByteArray bytes = file.read(kHeaderSize);
    if (bytes.size() < 16 || bytes.left(16) != QByteArray(kMagic, 16))
        return fail(ErrorCode::NotADatabase,
                    QStringLiteral("'%1' is not a Parcours database (it is not a SQLite file at all).").arg(path));
    if (bytes.size() < kHeaderSize)
        return fail(ErrorCode::Corrupt,
                    QStringLiteral("'%1' is truncated: it is shorter than a SQLite header.").arg(path));

    const int rawPageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    h.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (h.pageSize < 512 || (h.pageSize & (h.pageSize - 1)) != 0)
        return fail(ErrorCode::Corrupt,
                    QStringLiteral("'%1' is damaged: its header gives an impossible page size (%2).").arg(path).arg(rawPageSize));
    h.walMode = bytes.at(18) == 2 && bytes.at(19) == 2;
    h.changeCounter = be32(bytes, 24);
    h.pageCount = be32(bytes, 28);
    h.validFor = be32(bytes, 92);

    // While a write-ahead log holds committed pages the main file may legitimately lag behind its
    // final size (a checkpoint cut short); SQLite will finish it from the log.
    const QFileInfo wal(path + QLatin1String("-wal"));
    if (wal.exists() && wal.size() > 0)
        return h;
    if (h.fileSize % h.pageSize != 0)
        return fail(ErrorCode::Corrupt,
                    QStringLiteral("'%1' is truncated or damaged: its %2 bytes are not a whole number "
                                   "of %3-byte pages.")
                        .arg(path)
                        .arg(h.fileSize)
                        .arg(h.pageSize));
    const bool countKnown = h.validFor == h.changeCounter && h.pageCount > 0;
    const qint64 expected = qint64(h.pageCount) * h.pageSize;
    if (countKnown && h.fileSize != expected)
        return fail(ErrorCode::Corrupt,
                    QStringLiteral("'%1' is truncated or damaged: it holds %2 bytes where its header "
                                   "announces %3.")
                        .arg(path)
                        .arg(h.fileSize)
                        .arg(expected));
    return h;
}

} // namespace parcours::storage
