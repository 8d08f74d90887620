// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzz targets of tests/fuzz found, each kept as a test with its input in
// tests/data/fuzz/ (see tests/fuzz/README.md). The same inputs are in the fuzz corpus.
#include "CatchQt.h"
#include "ExchangeTestSupport.h"
#include "TestDatabase.h"

#include "core/exchange/ExchangeImporter.h"
#include "core/exchange/ExchangeValues.h"

#include <climits>

using namespace parcours;
using namespace parcours::test;

// fuzz_importer, UBSan: "1e+20 is outside the range of representable values of type 'long
// long'" in ExchangeValues::parseInteger, which converted the cell's value to qint64 before
// checking its range. Only clang's float-cast-overflow check sees it (GCC's -fsanitize=undefined
// leaves it out), so the fuzz build is what keeps it fixed; this test keeps the answer right.
TEST_CASE("a whole number beyond any integer type is refused as not a whole number, without "
          "undefined behaviour", "[exchange][fuzz]")
{
    CHECK_FALSE(ExchangeValues::parseInteger(u"100000000000000000000"));
    CHECK_FALSE(ExchangeValues::parseInteger(u"-99999999999999999999"));
    CHECK_FALSE(ExchangeValues::parseInteger(u"2147483648"));
    CHECK_FALSE(ExchangeValues::parseInteger(u"-2147483649"));
    CHECK(ExchangeValues::parseInteger(u"2147483647") == INT_MAX);
    CHECK(ExchangeValues::parseInteger(u"-2147483648") == INT_MIN);

    TestDatabase db;
    const auto report = ExchangeImporter(db.db()).importDir(testDataPath(QStringLiteral("fuzz/integer-overflow")));
    REQUIRE(report);
    CHECK_FALSE(report->written);
    QStringList problems;
    for (const Problem& p : report->problems)
        problems << p.toString();
    // R1 to R3 are not whole numbers of any int; R4's (INT_MAX) is, and the rule on rooms
    // (Room::validate: 1 to 1000 seats) refuses it.
    CHECK(problems
          == QStringList{
              QStringLiteral("rooms.csv:2: capacity: '100000000000000000000' is not a whole number"),
              QStringLiteral("rooms.csv:3: capacity: '-99999999999999999999' is not a whole number"),
              QStringLiteral("rooms.csv:4: capacity: '2147483648' is not a whole number"),
              QStringLiteral("rooms.csv:5: capacity: must be between 1 and 1000"),
          });
    CHECK(tableCounts(db.db()).value(QStringLiteral("rooms")) == 0);
}
