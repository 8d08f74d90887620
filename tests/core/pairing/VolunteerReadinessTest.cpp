// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "core/pairing/VolunteerReadiness.h"

using namespace parcours;

namespace {

Volunteer readyVolunteer(VolunteerRole role)
{
    Volunteer v;
    v.ref = QStringLiteral("V1");
    v.firstName = QStringLiteral("Claire");
    v.lastName = QStringLiteral("Martin");
    v.role = role;
    v.sector = QStringLiteral("Restauration");
    v.profession = QStringLiteral("Cheffe de cuisine");
    v.school = QStringLiteral("Université de Lille");
    v.languages = {QStringLiteral("fr"), QStringLiteral("ar")};
    v.maxPairings = 1;
    v.availableFrom = QDate(2025, 1, 6);
    v.availableTo = QDate(2025, 12, 19);
    v.charterSignedOn = QDate(2024, 12, 2);
    v.trainingOn = QDate(2024, 12, 14);
    return v;
}

QList<ReadinessItem> itemsOf(const QList<ReadinessCheck>& checks)
{
    QList<ReadinessItem> out;
    for (const ReadinessCheck& c : checks)
        out << c.item;
    return out;
}

} // namespace

TEST_CASE("a mentor's checklist asks for sector and profession, not a school", "[pairing][readiness]")
{
    const Volunteer v = readyVolunteer(VolunteerRole::Mentor);
    CHECK(itemsOf(VolunteerReadiness::checklist(v))
          == QList<ReadinessItem>{ReadinessItem::CharterSigned, ReadinessItem::TrainingAttended, ReadinessItem::Sector,
                                  ReadinessItem::Profession, ReadinessItem::Availability, ReadinessItem::Languages,
                                  ReadinessItem::Capacity});
    CHECK(VolunteerReadiness::isReady(v));
}

TEST_CASE("a coach's checklist asks for a school, not a sector or profession", "[pairing][readiness]")
{
    Volunteer v = readyVolunteer(VolunteerRole::Coach);
    v.sector.clear();
    v.profession.clear();
    CHECK(itemsOf(VolunteerReadiness::checklist(v))
          == QList<ReadinessItem>{ReadinessItem::CharterSigned, ReadinessItem::TrainingAttended, ReadinessItem::School,
                                  ReadinessItem::Availability, ReadinessItem::Languages, ReadinessItem::Capacity});
    CHECK(VolunteerReadiness::isReady(v));
    v.school = QStringLiteral("  ");
    CHECK(VolunteerReadiness::missing(v) == QList<ReadinessItem>{ReadinessItem::School});
}

TEST_CASE("a volunteer who may be either needs both roles' details", "[pairing][readiness]")
{
    Volunteer v = readyVolunteer(VolunteerRole::Both);
    CHECK(VolunteerReadiness::checklist(v).size() == 8);
    CHECK(VolunteerReadiness::isReady(v));
    v.school.clear();
    v.sector.clear();
    CHECK(VolunteerReadiness::missing(v) == QList<ReadinessItem>{ReadinessItem::Sector, ReadinessItem::School});
}

TEST_CASE("what a volunteer lacks is listed in checklist order with its labels", "[pairing][readiness]")
{
    Volunteer v = readyVolunteer(VolunteerRole::Mentor);
    v.charterSignedOn = QDate();
    v.availableTo = QDate(); // an open end is not a window
    v.languages.clear();
    v.maxPairings = 0;
    const QList<ReadinessItem> missing = VolunteerReadiness::missing(v);
    CHECK(missing
          == QList<ReadinessItem>{ReadinessItem::CharterSigned, ReadinessItem::Availability, ReadinessItem::Languages,
                                  ReadinessItem::Capacity});
    CHECK(!VolunteerReadiness::isReady(v));
    CHECK(VolunteerReadiness::labels(missing)
          == QStringLiteral("Charter signed, Availability window, Languages, Capacity of one pairing or more"));
    QStringList codes;
    for (ReadinessItem item : missing)
        codes << VolunteerReadiness::code(item);
    CHECK(codes == QStringList{QStringLiteral("charter_signed"), QStringLiteral("availability"), QStringLiteral("languages"),
                               QStringLiteral("capacity")});
    const auto checks = VolunteerReadiness::checklist(v);
    CHECK(checks.at(1).item == ReadinessItem::TrainingAttended);
    CHECK(checks.at(1).done);
    CHECK(!checks.at(0).done);
}
