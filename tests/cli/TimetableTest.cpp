// SPDX-License-Identifier: GPL-3.0-or-later
// `parcours-cli timetable check` and `timetable ics`, run as processes on real files: the mini
// fixture (its week 2025-W11 has 9 h of FLE), the same with a trainer booked twice, the same
// made clean, and the mistakes a person can make on the command line.
#include "CatchQt.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace parcours::test;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARCOURS_CLI), arguments);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// A database made from the mini fixture, with `extra` lines added to some of its files.
class Fixture
{
public:
    explicit Fixture(const QMap<QString, QByteArray>& extra = {})
    {
        REQUIRE(m_dir.isValid());
        const QDir source(testDataPath(QStringLiteral("exchange-mini")));
        const QDir folder(m_dir.filePath(QStringLiteral("folder")));
        REQUIRE(QDir().mkpath(folder.path()));
        for (const QString& name : source.entryList(QDir::Files))
            writeBytes(folder.filePath(name), readBytes(source.filePath(name)) + extra.value(name));
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), path()}).status == 0);
        const Run import = cli({QStringLiteral("import-dir"), folder.path(), QStringLiteral("--db"), path()});
        INFO(import.err.toStdString());
        REQUIRE(import.status == 0);
    }
    QString path() const { return m_dir.filePath(QStringLiteral("t.parcours")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    Run timetable(const QStringList& arguments) const
    {
        return cli(QStringList{QStringLiteral("timetable")} + arguments + QStringList{QStringLiteral("--db"), path()});
    }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST_CASE("timetable check on the mini fixture reports its week 2025-W11 with 9 h of FLE and exits with 1",
          "[cli][timetable]")
{
    const Fixture mini;
    const Run r = mini.timetable({QStringLiteral("check"), QStringLiteral("--cohort"), QStringLiteral("MINI")});
    CHECK(r.status == 1);
    CHECK(r.out == QStringLiteral("Week 2025-W11 is off target: FLE 9 h / 12-15 h\n"));
    CHECK(r.err.isEmpty());
}

TEST_CASE("timetable check names both sessions of a trainer booked twice, across cohorts", "[cli][timetable]")
{
    // A second cohort whose session on Monday 10 March, 10:00-11:00, has Anne Leroy (F1), who
    // teaches MINI from 09:00 to 12:00 that day (W2-1).
    const Fixture clash({{QStringLiteral("cohorts.csv"), "AUT,Tremplin Roubaix,Tremplin,LIL,2025-03-10,2025-03-21,12,12,15,2,2\n"},
                         {QStringLiteral("sessions.csv"), "AUT-1,AUT,fle,2025-03-10,10:00,11:00,F1,,planned,\n"}});
    const Run r = clash.timetable({QStringLiteral("check"), QStringLiteral("--cohort"), QStringLiteral("MINI")});
    CHECK(r.status == 1);
    CHECK(r.out == QStringLiteral("Trainer Anne Leroy (F1) is in two sessions at once: 10 Mar 2025 09:00-12:00, MINI, "
                                  "French (FLE) (W2-1) and 10 Mar 2025 10:00-11:00, AUT, French (FLE) (AUT-1)\n"
                                  "Week 2025-W11 is off target: FLE 9 h / 12-15 h\n"));
    CHECK(r.err.isEmpty());

    SECTION("the other cohort sees the same clash")
    {
        const Run aut = clash.timetable({QStringLiteral("check"), QStringLiteral("--cohort"), QStringLiteral("AUT")});
        CHECK(aut.status == 1);
        CHECK(aut.out.startsWith(QStringLiteral("Trainer Anne Leroy (F1) is in two sessions at once:")));
    }
}

TEST_CASE("timetable check of a clean cohort says so in one line and exits with 0", "[cli][timetable]")
{
    // A fourth FLE morning in week 11 makes 12 h.
    const Fixture clean({{QStringLiteral("sessions.csv"), "W2-6,MINI,fle,2025-03-13,09:00,12:00,F1,LIL-1,planned,\n"}});
    const Run r = clean.timetable({QStringLiteral("check"), QStringLiteral("--cohort"), QStringLiteral("MINI")});
    INFO(r.out.toStdString());
    CHECK(r.status == 0);
    CHECK(r.out == QStringLiteral("MINI: no conflict, every week on target.\n"));
    CHECK(r.err.isEmpty());
}

TEST_CASE("timetable check of an unknown cohort exits with 1, and its usage mistakes with 2", "[cli][timetable]")
{
    const Fixture mini;
    const Run unknown = mini.timetable({QStringLiteral("check"), QStringLiteral("--cohort"), QStringLiteral("NOPE")});
    CHECK(unknown.status == 1);
    CHECK(unknown.err == QStringLiteral("parcours-cli: NOPE: no such cohort\n"));
    CHECK(unknown.out.isEmpty());

    CHECK(mini.timetable({QStringLiteral("check")}).status == 2);
    CHECK(mini.timetable({QStringLiteral("check"), QStringLiteral("--cohort"), QString()}).status == 2);
    CHECK(mini.timetable({QStringLiteral("check"), QStringLiteral("--cohort"), QStringLiteral("MINI"),
                          QStringLiteral("extra")})
              .status
          == 2);
    CHECK(mini.timetable({QStringLiteral("check"), QStringLiteral("--bogus")}).status == 2);
    CHECK(mini.timetable({QStringLiteral("frobnicate")}).status == 2);
    CHECK(cli({QStringLiteral("timetable")}).status == 2);
    const Run help = cli({QStringLiteral("timetable"), QStringLiteral("--help")});
    CHECK(help.status == 0);
    CHECK(help.out.contains(QStringLiteral("check")));
    CHECK(help.out.contains(QStringLiteral("ics")));
    CHECK(cli({QStringLiteral("timetable"), QStringLiteral("check"), QStringLiteral("--help")}).status == 0);

    const Run missing = cli({QStringLiteral("timetable"), QStringLiteral("check"), QStringLiteral("--cohort"),
                             QStringLiteral("MINI"), QStringLiteral("--db"), mini.file(QStringLiteral("none.parcours"))});
    CHECK(missing.status == 1);
    CHECK_FALSE(QFile::exists(mini.file(QStringLiteral("none.parcours"))));
}

TEST_CASE("timetable ics writes a cohort's or a trainer's sessions as an iCalendar file", "[cli][timetable]")
{
    const Fixture mini;
    const QString file = mini.file(QStringLiteral("mini.ics"));
    const Run r = mini.timetable({QStringLiteral("ics"), QStringLiteral("--cohort"), QStringLiteral("MINI"), QStringLiteral("-o"), file});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    // "11 sessions" once the English plural forms are in the translations, "11 session(s)" before.
    CHECK(r.out.startsWith(QStringLiteral("Wrote 11 session")));
    CHECK(r.out.endsWith(QStringLiteral(" to ") + QDir::toNativeSeparators(file) + QLatin1Char('\n')));
    const QByteArray bytes = readBytes(file);
    CHECK(bytes.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(bytes.endsWith("END:VCALENDAR\r\n"));
    CHECK(bytes.count("\n") == bytes.count("\r\n"));
    CHECK(bytes.count("BEGIN:VEVENT\r\n") == 11);
    CHECK(bytes.contains("X-WR-CALNAME:Tremplin Lille printemps 2025\r\n"));
    CHECK(bytes.contains("UID:W2-5@parcours\r\nDTSTAMP:"));
    CHECK(bytes.contains("DTSTART;TZID=Europe/Paris:20250314T140000\r\nDTEND;TZID=Europe/Paris:20250314T160000\r\n"
                         "SUMMARY:Soft skills\r\nLOCATION:Salle 1\\, Maison de l'emploi\\, 3 rue Nationale\\, Lille\r\n"
                         "DESCRIPTION:Trainer: Tom Baker\\nCohort: Tremplin Lille printemps 2025\r\n"));

    const QString trainerFile = mini.file(QStringLiteral("f2.ics"));
    const Run f2 = mini.timetable({QStringLiteral("ics"), QStringLiteral("--trainer"), QStringLiteral("F2"),
                                   QStringLiteral("--output"), trainerFile});
    REQUIRE(f2.status == 0);
    const QByteArray tom = readBytes(trainerFile);
    CHECK(tom.count("BEGIN:VEVENT\r\n") == 4); // W1-5, W1-6, W2-4, W2-5
    CHECK(tom.contains("X-WR-CALNAME:Tom Baker\r\n"));
}

TEST_CASE("timetable ics writes nothing for an unknown cohort, and refuses incomplete command lines",
          "[cli][timetable]")
{
    const Fixture mini;
    const QString file = mini.file(QStringLiteral("x.ics"));
    const Run unknown = mini.timetable({QStringLiteral("ics"), QStringLiteral("--cohort"), QStringLiteral("NOPE"),
                                        QStringLiteral("-o"), file});
    CHECK(unknown.status == 1);
    CHECK(unknown.err == QStringLiteral("parcours-cli: NOPE: no such cohort\n"));
    CHECK_FALSE(QFile::exists(file));

    CHECK(mini.timetable({QStringLiteral("ics"), QStringLiteral("--cohort"), QStringLiteral("MINI")}).status == 2);
    CHECK(mini.timetable({QStringLiteral("ics"), QStringLiteral("-o"), file}).status == 2);
    CHECK(mini.timetable({QStringLiteral("ics"), QStringLiteral("--cohort"), QStringLiteral("MINI"), QStringLiteral("--trainer"),
                          QStringLiteral("F1"), QStringLiteral("-o"), file})
              .status
          == 2);
    CHECK_FALSE(QFile::exists(file));

    // A folder that does not exist: the error names the file, nothing is left behind.
    const QString nowhere = mini.file(QStringLiteral("missing/x.ics"));
    const Run bad = mini.timetable({QStringLiteral("ics"), QStringLiteral("--cohort"), QStringLiteral("MINI"),
                                    QStringLiteral("-o"), nowhere});
    CHECK(bad.status == 1);
    CHECK(bad.err.startsWith(QStringLiteral("parcours-cli: ") + QDir::toNativeSeparators(nowhere) + QStringLiteral(": cannot be written")));
}
