// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableExport.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace parcours::ui {

QByteArray TableExport::csv(const QAbstractItemModel& model, CsvDialect dialect)
{
    CsvWriter writer(dialect);
    const int columns = model.columnCount();
    QStringList header;
    for (int c = 0; c < columns; ++c)
        header << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    writer.addRecord(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << model.index(r, c).data(Qt::DisplayRole).toString();
        writer.addRecord(cells);
    }
    return writer.bytes();
}

Result<void> TableExport::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, QStringLiteral("Cannot write '%1': %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, QStringLiteral("Cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

} // namespace parcours::ui
