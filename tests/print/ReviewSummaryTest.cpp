// SPDX-License-Identifier: GPL-3.0-or-later
// The review summary PDF: the mini fixture's cohort MINI and a second cohort SUM2 in 2025, read
// back with pdftotext. Every figure below is computed by hand from indicators.md; the totals
// row is the one place where averaging the cohorts' rates would give other numbers.
#include "CatchQt.h"
#include "PdfText.h"
#include "ReportFixture.h"

#include "ui/print/ReviewSummary.h"

#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>

using namespace parcours;
using namespace parcours::test;

namespace {

/// SUM2 (2 to 27 June 2025 at LIL): N1..N4 all completed. One held FLE session of 3 hours on
/// 2 June: N1 and N2 present, N3 and N4 absent. At 6 months: N1 cdi, N2 cdd_6m_plus, N3
/// qualifying_training, N4 cdd_under_6m. No pairing.
const QMap<QString, QByteArray> kSum2{
    {QStringLiteral("cohorts.csv"), "SUM2,Tremplin Lille été 2025,Tremplin,LIL,2025-06-02,2025-06-27,12,12,15,2,2\n"},
    {QStringLiteral("participants.csv"),
     "N1,Nadia,Benali,1991-02-03,f,DZ,ar,A1,refugee,2023-01-10,,,,,,2025-05-20,\n"
     "N2,Omar,Haddad,1988-04-05,m,SY,ar,A1,refugee,2023-01-10,,,,,,2025-05-20,\n"
     "N3,Tesfaye,Girma,1995-06-07,m,ET,am,A2,refugee,2023-01-10,,,,,,2025-05-20,\n"
     "N4,Olena,Kovalenko,1985-08-09,f,UA,uk,B1,other_newcomer,2023-01-10,,,,,,2025-05-20,\n"},
    {QStringLiteral("enrolments.csv"), "SUM2,N1,2025-06-02,completed,2025-06-27,,\n"
                                       "SUM2,N2,2025-06-02,completed,2025-06-27,,\n"
                                       "SUM2,N3,2025-06-02,completed,2025-06-27,,\n"
                                       "SUM2,N4,2025-06-02,completed,2025-06-27,,\n"},
    {QStringLiteral("sessions.csv"), "S2-1,SUM2,fle,2025-06-02,09:00,12:00,F1,LIL-1,held,\n"},
    {QStringLiteral("attendance.csv"), "S2-1,N1,present,\nS2-1,N2,present,\nS2-1,N3,absent,\nS2-1,N4,absent,\n"},
    {QStringLiteral("outcomes.csv"), "N1,SUM2,m6,cdi,2025-12-10,,,\n"
                                     "N2,SUM2,m6,cdd_6m_plus,2025-12-10,,,\n"
                                     "N3,SUM2,m6,qualifying_training,2025-12-10,,,\n"
                                     "N4,SUM2,m6,cdd_under_6m,2025-12-10,,,\n"},
};

const QLocale kFrench(QLocale::French, QLocale::France);
const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);

/// The page's text with every run of spaces (pdftotext lays columns out with them, and gives
/// the narrow no-break space of "80 %" as itself) folded into one plain space.
QString flat(QString text)
{
    text.replace(QChar(0x202F), QLatin1Char(' '));
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.simplified();
}

} // namespace

TEST_CASE("the review summary has a row per cohort and a totals row whose rates come from the summed counts",
          "[print][review]")
{
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    ReportFixture f(kSum2);
    f.setSetting(QStringLiteral("organisation_name"), QStringLiteral("Association Tremplin"));
    // A threshold of 1 hides no count: this test checks the figures, the one below what is hidden.
    f.setSetting(QStringLiteral("report_small_count_threshold"), QStringLiteral("1"));
    const auto content = print::ReviewSummary::load(f.db(), QDate(2025, 1, 1), QDate(2025, 12, 31));
    REQUIRE(content.has_value());
    REQUIRE(content->cohorts.size() == 2);
    CHECK(content->cohorts[0].ref == QStringLiteral("MINI")); // starts 3 March
    CHECK(content->cohorts[1].ref == QStringLiteral("SUM2")); // starts 2 June

    const QString pdf = f.file(QStringLiteral("summary.pdf"));
    const auto pages = print::ReviewSummary::writeFile(f.db(), QDate(2025, 1, 1), QDate(2025, 12, 31), pdf,
                                                       {kEnglish});
    REQUIRE(pages.has_value());
    CHECK(*pages == 1);
    const QStringList text = pagesOf(pdf);
    REQUIRE(text.size() == 1);
    const QString page = paintedText(pdf);
    INFO(page.toStdString());
    CHECK(page.contains(QStringLiteral("Association Tremplin")));
    CHECK(page.contains(QStringLiteral("Review summary")));
    CHECK(page.contains(QStringLiteral("Cohorts ending from 1 January 2025 to 31 December 2025 · 2 cohorts")));

    // MINI (see tests/data/exchange-mini): enrolled 3, completed 2 (M1, M2), withdrawn 1 (M3).
    // Delivered: FLE 4 x 3 h + English 2 h + soft skills 2 h = 16 h. Expected pairs: M1 and M2 at
    // the 6 held sessions, M3 at the 3 before her exit on 5 March; marked: present 4+3+2 = 9,
    // late 1+1 = 2, excused 1, absent 1+1 = 2 (M2's soft skills unmarked, M3's mark of 6 March
    // not expected): 11 / 14 = 78.57 %. Trio: M1 only (M2's mentor pairing is proposed): 1/3.
    // Dynamic exits of the 2 completed: none at exit or 12 months (0 %); at 6 months M1 cdi,
    // M2 other_training: 1/2 = 50 %, of which cdi 1/1 = 100 % and durable 1/1 = 100 %.
    CHECK(page.contains(QStringLiteral("MINI Tremplin Lille printemps 2025 03/03/2025 – 14/03/2025 3 2 1 16 78.6% 33.3% 0% 50% 0% 100% 100%")));
    // SUM2: 4, 4, 0; 3 h; 2 present of 4 marked: 50 %; no pairing: 0 %; at 6 months N1 cdi,
    // N2 cdd_6m_plus (durable), N3 qualifying_training (positive), N4 cdd_under_6m (transition):
    // 4/4 = 100 %, cdi 1/4 = 25 %, durable 2/4 = 50 %.
    CHECK(page.contains(QStringLiteral("SUM2 Tremplin Lille été 2025 02/06/2025 – 27/06/2025 4 4 0 3 50% 0% 0% 100% 0% 25% 50%")));
    // Total: 7, 6, 1; 19 h; attendance (11 + 2) / (14 + 4) = 13/18 = 72.2 % (the average of the
    // rates would be 64.3 %); trio 1/7 = 14.3 % (average 16.7 %); at 6 months (1 + 4) / (2 + 4) =
    // 5/6 = 83.3 % (average 75 %), cdi 2/5 = 40 % (average 62.5 %), durable 3/5 = 60 % (75 %).
    CHECK(page.contains(QStringLiteral("Total 2 cohorts 7 6 1 19 72.2% 14.3% 0% 83.3% 0% 40% 60%")));
    CHECK_FALSE(page.contains(QStringLiteral("64.3%")));
    CHECK_FALSE(page.contains(QStringLiteral("75%")));
    CHECK_FALSE(page.contains(QStringLiteral("62.5%")));
    // Only counts: none of the participants' names.
    for (const QString& name : {QStringLiteral("Ahmadi"), QStringLiteral("Haile"), QStringLiteral("Shevchenko"),
                                QStringLiteral("Benali"), QStringLiteral("Haddad"), QStringLiteral("Girma"),
                                QStringLiteral("Kovalenko"), QStringLiteral("Bilal"), QStringLiteral("Nadia")})
        CHECK_FALSE(page.contains(name, Qt::CaseInsensitive));
}

TEST_CASE("the review summary in French writes its figures the French way", "[print][review]")
{
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    if (!hasFrench()) {
        WARN("SKIPPED: the French translation is not embedded in this test program");
        return;
    }
    ReportFixture f(kSum2);
    f.setSetting(QStringLiteral("report_small_count_threshold"), QStringLiteral("1")); // figures, nothing hidden
    const QString pdf = f.file(QStringLiteral("synthese.pdf"));
    REQUIRE(print::ReviewSummary::writeFile(f.db(), QDate(2025, 1, 1), QDate(2025, 12, 31), pdf, {kFrench}).has_value());
    const QStringList text = pagesOf(pdf);
    REQUIRE(text.size() == 1);
    INFO(text[0].toStdString());
    // A (no-break) space before the sign, a decimal comma.
    CHECK(text[0].contains(QRegularExpression(QString::fromUtf8("78,6[\u202F\u00A0 ]%"))));
    const QString page = paintedText(pdf);
    CHECK(page.contains(QStringLiteral("Synthèse de la revue")));
    CHECK(page.contains(QStringLiteral("Cohortes terminées du 1 janvier 2025 au 31 décembre 2025 · 2 cohortes")));
    CHECK(page.contains(QStringLiteral("MINI Tremplin Lille printemps 2025 03/03/2025 – 14/03/2025 3 2 1 16 78,6 % 33,3 % 0 % 50 % 0 % 100 % 100 %")));
    CHECK(page.contains(QStringLiteral("Total 2 cohortes 7 6 1 19 72,2 % 14,3 % 0 % 83,3 % 0 % 40 % 60 %")));
    CHECK(page.contains(QStringLiteral("Page 1 sur 1")));
}

TEST_CASE("the review summary hides counts of fewer persons than the threshold, and the rates made from them",
          "[print][review]")
{
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    ReportFixture f(kSum2); // the default threshold: 3
    const QString pdf = f.file(QStringLiteral("summary.pdf"));
    REQUIRE(print::ReviewSummary::writeFile(f.db(), QDate(2025, 1, 1), QDate(2025, 12, 31), pdf, {kEnglish}).has_value());
    const QString page = paintedText(pdf);
    INFO(page.toStdString());
    // MINI: enrolled 3 shown; completed 2 and withdrawn 1 hidden; hours and attendance (not
    // counts of persons) shown; trio 1/3 hidden (1 person); the exit rates' denominator is the
    // 2 completed: all three hidden; cdi 1/1 and durable 1/1 hidden.
    CHECK(page.contains(QStringLiteral("MINI Tremplin Lille printemps 2025 03/03/2025 – 14/03/2025 3 s s 16 78.6% s s s s s s")));
    // SUM2: 4, 4 and 0 (zero is shown); trio 0/4 and exits 0/4, 4/4, 0/4 shown; cdi 1 of 4
    // dynamic and durable 2 of 4 hidden.
    CHECK(page.contains(QStringLiteral("SUM2 Tremplin Lille été 2025 02/06/2025 – 27/06/2025 4 4 0 3 50% 0% 0% 100% 0% s s")));
    // Total: withdrawn 1 hidden; trio 1/7 hidden; 6 months 5/6 shown; cdi 2/5 hidden, durable
    // 3/5 = 60 % shown.
    CHECK(page.contains(QStringLiteral("Total 2 cohorts 7 6 s 19 72.2% s 0% 83.3% 0% s 60%")));
    CHECK(page.contains(QStringLiteral("s: not shown because it counts, or is computed from, fewer than 3 persons")));
    CHECK_FALSE(page.contains(QStringLiteral("33.3%")));
    CHECK_FALSE(page.contains(QStringLiteral("14.3%")));
}

TEST_CASE("a long review summary repeats the table's header on every page and ends with the totals",
          "[print][review]")
{
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    // 40 cohorts ending in 2026, without participants.
    QByteArray cohorts;
    for (int i = 1; i <= 40; ++i)
        cohorts += QStringLiteral("L%1,Long %1,Tremplin,LIL,2026-01-05,2026-02-%2,12,12,15,2,2\n")
                       .arg(i, 2, 10, QLatin1Char('0'))
                       .arg(i % 20 + 1, 2, 10, QLatin1Char('0'))
                       .toUtf8();
    ReportFixture f({{QStringLiteral("cohorts.csv"), cohorts}});
    const QString pdf = f.file(QStringLiteral("long.pdf"));
    const auto pages = print::ReviewSummary::writeFile(f.db(), QDate(2026, 1, 1), QDate(2026, 12, 31), pdf, {kEnglish});
    REQUIRE(pages.has_value());
    // 15 rows on a page (and the line saying it goes on); the last page keeps room for the totals
    // and the notes (11 rows): 15 + 15 + 10.
    REQUIRE(print::ReviewSummary::rowsPerPage() == 15);
    CHECK(*pages == 3);
    const QStringList text = pagesOf(pdf);
    REQUIRE(text.size() == 3);
    int rows = 0;
    for (int i = 0; i < text.size(); ++i) {
        INFO("page " << i + 1 << ":\n" << text[i].toStdString());
        CHECK(text[i].contains(QStringLiteral("Cohort")));
        CHECK(text[i].contains(QStringLiteral("Enrolled")));
        CHECK(text[i].contains(QStringLiteral("Dynamic exit rate")));
        CHECK(text[i].contains(QStringLiteral("Page %1 of 3").arg(i + 1)));
        CHECK(text[i].contains(QStringLiteral("Total")) == (i == 2));
        rows += int(text[i].count(QRegularExpression(QStringLiteral("\\bL\\d\\d\\b"))));
    }
    CHECK(rows == 40);
    CHECK(paintedText(pdf).contains(QStringLiteral("Total 40 cohorts 0 0 0 0 – – – – – – –")));
}

TEST_CASE("a review summary of a period without cohorts says so; a reversed period is refused; a failed write "
          "leaves the previous file",
          "[print][review]")
{
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    ReportFixture f;
    const QString pdf = f.file(QStringLiteral("empty.pdf"));
    const auto pages = print::ReviewSummary::writeFile(f.db(), QDate(2030, 1, 1), QDate(2030, 12, 31), pdf, {kEnglish});
    REQUIRE(pages.has_value());
    CHECK(*pages == 1);
    const QString page = flat(pagesOf(pdf).value(0));
    CHECK(page.contains(QStringLiteral("No cohort ends in this period.")));
    CHECK(page.contains(QStringLiteral("0 cohorts")));
    CHECK_FALSE(page.contains(QStringLiteral("Total")));

    const auto reversed = print::ReviewSummary::writeFile(f.db(), QDate(2025, 12, 31), QDate(2025, 1, 1), pdf, {kEnglish});
    REQUIRE_FALSE(reversed.has_value());
    CHECK(reversed.error().code == ErrorCode::Usage);
    CHECK(flat(pagesOf(pdf).value(0)).contains(QStringLiteral("No cohort ends in this period.")));

    const auto io = print::ReviewSummary::writeFile(f.db(), QDate(2025, 1, 1), QDate(2025, 12, 31),
                                                    f.file(QStringLiteral("no/such/dir/x.pdf")), {kEnglish});
    REQUIRE_FALSE(io.has_value());
    CHECK(io.error().code == ErrorCode::Io);
}
