// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ParticipantTableModel.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/Transaction.h"

using namespace parcours;
using namespace parcours::ui;
using M = ParticipantTableModel;

namespace {
Participant sampleParticipant()
{
    Participant p;
    p.ref = QStringLiteral("P-000007");
    p.firstName = QStringLiteral("Hélène");
    p.lastName = QStringLiteral("Zerrouki");
    p.status = ParticipantStatus::SubsidiaryProtection;
    p.countryOfOrigin = QStringLiteral("SY");
    p.frenchLevelEntry = CefrLevel::B1;
    p.arrivalDate = QDate(2021, 11, 3);
    p.phone = QStringLiteral("06 12 34 56 78");
    p.email = QStringLiteral("helene@example.org");
    return p;
}
} // namespace

TEST_CASE("the participant model has one column per field it shows", "[ui][models]")
{
    M model;
    CHECK(model.columnCount() == M::ColumnCount);
    CHECK(M::ColumnCount == 10);
    QStringList headers;
    for (int c = 0; c < M::ColumnCount; ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    CHECK(headers ==
          QStringList({QStringLiteral("Ref."), QStringLiteral("Last name"),
                       QStringLiteral("First name"), QStringLiteral("Cohort"),
                       QStringLiteral("Status"), QStringLiteral("Country"),
                       QStringLiteral("French level"), QStringLiteral("Arrived in France"),
                       QStringLiteral("Phone"), QStringLiteral("Email")}));
}

TEST_CASE("the participant model shows each field of a participant", "[ui][models]")
{
    test::ScopedLanguage english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    M model;
    model.setRows({sampleParticipant()},
                  {{QStringLiteral("P-000007"), QStringLiteral("Tremplin 3")}});
    REQUIRE(model.rowCount() == 1);
    const auto text = [&](int column) { return model.index(0, column).data().toString(); };
    CHECK(text(M::Ref) == QStringLiteral("P-000007"));
    CHECK(text(M::LastName) == QStringLiteral("Zerrouki"));
    CHECK(text(M::FirstName) == QStringLiteral("Hélène"));
    CHECK(text(M::Cohort) == QStringLiteral("Tremplin 3"));
    CHECK(text(M::Status) == QStringLiteral("Subsidiary protection"));
    CHECK(text(M::Country) == QStringLiteral("SY"));
    CHECK(text(M::FrenchLevel) == QStringLiteral("B1"));
    CHECK(text(M::ArrivalDate) == QStringLiteral("03/11/2021")); // en_GB short date
    CHECK(text(M::Phone) == QStringLiteral("06 12 34 56 78"));
    CHECK(text(M::Email) == QStringLiteral("helene@example.org"));
    // Sorting uses the values themselves, not their text.
    CHECK(model.index(0, M::ArrivalDate).data(SortRole) == QVariant(QDate(2021, 11, 3)));
    CHECK(model.index(0, M::FrenchLevel).data(SortRole) == QVariant(int(CefrLevel::B1)));
    CHECK(model.index(0, M::Email).data(RefRole) == QStringLiteral("P-000007"));
}

TEST_CASE("the participant model leaves unknown values blank", "[ui][models]")
{
    Participant p;
    p.ref = QStringLiteral("P-1");
    p.firstName = QStringLiteral("Ana");
    p.lastName = QStringLiteral("Lima");
    M model;
    model.setRows({p});
    for (int column : {int(M::Cohort), int(M::Status), int(M::FrenchLevel), int(M::ArrivalDate)})
        CHECK(model.index(0, column).data().toString().isEmpty());
}

TEST_CASE("the participant model names the latest cohort a participant followed", "[ui][models]")
{
    test::TestDatabase file;
    test::fillSample(file.db());
    {
        // Hélène (P-000001) goes on to a second, later cohort.
        Transaction tx(file.db());
        REQUIRE(tx.begun());
        CohortRepository cohorts(file.db());
        Cohort later;
        later.ref = QStringLiteral("C-2024-2");
        later.name = QStringLiteral("Tremplin Lyon 2024-2");
        later.startDate = QDate(2024, 9, 2);
        later.endDate = QDate(2024, 12, 13);
        REQUIRE(cohorts.save(later));
        Enrolment e;
        e.cohortRef = later.ref;
        e.participantRef = QStringLiteral("P-000001");
        REQUIRE(cohorts.saveEnrolment(e));
        REQUIRE(tx.commit());
    }
    M model;
    REQUIRE(model.reload(file.db()));
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, M::Ref).data() == QStringLiteral("P-000001"));
    CHECK(model.index(0, M::Cohort).data() == QStringLiteral("Tremplin Lyon 2024-2"));
    CHECK(model.index(1, M::Cohort).data() == QStringLiteral("Tremplin Lyon 2024-1"));
}
