// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly sign-in sheet: the mini fixture (weeks 2025-W10 and W11, M3 withdrawn on 5 March)
// and a hand-made cohort of 24 (two sessions in one morning, a cancelled afternoon, a late
// enrolment, a withdrawal, a session without trainer) written to PDF and read back with
// poppler's pdftotext and pdfinfo. Every expected page and name is counted by hand below.
#include "CatchQt.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include "core/exchange/ExchangeImporter.h"
#include "ui/print/AttendanceSheet.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace parcours;
using namespace parcours::test;

namespace {

QString two(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

/// The mini fixture plus cohort SHEET (17 to 28 March 2025 at LIL) of 24 participants P01..P24:
/// P23 withdrew on Tuesday 18 March, P24 joined on Wednesday 19 March. Its week 12: Monday
/// morning FLE 09:00-10:30 and English 10:45-12:15; Monday afternoon soft skills, cancelled;
/// Wednesday afternoon a professional day 13:30-17:00 without trainer. Week 13: Tuesday FLE.
class Fixture
{
public:
    Fixture()
    {
        QByteArray participants;
        QByteArray enrolments;
        for (int i = 1; i <= 24; ++i) {
            participants += QStringLiteral("P%1,Prénom%1,Nom%1,1990-01-01,f,SY,ar,A1,refugee,2023-01-01,,,,,,2025-03-01,\n")
                                .arg(two(i))
                                .toUtf8();
            const QString enrolledOn = i == 24 ? QStringLiteral("2025-03-19") : QStringLiteral("2025-03-17");
            const QString tail = i == 23 ? QStringLiteral("withdrawn,2025-03-18,moved,") : QStringLiteral("enrolled,,,");
            enrolments += QStringLiteral("SHEET,P%1,%2,%3\n").arg(two(i), enrolledOn, tail).toUtf8();
        }
        const QDir source(testDataPath(QStringLiteral("exchange-mini")));
        const QDir folder(m_db.dir() + QStringLiteral("/folder"));
        REQUIRE(QDir().mkpath(folder.path()));
        const QMap<QString, QByteArray> extra{
            {QStringLiteral("cohorts.csv"), "SHEET,Passerelle Roubaix,Passerelle,LIL,2025-03-17,2025-03-28,30,12,15,2,2\n"},
            {QStringLiteral("participants.csv"), participants},
            {QStringLiteral("enrolments.csv"), enrolments},
            {QStringLiteral("sessions.csv"), "S-1,SHEET,fle,2025-03-17,09:00,10:30,F1,LIL-1,planned,\n"
                                             "S-2,SHEET,english,2025-03-17,10:45,12:15,F2,LIL-1,planned,\n"
                                             "S-3,SHEET,soft_skills,2025-03-17,14:00,16:00,F2,LIL-1,cancelled,\n"
                                             "S-4,SHEET,professional_day,2025-03-19,13:30,17:00,,,planned,Visite\n"
                                             "S-5,SHEET,fle,2025-03-25,09:00,12:00,F1,LIL-1,planned,\n"}};
        for (const QString& name : source.entryList(QDir::Files))
            writeBytes(folder.filePath(name), readBytes(source.filePath(name)) + extra.value(name));
        const auto report = ExchangeImporter(m_db.db()).importDir(folder.path());
        REQUIRE(report.has_value());
        for (const Problem& problem : report->problems)
            UNSCOPED_INFO(problem.toString().toStdString());
        REQUIRE(report->written);
    }
    Database& db() { return m_db.db(); }
    QString file(const QString& name) const { return m_db.dir() + QLatin1Char('/') + name; }
    void setOrganisation(const QString& name)
    {
        const QString connection = QStringLiteral("sheet-test-settings");
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            sql.setDatabaseName(m_db.path());
            REQUIRE(sql.open());
            QSqlQuery q(sql);
            REQUIRE(q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES ('organisation_name', ?)")));
            q.addBindValue(name);
            REQUIRE(q.exec());
        }
        QSqlDatabase::removeDatabase(connection);
    }
    /// Prints the week of `day` in English; returns the PDF's path.
    QString print(const QString& cohort, const QDate& day, int expectedPages)
    {
        const QString pdf = file(cohort + day.toString(Qt::ISODate) + QStringLiteral(".pdf"));
        const auto pages = print::AttendanceSheet::writeFile(db(), cohort, day, pdf,
                                                             QLocale(QLocale::English, QLocale::UnitedKingdom));
        REQUIRE(pages.has_value());
        CHECK(*pages == expectedPages);
        return pdf;
    }

private:
    TestDatabase m_db;
};

const QString kBilal = QStringLiteral("AHMADI Bilal");
const QString kSelam = QStringLiteral("HAILE Selam");
const QString kIryna = QStringLiteral("SHEVCHENKO Iryna");

} // namespace

TEST_CASE("the mini fixture's week 10 prints one portrait A4 page per half-day with sessions, the withdrawn "
          "participant only until her exit",
          "[print][sheet]")
{
    if (tool(QStringLiteral("pdftotext")).isEmpty() || tool(QStringLiteral("pdfinfo")).isEmpty())
        return;
    Fixture f;
    f.setOrganisation(QStringLiteral("Association Tremplin"));
    // Monday to Thursday mornings (FLE), Thursday afternoon (English), Friday afternoon (soft skills).
    const QString pdf = f.print(QStringLiteral("MINI"), QDate(2025, 3, 5), 6);
    const QString info = run(tool(QStringLiteral("pdfinfo")), {pdf});
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+6\\n"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts"))));

    const QStringList pages = pagesOf(pdf);
    REQUIRE(pages.size() == 6);
    const QStringList titles{QStringLiteral("Monday 3 March 2025 · Morning"), QStringLiteral("Tuesday 4 March 2025 · Morning"),
                             QStringLiteral("Wednesday 5 March 2025 · Morning"), QStringLiteral("Thursday 6 March 2025 · Morning"),
                             QStringLiteral("Thursday 6 March 2025 · Afternoon"), QStringLiteral("Friday 7 March 2025 · Afternoon")};
    for (int i = 0; i < 6; ++i) {
        const QString& page = pages[i];
        INFO(page.toStdString());
        CHECK(page.trimmed().startsWith(QStringLiteral("Association Tremplin")));
        CHECK(page.contains(QStringLiteral("Week 10 · from 3 to 7 March 2025")));
        CHECK(page.contains(QStringLiteral("Sign-in sheet")));
        CHECK(page.contains(QStringLiteral("Tremplin Lille printemps 2025 · Maison de l'emploi")));
        CHECK(page.contains(titles[i]));
        CHECK(page.contains(QStringLiteral("Trainer's signature")));
        CHECK(page.contains(QStringLiteral("Page %1 of 6").arg(i + 1)));
        CHECK(page.count(kBilal) == 1);
        CHECK(page.count(kSelam) == 1);
        // Iryna (M3) left on Wednesday 5 March: expected up to that day, included.
        CHECK(page.count(kIryna) == (i < 3 ? 1 : 0));
        CHECK(page.contains(i < 3 ? QStringLiteral("Participants expected: 3") : QStringLiteral("Participants expected: 2")));
    }
    for (int i = 0; i < 4; ++i) {
        CHECK(pages[i].contains(QRegularExpression(QStringLiteral("French \\(FLE\\)"))));
        CHECK(pages[i].contains(QStringLiteral("09:00 – 12:00")));
        CHECK(pages[i].contains(QStringLiteral("Anne Leroy")));
        CHECK_FALSE(pages[i].contains(QStringLiteral("Tom Baker")));
    }
    CHECK(pages[4].contains(QStringLiteral("English")));
    CHECK(pages[4].contains(QStringLiteral("14:00 – 16:00")));
    CHECK(pages[4].contains(QStringLiteral("Tom Baker")));
    CHECK(pages[5].contains(QStringLiteral("Soft skills")));
    // Names in alphabetical order of the last name.
    CHECK(pages[0].indexOf(kBilal) < pages[0].indexOf(kSelam));
    CHECK(pages[0].indexOf(kSelam) < pages[0].indexOf(kIryna));
}

TEST_CASE("week 11 of the mini fixture: five half-days, the two who stayed", "[print][sheet]")
{
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    Fixture f;
    // Monday to Wednesday mornings, Thursday and Friday afternoons; any day of the week will do.
    const QStringList pages = pagesOf(f.print(QStringLiteral("MINI"), QDate(2025, 3, 16), 5));
    REQUIRE(pages.size() == 5);
    CHECK(pages[3].contains(QStringLiteral("Thursday 13 March 2025 · Afternoon")));
    for (const QString& page : pages) {
        CHECK(page.contains(QStringLiteral("Participants expected: 2")));
        CHECK_FALSE(page.contains(kIryna));
        // No organisation set: the header starts with the week.
        CHECK(page.trimmed().startsWith(QStringLiteral("Week 11 · from 10 to 14 March 2025")));
    }
}

TEST_CASE("a cohort of 24 prints two sessions on one morning, skips a cancelled afternoon, and continues "
          "a half-day on a second page when it has more participants than fit",
          "[print][sheet]")
{
    // 842 pt less margins (2 x 34), header 92, gap 10, table head 50, trainer row 52, gap 10,
    // footer 20 leaves 540 pt, at 24 pt a row at least: 22 rows.
    REQUIRE(print::AttendanceSheet::rowsPerPage() == 22);
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    Fixture f;
    // Monday morning: P01..P23 (P24 not yet there) = 23, two pages. Monday afternoon cancelled.
    // Wednesday afternoon: P01..P22 and P24 (P23 left on Tuesday) = 23, two pages.
    const QStringList pages = pagesOf(f.print(QStringLiteral("SHEET"), QDate(2025, 3, 17), 4));
    REQUIRE(pages.size() == 4);
    const QString monday = pages[0] + pages[1];
    const QString wednesday = pages[2] + pages[3];
    INFO(pages[0].toStdString());
    CHECK(pages[0].contains(QStringLiteral("Monday 17 March 2025 · Morning (sheet 1 of 2)")));
    CHECK(pages[1].contains(QStringLiteral("Monday 17 March 2025 · Morning (sheet 2 of 2)")));
    CHECK(pages[2].contains(QStringLiteral("Wednesday 19 March 2025 · Afternoon (sheet 1 of 2)")));
    CHECK_FALSE(monday.contains(QStringLiteral("Afternoon")));
    CHECK_FALSE(monday.contains(QStringLiteral("Soft skills")));
    for (const QString& page : {pages[0], pages[1]}) {
        CHECK(page.contains(QStringLiteral("French (FLE)")));
        CHECK(page.contains(QStringLiteral("09:00 – 10:30")));
        CHECK(page.contains(QStringLiteral("English")));
        CHECK(page.contains(QStringLiteral("10:45 – 12:15")));
        CHECK(page.contains(QStringLiteral("Tom Baker")));
        CHECK(page.contains(QStringLiteral("Trainer's signature")));
        CHECK(page.contains(QStringLiteral("Participants expected: 23")));
    }
    // 23 do not fit on one sheet (22): two sheets shared evenly, 12 and 11.
    CHECK(pages[0].count(QRegularExpression(QStringLiteral("NOM\\d\\d Prénom\\d\\d"))) == 12);
    CHECK(pages[1].count(QRegularExpression(QStringLiteral("NOM\\d\\d Prénom\\d\\d"))) == 11);
    CHECK(pages[0].contains(QStringLiteral("NOM12 Prénom12")));
    CHECK(pages[1].contains(QStringLiteral("NOM13 Prénom13")));
    CHECK(pages[1].contains(QStringLiteral("NOM23 Prénom23")));
    CHECK(pages[2].count(QRegularExpression(QStringLiteral("NOM\\d\\d Prénom\\d\\d"))) == 12);
    CHECK(pages[3].count(QRegularExpression(QStringLiteral("NOM\\d\\d Prénom\\d\\d"))) == 11);
    CHECK(pages[3].contains(QStringLiteral("NOM24 Prénom24")));
    for (int i = 1; i <= 23; ++i)
        CHECK(monday.count(QStringLiteral("NOM%1 ").arg(two(i))) == 1);
    CHECK_FALSE(monday.contains(QStringLiteral("NOM24")));
    for (int i = 1; i <= 22; ++i)
        CHECK(wednesday.count(QStringLiteral("NOM%1 ").arg(two(i))) == 1);
    CHECK_FALSE(wednesday.contains(QStringLiteral("NOM23")));
    CHECK(wednesday.count(QStringLiteral("NOM24 ")) == 1);
    CHECK(pages[2].contains(QStringLiteral("Professional day")));
    CHECK(pages[2].contains(QStringLiteral("13:30 – 17:00 · Visite")));
    CHECK(pages[2].contains(QStringLiteral("Trainer: to be named")));
    CHECK(pages[3].contains(QStringLiteral("Page 4 of 4")));
}

TEST_CASE("an unknown cohort or a week without sessions prints nothing and leaves no file", "[print][sheet]")
{
    Fixture f;
    const QString pdf = f.file(QStringLiteral("none.pdf"));
    const auto unknown = print::AttendanceSheet::writeFile(f.db(), QStringLiteral("NOPE"), QDate(2025, 3, 3), pdf);
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    // MINI has no session in week 12.
    const auto empty = print::AttendanceSheet::writeFile(f.db(), QStringLiteral("MINI"), QDate(2025, 3, 17), pdf);
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().code == ErrorCode::Invalid);
    CHECK_FALSE(QFile::exists(pdf));
    const auto unwritable = print::AttendanceSheet::writeFile(f.db(), QStringLiteral("MINI"), QDate(2025, 3, 3),
                                                              f.file(QStringLiteral("missing/folder/s.pdf")));
    REQUIRE_FALSE(unwritable.has_value());
    CHECK(unwritable.error().code == ErrorCode::Io);
    CHECK_FALSE(QDir(f.file(QStringLiteral("missing"))).exists());
}

TEST_CASE("an ISO week written YYYY-Www gives its Monday", "[print][sheet]")
{
    using print::AttendanceSheet;
    CHECK(AttendanceSheet::mondayOfIsoWeek(QStringLiteral("2025-W10")) == QDate(2025, 3, 3));
    CHECK(AttendanceSheet::mondayOfIsoWeek(QStringLiteral("2025-W01")) == QDate(2024, 12, 30));
    CHECK(AttendanceSheet::mondayOfIsoWeek(QStringLiteral("2021-W01")) == QDate(2021, 1, 4));
    CHECK(AttendanceSheet::mondayOfIsoWeek(QStringLiteral("2020-W53")) == QDate(2020, 12, 28));
    CHECK(AttendanceSheet::mondayOfIsoWeek(QStringLiteral("2025-W52")) == QDate(2025, 12, 22));
    CHECK(AttendanceSheet::mondayOfIsoWeek(QStringLiteral("2025-W53")).isNull()); // 2025 has 52 weeks
    CHECK(AttendanceSheet::mondayOfIsoWeek(QStringLiteral("2025-W00")).isNull());
    CHECK(AttendanceSheet::mondayOfIsoWeek(QStringLiteral("2025-10")).isNull());
    CHECK(AttendanceSheet::mondayOfIsoWeek(QStringLiteral("2025-W1")).isNull());
    CHECK(AttendanceSheet::mondayOfIsoWeek(QStringLiteral("W10")).isNull());
}
