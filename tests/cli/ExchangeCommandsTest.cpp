// SPDX-License-Identifier: GPL-3.0-or-later
// import-dir, export-dir, import and export.
#include "CatchQt.h"
#include "CliTestSupport.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace parcours::test;

namespace {

QStringList dbArgs(const QString& path)
{
    return {QStringLiteral("--db"), path};
}

QString emptyDatabase(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    REQUIRE(runCli(QStringList{QStringLiteral("init")} + dbArgs(path)).exitCode == 0);
    return path;
}

QString mini()
{
    return testDataPath(QStringLiteral("exchange-mini"));
}

QMap<QString, QByteArray> exportOf(const QString& db, const QString& dir)
{
    const CliRun run = runCli(QStringList{QStringLiteral("export-dir"), dir} + dbArgs(db));
    REQUIRE(run.exitCode == 0);
    return readFolder(dir);
}

// The rows of a CSV file as maps from column name to cell, header names lower-cased.
QList<QMap<QString, QString>> records(const QByteArray& bytes, QChar separator = QLatin1Char(','))
{
    const QList<QStringList> rows = parseCsv(bytes, separator);
    QList<QMap<QString, QString>> out;
    if (rows.isEmpty())
        return out;
    const QStringList header = rows.constFirst();
    for (int i = 1; i < rows.size(); ++i) {
        QMap<QString, QString> r;
        for (int c = 0; c < header.size(); ++c)
            r.insert(header.at(c).toLower(), rows.at(i).value(c));
        out << r;
    }
    return out;
}

} // namespace

TEST_CASE("import-dir of the mini folder then export-dir gives back the same rows", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString db = emptyDatabase(dir, QStringLiteral("a.parcours"));
    const CliRun run = runCli(QStringList{QStringLiteral("import-dir"), mini()} + dbArgs(db));
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    // 15 + 1 + 1 + 3 + 3 + 4 + 3 + 1 + 11 + 1 + 2 + 2 rows in the twelve files.
    CHECK(run.outText().contains(QStringLiteral("47 inserted, 0 updated")));

    const auto exported = exportOf(db, dir.filePath(QStringLiteral("out")));
    const auto given = readFolder(mini());
    REQUIRE(given.size() == 12);
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(exported.contains(it.key()));
        const auto in = records(it.value());
        const auto out = records(exported.value(it.key()));
        REQUIRE(out.size() == in.size());
        // Every row given comes back with the same non-empty cells (the export writes every
        // column, the mini files only some; empty cells may come back as defaults).
        for (const auto& row : in) {
            bool found = false;
            for (const auto& candidate : out) {
                bool same = true;
                for (auto cell = row.cbegin(); cell != row.cend() && same; ++cell)
                    same = cell.value().isEmpty() || candidate.value(cell.key()) == cell.value();
                found = found || same;
            }
            INFO(QStringList(row.values()).join(QLatin1Char(',')).toStdString());
            CHECK(found);
        }
    }
}

TEST_CASE("an exported folder imported into an empty database exports to the same bytes", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString a = emptyDatabase(dir, QStringLiteral("a.parcours"));
    REQUIRE(runCli(QStringList{QStringLiteral("import-dir"), mini()} + dbArgs(a)).exitCode == 0);
    const QString first = dir.filePath(QStringLiteral("first"));
    const auto firstFiles = exportOf(a, first);

    const QString b = emptyDatabase(dir, QStringLiteral("b.parcours"));
    REQUIRE(runCli(QStringList{QStringLiteral("import-dir"), first} + dbArgs(b)).exitCode == 0);
    const auto secondFiles = exportOf(b, dir.filePath(QStringLiteral("second")));
    CHECK(firstFiles.size() == 13);
    CHECK(firstFiles == secondFiles);
}

TEST_CASE("import-dir --dry-run reports and writes nothing", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString db = emptyDatabase(dir, QStringLiteral("a.parcours"));
    const CliRun run = runCli(QStringList{QStringLiteral("import-dir"), mini(), QStringLiteral("--dry-run")} + dbArgs(db));
    CHECK(run.exitCode == 0);
    CHECK(run.outText().contains(QStringLiteral("participants.csv")));
    const auto files = exportOf(db, dir.filePath(QStringLiteral("out")));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(parseCsv(it.value()).size() == 1);
    }
}

TEST_CASE("a bad import exits with 1, prints every problem and leaves the database unchanged", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString db = emptyDatabase(dir, QStringLiteral("a.parcours"));
    REQUIRE(runCli(QStringList{QStringLiteral("import-dir"), mini()} + dbArgs(db)).exitCode == 0);
    const auto before = exportOf(db, dir.filePath(QStringLiteral("before")));

    const QString bad = dir.filePath(QStringLiteral("bad"));
    copyFolder(mini(), bad);
    auto edit = [&](const QString& file, int line, const QByteArray& from, const QByteArray& to) {
        QList<QByteArray> lines = readBytes(QDir(bad).filePath(file)).split('\n');
        REQUIRE(lines.at(line - 1).contains(from));
        lines[line - 1].replace(from, to);
        writeBytes(QDir(bad).filePath(file), lines.join('\n'));
    };
    edit(QStringLiteral("participants.csv"), 2, "Ahmadi", "Changed");    // a good change, never applied
    edit(QStringLiteral("participants.csv"), 3, ",f,ER,", ",q,ER,");      // no such gender
    edit(QStringLiteral("sessions.csv"), 2, "09:00,12:00", "09:00,08:00"); // ends before it starts
    QByteArray enrolments = readBytes(QDir(bad).filePath(QStringLiteral("enrolments.csv")));
    enrolments += "MINI,NOBODY,2025-03-03,,,,\n"; // line 5: a participant that exists nowhere
    writeBytes(QDir(bad).filePath(QStringLiteral("enrolments.csv")), enrolments);

    const CliRun run = runCli(QStringList{QStringLiteral("import-dir"), bad} + dbArgs(db));
    CHECK(run.exitCode == 1);
    QStringList problems;
    const QRegularExpression shape(QStringLiteral("^[^:]+\\.csv:\\d+: [a-z_]+: .+"));
    for (const QString& line : run.errLines())
        if (shape.match(line).hasMatch())
            problems << line;
    CHECK(problems.size() == 3);
    auto has = [&](const QString& start) {
        for (const QString& p : problems)
            if (p.contains(start))
                return true;
        return false;
    };
    CHECK(has(QStringLiteral("participants.csv:3: gender: ")));
    CHECK(has(QStringLiteral("sessions.csv:2: end: ")));
    CHECK(has(QStringLiteral("enrolments.csv:5: participant_ref: ")));

    CHECK(exportOf(db, dir.filePath(QStringLiteral("after"))) == before);
}

TEST_CASE("a Windows-1252 file is imported and the import says so", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString db = emptyDatabase(dir, QStringLiteral("a.parcours"));
    const QString file = dir.filePath(QStringLiteral("participants.csv"));
    // "Hélène Dupré" in Windows-1252: é = E9, è = E8.
    writeBytes(file, "ref,first_name,last_name\nX1,H\xE9l\xE8ne,Dupr\xE9\n");
    const CliRun run = runCli(QStringList{QStringLiteral("import"), QStringLiteral("participants"), file} + dbArgs(db));
    CHECK(run.exitCode == 0);
    CHECK((run.outText() + run.errText()).contains(QStringLiteral("1252")));

    const QString out = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(runCli(QStringList{QStringLiteral("export"), QStringLiteral("participants"), out} + dbArgs(db)).exitCode == 0);
    const auto rows = records(readBytes(out));
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).value(QStringLiteral("first_name")) == QString::fromUtf8("Hélène"));
    CHECK(rows.at(0).value(QStringLiteral("last_name")) == QString::fromUtf8("Dupré"));
}

TEST_CASE("import reads one table from one file", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString db = emptyDatabase(dir, QStringLiteral("a.parcours"));
    const CliRun run = runCli(QStringList{QStringLiteral("import"), QStringLiteral("sites"),
                                          mini() + QStringLiteral("/sites.csv")}
                              + dbArgs(db));
    CHECK(run.exitCode == 0);
    const auto files = exportOf(db, dir.filePath(QStringLiteral("out")));
    const auto sites = records(files.value(QStringLiteral("sites.csv")));
    REQUIRE(sites.size() == 1);
    CHECK(sites.at(0).value(QStringLiteral("ref")) == QStringLiteral("LIL"));
    CHECK(sites.at(0).value(QStringLiteral("city")) == QStringLiteral("Lille"));
    CHECK(parseCsv(files.value(QStringLiteral("participants.csv"))).size() == 1);
}

TEST_CASE("a bad one-table import exits with 1 and changes nothing", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString db = emptyDatabase(dir, QStringLiteral("a.parcours"));
    const QString file = dir.filePath(QStringLiteral("rooms.csv"));
    writeBytes(file, "ref,site_ref,name,capacity\nR1,NOWHERE,Salle,10\nR2,NOWHERE,Salle 2,-3\n");
    const CliRun run = runCli(QStringList{QStringLiteral("import"), QStringLiteral("rooms"), file} + dbArgs(db));
    CHECK(run.exitCode == 1);
    CHECK(run.errText().contains(QStringLiteral("rooms.csv:2: site_ref: ")));
    CHECK(run.errText().contains(QStringLiteral("rooms.csv:3: ")));
    const auto files = exportOf(db, dir.filePath(QStringLiteral("out")));
    CHECK(parseCsv(files.value(QStringLiteral("rooms.csv"))).size() == 1);
}

TEST_CASE("an unknown table is a usage error; a file that does not exist a user error", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString db = emptyDatabase(dir, QStringLiteral("a.parcours"));
    CHECK(runCli(QStringList{QStringLiteral("import"), QStringLiteral("people"), mini() + QStringLiteral("/sites.csv")}
                 + dbArgs(db))
              .exitCode == 2);
    CHECK(runCli(QStringList{QStringLiteral("export"), QStringLiteral("people"), dir.filePath(QStringLiteral("x.csv"))}
                 + dbArgs(db))
              .exitCode == 2);
    const CliRun missing = runCli(QStringList{QStringLiteral("import"), QStringLiteral("sites"),
                                              dir.filePath(QStringLiteral("nothing.csv"))}
                                  + dbArgs(db));
    CHECK(missing.exitCode == 1);
    CHECK(missing.errLines().size() == 1);
}

TEST_CASE("export --excel writes UTF-8 with a byte order mark and semicolons", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString db = emptyDatabase(dir, QStringLiteral("a.parcours"));
    REQUIRE(runCli(QStringList{QStringLiteral("import-dir"), mini()} + dbArgs(db)).exitCode == 0);
    const QString file = dir.filePath(QStringLiteral("participants.csv"));
    const CliRun run = runCli(QStringList{QStringLiteral("export"), QStringLiteral("participants"), file,
                                          QStringLiteral("--excel")}
                              + dbArgs(db));
    CHECK(run.exitCode == 0);
    const QByteArray bytes = readBytes(file);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    // The columns of participants.csv in exchange-format.md, in order.
    CHECK(lines.at(0).trimmed()
          == QByteArray("ref;first_name;last_name;birth_date;gender;country_of_origin;languages;"
                        "french_level_entry;status;arrival_date;phone;email;professional_project;sector;"
                        "referrer;consent_date;notes"));
    CHECK(lines.at(1).trimmed()
          == QByteArray("M1;Bilal;Ahmadi;1990-05-01;m;AF;fa|en;A1;refugee;2023-01-10;;;boulanger;food;;2025-02-20;"));
    CHECK(records(bytes, QLatin1Char(';')).size() == 3);
}

TEST_CASE("export --cohort with an unknown ref exits with 1 and writes no file", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString db = emptyDatabase(dir, QStringLiteral("a.parcours"));
    REQUIRE(runCli(QStringList{QStringLiteral("import-dir"), mini()} + dbArgs(db)).exitCode == 0);
    const QString file = dir.filePath(QStringLiteral("sessions.csv"));
    const CliRun run = runCli(QStringList{QStringLiteral("export"), QStringLiteral("sessions"), file,
                                          QStringLiteral("--cohort"), QStringLiteral("NOPE")}
                              + dbArgs(db));
    CHECK(run.exitCode == 1);
    CHECK(run.errLines().size() == 1);
    CHECK(run.errText().contains(QStringLiteral("NOPE")));
    CHECK_FALSE(QFileInfo::exists(file));
}

TEST_CASE("export --cohort keeps only that cohort's rows", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.parcours"));
    REQUIRE(runCli(QStringList{QStringLiteral("demo")} + dbArgs(db), {{QStringLiteral("PARCOURS_TODAY"), QStringLiteral("2026-02-16")}})
                .exitCode == 0);
    const QString all = dir.filePath(QStringLiteral("all.csv"));
    REQUIRE(runCli(QStringList{QStringLiteral("export"), QStringLiteral("sessions"), all} + dbArgs(db)).exitCode == 0);
    const auto allRows = records(readBytes(all));
    REQUIRE_FALSE(allRows.isEmpty());
    const QString cohort = allRows.constFirst().value(QStringLiteral("cohort_ref"));

    const QString one = dir.filePath(QStringLiteral("one.csv"));
    REQUIRE(runCli(QStringList{QStringLiteral("export"), QStringLiteral("sessions"), one, QStringLiteral("--cohort"), cohort}
                   + dbArgs(db))
                .exitCode == 0);
    const auto rows = records(readBytes(one));
    int expected = 0;
    for (const auto& r : allRows)
        expected += r.value(QStringLiteral("cohort_ref")) == cohort;
    CHECK(rows.size() == expected);
    CHECK(rows.size() < allRows.size());
    for (const auto& r : rows)
        CHECK(r.value(QStringLiteral("cohort_ref")) == cohort);
}

TEST_CASE("export-dir --pseudonymise leaves out names and notes", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString db = emptyDatabase(dir, QStringLiteral("a.parcours"));
    REQUIRE(runCli(QStringList{QStringLiteral("import-dir"), mini()} + dbArgs(db)).exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("out"));
    const CliRun run = runCli(QStringList{QStringLiteral("export-dir"), out, QStringLiteral("--pseudonymise")} + dbArgs(db));
    CHECK(run.exitCode == 0);
    const auto files = readFolder(out);
    const QByteArray participants = files.value(QStringLiteral("participants.csv"));
    const QByteArray volunteers = files.value(QStringLiteral("volunteers.csv"));
    CHECK(records(participants).size() == 3);
    for (const char* name : {"Bilal", "Ahmadi", "Selam", "Haile", "Iryna", "Shevchenko"})
        CHECK_FALSE(participants.contains(name));
    for (const char* name : {"Julie", "Petit", "Thomas", "Roux"})
        CHECK_FALSE(volunteers.contains(name));
}
