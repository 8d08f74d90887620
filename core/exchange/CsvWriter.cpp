// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

namespace parcours {

CsvWriter::CsvWriter(CsvDialect dialect) : m_dialect(dialect) {}

QChar CsvWriter::separator() const
{
    return m_dialect == CsvDialect::Excel ? QLatin1Char(';') : QLatin1Char(',');
}

QString CsvWriter::neutralise(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar c = cell.front();
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
        || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::encodeCell(const QString& raw) const
{
    const QString cell = m_dialect == CsvDialect::Excel ? neutralise(raw) : raw;
    const QChar sep = separator();
    bool quote = false;
    for (const QChar c : cell) {
        if (c == sep || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!cell.isEmpty()) {
        const auto pad = [](QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); };
        quote = quote || pad(cell.front()) || pad(cell.back());
    }
    if (!quote)
        return cell;
    QString out = cell;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void CsvWriter::addRecord(const QStringList& cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += separator();
        line += encodeCell(cells.at(i));
    }
    // A record of one empty cell would be a blank line, which readers skip.
    if (cells.size() == 1 && cells.front().isEmpty())
        line = QStringLiteral("\"\"");
    line += m_dialect == CsvDialect::Excel ? QLatin1String("\r\n") : QLatin1String("\n");
    m_bytes += line.toUtf8();
}

QByteArray CsvWriter::bytes() const
{
    if (m_dialect == CsvDialect::Excel)
        return QByteArray("\xEF\xBB\xBF") + m_bytes;
    return m_bytes;
}

} // namespace parcours
