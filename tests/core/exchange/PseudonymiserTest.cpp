// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "core/exchange/Pseudonymiser.h"

using namespace parcours;

namespace {
// The salt as migration 0002 makes it: 32 hex digits, used as text.
const QByteArray kSecret("0123456789abcdef0123456789abcdef");
} // namespace

TEST_CASE("a pseudonym is the first 12 hex digits of HMAC-SHA-256 of kind and ref", "[exchange][pseudonym]")
{
    // Expected values from Python's hmac module: hmac.new(secret, b"participant\0M1", sha256).
    const Pseudonymiser p(kSecret);
    CHECK(p.token(QStringLiteral("participant"), QStringLiteral("M1")) == QStringLiteral("05e313cba449"));
    CHECK(p.token(QStringLiteral("participant"), QStringLiteral("M2")) == QStringLiteral("847318274d57"));
    CHECK(p.participantRef(QStringLiteral("M1")) == QStringLiteral("P-05e313cba449"));
    CHECK(p.volunteerRef(QStringLiteral("W1")) == QStringLiteral("V-919a665c569b"));
    CHECK(p.trainerRef(QStringLiteral("F1")) == QStringLiteral("T-8d417e813318"));
    CHECK(p.pairingRef(QStringLiteral("K1")) == QStringLiteral("K-e94fbb27f34d"));
}

TEST_CASE("pseudonyms are stable for one secret and differ with another or another kind",
          "[exchange][pseudonym]")
{
    const Pseudonymiser a(kSecret);
    const Pseudonymiser again(kSecret);
    const Pseudonymiser other(QByteArray("another secret"));
    CHECK(a.participantRef(QStringLiteral("M1")) == again.participantRef(QStringLiteral("M1")));
    CHECK(other.token(QStringLiteral("participant"), QStringLiteral("M1")) == QStringLiteral("7653e326abe8"));
    // A participant and a volunteer that share a ref do not share a pseudonym.
    CHECK(a.token(QStringLiteral("volunteer"), QStringLiteral("M1")) == QStringLiteral("081a385e5170"));
    CHECK(a.participantRef(QString()).isEmpty());
}

TEST_CASE("a pseudonymised participant keeps codes and dates, not names, contacts or free text",
          "[exchange][pseudonym]")
{
    Participant in;
    in.ref = QStringLiteral("M1");
    in.firstName = QStringLiteral("Bilal");
    in.lastName = QStringLiteral("Ahmadi");
    in.birthDate = QDate(1990, 5, 1);
    in.gender = Gender::Male;
    in.countryOfOrigin = QStringLiteral("AF");
    in.languages = QStringList{QStringLiteral("fa"), QStringLiteral("en")};
    in.frenchLevelEntry = CefrLevel::A1;
    in.status = ParticipantStatus::Refugee;
    in.arrivalDate = QDate(2023, 1, 10);
    in.phone = QStringLiteral("06 12 34 56 78");
    in.email = QStringLiteral("bilal@example.org");
    in.professionalProject = QStringLiteral("boulanger");
    in.sector = QStringLiteral("food");
    in.referrer = QStringLiteral("Mme Martin, France Travail");
    in.consentDate = QDate(2025, 2, 20);
    in.notes = QStringLiteral("lives with his brother");

    const Participant out = Pseudonymiser(kSecret).apply(in);
    CHECK(out.ref == QStringLiteral("P-05e313cba449"));
    CHECK(out.firstName == QStringLiteral("Participant"));
    CHECK(out.lastName == QStringLiteral("05e313cba449"));
    CHECK(out.birthDate == QDate(1990, 1, 1));
    CHECK(out.email == QStringLiteral("05e313cba449@example.invalid"));
    CHECK(out.phone.isEmpty());
    CHECK(out.professionalProject.isEmpty());
    CHECK(out.referrer.isEmpty());
    CHECK(out.notes.isEmpty());
    CHECK(out.gender == Gender::Male);
    CHECK(out.countryOfOrigin == QStringLiteral("AF"));
    CHECK(out.languages == in.languages);
    CHECK(out.frenchLevelEntry == CefrLevel::A1);
    CHECK(out.status == ParticipantStatus::Refugee);
    CHECK(out.arrivalDate == in.arrivalDate);
    CHECK(out.sector == QStringLiteral("food"));
    CHECK(out.consentDate == in.consentDate);
    CHECK(out.validate().isEmpty());
}

TEST_CASE("rows that point at people point at their pseudonyms", "[exchange][pseudonym]")
{
    const Pseudonymiser p(kSecret);
    Pairing k;
    k.ref = QStringLiteral("K1");
    k.participantRef = QStringLiteral("M1");
    k.volunteerRef = QStringLiteral("W1");
    k.cohortRef = QStringLiteral("MINI");
    k.status = PairingStatus::Ended;
    k.endReason = QStringLiteral("moved to Lyon with her husband");
    const Pairing out = p.apply(k);
    CHECK(out.ref == QStringLiteral("K-e94fbb27f34d"));
    CHECK(out.participantRef == QStringLiteral("P-05e313cba449"));
    CHECK(out.volunteerRef == QStringLiteral("V-919a665c569b"));
    CHECK(out.cohortRef == QStringLiteral("MINI"));
    CHECK(out.endReason.isEmpty());

    Session s;
    s.ref = QStringLiteral("W1-1");
    s.trainerRef = QStringLiteral("F1");
    CHECK(p.apply(s).trainerRef == QStringLiteral("T-8d417e813318"));
    CHECK(p.apply(s).ref == QStringLiteral("W1-1"));

    Outcome o;
    o.participantRef = QStringLiteral("M1");
    o.employer = QStringLiteral("Pains du Nord");
    o.sector = QStringLiteral("food");
    o.notes = QStringLiteral("night shifts");
    const Outcome po = p.apply(o);
    CHECK(po.participantRef == QStringLiteral("P-05e313cba449"));
    CHECK(po.employer.isEmpty());
    CHECK(po.notes.isEmpty());
    CHECK(po.sector == QStringLiteral("food"));

    Trainer t;
    t.ref = QStringLiteral("F1");
    t.name = QStringLiteral("Anne Leroy");
    t.phone = QStringLiteral("03 20 00 00 00");
    const Trainer pt = p.apply(t);
    CHECK(pt.name == QStringLiteral("Trainer 8d417e813318"));
    CHECK(pt.phone.isEmpty());
    CHECK(pt.email.isEmpty()); // no e-mail stays no e-mail
}
