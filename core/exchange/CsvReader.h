// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {

/// One record of a CSV file and the physical line (1-based) on which it starts.
struct CsvRecord
{
    int line = 0;
    QStringList cells;
};

/// What CsvReader made of a file's bytes.
struct CsvDocument
{
    /// The header is records.first() when there is one.
    QList<CsvRecord> records;
    QChar separator = QLatin1Char(',');
    /// The bytes were not valid UTF-8 and were decoded as Windows-1252.
    bool windows1252 = false;
    /// The bytes started with a byte-order mark (UTF-8 or UTF-16).
    bool bom = false;
};

/// Reads CSV leniently, as spreadsheets write it (exchange-format.md, "Read leniently"):
///
/// - encoding: UTF-8 with or without BOM; UTF-16 with a BOM (Excel's "Unicode text"); any
///   other file that is not valid UTF-8 is decoded as Windows-1252 and flagged;
/// - separator: `,`, `;` or tab, whichever occurs most in the header line outside quotes
///   (`,` when none does);
/// - line ends: `\r\n`, `\n` or a lone `\r`;
/// - RFC 4180 quotes: a quoted cell may hold separators, line breaks and doubled quotes; its
///   content is kept byte for byte (line breaks inside are not normalised), so that what
///   CsvWriter wrote reads back identical;
/// - spaces and tabs around an unquoted cell, or outside the quotes of a quoted one, are
///   dropped: spreadsheet users pad cells without meaning it (CsvWriter quotes any value that
///   really starts or ends with a space);
/// - a quote inside an unquoted cell, or text after a closing quote, is kept as it is;
/// - records whose cells are all empty (blank lines, Excel's `;;;;` rows) are skipped.
///
/// The one error is a quote that is never closed: ErrorCode::Invalid with one Problem naming
/// the line where the quoted cell starts (Problem::file is left for the caller to fill).
class CsvReader
{
public:
    [[nodiscard]] static Result<CsvDocument> parse(const QByteArray& bytes);

    /// True when `bytes` is well-formed UTF-8 (no overlong forms, no surrogates, at most
    /// U+10FFFF).
    static bool isValidUtf8(const QByteArray& bytes);
    /// Windows-1252, with the five bytes it leaves undefined mapped to the C1 controls of the
    /// same value (as browsers do), so that no byte is lost.
    static QString decodeWindows1252(const QByteArray& bytes);
};

} // namespace parcours
