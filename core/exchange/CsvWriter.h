// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

namespace parcours {

/// The two ways Parcours writes CSV.
enum class CsvDialect {
    /// The exchange format: UTF-8 without BOM, `,`, `\n`. What import reads back identical.
    Exchange,
    /// For people opening the file in French Excel: UTF-8 with BOM, `;`, `\r\n`, and formula
    /// cells neutralised. Not for import: see CsvWriter::neutralise().
    Excel,
};

/// Writes CSV records (RFC 4180): a cell is quoted only when it must be (it holds the
/// separator, a quote, a line break, or starts or ends with a space or tab, which the lenient
/// reader would otherwise drop), quotes inside doubled.
class CsvWriter
{
public:
    explicit CsvWriter(CsvDialect dialect = CsvDialect::Exchange);

    CsvDialect dialect() const { return m_dialect; }
    QChar separator() const;

    void addRecord(const QStringList& cells);
    /// Everything written so far, with the BOM first in the Excel dialect.
    QByteArray bytes() const;

    /// OWASP's defence against CSV injection: a cell that starts with `=`, `+`, `-`, `@`, a tab
    /// or a carriage return gets a leading `'`, so that a spreadsheet shows it as text instead
    /// of running it as a formula. This changes the value (`-5` becomes `'-5`): cells so
    /// neutralised do not round-trip, which is why only the Excel dialect, meant for people,
    /// does it, and the exchange dialect, meant for import, never does.
    static QString neutralise(const QString& cell);

private:
    QString encodeCell(const QString& cell) const;

    CsvDialect m_dialect;
    QByteArray m_bytes;
};

} // namespace parcours
