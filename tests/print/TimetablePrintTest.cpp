// SPDX-License-Identifier: GPL-3.0-or-later
// The printed timetable: the mini fixture (weeks 2025-W10 and W11) and a hand-made cohort with a
// cancelled session, a Saturday and a session without trainer, written to PDF and read back
// with poppler's pdftotext and pdfinfo; the page layout's geometry; parcours-cli timetable print
// in French, its exit codes, and no file left by a failed write.
#include "CatchQt.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include "core/exchange/ExchangeImporter.h"
#include "core/services/TimetableService.h"
#include "ui/print/TimetablePageLayout.h"
#include "ui/print/TimetablePrint.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::test;

namespace {

/// A database holding the mini fixture and a hand-made cohort HAND (weeks 2025-W12 and W13):
/// Monday FLE, a cancelled English class on Tuesday, a professional day on Saturday 22 March
/// with no trainer, and soft skills the next Wednesday.
class Fixture
{
public:
    Fixture()
    {
        const QDir source(testDataPath(QStringLiteral("exchange-mini")));
        const QDir folder(m_db.dir() + QStringLiteral("/folder"));
        REQUIRE(QDir().mkpath(folder.path()));
        const QMap<QString, QByteArray> extra{
            {QStringLiteral("cohorts.csv"), "HAND,Passerelle Roubaix,Passerelle,LIL,2025-03-17,2025-03-28,12,12,15,2,2\n"},
            {QStringLiteral("sessions.csv"), "H-1,HAND,fle,2025-03-17,09:00,12:30,F1,LIL-1,planned,\n"
                                             "H-2,HAND,english,2025-03-18,14:00,16:00,F2,LIL-1,cancelled,\n"
                                             "H-3,HAND,professional_day,2025-03-22,10:00,13:00,,,planned,Visite d'entreprise\n"
                                             "H-4,HAND,soft_skills,2025-03-26,09:00,11:00,F2,LIL-1,planned,\n"}};
        for (const QString& name : source.entryList(QDir::Files))
            writeBytes(folder.filePath(name), readBytes(source.filePath(name)) + extra.value(name));
        const auto report = ExchangeImporter(m_db.db()).importDir(folder.path());
        REQUIRE(report.has_value());
        REQUIRE(report->written);
    }
    Database& db() { return m_db.db(); }
    QString file(const QString& name) const { return m_db.dir() + QLatin1Char('/') + name; }
    QString path() const { return m_db.path(); }
    void setOrganisation(const QString& name)
    {
        const QString connection = QStringLiteral("print-test-settings");
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
    /// Prints `cohort` to a file in English and returns its path.
    QString print(const QString& cohort, const QDate& from = {}, const QDate& to = {})
    {
        const auto content = print::TimetablePrint::load(db(), cohort, from, to);
        REQUIRE(content.has_value());
        const QString pdf = file(cohort + QStringLiteral(".pdf"));
        QFile out(pdf);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(print::TimetablePrint::write(*content, out, QLocale(QLocale::English, QLocale::UnitedKingdom)).has_value());
        out.close();
        return pdf;
    }

private:
    TestDatabase m_db;
};

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

/// Runs parcours-cli as a cron job would: no XDG_RUNTIME_DIR, no display.
Run cli(const QStringList& arguments, bool french = false)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const QString locale = french ? QStringLiteral("fr_FR.UTF-8") : QStringLiteral("C.UTF-8");
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LANGUAGE"), french ? QStringLiteral("fr") : QStringLiteral("C"));
    env.insert(QStringLiteral("PARCOURS_LANG"), french ? QStringLiteral("fr_FR") : QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARCOURS_CLI), arguments);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("the mini fixture prints as two landscape A4 pages, weeks 2025-W10 and W11, with its sessions and legend",
          "[print]")
{
    if (tool(QStringLiteral("pdftotext")).isEmpty() || tool(QStringLiteral("pdfinfo")).isEmpty())
        return;
    Fixture f;
    f.setOrganisation(QStringLiteral("Association Tremplin"));
    const QString pdf = f.print(QStringLiteral("MINI"));

    const QString info = run(tool(QStringLiteral("pdfinfo")), {pdf});
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+842 x 595 pts"))));

    const QStringList pages = pagesOf(pdf);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].contains(QStringLiteral("Week 10 · from 3 to 7 March 2025")));
    CHECK(pages[1].contains(QStringLiteral("Week 11 · from 10 to 14 March 2025")));
    for (int i = 0; i < 2; ++i) {
        const QString& page = pages[i];
        INFO(page.toStdString());
        CHECK(page.trimmed().startsWith(QStringLiteral("Association Tremplin")));
        CHECK(page.contains(QStringLiteral("Tremplin Lille printemps 2025 · Maison de l'emploi")));
        CHECK(page.contains(QStringLiteral("09:00 – 12:00")));
        CHECK(page.contains(QStringLiteral("14:00 – 16:00")));
        CHECK(page.contains(QStringLiteral("Anne Leroy")));
        CHECK(page.contains(QStringLiteral("Tom Baker")));
        CHECK(page.contains(QStringLiteral("Salle 1")));
        CHECK(page.contains(QRegularExpression(QStringLiteral("Modules:\\s+French \\(FLE\\)\\s+English\\s+Soft skills"))));
        CHECK(page.contains(QStringLiteral("Page %1 of 2").arg(i + 1)));
        CHECK_FALSE(page.contains(QStringLiteral("Cancelled")));
        CHECK_FALSE(page.contains(QStringLiteral("Saturday")));
    }
    // Four FLE mornings in week 10, three in week 11 (W2-4 is English).
    CHECK(pages[0].count(QStringLiteral("French (FLE)")) == 5);
    CHECK(pages[1].count(QStringLiteral("French (FLE)")) == 4);
    CHECK(pages[0].contains(QStringLiteral("Monday 3 Mar")));
    CHECK(pages[0].contains(QStringLiteral("Friday 7 Mar")));
}

TEST_CASE("a hand-made cohort prints its Saturday, a session without trainer and a cancelled one marked as such",
          "[print]")
{
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    Fixture f;
    const QStringList pages = pagesOf(f.print(QStringLiteral("HAND")));
    REQUIRE(pages.size() == 2);
    const QString& w12 = pages[0];
    INFO(w12.toStdString());
    CHECK(w12.trimmed().startsWith(QStringLiteral("Passerelle Roubaix · Maison de l'emploi")));
    CHECK(w12.contains(QStringLiteral("Week 12 · from 17 to 22 March 2025")));
    CHECK(w12.contains(QStringLiteral("Saturday 22 Mar")));
    CHECK(w12.contains(QStringLiteral("09:00 – 12:30")));
    CHECK(w12.contains(QStringLiteral("10:00 – 13:00")));
    CHECK(w12.contains(QStringLiteral("Visite d'entreprise")));
    CHECK(w12.count(QStringLiteral("Cancelled")) == 1);
    CHECK(w12.contains(QRegularExpression(
        QStringLiteral("Modules:\\s+French \\(FLE\\)\\s+English\\s+Professional day\\s+Page 1 of 2|"
                       "Modules:\\s+French \\(FLE\\)\\s+English\\s+Professional day\\n"))));
    const QString& w13 = pages[1];
    CHECK(w13.contains(QStringLiteral("Week 13 · from 24 to 28 March 2025")));
    CHECK_FALSE(w13.contains(QStringLiteral("Saturday")));
    CHECK_FALSE(w13.contains(QStringLiteral("Cancelled")));
    CHECK(w13.contains(QStringLiteral("Soft skills")));

    SECTION("a period keeps only its weeks")
    {
        const QStringList one = pagesOf(f.print(QStringLiteral("HAND"), QDate(2025, 3, 24), QDate(2025, 3, 28)));
        REQUIRE(one.size() == 1);
        CHECK(one[0].contains(QStringLiteral("Week 13 · from 24 to 28 March 2025")));
        CHECK(one[0].contains(QStringLiteral("Page 1 of 1")));
    }
}

TEST_CASE("an unknown cohort or a period without sessions prints nothing", "[print]")
{
    Fixture f;
    const auto unknown = print::TimetablePrint::load(f.db(), QStringLiteral("NOPE"));
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    const auto empty = print::TimetablePrint::load(f.db(), QStringLiteral("MINI"), QDate(2025, 6, 1), QDate(2025, 6, 30));
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().code == ErrorCode::Invalid);
}

TEST_CASE("the page layout keeps every block inside its day and overlapping sessions side by side", "[print]")
{
    const QRectF page(0, 0, 842, 595);
    const QDate monday(2025, 3, 17);
    auto session = [](const QDate& date, int h1, int m1, int h2, int m2) {
        Session s;
        s.date = date;
        s.start = QTime(h1, m1);
        s.end = QTime(h2, m2);
        return s;
    };
    const QList<Session> sessions{session(monday, 9, 0, 12, 0), session(monday, 10, 0, 11, 0),
                                  session(monday.addDays(5), 14, 0, 16, 0), session(monday.addDays(1), 8, 0, 19, 0)};
    const print::TimetablePageLayout layout(page, 1.0, monday, sessions);
    CHECK(layout.dayCount() == 6);
    CHECK(layout.firstHour() == 8);
    CHECK(layout.lastHour() == 19);
    CHECK(page.contains(layout.header()));
    CHECK(page.contains(layout.footer()));
    CHECK(layout.header().bottom() < layout.grid().top());
    CHECK(layout.grid().bottom() < layout.legend().top());
    CHECK(layout.legend().bottom() <= layout.footer().top());
    // 11 hours over the grid: at least 30 pt an hour, so a two-hour block holds four lines of 12 pt.
    CHECK(layout.grid().height() / 11 >= 30);
    // Six days across the width: at least 110 pt a day, enough for "Français (FLE)" in 13 pt bold.
    CHECK(layout.dayColumn(0).width() >= 110);

    REQUIRE(layout.blocks().size() == 4);
    for (const auto& b : layout.blocks()) {
        const int day = int(monday.daysTo(sessions[b.session].date));
        CHECK(layout.dayColumn(day).contains(b.rect));
    }
    const auto rectOf = [&](int index) {
        for (const auto& b : layout.blocks())
            if (b.session == index)
                return b.rect;
        return QRectF();
    };
    CHECK_FALSE(rectOf(0).intersects(rectOf(1)));
    CHECK(rectOf(0).width() < layout.dayColumn(0).width() / 2);
    // 09:00 is one hour below 08:00, the whole day spans the grid.
    CHECK(rectOf(0).top() == Approx(layout.grid().top() + layout.grid().height() / 11).margin(2));
    CHECK(rectOf(3).height() == Approx(layout.grid().height()).margin(3));

    const print::TimetablePageLayout late(page, 1.0, monday, {session(monday, 18, 0, 20, 30)});
    CHECK(late.dayCount() == 5);
    CHECK(late.lastHour() == 21);
}

TEST_CASE("three sessions at once keep their times whole in their narrow blocks", "[print]")
{
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    Fixture f;
    // Wednesday 19 March, HAND's week with a Saturday (six columns): three sessions at once.
    auto session = [](Module m, int h1, int m1, int h2, int m2, const char* trainer) {
        Session s;
        s.cohortRef = QStringLiteral("HAND");
        s.module = m;
        s.date = QDate(2025, 3, 19);
        s.start = QTime(h1, m1);
        s.end = QTime(h2, m2);
        s.trainerRef = QString::fromLatin1(trainer);
        s.roomRef = QStringLiteral("LIL-1");
        return s;
    };
    REQUIRE(TimetableService(f.db()).createSessions({session(Module::Fle, 13, 0, 16, 0, "F1"),
                                                     session(Module::English, 13, 30, 14, 45, "F2"),
                                                     session(Module::SoftSkills, 14, 15, 16, 15, "F2")}));
    const QStringList pages = pagesOf(f.print(QStringLiteral("HAND"), QDate(2025, 3, 17), QDate(2025, 3, 23)));
    REQUIRE(pages.size() == 1);
    INFO(pages[0].toStdString());
    for (const char* time : {"13:00", "16:00", "13:30", "14:45", "14:15", "16:15"})
        CHECK(pages[0].contains(QLatin1String(time)));
    for (const char* cut : {"13:…", "14:…", "16:…", "1…"})
        CHECK_FALSE(pages[0].contains(QString::fromUtf8(cut)));
}

TEST_CASE("only sessions that overlap share a column: a morning clash leaves the afternoon its whole width",
          "[print]")
{
    const QRectF page(0, 0, 842, 595);
    const QDate monday(2025, 3, 17);
    auto session = [&](int h1, int m1, int h2, int m2) {
        Session s;
        s.date = monday;
        s.start = QTime(h1, m1);
        s.end = QTime(h2, m2);
        return s;
    };
    // Three at once from 10:00 to 11:00 (9-12, 10-11, 10:30-12:30), then 14:00-16:00 alone.
    const QList<Session> sessions{session(9, 0, 12, 0), session(10, 0, 11, 0), session(10, 30, 12, 30),
                                  session(14, 0, 16, 0)};
    const print::TimetablePageLayout layout(page, 1.0, monday, sessions);
    REQUIRE(layout.blocks().size() == 4);
    QList<QRectF> rects(4);
    for (const auto& b : layout.blocks())
        rects[b.session] = b.rect;
    const double column = layout.dayColumn(0).width();
    for (int i = 0; i < 3; ++i) {
        CHECK(rects[i].width() < column / 3);
        CHECK(rects[i].width() > column / 3 - 8);
        for (int j = i + 1; j < 3; ++j)
            CHECK_FALSE(rects[i].intersects(rects[j]));
    }
    CHECK(rects[3].width() > column - 8);
    CHECK(rects[3].left() == Approx(rects[0].left()));
}

TEST_CASE("timetable print writes the French timetable, exits with 1 for an unknown cohort and 2 for usage errors, "
          "and a failed write leaves no file",
          "[print][cli]")
{
    Fixture f;
    const QString pdf = f.file(QStringLiteral("fr.pdf"));
    const QStringList db{QStringLiteral("--db"), f.path()};
    const QStringList print{QStringLiteral("timetable"), QStringLiteral("print")};
    const Run ok = cli(print + QStringList{QStringLiteral("--cohort"), QStringLiteral("HAND"), QStringLiteral("-o"), pdf} + db, true);
    INFO(ok.err.toStdString());
    CHECK(ok.status == 0);
    // Nothing on standard error: no "XDG_RUNTIME_DIR not set" warning from Qt (main.cpp gives
    // the program a private runtime folder), while real errors below still come through.
    CHECK(ok.err.isEmpty());
    CHECK(QFile::exists(pdf));
    if (!tool(QStringLiteral("pdftotext")).isEmpty()) {
        const QStringList pages = pagesOf(pdf);
        REQUIRE(pages.size() == 2);
        INFO(pages[0].toStdString());
        CHECK(pages[0].contains(QStringLiteral("Semaine 12 · du 17 au 22 mars 2025")));
        CHECK(pages[0].contains(QStringLiteral("Lundi 17 mars")));
        CHECK(pages[0].contains(QStringLiteral("Samedi 22 mars")));
        CHECK(pages[0].contains(QStringLiteral("Français (FLE)")));
        CHECK(pages[0].contains(QStringLiteral("Anglais")));
        CHECK(pages[0].contains(QStringLiteral("Journée professionnelle")));
        CHECK(pages[0].contains(QStringLiteral("Annulée")));
        CHECK(pages[0].contains(QStringLiteral("Modules")));
        CHECK(pages[0].contains(QStringLiteral("Page 1 sur 2")));
        CHECK(pages[1].contains(QStringLiteral("Ateliers soft skills")));
        CHECK_FALSE(pages[0].contains(QStringLiteral("Cancelled")));
    }

    const QString none = f.file(QStringLiteral("none.pdf"));
    const Run unknown = cli(print + QStringList{QStringLiteral("--cohort"), QStringLiteral("NOPE"), QStringLiteral("-o"), none} + db);
    CHECK(unknown.status == 1);
    CHECK(unknown.err.contains(QStringLiteral("NOPE: no such cohort")));
    CHECK(unknown.err.trimmed().split(QLatin1Char('\n')).size() == 1);
    CHECK_FALSE(QFile::exists(none));
    const Run empty = cli(print + QStringList{QStringLiteral("--cohort"), QStringLiteral("MINI"), QStringLiteral("--from"),
                                              QStringLiteral("2025-06-01"), QStringLiteral("-o"), none} + db);
    CHECK(empty.status == 1);
    CHECK_FALSE(QFile::exists(none));

    CHECK(cli(print + QStringList{QStringLiteral("-o"), none} + db).status == 2);
    CHECK(cli(print + QStringList{QStringLiteral("--cohort"), QStringLiteral("MINI")} + db).status == 2);
    CHECK(cli(print + QStringList{QStringLiteral("--cohort"), QStringLiteral("MINI"), QStringLiteral("--from"),
                                  QStringLiteral("17/03/2025"), QStringLiteral("-o"), none} + db).status == 2);
    CHECK(cli(print + QStringList{QStringLiteral("--cohort"), QStringLiteral("MINI"), QStringLiteral("--from"),
                                  QStringLiteral("2025-03-20"), QStringLiteral("--to"), QStringLiteral("2025-03-10"),
                                  QStringLiteral("-o"), none} + db).status == 2);
    CHECK_FALSE(QFile::exists(none));

    // A folder that does not exist: nothing can be written, and nothing is left behind.
    const QString unwritable = f.file(QStringLiteral("missing/folder/t.pdf"));
    const Run failed = cli(print + QStringList{QStringLiteral("--cohort"), QStringLiteral("MINI"), QStringLiteral("-o"), unwritable} + db);
    CHECK(failed.status == 1);
    CHECK(failed.err.contains(QStringLiteral("cannot be written")));
    CHECK_FALSE(QFile::exists(unwritable));
    CHECK_FALSE(QDir(f.file(QStringLiteral("missing"))).exists());
}
