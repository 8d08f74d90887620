// SPDX-License-Identifier: GPL-3.0-or-later
// The cohort report of the mini fixture's cohort MINI (tests/data/exchange-mini), written to PDF
// in French and in English and read back with pdftotext. Every figure expected below is worked
// out by hand from indicators.md in the comments; a cohort without any data shows its empty
// states; names appear only in the named annex.
#include "CatchQt.h"
#include "PdfText.h"
#include "ReportFixture.h"

#include "core/Clock.h"
#include "ui/print/CohortReport.h"
#include "ui/print/FigureFormat.h"

#include <QFile>
#include <QRegularExpression>

using namespace parcours;
using namespace parcours::test;

namespace {

const QLocale kFrench(QLocale::French, QLocale::France);
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);
const FixedClock kToday(QDateTime(QDate(2026, 12, 5), QTime(10, 0)));

/// EMPTY: a cohort with no participant, session or anything else yet.
const QMap<QString, QByteArray> kEmpty{
    {QStringLiteral("cohorts.csv"), "EMPTY,Passerelle Roubaix automne 2026,Passerelle,LIL,2026-11-02,2027-02-26,12,12,15,2,2\n"}};

/// The whole document's text in painting order, flattened.
QString textOf(const QString& pdf, int expectedPages)
{
    CHECK(pagesOf(pdf).size() == expectedPages);
    return paintedText(pdf);
}

print::CohortReportOptions options(const QLocale& locale, bool named = false)
{
    print::CohortReportOptions o;
    o.locale = locale;
    o.namedAnnex = named;
    o.clock = &kToday;
    return o;
}

// Participants, volunteers and trainers of the mini fixture: no report names them without the annex.
const QStringList kPeople{QStringLiteral("Ahmadi"), QStringLiteral("Bilal"),     QStringLiteral("Haile"),
                          QStringLiteral("Selam"),  QStringLiteral("Shevchenko"), QStringLiteral("Iryna"),
                          QStringLiteral("Julie"),  QStringLiteral("Petit"),      QStringLiteral("Roux"),
                          QStringLiteral("Leroy"),  QStringLiteral("Baker")};

} // namespace

// MINI by hand (3 to 14 March 2025, 3 enrolled: M1 and M2 completed, M3 withdrew on 5 March):
// - Hours: FLE held W1-1..4 (4 x 3 h = 12) + planned W2-1..3 (9) = 21 planned, 12 delivered;
//   English 2 held + 2 planned = 4 / 2; soft skills 4 / 2; all modules 29 / 16.
// - FLE marks of the expected pairs (M1, M2 at 4 sessions; M3 at the 3 up to 5 March):
//   M1 p p late p, M2 p excused p p, M3 p p absent: present 8, late 1, excused 1, absent 1,
//   unmarked 0: (8 + 1) / 11 = 81.82 %. English (6 March, M1 and M2): present 1, late 1: 100 %.
//   Soft skills (7 March): M1 absent, M2 unmarked: 0 / 1 = 0 %, 1 unmarked. All: 9 present,
//   2 late, 1 excused, 2 absent, 1 unmarked: 11 / 14 = 78.57 %. (M3's mark of 6 March, after
//   her exit, is not counted.)
// - Hours attended: M1 3 + 3 + 2 h 40 + 3 + 2 = 13.67; M2 3 + 3 + 3 + (2 h - 60 min) = 10;
//   M3 3 + 3 = 6; (13.67 + 10 + 6) / 3 = 9.89 -> 9.9.
// - Pairings: mentor M1 only (M2's is proposed): 1 of 3 = 33.3 %; coach M1 and M2: 2 of 3 =
//   66.7 %; both: M1, 33.3 %. Volunteers: W1, W2 and the volunteer trainer F2 = 3.
// - French: M1 A1 -> A2, M2 A0 -> A1: 2 assessed, +1 level on average, 2 gained one or more.
// - Exits of the 2 completed: at 6 months M1 cdi (durable, permanent), M2 other_training:
//   durable 1, other 1, dynamic 1: 50 %, permanent share 1/1 and durable share 1/1 = 100 %.
//   At exit, 3 and 12 months nothing recorded: 2 without news, 0 %, shares without denominator.
// - Week 11 (10 to 14 March, a full week) has 9 h of FLE, under the 12 h minimum: off target.
//   Week 10 has 12 h of FLE, 2 of English, 2 of soft skills: on target.
// - Data quality on 5 December 2026: 1 attendance not marked (M2, 7 March); outcomes due (exit
//   14 March 2025, 3 months 14 June 2025, 6 months 14 September 2025, 12 months 14 March 2026)
//   without a known situation: 2 at exit, 2 at 3 months, 0 at 6 months, 2 at 12 months; all
//   three have a consent date.

TEST_CASE("the cohort report in English carries the hand-computed figures of the mini cohort and no name",
          "[print][cohort-report]")
{
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    ReportFixture f;
    f.setSetting(QStringLiteral("organisation_name"), QStringLiteral("Association Tremplin"));
    const QString pdf = f.file(QStringLiteral("mini-en.pdf"));
    const auto pages = print::CohortReport::writeFile(f.db(), QStringLiteral("MINI"), pdf, options(kEnglish));
    REQUIRE(pages.has_value());
    const QString text = textOf(pdf, *pages);
    INFO(text.toStdString());
    // The cover.
    CHECK(text.contains(QStringLiteral("Association Tremplin")));
    CHECK(text.contains(QStringLiteral("COHORT REPORT")));
    CHECK(text.contains(QStringLiteral("Tremplin Lille printemps 2025")));
    CHECK(text.contains(QStringLiteral("Maison de l'emploi")));
    CHECK(text.contains(QStringLiteral("From 3 March 2025 to 14 March 2025")));
    CHECK(text.contains(QStringLiteral("Figures as of 5 December 2026")));
    // Key figures.
    CHECK(text.contains(QStringLiteral("French (FLE) 21 12 8 1 1 1 0 81.8%")));
    CHECK(text.contains(QStringLiteral("English 4 2 1 1 0 0 0 100%")));
    CHECK(text.contains(QStringLiteral("Soft skills 4 2 0 0 0 1 1 0%")));
    CHECK(text.contains(QStringLiteral("All modules 29 16 9 2 1 2 1 78.6%")));
    CHECK(text.contains(QStringLiteral("3 enrolled 2 completed 1 withdrawn 3 volunteers involved 9.9 hours attended per participant")));
    CHECK(text.contains(QStringLiteral("a mentor 1 of 3 33.3%")));
    CHECK(text.contains(QStringLiteral("a coach 2 of 3 66.7%")));
    CHECK(text.contains(QStringLiteral("both: a full trio 1 of 3 33.3%")));
    CHECK(text.contains(QStringLiteral("Volunteers involved: 3")));
    CHECK(text.contains(QStringLiteral("Participants with an entry and an exit level: 2. Average progression in CEFR levels: "
                                       "+1. Gained one level or more: 2 (100%).")));
    CHECK(text.contains(QStringLiteral("At exit 2 0 0 0 0 2 0% – –")));
    CHECK(text.contains(QStringLiteral("6 months 2 1 0 0 1 0 50% 100% 100%")));
    CHECK(text.contains(QStringLiteral("12 months 2 0 0 0 0 2 0% – –")));
    // Charts, weeks off target, data quality.
    CHECK(text.contains(QStringLiteral("Whole cohort: 78.6%")));
    CHECK(text.contains(QStringLiteral("50% dynamic")));
    CHECK(text.contains(QStringLiteral("1 week off target: week 11 (from 10/03/2025).")));
    CHECK(text.contains(QStringLiteral("Attendance not marked (participant-sessions) 1")));
    CHECK(text.contains(QStringLiteral("Outcomes due and not recorded: At exit 2")));
    CHECK(text.contains(QStringLiteral("Outcomes due and not recorded: 3 months 2")));
    CHECK(text.contains(QStringLiteral("Outcomes due and not recorded: 6 months 0")));
    CHECK(text.contains(QStringLiteral("Outcomes due and not recorded: 12 months 2")));
    CHECK(text.contains(QStringLiteral("Participants without a consent date 0")));
    for (const QString& name : kPeople)
        CHECK_FALSE(text.contains(name, Qt::CaseInsensitive));
}

TEST_CASE("the cohort report in French writes the same figures the French way", "[print][cohort-report]")
{
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    if (!hasFrench()) {
        WARN("SKIPPED: the French translation is not embedded in this test program");
        return;
    }
    ReportFixture f;
    const QString pdf = f.file(QStringLiteral("mini-fr.pdf"));
    const auto pages = print::CohortReport::writeFile(f.db(), QStringLiteral("MINI"), pdf, options(kFrench));
    REQUIRE(pages.has_value());
    const QString raw = pagesOf(pdf).join(QLatin1Char(' '));
    CHECK(raw.contains(QRegularExpression(QString::fromUtf8("81,8[\u202F\u00A0 ]%"))));
    const QString text = textOf(pdf, *pages);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("RAPPORT DE COHORTE")));
    CHECK(text.contains(QStringLiteral("Du 3 mars 2025 au 14 mars 2025")));
    CHECK(text.contains(QStringLiteral("Français (FLE) 21 12 8 1 1 1 0 81,8 %")));
    CHECK(text.contains(QStringLiteral("Anglais 4 2 1 1 0 0 0 100 %")));
    CHECK(text.contains(QStringLiteral("Tous les modules 29 16 9 2 1 2 1 78,6 %")));
    CHECK(text.contains(QStringLiteral("3 inscrit·e·s 2 ont terminé 1 abandons 3 bénévoles mobilisé·e·s 9,9 heures de présence par participant·e")));
    CHECK(text.contains(QStringLiteral("un·e mentor 1 sur 3 33,3 %")));
    CHECK(text.contains(QStringLiteral("À 6 mois 2 1 0 0 1 0 50 % 100 % 100 %")));
    CHECK(text.contains(QStringLiteral("Ensemble de la cohorte : 78,6 %")));
    CHECK(text.contains(QStringLiteral("Page 1 sur %1").arg(*pages)));
    // Nothing left in English.
    CHECK_FALSE(text.contains(QStringLiteral("Key figures")));
    CHECK_FALSE(text.contains(QStringLiteral("Attendance")));
    for (const QString& name : kPeople)
        CHECK_FALSE(text.contains(name, Qt::CaseInsensitive));
}

TEST_CASE("the named annex lists the participants, and only when asked", "[print][cohort-report]")
{
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    ReportFixture f;
    const QString plain = f.file(QStringLiteral("plain.pdf"));
    const QString named = f.file(QStringLiteral("named.pdf"));
    const auto plainPages = print::CohortReport::writeFile(f.db(), QStringLiteral("MINI"), plain, options(kEnglish));
    const auto namedPages = print::CohortReport::writeFile(f.db(), QStringLiteral("MINI"), named, options(kEnglish, true));
    REQUIRE(plainPages.has_value());
    REQUIRE(namedPages.has_value());
    CHECK(*namedPages == *plainPages + 1); // the annex starts a page of its own
    const QString plainText = textOf(plain, *plainPages);
    const QString text = textOf(named, *namedPages);
    INFO(text.toStdString());
    CHECK_FALSE(plainText.contains(QStringLiteral("Annex")));
    CHECK(text.contains(QStringLiteral("Annex: the participants")));
    CHECK(text.contains(QStringLiteral("Contains personal data")));
    // M1: 13.67 h attended, 5 present or late of 6 marked = 83.3 %, A1 -> A2, cdi at 6 months.
    CHECK(text.contains(QStringLiteral("AHMADI Bilal Completed 13.7 83.3% A1 → A2 6 months: Permanent contract (CDI)")));
    // M2: 10 h, 4 of 5 marked = 80 %, A0 -> A1, other training at 6 months.
    CHECK(text.contains(QStringLiteral("HAILE Selam Completed 10 80% A0 → A1 6 months: Other training")));
    // M3: 6 h, 2 of 3 expected and marked = 66.7 %, A2 -> none; her cdi at 6 months is recorded.
    CHECK(text.contains(QStringLiteral("SHEVCHENKO Iryna Withdrawn 6 66.7% A2 → – 6 months: Permanent contract (CDI)")));
}

TEST_CASE("a cohort without any data yet shows empty states rather than empty charts, with the logo",
          "[print][cohort-report]")
{
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    ReportFixture f(kEmpty);
    f.setSetting(QStringLiteral("organisation_logo"), logoBase64());
    const QString pdf = f.file(QStringLiteral("empty.pdf"));
    const auto pages = print::CohortReport::writeFile(f.db(), QStringLiteral("EMPTY"), pdf, options(kEnglish));
    REQUIRE(pages.has_value());
    const QString text = textOf(pdf, *pages);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("0 enrolled")));
    CHECK(text.contains(QStringLiteral("No session planned yet.")));
    CHECK(text.contains(QStringLiteral("No attendance marked yet.")));
    CHECK(text.contains(QStringLiteral("No participant has completed the programme yet.")));
    CHECK(text.contains(QStringLiteral("No participant has both an entry and an exit level yet.")));
    CHECK(text.contains(QStringLiteral("Nothing is missing")));
    // The logo is in the file: poppler lists one image.
    const QString images = tool(QStringLiteral("pdfimages"));
    if (!images.isEmpty()) {
        const QString list = run(images, {QStringLiteral("-list"), pdf});
        CHECK(list.count(QRegularExpression(QStringLiteral("\\n\\s+1\\s+\\d+\\s+image"))) == 1);
    }
}

TEST_CASE("an unknown cohort is NotFound and a failed write leaves the previous file", "[print][cohort-report]")
{
    ReportFixture f;
    const QString pdf = f.file(QStringLiteral("kept.pdf"));
    writeBytes(pdf, "previous");
    const auto unknown = print::CohortReport::writeFile(f.db(), QStringLiteral("NOPE"), pdf, options(kEnglish));
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(readBytes(pdf) == "previous");
    const auto io = print::CohortReport::writeFile(f.db(), QStringLiteral("MINI"), f.file(QStringLiteral("no/dir/x.pdf")),
                                                   options(kEnglish));
    REQUIRE_FALSE(io.has_value());
    CHECK(io.error().code == ErrorCode::Io);
}

TEST_CASE("the percent formatter writes rates the way each language does", "[print][format]")
{
    using print::format::percent;
    CHECK(percent(0.8, kFrench) == QString::fromUtf8("80\u202F%"));
    CHECK(percent(9.0 / 11, kFrench) == QString::fromUtf8("81,8\u202F%"));
    CHECK(percent(9.0 / 11, kEnglish) == QStringLiteral("81.8%"));
    CHECK(percent(1.0, kEnglish) == QStringLiteral("100%"));
    CHECK(percent(0.0, kEnglish) == QStringLiteral("0%"));
    CHECK(percent(2.0 / 3, kEnglish) == QStringLiteral("66.7%"));
    CHECK(percent(0.99999, kEnglish) == QStringLiteral("100%"));
    CHECK(percent(std::nullopt, kFrench) == QStringLiteral("–"));
    CHECK(print::format::number(29.0 / 3, kFrench) == QStringLiteral("9,7"));
    CHECK(print::format::number(16, kFrench) == QStringLiteral("16"));
}
