// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through CsvReader::parse, every record and cell looked at.
//
// Besides the sanitizers (no crash, leak or undefined behaviour on any input), it checks what
// CsvReader promises (core/exchange/CsvReader.h):
// - an error is the one unterminated-quote Problem, on a line of the file, with a reason;
// - records start on increasing lines, none is blank, the separator is `,`, `;` or tab;
// - what CsvWriter writes of the records reads back identical (the exchange format's round
//   trip), for every input decoded as UTF-8 or Windows-1252 (UTF-16 may hold lone surrogates,
//   which UTF-8 cannot carry).
#include "core/exchange/CsvReader.h"
#include "core/exchange/CsvWriter.h"

#include <cstdio>
#include <cstdlib>

using namespace parcours;

namespace {

[[noreturn]] void broken(const char* what, int line = 0)
{
    std::fprintf(stderr, "fuzz_csv_reader: %s (line %d)\n", what, line);
    std::abort();
}

int physicalLines(const QByteArray& bytes)
{
    // An upper bound for any record's line: every \n, \r\n or lone \r starts one more.
    int lines = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (bytes.at(i) == '\n' || (bytes.at(i) == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n')))
            ++lines;
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto doc = CsvReader::parse(bytes);
    // UTF-16 counts its line ends in 2-byte units; the byte count is still an upper bound.
    const int lastLine = physicalLines(bytes);
    if (!doc) {
        const Error& e = doc.error();
        if (e.code != ErrorCode::Invalid || e.problems.size() != 1)
            broken("an error that is not one Invalid problem");
        const Problem& p = e.problems.first();
        if (p.line < 1 || p.line > lastLine || p.reason.isEmpty())
            broken("a problem without a line of the file or a reason", p.line);
        return 0;
    }
    const QChar sep = doc->separator;
    if (sep != QLatin1Char(',') && sep != QLatin1Char(';') && sep != QLatin1Char('\t'))
        broken("an unexpected separator");
    int previous = 0;
    qsizetype cells = 0;
    for (const CsvRecord& record : doc->records) {
        if (record.line <= previous || record.line > lastLine)
            broken("records out of line order", record.line);
        previous = record.line;
        bool blank = true;
        for (const QString& cell : record.cells) {
            blank = blank && cell.isEmpty();
            cells += cell.size();
        }
        if (blank || record.cells.isEmpty())
            broken("a blank record kept", record.line);
    }
    if (cells > qsizetype(size) + 1)
        broken("more text in the cells than in the file");

    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (utf16)
        return 0;
    // A fixed header settles the separator as `,`; the records follow it unchanged.
    CsvWriter writer;
    writer.addRecord({QStringLiteral("h1"), QStringLiteral("h2")});
    for (const CsvRecord& record : doc->records)
        writer.addRecord(record.cells);
    const auto again = CsvReader::parse(writer.bytes());
    if (!again)
        broken("CsvWriter's output does not read back");
    if (again->separator != QLatin1Char(',') || again->windows1252 || again->bom)
        broken("CsvWriter's output reads back in another dialect");
    if (again->records.size() != doc->records.size() + 1)
        broken("CsvWriter's output reads back with another number of records");
    for (qsizetype r = 0; r < doc->records.size(); ++r)
        if (again->records.at(r + 1).cells != doc->records.at(r).cells)
            broken("CsvWriter's output reads back with other cells", doc->records.at(r).line);
    return 0;
}
