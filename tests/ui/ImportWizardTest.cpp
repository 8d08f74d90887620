// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ImportWizard.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/VolunteerRepository.h"
#include "ui/dialogs/ImportCheckPage.h"
#include "ui/dialogs/ImportMappingPage.h"
#include "ui/dialogs/ImportSourcePage.h"
#include "ui/widgets/ImportReportView.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QTableWidget>

using namespace parcours;
using namespace parcours::ui;
using test::readBytes;
using test::TestDatabase;
using test::writeBytes;

namespace {

// Made by hand in a French spreadsheet: `;`, French headers, a column Parcours does not know,
// dates in both forms, a country in lower case, no ref column.
const QByteArray kFrenchList =
    "Nom;Pr\xC3\xA9nom;Date de naissance;Pays d'origine;T\xC3\xA9l\xC3\xA9phone;Remarque\r\n"
    "Diallo;Amina;05/04/1992;gn;06 12 34 56 78;arriv\xC3\xA9"
    "e en 2022\r\n"
    "Karimi;Ahmad;1990-01-15;AF;;\r\n"
    "Haile;Selam;;ER;;parle tigrinya\r\n";

std::optional<Participant> find(Database& db, const QString& ref)
{
    auto found = ParticipantRepository(db).find(ref);
    REQUIRE(found);
    return *found;
}

int participantCount(Database& db)
{
    auto count = ParticipantRepository(db).count();
    REQUIRE(count);
    return *count;
}

} // namespace

TEST_CASE("import wizard: a French list with semicolons is previewed, mapped and imported",
          "[ui][import]")
{
    test::IsolatedSettings settings;
    TestDatabase db;
    const QString path = db.dir() + QStringLiteral("/liste des inscrits.csv");
    writeBytes(path, kFrenchList);

    ImportWizard wizard(db.db());
    wizard.setFile(path);
    wizard.show();
    CHECK(wizard.table() == QStringLiteral("participants")); // the default, the name says nothing

    // Preview: the file's header and first rows, through the core's reader.
    QTableWidget* preview = wizard.sourcePage()->preview();
    REQUIRE(preview->columnCount() == 6);
    REQUIRE(preview->rowCount() == 3);
    CHECK(preview->horizontalHeaderItem(1)->text() == QStringLiteral("Prénom"));
    CHECK(preview->item(0, 0)->text() == QStringLiteral("Diallo"));
    CHECK(preview->item(2, 5)->text() == QStringLiteral("parle tigrinya"));
    CHECK(preview->verticalHeaderItem(0)->text() == QStringLiteral("2")); // the file's line
    CHECK(wizard.document().separator == QLatin1Char(';'));
    CHECK(wizard.sourcePage()->isComplete());

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    CHECK(wizard.targets() ==
          QStringList({QStringLiteral("last_name"), QStringLiteral("first_name"),
                       QStringLiteral("birth_date"), QStringLiteral("country_of_origin"),
                       QStringLiteral("phone"), QString()}));
    CHECK(wizard.generatesRefs());
    CHECK(wizard.mappingPage()->isComplete());
    // Every choice can be changed: the remark goes into the notes.
    QComboBox* remark = wizard.mappingPage()->targetBox(5);
    REQUIRE(remark);
    remark->setCurrentIndex(remark->findData(QStringLiteral("notes")));
    CHECK(wizard.targets().at(5) == QStringLiteral("notes"));

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    REQUIRE(wizard.checkReport());
    CHECK(wizard.checkReport()->ok());
    CHECK(wizard.checkReport()->inserted == 3);
    CHECK(participantCount(db.db()) == 0); // checked, not written
    QAbstractButton* import = wizard.button(QWizard::FinishButton);
    REQUIRE(import->isEnabled());
    import->click();

    CHECK(wizard.result().has_value());
    CHECK(wizard.result().value().written);
    CHECK(participantCount(db.db()) == 3);
    // An empty file gets refs from P-000001, in the order of the rows.
    const auto amina = find(db.db(), QStringLiteral("P-000001"));
    REQUIRE(amina);
    CHECK(amina->lastName == QStringLiteral("Diallo"));
    CHECK(amina->firstName == QStringLiteral("Amina"));
    CHECK(amina->birthDate == QDate(1992, 4, 5));
    CHECK(amina->countryOfOrigin == QStringLiteral("GN"));
    CHECK(amina->phone == QStringLiteral("06 12 34 56 78"));
    CHECK(amina->notes == QStringLiteral("arrivée en 2022"));
    const auto selam = find(db.db(), QStringLiteral("P-000003"));
    REQUIRE(selam);
    CHECK(selam->fullName() == QStringLiteral("Selam Haile"));
    CHECK_FALSE(selam->birthDate.isValid());
    CHECK(selam->notes == QStringLiteral("parle tigrinya"));
}

TEST_CASE("import wizard: every bad row is shown with its reason and nothing is written",
          "[ui][import]")
{
    test::IsolatedSettings settings;
    TestDatabase db;
    const QString path = db.dir() + QStringLiteral("/mauvais.csv");
    writeBytes(path, "Nom;Pr\xC3\xA9nom;Date de naissance;Niveau\n"
                     "Diallo;Amina;31/02/1992;A1\n"
                     ";Ahmad;1990-01-15;a2\n"
                     "\n"
                     "Haile;Selam;;Z9\n");

    ImportWizard wizard(db.db());
    wizard.setFile(path);
    wizard.show();
    wizard.next();
    // "Niveau" is no header the core knows: it is ignored until the person says what it is.
    CHECK(wizard.targets().at(3).isEmpty());
    wizard.setTarget(3, QStringLiteral("french_level_entry"));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    REQUIRE(wizard.checkReport());
    CHECK_FALSE(wizard.checkReport()->ok());

    // One line per problem, with the file's line (the blank line 4 counts) and its header.
    const QStringList lines = wizard.checkPage()->reportView()->problemLines();
    REQUIRE(lines.size() == 3);
    CHECK(
        lines.at(0).startsWith(QStringLiteral("mauvais.csv:2: Date de naissance (birth_date): ")));
    CHECK(lines.at(1).startsWith(QStringLiteral("mauvais.csv:3: Nom (last_name): ")));
    CHECK(lines.at(2).startsWith(QStringLiteral("mauvais.csv:5: Niveau (french_level_entry): ")));
    CHECK(lines.at(2).contains(QStringLiteral("Z9")));
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    CHECK_FALSE(wizard.checkPage()->validatePage());
    CHECK(participantCount(db.db()) == 0);
    CHECK_FALSE(wizard.result().has_value());
}

TEST_CASE("import wizard: a file's name chooses the table, a missing required column stops the "
          "mapping",
          "[ui][import]")
{
    test::IsolatedSettings settings;
    TestDatabase db;
    const QString path = db.dir() + QStringLiteral("/Bénévoles 2025.csv");
    writeBytes(path, "ref,first_name,Profession\nV1,Claire,Comptable\n");

    ImportWizard wizard(db.db());
    wizard.setFile(path);
    wizard.show();
    CHECK(wizard.table() == QStringLiteral("volunteers"));
    wizard.next();
    CHECK(wizard.targets() == QStringList({QStringLiteral("ref"), QStringLiteral("first_name"),
                                           QStringLiteral("profession")}));
    CHECK_FALSE(wizard.generatesRefs());
    // last_name and role are required and no column gives them.
    CHECK_FALSE(wizard.mappingPage()->isComplete());
    CHECK(wizard.mappingPage()->status()->text().contains(QStringLiteral("Last name")));
    CHECK(wizard.mappingPage()->status()->text().contains(QStringLiteral("Role")));
    // Two columns for one target is refused as well.
    wizard.setTarget(2, QStringLiteral("first_name"));
    CHECK(wizard.mappingPage()->status()->text().contains(QStringLiteral("more than one column")));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::MappingPage);
    auto count = VolunteerRepository(db.db()).count();
    REQUIRE(count);
    CHECK(*count == 0);
}

TEST_CASE("import wizard: a file that is not CSV cannot go further", "[ui][import]")
{
    test::IsolatedSettings settings;
    TestDatabase db;
    const QString path = db.dir() + QStringLiteral("/cassé.csv");
    writeBytes(path, "ref,first_name,last_name\nP1,\"Amina,Diallo\n");
    ImportWizard wizard(db.db());
    wizard.setFile(path);
    CHECK_FALSE(wizard.sourcePage()->isComplete());
    CHECK(wizard.sourcePage()->info()->text().contains(QStringLiteral("line 2")));
    wizard.setFile(db.dir() + QStringLiteral("/absent.csv"));
    CHECK_FALSE(wizard.sourcePage()->isComplete());
}

TEST_CASE("import wizard in French: the reasons of the core importer are in French", "[ui][import]")
{
    test::IsolatedSettings settings;
    test::ScopedLanguage french(QLocale(QLocale::French, QLocale::France));
    TestDatabase db;
    const QString path = db.dir() + QStringLiteral("/liste.csv");
    writeBytes(path, "Nom;Pr\xC3\xA9nom\n;Ahmad\n");
    ImportWizard wizard(db.db());
    wizard.setFile(path);
    wizard.show();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    CHECK(wizard.checkPage()->reportView()->problemLines() ==
          QStringList{QStringLiteral("liste.csv:2: Nom (last_name): est obligatoire")});
}
