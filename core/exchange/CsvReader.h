// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

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

/// Records given one at a time, the header first.
class CsvRecordStream
{
public:
    virtual ~CsvRecordStream() = default;
    /// The next record into `record`; false at the end. An error is a record that cannot be
    /// read (an unterminated quote: ErrorCode::Invalid with one Problem, as CsvReader::parse
    /// gives it) or a failed read of the file (ErrorCode::Io).
    [[nodiscard]] virtual Result<bool> next(CsvRecord& record) = 0;
    /// The bytes were not valid UTF-8 and are decoded as Windows-1252.
    virtual bool windows1252() const = 0;
};

/// The records of a CsvDocument read already (the import wizard's, rearranged).
class CsvDocumentStream : public CsvRecordStream
{
public:
    explicit CsvDocumentStream(const CsvDocument& doc) : m_doc(doc) {}
    [[nodiscard]] Result<bool> next(CsvRecord& record) override;
    bool windows1252() const override { return m_doc.windows1252; }

private:
    const CsvDocument& m_doc;
    qsizetype m_next = 0;
};

/// Reads a CSV file a chunk at a time with CsvReader's rules, so that a file of millions of
/// rows never sits whole in memory (its records, or its text): the file is read once to tell
/// its encoding (a file that is not valid UTF-8 anywhere is read as Windows-1252 everywhere,
/// as CsvReader::parse does), then again record by record. The same records, lines and errors
/// as CsvReader::parse of the file's bytes, whatever the size of the chunks.
class CsvFileReader : public CsvRecordStream
{
public:
    /// `chunkSize`: bytes read at a time (tests use tiny ones).
    explicit CsvFileReader(QString path, qsizetype chunkSize = 1 << 20);
    ~CsvFileReader() override;
    CsvFileReader(const CsvFileReader&) = delete;
    CsvFileReader& operator=(const CsvFileReader&) = delete;

    /// Opens the file and reads it through once for its encoding; ErrorCode::Io when it
    /// cannot be read.
    [[nodiscard]] Result<void> open();
    [[nodiscard]] Result<bool> next(CsvRecord& record) override;
    bool windows1252() const override;
    bool bom() const;
    QChar separator() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace parcours
