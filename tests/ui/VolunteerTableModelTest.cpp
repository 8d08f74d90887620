// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/VolunteerTableModel.h"

#include "CatchQt.h"
#include "UiTestSupport.h"

using namespace parcours;
using namespace parcours::ui;
using M = VolunteerTableModel;

TEST_CASE("the volunteer model has one column per field it shows", "[ui][models]")
{
    M model;
    CHECK(model.columnCount() == M::ColumnCount);
    CHECK(M::ColumnCount == 12);
    CHECK(model.headerData(M::Role, Qt::Horizontal) == QStringLiteral("Role"));
    CHECK(model.headerData(M::Organisation, Qt::Horizontal) ==
          QStringLiteral("Employer or school"));
    CHECK(model.headerData(M::MaxPairings, Qt::Horizontal) == QStringLiteral("Max. participants"));
    CHECK_FALSE(
        model.headerData(M::MaxPairings, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

TEST_CASE("the volunteer model shows a mentor's job and a coach's school", "[ui][models]")
{
    test::ScopedLanguage english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Volunteer mentor;
    mentor.ref = QStringLiteral("V-1");
    mentor.firstName = QStringLiteral("Claire");
    mentor.lastName = QStringLiteral("Dubois");
    mentor.role = VolunteerRole::Mentor;
    mentor.profession = QStringLiteral("Accountant");
    mentor.employer = QStringLiteral("Banque du Rhône");
    mentor.sector = QStringLiteral("Finance");
    mentor.maxPairings = 2;
    mentor.availableFrom = QDate(2024, 1, 15);
    Volunteer coach;
    coach.ref = QStringLiteral("V-2");
    coach.firstName = QStringLiteral("Yanis");
    coach.lastName = QStringLiteral("Benali");
    coach.role = VolunteerRole::Both;
    coach.school = QStringLiteral("Université Lyon 2");
    coach.availableTo = QDate(2024, 6, 30);

    M model;
    model.setRows({mentor, coach});
    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    CHECK(text(0, M::Role) == QStringLiteral("Mentor"));
    CHECK(text(0, M::Occupation) == QStringLiteral("Accountant"));
    CHECK(text(0, M::Organisation) == QStringLiteral("Banque du Rhône"));
    CHECK(text(0, M::Sector) == QStringLiteral("Finance"));
    CHECK(text(0, M::MaxPairings) == QStringLiteral("2"));
    CHECK(text(0, M::AvailableFrom) == QStringLiteral("15/01/2024"));
    CHECK(text(0, M::AvailableTo).isEmpty());
    CHECK(text(1, M::Role) == QStringLiteral("Mentor and coach"));
    CHECK(text(1, M::Occupation) == QStringLiteral("Student"));
    CHECK(text(1, M::Organisation) == QStringLiteral("Université Lyon 2"));
    CHECK(text(1, M::AvailableTo) == QStringLiteral("30/06/2024"));
    CHECK(model.index(0, M::MaxPairings).data(SortRole) == QVariant(2));
    CHECK(model.index(0, M::MaxPairings).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
}

TEST_CASE("the volunteer model shows roles in French with the French translation",
          "[ui][models][translations]")
{
    test::ScopedLanguage french(QLocale(QLocale::French, QLocale::France));
    Volunteer v;
    v.ref = QStringLiteral("V-1");
    v.firstName = QStringLiteral("Yanis");
    v.lastName = QStringLiteral("Benali");
    v.role = VolunteerRole::Both;
    v.school = QStringLiteral("Sciences Po");
    M model;
    model.setRows({v});
    CHECK(model.index(0, M::Role).data() == QStringLiteral("Mentor et coach"));
    CHECK(model.index(0, M::Occupation).data() == QStringLiteral("Étudiant·e"));
    CHECK(model.headerData(M::LastName, Qt::Horizontal) == QStringLiteral("Nom"));
}
