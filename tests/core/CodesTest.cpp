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

TEST_CASE("folding a Latin-1 text character by character gives what decomposing it gives", "[domain]")
{
    // A character above Latin-1 (the apostrophe ’, a separator, dropped at the end) sends a
    // text through the decomposition: both ways must agree on every pair of Latin-1 characters.
    const QChar apostrophe(0x2019);
    int differ = 0;
    for (int i = 0; i < 256; ++i) {
        for (int j = 0; j < 256; ++j) {
            const QString text = QString(QChar(i)) + QChar(j) + QStringLiteral("a") + QChar(i);
            if (codes::fold(text) != codes::fold(text + apostrophe))
                ++differ;
        }
    }
    CHECK(differ == 0);
    // Worked by hand: accents and case gone, separators one space, none at the ends.
    CHECK(codes::fold(QStringLiteral("  Hélène  DURAND-Zoé\n12/05/2022 \u00bd ")) ==
          QStringLiteral("helene durand zoe 12/05/2022 1\u20442"));
    CHECK(codes::fold(QStringLiteral("Ærø Straße, Ç'est")) == QStringLiteral("ærø straße, c est"));
}

TEST_CASE("folding a text's pieces one after another gives the folded text of the pieces joined",
          "[domain]")
{
    // Each row: its pieces, and what fold() makes of them joined by "\n", worked by hand.
    struct Row
    {
        QStringList pieces;
        QString folded;
    };
    const QList<Row> rows = {
        {{QStringLiteral("P-1"), QStringLiteral("Hélène"), QStringLiteral("DURAND-Zoé")},
         QStringLiteral("p 1 helene durand zoe")},
        // Empty pieces and pieces of separators only leave one space, none at the ends.
        {{QString(), QStringLiteral("  Émile "), QString(), QStringLiteral(" - "), QStringLiteral("15/03/2024")},
         QStringLiteral("emile 15/03/2024")},
        {{QStringLiteral(" "), QString()}, QString()},
        // A piece above Latin-1 (Arabic, the apostrophe ’) beside Latin-1 ones.
        {{QStringLiteral("Ahmad"), QStringLiteral("\u0623\u062D\u0645\u062F"), QStringLiteral("l\u2019Île")},
         QStringLiteral("ahmad \u0627\u062D\u0645\u062F l ile")},
    };
    QString buffer = QStringLiteral("kept");
    for (const Row& row : rows) {
        const qsizetype from = buffer.size();
        for (const QString& piece : row.pieces)
            codes::foldAppend(piece, buffer, from);
        CHECK(buffer.mid(from) == row.folded);
        CHECK(codes::fold(row.pieces.join(QLatin1Char('\n'))) == row.folded);
    }
    // What was there before is left as it was.
    CHECK(buffer.startsWith(QStringLiteral("keptp 1 helene")));

    // The same rows through one FoldWriter, a text per row, in a buffer too small to start
    // with: it grows, and is cut to what was written at the end.
    QString many = QStringLiteral("kept");
    many.squeeze();
    QList<qsizetype> starts;
    {
        codes::FoldWriter writer(many);
        for (int round = 0; round < 200; ++round) {
            for (const Row& row : rows) {
                writer.startText();
                starts << writer.size();
                for (const QString& piece : row.pieces)
                    writer.add(piece);
            }
        }
    }
    REQUIRE(starts.size() == 200 * rows.size());
    CHECK(many.startsWith(QStringLiteral("keptp 1 helene")));
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : many.size();
        const Row& row = rows.at(i % rows.size());
        INFO("text " << i);
        CHECK(many.mid(starts.at(i), end - starts.at(i)) == row.folded);
    }
    // Written over: a buffer cut back keeps its memory, the new texts replace the old ones.
    const qsizetype capacity = many.capacity();
    many.resize(0);
    {
        codes::FoldWriter writer(many);
        writer.add(QStringLiteral("Élan"));
        writer.add(QStringLiteral("VITAL"));
        CHECK(writer.size() == 10);
    }
    CHECK(many == QStringLiteral("elan vital"));
    CHECK(many.capacity() == capacity);
}
