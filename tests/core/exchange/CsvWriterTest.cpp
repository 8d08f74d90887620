// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "core/exchange/CsvReader.h"
#include "core/exchange/CsvWriter.h"

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

TEST_CASE("exchange writer quotes only where needed, with \\n line ends and no BOM", "[exchange][csv]")
{
    CsvWriter w;
    w.addRecord(cells({"ref", "name", "notes"}));
    w.addRecord(cells({"P1", "Dupont, Anne", "say \"hi\""}));
    w.addRecord(cells({"P2", " padded", "two\nlines"}));
    w.addRecord(cells({"P3", "", "=1+1"}));
    w.addRecord(cells({"P4", "Chloé", "a;b"}));
    CHECK(w.bytes()
          == QByteArray("ref,name,notes\n"
                        "P1,\"Dupont, Anne\",\"say \"\"hi\"\"\"\n"
                        "P2,\" padded\",\"two\nlines\"\n"
                        "P3,,=1+1\n" // the exchange dialect never alters a value
                        "P4,Chlo\xC3\xA9,a;b\n"));
}

TEST_CASE("Excel writer uses BOM, semicolons, CRLF and neutralises formula cells", "[exchange][csv]")
{
    CsvWriter w(CsvDialect::Excel);
    w.addRecord(cells({"ref", "name", "notes"}));
    w.addRecord(cells({"P1", "Dupont, Anne", "say \"hi\""}));
    w.addRecord(cells({"=SUM(A1:A9)", "+33 6 12 34 56 78", "-5", "@cmd", "\tx", "\rx", "a;b", "ok-"}));
    w.addRecord(cells({"=HYPERLINK(\"http://x\")", "x=1", " =2"}));
    CHECK(w.bytes()
          == QByteArray("\xEF\xBB\xBF"
                        "ref;name;notes\r\n"
                        "P1;Dupont, Anne;\"say \"\"hi\"\"\"\r\n"
                        "'=SUM(A1:A9);'+33 6 12 34 56 78;'-5;'@cmd;'\tx;\"'\rx\";\"a;b\";ok-\r\n"
                        "\"'=HYPERLINK(\"\"http://x\"\")\";x=1;\" =2\"\r\n"));
}

TEST_CASE("neutralise prefixes exactly the OWASP trigger characters", "[exchange][csv]")
{
    for (const char* trigger : {"=", "+", "-", "@", "\t", "\r"})
        CHECK(CsvWriter::neutralise(QString::fromLatin1(trigger) + QLatin1String("A1"))
              == QLatin1Char('\'') + QString::fromLatin1(trigger) + QLatin1String("A1"));
    for (const char* safe : {"", "A1", "12", "'=already", "%x", " =x"})
        CHECK(CsvWriter::neutralise(QString::fromLatin1(safe)) == QString::fromLatin1(safe));
}

TEST_CASE("what the exchange writer writes, the reader reads back identical", "[exchange][csv]")
{
    const QList<QStringList> records = {
        cells({"ref", "text", "more"}),
        cells({"a", " lead", "trail "}),
        cells({"b", "\"", "\"\""}),
        cells({"c", "x\r\ny", "\n"}),
        cells({"d", ",", ";"}),
        cells({"e", "", "\t"}),
        cells({"f", "Ünïcödé €", "=cmd"}),
        cells({"", "", "last"}),
    };
    for (CsvDialect dialect : {CsvDialect::Exchange, CsvDialect::Excel}) {
        CsvWriter w(dialect);
        for (const QStringList& r : records)
            w.addRecord(r);
        const auto doc = CsvReader::parse(w.bytes());
        REQUIRE(doc);
        CHECK(doc->separator == w.separator());
        REQUIRE(doc->records.size() == records.size());
        for (int i = 0; i < records.size(); ++i) {
            if (dialect == CsvDialect::Exchange || (i != 5 && i != 6))
                CHECK(doc->records[i].cells == records[i]);
        }
        if (dialect == CsvDialect::Excel) {
            // Neutralised cells are the ones that do not come back as they were.
            CHECK(doc->records[5].cells == cells({"e", "", "'\t"}));
            CHECK(doc->records[6].cells == cells({"f", "Ünïcödé €", "'=cmd"}));
        }
    }
}
