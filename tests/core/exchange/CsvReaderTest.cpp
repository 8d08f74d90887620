// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "core/exchange/CsvReader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <optional>

using namespace parcours;

namespace {

QStringList cells(std::initializer_list<const char*> utf8)
{
    QStringList out;
    for (const char* s : utf8)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

TEST_CASE("reader takes French Excel bytes: BOM, semicolons, CRLF, quoted line breaks, doubled quotes",
          "[exchange][csv]")
{
    // What French Excel saves as "CSV UTF-8 (délimité par des points-virgules)", by hand.
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "ref;name;notes\r\n"
                             "P1;\"Ren\xC3\xA9\";\"line one\r\nline two\"\r\n"
                             "P2;\"say \"\"hi\"\"\";\"a;b, c\"\r\n"
                             "\r\n";
    const auto doc = CsvReader::parse(bytes);
    REQUIRE(doc);
    CHECK(doc->separator == QLatin1Char(';'));
    CHECK(doc->bom);
    CHECK_FALSE(doc->windows1252);
    REQUIRE(doc->records.size() == 3);
    CHECK(doc->records[0].cells == cells({"ref", "name", "notes"})); // no BOM glued to "ref"
    CHECK(doc->records[0].line == 1);
    CHECK(doc->records[1].cells == cells({"P1", "René", "line one\r\nline two"}));
    CHECK(doc->records[1].line == 2);
    // The record after a two-line cell starts on physical line 4.
    CHECK(doc->records[2].cells == cells({"P2", "say \"hi\"", "a;b, c"}));
    CHECK(doc->records[2].line == 4);
}

TEST_CASE("reader decodes a file that is not UTF-8 as Windows-1252 and says so", "[exchange][csv]")
{
    // "René" with é as 0xE9 and "€" as 0x80, as Excel writes a "CSV (séparateur: point-virgule)".
    const QByteArray bytes = "ref;name;price\r\nP1;Ren\xE9;12 \x80\r\nP2;C\x9C ur;\x85\r\n";
    const auto doc = CsvReader::parse(bytes);
    REQUIRE(doc);
    CHECK(doc->windows1252);
    REQUIRE(doc->records.size() == 3);
    CHECK(doc->records[1].cells == cells({"P1", "René", "12 €"}));
    CHECK(doc->records[2].cells == cells({"P2", "Cœ ur", "…"}));
}

TEST_CASE("Windows-1252 covers 0x80-0x9F by its own table and keeps undefined bytes", "[exchange][csv]")
{
    CHECK(CsvReader::decodeWindows1252("\x80\x8A\x91\x92\x96\x9F") == QString::fromUtf8("€Š‘’–Ÿ"));
    CHECK(CsvReader::decodeWindows1252("\x81\x8D\x8F\x90\x9D")
          == QString(QChar(0x81)) + QChar(0x8D) + QChar(0x8F) + QChar(0x90) + QChar(0x9D));
    CHECK(CsvReader::decodeWindows1252("\xE9\xA0\xFF") == QString::fromUtf8("é\u00A0ÿ"));
}

TEST_CASE("UTF-8 validation refuses overlong forms, surrogates and cut sequences", "[exchange][csv]")
{
    CHECK(CsvReader::isValidUtf8("plain"));
    CHECK(CsvReader::isValidUtf8("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80")); // é € 😀
    CHECK_FALSE(CsvReader::isValidUtf8("\xC0\x80"));         // overlong NUL
    CHECK_FALSE(CsvReader::isValidUtf8("\xED\xA0\x80"));     // a surrogate
    CHECK_FALSE(CsvReader::isValidUtf8("\xC3"));             // cut at the end
    CHECK_FALSE(CsvReader::isValidUtf8("\xE9t\xE9"));        // Latin-1 "été"
    CHECK_FALSE(CsvReader::isValidUtf8("\xF4\x90\x80\x80")); // above U+10FFFF
}

TEST_CASE("reader accepts \\n, \\r\\n and lone \\r line ends and counts physical lines", "[exchange][csv]")
{
    const auto doc = CsvReader::parse("a,b\rc,d\ne,f\r\n\"g\rh\",i\n\nj,k");
    REQUIRE(doc);
    CHECK(doc->separator == QLatin1Char(','));
    REQUIRE(doc->records.size() == 5);
    CHECK(doc->records[1].cells == cells({"c", "d"}));
    CHECK(doc->records[1].line == 2);
    CHECK(doc->records[2].line == 3);
    CHECK(doc->records[3].cells == cells({"g\rh", "i"}));
    CHECK(doc->records[3].line == 4);
    // After the two-line quoted cell (lines 4-5) and a blank line 6.
    CHECK(doc->records[4].cells == cells({"j", "k"}));
    CHECK(doc->records[4].line == 7);
}

TEST_CASE("reader reports a quote that is never closed with the line it opens on", "[exchange][csv]")
{
    const auto doc = CsvReader::parse("ref,notes\nP1,fine\nP2,\"never\nclosed\n");
    REQUIRE_FALSE(doc);
    CHECK(doc.error().code == ErrorCode::Invalid);
    REQUIRE(doc.error().problems.size() == 1);
    CHECK(doc.error().problems[0].line == 3);
    CHECK(doc.error().problems[0].reason
          == QStringLiteral("a quoted cell that starts on this line is never closed"));
}

TEST_CASE("reader trims padding outside quotes and keeps it inside", "[exchange][csv]")
{
    const auto doc = CsvReader::parse("ref , name\n P1 ,  \" Anne \"  \nP2,a \"quoted\" word\n");
    REQUIRE(doc);
    REQUIRE(doc->records.size() == 3);
    CHECK(doc->records[0].cells == cells({"ref", "name"}));
    CHECK(doc->records[1].cells == cells({"P1", " Anne "}));
    CHECK(doc->records[2].cells == cells({"P2", "a \"quoted\" word"}));
}

TEST_CASE("reader skips blank lines and Excel's rows of empty cells", "[exchange][csv]")
{
    const auto doc = CsvReader::parse("ref;name\n\nP1;Anne\n;\n;;\n\n\n");
    REQUIRE(doc);
    REQUIRE(doc->records.size() == 2);
    CHECK(doc->records[1].line == 3);
    CHECK(doc->records[1].cells == cells({"P1", "Anne"}));
}

TEST_CASE("reader keeps empty cells, including a trailing one", "[exchange][csv]")
{
    const auto doc = CsvReader::parse("a,b,c\n1,,\n,2,\"\"");
    REQUIRE(doc);
    REQUIRE(doc->records.size() == 3);
    CHECK(doc->records[1].cells == cells({"1", "", ""}));
    CHECK(doc->records[2].cells == cells({"", "2", ""}));
}

TEST_CASE("reader detects tabs and reads Excel's UTF-16 Unicode text", "[exchange][csv]")
{
    const QString text = QString::fromUtf8("ref\tname\r\nP1\tRené\r\n");
    QByteArray bytes("\xFF\xFE", 2);
    for (const QChar c : text) {
        bytes += char(c.unicode() & 0xFF);
        bytes += char(c.unicode() >> 8);
    }
    const auto doc = CsvReader::parse(bytes);
    REQUIRE(doc);
    CHECK(doc->separator == QLatin1Char('\t'));
    CHECK_FALSE(doc->windows1252);
    REQUIRE(doc->records.size() == 2);
    CHECK(doc->records[1].cells == cells({"P1", "René"}));
}

TEST_CASE("reader gives no records for an empty file or a lone BOM", "[exchange][csv]")
{
    CHECK(CsvReader::parse("")->records.isEmpty());
    CHECK(CsvReader::parse("\xEF\xBB\xBF")->records.isEmpty());
    CHECK(CsvReader::parse("\n\r\n")->records.isEmpty());
}

namespace {

// Reads `bytes` through CsvFileReader with chunks of `chunk` bytes and checks that it gives
// exactly what CsvReader::parse gives: records, their lines, the flags, or the same error.
/// Returns the number of records read chunk by chunk (-1 for a file refused as the whole bytes are).
qsizetype checkSameAsParse(const QByteArray& bytes, qsizetype chunk)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
    }
    INFO("bytes " << bytes.toHex().toStdString() << ", chunks of " << chunk);
    const auto whole = CsvReader::parse(bytes);
    CsvFileReader reader(path, chunk);
    REQUIRE(reader.open());
    QList<CsvRecord> records;
    std::optional<Error> error;
    for (;;) {
        CsvRecord record;
        auto got = reader.next(record);
        if (!got) {
            error = got.error();
            break;
        }
        if (!*got)
            break;
        records << record;
    }
    if (!whole) {
        REQUIRE(error);
        CHECK(error->code == whole.error().code);
        REQUIRE(error->problems.size() == 1);
        CHECK(error->problems.first().line == whole.error().problems.first().line);
        CHECK(error->problems.first().reason == whole.error().problems.first().reason);
        return -1;
    }
    REQUIRE_FALSE(error);
    CHECK(reader.windows1252() == whole->windows1252);
    CHECK(reader.bom() == whole->bom);
    REQUIRE(records.size() == whole->records.size());
    if (!records.isEmpty())
        CHECK(reader.separator() == whole->separator);
    for (qsizetype i = 0; i < records.size(); ++i) {
        CHECK(records[i].line == whole->records[i].line);
        CHECK(records[i].cells == whole->records[i].cells);
    }
    return records.size();
}

QByteArray utf16(const QString& text, bool little)
{
    QByteArray bytes = little ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        bytes += little ? lo : hi;
        bytes += little ? hi : lo;
    }
    return bytes;
}

} // namespace

TEST_CASE("a file read a chunk at a time gives the records, lines and errors of the whole bytes",
          "[exchange][csv]")
{
    const QList<QByteArray> inputs = {
        "\xEF\xBB\xBF" "ref;name;notes\r\nP1;\"Ren\xC3\xA9\";\"line one\r\nline two\"\r\nP2;\"say \"\"hi\"\"\";\"a;b, c\"\r\n\r\n",
        "ref;name;price\r\nP1;Ren\xE9;12 \x80\r\nP2;C\x9C ur;\x85\r\n",
        "a,b\rc,d\ne,f\r\n\"g\rh\",i\n\nj,k",
        "ref,notes\nP1,fine\nP2,\"never\nclosed\n",
        "ref , name\n P1 ,  \" Anne \"  \nP2,a \"quoted\" word\n",
        "ref;name\n\nP1;Anne\n;\n;;\n\n\n",
        "a,b,c\n1,,\n,2,\"\"",
        "a,b,\n1,2,",
        "",
        "\xEF\xBB\xBF",
        "\xEF\xBB\xBF" "a,\xE9\n",
        "\n\r\n",
        "\"a,b\";c;d\n1;2;3\n",
        "ref,emoji\nP1,\xF0\x9F\x98\x80\xE2\x82\xAC\xC3\xA9\nP2,\xF0\x9F\x98\x80\n",
        "ref,x\nP1,\xF0\x9F\x98", // a sequence cut by the end of the file: Windows-1252
        utf16(QString::fromUtf8("ref\tname\r\nP1\tRené \xF0\x9F\x98\x80\r\n"), true),
        utf16(QString::fromUtf8("ref;name\r\nP1;\"Zoë\r\nsecond\"\r\n"), false),
        utf16(QStringLiteral("a,b\n1,2"), true) + "\x31", // an odd byte at the end is dropped
    };
    for (const QByteArray& bytes : inputs) {
        // Every chunk size reads as many records (or refuses the file) as one byte at a time does.
        const qsizetype byByte = checkSameAsParse(bytes, 1);
        for (const qsizetype chunk : {qsizetype(2), qsizetype(3), qsizetype(5), qsizetype(8), qsizetype(64),
                                      qsizetype(1) << 20})
            CHECK(checkSameAsParse(bytes, chunk) == byByte);
    }
}

TEST_CASE("random CSV bytes read a chunk at a time give what the whole bytes give", "[exchange][csv]")
{
    // Pieces that break a naive chunked reader: multi-byte characters, separators, quotes,
    // every line end, padding, and a byte that is not UTF-8.
    const QList<QByteArray> pieces = {"a", "Z9", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", ",", ";", "\t",
                                      " ", "\"", "\"\"", "\r", "\n", "\r\n", "\xE9"};
    QRandomGenerator random(20261206);
    for (int round = 0; round < 400; ++round) {
        QByteArray bytes;
        const int n = int(random.bounded(1, 60));
        const bool valid = random.bounded(4) != 0; // three in four are UTF-8 throughout
        for (int i = 0; i < n; ++i) {
            const QByteArray& piece = pieces.at(random.bounded(int(pieces.size())));
            if (valid && piece == "\xE9")
                continue;
            bytes += piece;
        }
        if (random.bounded(5) == 0)
            bytes.prepend("\xEF\xBB\xBF");
        // Every chunk size reads as many records (or refuses the bytes) as one byte at a time does.
        const qsizetype byByte = checkSameAsParse(bytes, 1);
        for (const qsizetype chunk : {qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(1) << 20})
            CHECK(checkSameAsParse(bytes, chunk) == byByte);
    }
}

TEST_CASE("a file that cannot be opened is an I/O error naming it", "[exchange][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.csv"));
    CsvFileReader reader(path);
    const auto opened = reader.open();
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::Io);
    CHECK(opened.error().detail.contains(path));
}
