// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QCoreApplication>

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

// The separator is the candidate found most often in the first line outside quotes.
QChar detectSeparator(const QString& text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
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

    const QChar sep = detectSeparator(text);
    doc.separator = sep;
    const auto isPad = [sep](QChar c) {
        return c == QLatin1Char(' ') || (c == QLatin1Char('\t') && sep != QLatin1Char('\t'));
    };
    const auto isEol = [](QChar c) { return c == QLatin1Char('\n') || c == QLatin1Char('\r'); };
    const auto trimPad = [&isPad](QString& s) {
        qsizetype b = 0, e = s.size();
        while (b < e && isPad(s.at(b)))
            ++b;
        while (e > b && isPad(s.at(e - 1)))
            --e;
        s = s.mid(b, e - b);
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        CsvRecord record;
        record.line = line;
        bool endOfRecord = false;
        while (!endOfRecord) {
            while (i < n && isPad(text.at(i)))
                ++i;
            QString cell;
            if (i < n && text.at(i) == QLatin1Char('"')) {
                const int quoteLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                            cell += c;
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == QLatin1Char('\n')
                        || (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))))
                        ++line;
                    cell += c;
                    ++i;
                }
                if (!closed) {
                    Problem p;
                    p.line = quoteLine;
                    p.reason = QCoreApplication::translate(
                        "Exchange", "a quoted cell that starts on this line is never closed");
                    return fail(invalid({p}, QStringLiteral("unterminated quote")));
                }
                // Lenient: whatever follows the closing quote up to the separator is kept.
                QString tail;
                while (i < n && text.at(i) != sep && !isEol(text.at(i)))
                    tail += text.at(i++);
                trimPad(tail);
                cell += tail;
            } else {
                const qsizetype start = i;
                while (i < n && text.at(i) != sep && !isEol(text.at(i)))
                    ++i;
                cell = text.mid(start, i - start);
                trimPad(cell);
            }
            record.cells << cell;

            if (i >= n) {
                endOfRecord = true;
            } else if (text.at(i) == sep) {
                ++i;
                if (i >= n) {
                    record.cells << QString();
                    endOfRecord = true;
                }
            } else {
                // \r\n, \n or a lone \r
                if (text.at(i) == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                ++i;
                ++line;
                endOfRecord = true;
            }
        }
        bool blank = true;
        for (const QString& c : std::as_const(record.cells))
            blank = blank && c.isEmpty();
        if (!blank)
            doc.records << record;
    }
    return doc;
}

} // namespace parcours
