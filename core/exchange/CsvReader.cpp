// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace parcours {

namespace {

// The bytes 0x80..0x9F of Windows-1252; 0 marks the five it leaves undefined.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      // 88-8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, // 98-9F
};

bool startsWith(const QByteArray& bytes, const char* prefix, int size)
{
    return bytes.size() >= size && bytes.startsWith(QByteArray::fromRawData(prefix, size));
}

// The separator is the candidate found most often in the first line outside quotes. False
// when the text ends before that line does and more text is to come.
bool detectSeparator(const QString& text, bool atEnd, QChar& separator)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    bool lineEnded = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            lineEnded = true;
            break;
        } else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (!lineEnded && !atEnd)
        return false;
    if (semicolons > commas && semicolons >= tabs)
        separator = QLatin1Char(';');
    else if (tabs > commas && tabs > semicolons)
        separator = QLatin1Char('\t');
    else
        separator = QLatin1Char(',');
    return true;
}

/// Cuts decoded text into records. The text may be the whole file (`atEnd` set) or the part
/// of it read so far: a record that runs into the end of the text while more is to come is
/// left whole for the next call (NeedMore), so that records, lines and errors do not depend on
/// where the text was cut.
class RecordParser
{
public:
    enum class Step { Record, NeedMore, End, Unterminated };

    QString text;
    qsizetype pos = 0;
    int line = 1;
    bool atEnd = false;
    QChar sep = QLatin1Char(',');

    /// The next record that is not blank; on Unterminated, `quoteLine` is where the quoted
    /// cell that is never closed starts.
    Step next(CsvRecord& out, int& quoteLine)
    {
        for (;;) {
            const qsizetype n = text.size();
            if (pos >= n)
                return atEnd ? Step::End : Step::NeedMore;
            qsizetype i = pos;
            int ln = line;
            CsvRecord record;
            record.line = ln;
            bool endOfRecord = false;
            while (!endOfRecord) {
                while (i < n && isPad(text.at(i)))
                    ++i;
                if (i >= n && !atEnd)
                    return Step::NeedMore;
                QString cell;
                if (i < n && text.at(i) == QLatin1Char('"')) {
                    const int cellLine = ln;
                    ++i;
                    bool closed = false;
                    while (i < n) {
                        const QChar c = text.at(i);
                        if (c == QLatin1Char('"')) {
                            if (i + 1 >= n && !atEnd)
                                return Step::NeedMore;
                            if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                                cell += c;
                                i += 2;
                                continue;
                            }
                            ++i;
                            closed = true;
                            break;
                        }
                        if (c == QLatin1Char('\r') && i + 1 >= n && !atEnd)
                            return Step::NeedMore;
                        if (c == QLatin1Char('\n')
                            || (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))))
                            ++ln;
                        cell += c;
                        ++i;
                    }
                    if (!closed) {
                        if (!atEnd)
                            return Step::NeedMore;
                        quoteLine = cellLine;
                        return Step::Unterminated;
                    }
                    // Lenient: whatever follows the closing quote up to the separator is kept.
                    const qsizetype start = i;
                    while (i < n && text.at(i) != sep && !isEol(text.at(i)))
                        ++i;
                    if (i >= n && !atEnd)
                        return Step::NeedMore;
                    QString tail = text.mid(start, i - start);
                    trimPad(tail);
                    cell += tail;
                } else {
                    const qsizetype start = i;
                    while (i < n && text.at(i) != sep && !isEol(text.at(i)))
                        ++i;
                    if (i >= n && !atEnd)
                        return Step::NeedMore;
                    cell = text.mid(start, i - start);
                    trimPad(cell);
                }
                record.cells << cell;

                if (i >= n) {
                    endOfRecord = true;
                } else if (text.at(i) == sep) {
                    ++i;
                    if (i >= n) {
                        if (!atEnd)
                            return Step::NeedMore;
                        record.cells << QString();
                        endOfRecord = true;
                    }
                } else {
                    // \r\n, \n or a lone \r
                    if (text.at(i) == QLatin1Char('\r')) {
                        if (i + 1 >= n && !atEnd)
                            return Step::NeedMore;
                        if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                            ++i;
                    }
                    ++i;
                    ++ln;
                    endOfRecord = true;
                }
            }
            pos = i;
            line = ln;
            bool blank = true;
            for (const QString& c : std::as_const(record.cells))
                blank = blank && c.isEmpty();
            if (!blank) {
                out = std::move(record);
                return Step::Record;
            }
        }
    }

private:
    bool isPad(QChar c) const
    {
        return c == QLatin1Char(' ') || (c == QLatin1Char('\t') && sep != QLatin1Char('\t'));
    }
    static bool isEol(QChar c) { return c == QLatin1Char('\n') || c == QLatin1Char('\r'); }
    void trimPad(QString& s) const
    {
        qsizetype b = 0, e = s.size();
        while (b < e && isPad(s.at(b)))
            ++b;
        while (e > b && isPad(s.at(e - 1)))
            --e;
        if (b > 0 || e < s.size())
            s = s.mid(b, e - b);
    }
};

Error unterminated(int line)
{
    Problem p;
    p.line = line;
    p.reason = QCoreApplication::translate("Exchange", "a quoted cell that starts on this line is never closed");
    return invalid({p}, QStringLiteral("unterminated quote"));
}

/// The length of the longest prefix of `bytes` that does not end inside a UTF-8 sequence
/// (the rest is carried to the next chunk).
qsizetype completeUtf8(const QByteArray& bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype k = 1; k <= 3 && k <= n; ++k) {
        const auto b = static_cast<unsigned char>(bytes.at(n - k));
        if ((b & 0xC0) == 0x80)
            continue; // a continuation byte: its lead is further back
        const qsizetype length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
        return length > k ? n - k : n;
    }
    return n;
}

} // namespace

bool CsvReader::isValidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            more = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            more = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            more = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + more >= n) // truncated sequence
            return false;
        for (int k = 1; k <= more; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += more + 1;
    }
    return true;
}

QString CsvReader::decodeWindows1252(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x80 && b <= 0x9F && kCp1252High[b - 0x80] != 0)
            out += QChar(kCp1252High[b - 0x80]);
        else
            out += QChar(char16_t(b)); // Latin-1 and the undefined bytes map to themselves
    }
    return out;
}

Result<CsvDocument> CsvReader::parse(const QByteArray& input)
{
    CsvDocument doc;
    QString text;
    if (startsWith(input, "\xEF\xBB\xBF", 3)) {
        doc.bom = true;
        const QByteArray rest = input.mid(3);
        if (isValidUtf8(rest)) {
            text = QString::fromUtf8(rest);
        } else {
            text = decodeWindows1252(rest);
            doc.windows1252 = true;
        }
    } else if (startsWith(input, "\xFF\xFE", 2) || startsWith(input, "\xFE\xFF", 2)) {
        // Excel's "Unicode text" export: UTF-16 with a BOM, usually tab-separated.
        doc.bom = true;
        const bool little = static_cast<unsigned char>(input.at(0)) == 0xFF;
        text.reserve((input.size() - 2) / 2);
        for (qsizetype i = 2; i + 1 < input.size(); i += 2) {
            const auto a = static_cast<unsigned char>(input.at(i));
            const auto b = static_cast<unsigned char>(input.at(i + 1));
            text += QChar(char16_t(little ? (b << 8 | a) : (a << 8 | b)));
        }
    } else if (isValidUtf8(input)) {
        text = QString::fromUtf8(input);
    } else {
        text = decodeWindows1252(input);
        doc.windows1252 = true;
    }

    RecordParser parser;
    detectSeparator(text, true, parser.sep);
    doc.separator = parser.sep;
    parser.text = std::move(text);
    parser.atEnd = true;
    for (;;) {
        CsvRecord record;
        int quoteLine = 0;
        const auto step = parser.next(record, quoteLine);
        if (step == RecordParser::Step::Unterminated)
            return fail(unterminated(quoteLine));
        if (step != RecordParser::Step::Record)
            break;
        doc.records << std::move(record);
    }
    return doc;
}

Result<bool> CsvDocumentStream::next(CsvRecord& record)
{
    if (m_next >= m_doc.records.size())
        return false;
    record = m_doc.records.at(m_next++);
    return true;
}

// --- CsvFileReader -----------------------------------------------------------------------------

struct CsvFileReader::Impl
{
    enum class Encoding { Utf8, Windows1252, Utf16Le, Utf16Be };

    QString path;
    qsizetype chunkSize = 1 << 20;
    QFile file;
    Encoding encoding = Encoding::Utf8;
    bool bom = false;
    qint64 dataStart = 0;
    bool opened = false;
    bool separatorKnown = false;
    QByteArray carry; ///< bytes read but not decoded yet (a sequence cut by the chunk)
    RecordParser parser;

    Error readError() const
    {
        return Error{ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()), {path}, {}};
    }

    /// Reads at least `size` bytes more (fewer at the end of the file) and appends their text.
    Result<void> fill(qsizetype size)
    {
        if (parser.atEnd)
            return {};
        QByteArray bytes = file.read(size);
        if (bytes.isEmpty() && size > 0) {
            if (file.error() != QFileDevice::NoError)
                return fail(readError());
        }
        const bool last = bytes.size() < size || file.atEnd();
        if (!carry.isEmpty())
            bytes.prepend(carry);
        carry.clear();
        switch (encoding) {
        case Encoding::Utf8: {
            const qsizetype cut = last ? bytes.size() : completeUtf8(bytes);
            carry = bytes.mid(cut);
            bytes.truncate(cut);
            parser.text += QString::fromUtf8(bytes);
            break;
        }
        case Encoding::Windows1252:
            parser.text += CsvReader::decodeWindows1252(bytes);
            break;
        case Encoding::Utf16Le:
        case Encoding::Utf16Be: {
            const bool little = encoding == Encoding::Utf16Le;
            const qsizetype even = bytes.size() & ~qsizetype(1);
            parser.text.reserve(parser.text.size() + even / 2);
            for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
                const auto a = static_cast<unsigned char>(bytes.at(i));
                const auto b = static_cast<unsigned char>(bytes.at(i + 1));
                parser.text += QChar(char16_t(little ? (b << 8 | a) : (a << 8 | b)));
            }
            if (!last)
                carry = bytes.mid(even); // an odd byte waits for its pair; at the end it is dropped
            break;
        }
        }
        parser.atEnd = last;
        return {};
    }
};

CsvFileReader::CsvFileReader(QString path, qsizetype chunkSize) : d(std::make_unique<Impl>())
{
    d->path = std::move(path);
    d->chunkSize = std::max<qsizetype>(chunkSize, 1);
}

CsvFileReader::~CsvFileReader() = default;

bool CsvFileReader::windows1252() const
{
    return d->encoding == Impl::Encoding::Windows1252;
}

bool CsvFileReader::bom() const
{
    return d->bom;
}

QChar CsvFileReader::separator() const
{
    return d->parser.sep;
}

Result<void> CsvFileReader::open()
{
    d->file.setFileName(d->path);
    if (!d->file.open(QIODevice::ReadOnly))
        return fail(d->readError());
    const QByteArray head = d->file.peek(3);
    if (startsWith(head, "\xEF\xBB\xBF", 3)) {
        d->bom = true;
        d->dataStart = 3;
    } else if (startsWith(head, "\xFF\xFE", 2) || startsWith(head, "\xFE\xFF", 2)) {
        d->bom = true;
        d->dataStart = 2;
        d->encoding = static_cast<unsigned char>(head.at(0)) == 0xFF ? Impl::Encoding::Utf16Le : Impl::Encoding::Utf16Be;
    }
    if (d->encoding == Impl::Encoding::Utf8) {
        // Valid UTF-8 throughout, or Windows-1252 throughout: one pass over the bytes first.
        if (!d->file.seek(d->dataStart))
            return fail(d->readError());
        QByteArray carry;
        bool valid = true;
        while (valid) {
            QByteArray bytes = d->file.read(d->chunkSize);
            if (bytes.isEmpty()) {
                if (d->file.error() != QFileDevice::NoError)
                    return fail(d->readError());
                valid = carry.isEmpty() || CsvReader::isValidUtf8(carry);
                break;
            }
            bytes.prepend(carry);
            const qsizetype cut = completeUtf8(bytes);
            carry = bytes.mid(cut);
            bytes.truncate(cut);
            valid = CsvReader::isValidUtf8(bytes);
        }
        if (!valid)
            d->encoding = Impl::Encoding::Windows1252;
    }
    if (!d->file.seek(d->dataStart))
        return fail(d->readError());
    d->opened = true;
    return {};
}

Result<bool> CsvFileReader::next(CsvRecord& record)
{
    if (!d->opened)
        return fail(ErrorCode::Usage, QStringLiteral("%1 is not open").arg(d->path));
    RecordParser& parser = d->parser;
    while (!d->separatorKnown) {
        if (detectSeparator(parser.text, parser.atEnd, parser.sep)) {
            d->separatorKnown = true;
            break;
        }
        if (auto r = d->fill(std::max(d->chunkSize, parser.text.size())); !r)
            return fail(r.error());
    }
    for (;;) {
        int quoteLine = 0;
        switch (parser.next(record, quoteLine)) {
        case RecordParser::Step::Record:
            // What was read before this record is dropped now and then, not at every record.
            if (parser.pos > d->chunkSize && parser.pos * 2 > parser.text.size()) {
                parser.text.remove(0, parser.pos);
                parser.pos = 0;
            }
            return true;
        case RecordParser::Step::End:
            return false;
        case RecordParser::Step::Unterminated:
            return fail(unterminated(quoteLine));
        case RecordParser::Step::NeedMore:
            // At least as much as is waiting, so that a record longer than a chunk is parsed
            // again only a few times.
            if (auto r = d->fill(std::max(d->chunkSize, parser.text.size() - parser.pos)); !r)
                return fail(r.error());
            break;
        }
    }
}

} // namespace parcours
