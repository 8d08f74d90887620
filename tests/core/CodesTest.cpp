// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"
#include "core/domain/Codes.h"

using namespace parcours;

TEST_CASE("codes round-trip between value and stored code", "[domain]")
{
    for (auto m : allValues<Module>())
        CHECK(fromCode<Module>(codeOf(m)) == m);
    CHECK(codeOf(Situation::Cdd6mPlus) == QStringLiteral("cdd_6m_plus"));
    CHECK(codeOf(CefrLevel::B1) == QStringLiteral("B1"));
    CHECK_FALSE(fromCode<Module>(u"FLE").has_value()); // stored codes are exact
}

TEST_CASE("imports accept labels, French forms and any letter case", "[domain]")
{
    CHECK(parseCode<ParticipantStatus>(u"Réfugiée") == ParticipantStatus::Refugee);
    CHECK(parseCode<ParticipantStatus>(u"refugee") == ParticipantStatus::Refugee);
    CHECK(parseCode<ParticipantStatus>(u"REFUGEE") == ParticipantStatus::Refugee);
    CHECK(parseCode<ParticipantStatus>(u"réfugié·e") == ParticipantStatus::Refugee);
    CHECK(parseCode<ParticipantStatus>(u"Demandeuse d'asile") == ParticipantStatus::AsylumSeeker);
    CHECK(parseCode<ParticipantStatus>(u"Protection subsidiaire") == ParticipantStatus::SubsidiaryProtection);
    CHECK(parseCode<CefrLevel>(u"a1") == CefrLevel::A1);
    CHECK(parseCode<Situation>(u"CDI") == Situation::Cdi);
    CHECK(parseCode<Situation>(u"Formation qualifiante") == Situation::QualifyingTraining);
    CHECK(parseCode<AttendanceStatus>(u"Présente") == AttendanceStatus::Present);
    CHECK(parseCode<Module>(u"Soft skills") == Module::SoftSkills);
    CHECK_FALSE(parseCode<ParticipantStatus>(u"tourist").has_value());
    CHECK_FALSE(parseCode<CefrLevel>(u"").has_value());
}

TEST_CASE("situations fall into the classes of indicators.md", "[domain]")
{
    CHECK(classOf(Situation::Cdi) == SituationClass::Durable);
    CHECK(classOf(Situation::SelfEmployed) == SituationClass::Durable);
    CHECK(classOf(Situation::SubsidisedContract) == SituationClass::Transition);
    CHECK(classOf(Situation::QualifyingTraining) == SituationClass::Positive);
    CHECK(classOf(Situation::OtherTraining) == SituationClass::Other);
    CHECK(classOf(Situation::Unknown) == SituationClass::Unknown);
}

TEST_CASE("a mentor-only volunteer never serves as a coach", "[domain]")
{
    CHECK(canServeAs(VolunteerRole::Mentor, PairingRole::Mentor));
    CHECK_FALSE(canServeAs(VolunteerRole::Mentor, PairingRole::Coach));
    CHECK_FALSE(canServeAs(VolunteerRole::Coach, PairingRole::Mentor));
    CHECK(canServeAs(VolunteerRole::Both, PairingRole::Coach));
}
