// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ImportMapping.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

using namespace parcours;
using namespace parcours::ui;

TEST_CASE("mapping guesses French and English headers through the core's matching", "[ui][import]")
{
    const QStringList header = {QStringLiteral("NOM"),
                                QStringLiteral(" Prénom "),
                                QStringLiteral("date de naissance"),
                                QStringLiteral("Pays d’origine"),
                                QStringLiteral("Pays d'origine"),
                                QStringLiteral("e-mail"),
                                QStringLiteral("first_name"),
                                QStringLiteral("Remarques")};
    // A second cell naming a column already named (country_of_origin, first_name) is left to
    // the person; the typographic apostrophe reads as the plain one.
    CHECK(ImportMapping::guess(header, QStringLiteral("participants")) ==
          QStringList({QStringLiteral("last_name"), QStringLiteral("first_name"),
                       QStringLiteral("birth_date"), QStringLiteral("country_of_origin"), QString(),
                       QStringLiteral("email"), QString(), QString()}));
    // `nom` is the name of a table without a last name.
    CHECK(ImportMapping::guess({QStringLiteral("Nom"), QStringLiteral("Ville")},
                               QStringLiteral("sites")) ==
          QStringList({QStringLiteral("name"), QStringLiteral("city")}));
}

TEST_CASE("applying a mapping renames the header, blanks ignored columns and adds refs",
          "[ui][import]")
{
    CsvDocument doc;
    doc.separator = QLatin1Char(';');
    doc.records = {
        {1, {QStringLiteral("Nom"), QStringLiteral("Remarque"), QStringLiteral("Prénom")}},
        {2, {QStringLiteral("Diallo"), QStringLiteral("x"), QStringLiteral("Amina")}},
        {4, {QStringLiteral("Karimi")}}};
    const CsvDocument out = ImportMapping::apply(
        doc, {QStringLiteral("last_name"), QString(), QStringLiteral("first_name")},
        {QStringLiteral("P-000007"), QStringLiteral("P-000008")});
    REQUIRE(out.records.size() == 3);
    CHECK(out.separator == QLatin1Char(';'));
    CHECK(out.records.at(0).cells ==
          QStringList({QStringLiteral("last_name"), QString(), QStringLiteral("first_name"),
                       QStringLiteral("ref")}));
    CHECK(out.records.at(1).cells ==
          QStringList({QStringLiteral("Diallo"), QStringLiteral("x"), QStringLiteral("Amina"),
                       QStringLiteral("P-000007")}));
    CHECK(out.records.at(2).line == 4);
    CHECK(out.records.at(2).cells == QStringList({QStringLiteral("Karimi"), QString(), QString(),
                                                  QStringLiteral("P-000008")}));
}

TEST_CASE("generated refs follow the highest stored one", "[ui][import]")
{
    test::TestDatabase db;
    test::fillSample(db.db()); // P-000001 to P-000003
    const auto refs = ImportMapping::generateRefs(db.db(), QStringLiteral("participants"), 2);
    REQUIRE(refs);
    CHECK(*refs == QStringList({QStringLiteral("P-000004"), QStringLiteral("P-000005")}));
    CHECK(ImportMapping::canGenerateRefs(QStringLiteral("volunteers")));
    CHECK_FALSE(ImportMapping::canGenerateRefs(QStringLiteral("enrolments")));
    CHECK_FALSE(ImportMapping::generateRefs(db.db(), QStringLiteral("enrolments"), 1));
}
