// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/CohortTableModel.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

using namespace parcours;
using namespace parcours::ui;
using M = CohortTableModel;

TEST_CASE("the cohort model has one column per field it shows", "[ui][models]")
{
    M model;
    CHECK(model.columnCount() == M::ColumnCount);
    CHECK(M::ColumnCount == 8);
    QStringList headers;
    for (int c = 0; c < M::ColumnCount; ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    CHECK(headers ==
          QStringList({QStringLiteral("Ref."), QStringLiteral("Name"), QStringLiteral("Programme"),
                       QStringLiteral("Site"), QStringLiteral("Start"), QStringLiteral("End"),
                       QStringLiteral("Enrolled"), QStringLiteral("Places")}));
}

TEST_CASE("the cohort model shows the site's name and who is still enrolled", "[ui][models]")
{
    test::ScopedLanguage english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    test::TestDatabase file;
    test::fillSample(file.db());
    M model;
    REQUIRE(model.reload(file.db()));
    REQUIRE(model.rowCount() == 1);
    const auto text = [&](int column) { return model.index(0, column).data().toString(); };
    CHECK(text(M::Ref) == QStringLiteral("C-2024-1"));
    CHECK(text(M::Name) == QStringLiteral("Tremplin Lyon 2024-1"));
    CHECK(text(M::Programme) == QStringLiteral("Tremplin"));
    CHECK(text(M::Site) == QStringLiteral("Maison des associations"));
    CHECK(text(M::StartDate) == QStringLiteral("08/01/2024"));
    CHECK(text(M::EndDate) == QStringLiteral("05/04/2024"));
    CHECK(text(M::Enrolled) == QStringLiteral("2")); // three enrolments, one withdrawn
    CHECK(text(M::Capacity) == QStringLiteral("20"));
    CHECK(model.index(0, M::StartDate).data(SortRole) == QVariant(QDate(2024, 1, 8)));
    CHECK(model.index(0, M::Enrolled).data(SortRole) == QVariant(2));
}

TEST_CASE("the cohort model shows a site's ref when the site is unknown", "[ui][models]")
{
    Cohort c;
    c.ref = QStringLiteral("C-1");
    c.name = QStringLiteral("Tremplin");
    c.siteRef = QStringLiteral("S-GONE");
    M model;
    model.setRows({c});
    CHECK(model.index(0, M::Site).data() == QStringLiteral("S-GONE"));
    CHECK(model.index(0, M::Enrolled).data() == QStringLiteral("0"));
    model.clear();
    CHECK(model.rowCount() == 0);
}
