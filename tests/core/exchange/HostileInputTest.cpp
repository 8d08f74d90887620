// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9, Tests: hostile inputs (quotes, `'); DROP TABLE`, very long fields, control
// characters, right-to-left text) in every text column of every table of the exchange format
// go in through import-dir and come out identical through export-dir, or, where a column
// refuses them (refs, e-mail, phone), are refused with a message naming file, line and column,
// and nothing is written.
//
// The folder is tests/data/exchange-mini (plus one trainer unavailability) with the hostile
// value put into the first row of each table. The input files are written by this test's own
// encoder, which quotes every cell (RFC 4180), not by CsvWriter. What comes out is compared
// cell by cell with what went in, and byte for byte for the value itself and for a second
// round trip.
#include "CatchQt.h"
#include "ExchangeTestSupport.h"
#include "TestDatabase.h"

#include "core/exchange/CsvReader.h"
#include "core/exchange/ExchangeExporter.h"
#include "core/exchange/ExchangeImporter.h"

#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <tuple>

using namespace parcours;
using namespace parcours::test;

namespace {

/// A table as cells: the header, then the rows.
struct Table
{
    QStringList header;
    QList<QStringList> rows;
};
using Folder = QMap<QString, Table>; // by file name

Table parseTable(const QByteArray& bytes)
{
    const auto doc = CsvReader::parse(bytes);
    REQUIRE(doc);
    REQUIRE_FALSE(doc->records.isEmpty());
    Table t;
    t.header = doc->records.first().cells;
    for (qsizetype i = 1; i < doc->records.size(); ++i)
        t.rows << doc->records.at(i).cells;
    return t;
}

Folder parseFolder(const QMap<QString, QByteArray>& files)
{
    Folder out;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        out.insert(it.key(), parseTable(it.value()));
    return out;
}

/// RFC 4180 with every cell quoted: independent of CsvWriter, which quotes only when needed.
QByteArray quoteAll(const Table& t)
{
    const auto line = [](const QStringList& cells) {
        QStringList quoted;
        for (QString c : cells)
            quoted << QLatin1Char('"') + c.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        return quoted.join(QLatin1Char(',')).toUtf8() + '\n';
    };
    QByteArray out = line(t.header);
    for (const QStringList& row : t.rows)
        out += line(row);
    return out;
}

/// How the exchange format must write a value (exchange-format.md: RFC 4180, quoted only when
/// needed; a value starting or ending with a space or tab is quoted so that it reads back).
QByteArray exchangeCell(const QString& value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                       || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
                       || value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '))
                       || value.startsWith(QLatin1Char('\t')) || value.endsWith(QLatin1Char('\t'));
    if (!quote)
        return value.toUtf8();
    QString v = value;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + v.toUtf8() + '"';
}

void writeFolder(const QString& dir, const Folder& folder)
{
    QDir().mkpath(dir);
    for (auto it = folder.cbegin(); it != folder.cend(); ++it)
        writeBytes(QDir(dir).filePath(it.key()), quoteAll(it.value()));
}

int columnOf(const Table& t, const char* name);

/// The mini fixture as cells, with one unavailability of trainer F1 so that every table has a
/// row, and its first pairing (K1) ended on 2025-06-30, after its check-in, so that its
/// end_reason may hold a value (the domain keeps end_reason for an ended pairing).
Folder miniFolder()
{
    QTemporaryDir dir;
    copyMiniFixture(dir.path());
    writeBytes(dir.filePath(QStringLiteral("trainer_unavailability.csv")),
               "trainer_ref,weekday,start,end,from_date,to_date\nF1,3,09:00,12:00,,\n");
    Folder f = parseFolder(folderFiles(dir.path()));
    Table& pairings = f[QStringLiteral("pairings.csv")];
    REQUIRE(pairings.rows[0][columnOf(pairings, "ref")] == QStringLiteral("K1"));
    pairings.rows[0][columnOf(pairings, "status")] = QStringLiteral("ended");
    pairings.rows[0][columnOf(pairings, "end_date")] = QStringLiteral("2025-06-30");
    return f;
}

int columnOf(const Table& t, const char* name)
{
    const int c = int(t.header.indexOf(QString::fromLatin1(name)));
    REQUIRE(c >= 0);
    return c;
}

// The free-text columns of each table (exchange-format.md; refs, e-mail and phone apart).
const QMap<QString, QList<const char*>> kFreeText = {
    {QStringLiteral("sites.csv"), {"name", "address", "city"}},
    {QStringLiteral("rooms.csv"), {"name"}},
    {QStringLiteral("cohorts.csv"), {"name", "programme"}},
    {QStringLiteral("participants.csv"),
     {"first_name", "last_name", "professional_project", "sector", "referrer", "notes"}},
    {QStringLiteral("volunteers.csv"),
     {"first_name", "last_name", "profession", "employer", "sector", "school", "notes"}},
    {QStringLiteral("trainers.csv"), {"name"}},
    {QStringLiteral("enrolments.csv"), {"exit_reason"}},
    {QStringLiteral("sessions.csv"), {"title"}},
    {QStringLiteral("pairings.csv"), {"end_reason"}},
    {QStringLiteral("checkins.csv"), {"notes"}},
    {QStringLiteral("outcomes.csv"), {"employer", "sector", "notes"}},
};
const QStringList kContactFiles = {QStringLiteral("participants.csv"), QStringLiteral("volunteers.csv"),
                                   QStringLiteral("trainers.csv")};
// The tables with a ref, and the column name other files point at them with.
const QMap<QString, QString> kRefColumn = {
    {QStringLiteral("sites.csv"), QStringLiteral("site_ref")},
    {QStringLiteral("rooms.csv"), QStringLiteral("room_ref")},
    {QStringLiteral("cohorts.csv"), QStringLiteral("cohort_ref")},
    {QStringLiteral("participants.csv"), QStringLiteral("participant_ref")},
    {QStringLiteral("volunteers.csv"), QStringLiteral("volunteer_ref")},
    {QStringLiteral("trainers.csv"), QStringLiteral("trainer_ref")},
    {QStringLiteral("sessions.csv"), QStringLiteral("session_ref")},
    {QStringLiteral("pairings.csv"), QStringLiteral("pairing_ref")},
};

/// Every free-text column of the first row of every table set to `value`.
Folder withFreeText(Folder f, const QString& value)
{
    for (auto it = kFreeText.cbegin(); it != kFreeText.cend(); ++it)
        for (const char* column : it.value())
            f[it.key()].rows[0][columnOf(f[it.key()], column)] = value;
    return f;
}

/// The e-mail and phone of the first participant, volunteer and trainer set to `value`.
Folder withContact(Folder f, const char* column, const QString& value)
{
    for (const QString& file : kContactFiles)
        f[file].rows[0][columnOf(f[file], column)] = value;
    return f;
}

/// A cell of a folder: its file, its row (0 = the first after the header) and its column.
struct Cell
{
    QString file;
    int row = 0;
    QString column;
};

/// The ref of the first row of every table that has one set to `value`, and every cell of
/// every file that pointed at that row too. Counts the cells changed per column, and lists them.
Folder withRefs(Folder f, const QString& value, QMap<QString, int>* changed = nullptr,
                QList<Cell>* cells = nullptr)
{
    for (auto it = kRefColumn.cbegin(); it != kRefColumn.cend(); ++it) {
        Table& owner = f[it.key()];
        const int refColumn = columnOf(owner, "ref");
        const QString old = owner.rows[0][refColumn];
        for (auto file = f.begin(); file != f.end(); ++file) {
            Table& t = file.value();
            const QString name = file.key() == it.key() ? QStringLiteral("ref") : it.value();
            const int c = int(t.header.indexOf(name));
            if (c < 0)
                continue;
            for (int r = 0; r < int(t.rows.size()); ++r) {
                QStringList& row = t.rows[r];
                if (row[c] == old) {
                    row[c] = value;
                    if (changed)
                        ++(*changed)[file.key() + QLatin1Char(':') + name];
                    if (cells)
                        *cells << Cell{file.key(), r, name};
                }
            }
        }
    }
    return f;
}

void requireSameRows(const Folder& got, const Folder& want)
{
    REQUIRE(got.keys() == want.keys());
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(got[it.key()].header == it.value().header);
        auto a = got[it.key()].rows;
        auto b = it.value().rows;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        REQUIRE(a.size() == b.size());
        for (qsizetype r = 0; r < a.size(); ++r)
            CHECK(a.at(r) == b.at(r));
    }
}

struct Outcome
{
    ImportReport report;
    QMap<QString, QByteArray> exported; // export-dir of the file after the import
};

Outcome importAndExport(const Folder& folder)
{
    QTemporaryDir work;
    const QString in = work.filePath(QStringLiteral("in"));
    const QString out = work.filePath(QStringLiteral("out"));
    writeFolder(in, folder);
    TestDatabase db;
    const auto report = ExchangeImporter(db.db()).importDir(in);
    REQUIRE(report);
    REQUIRE(ExchangeExporter(db.db()).exportDir(out));
    const auto check = db->check();
    REQUIRE(check);
    CHECK(check->isEmpty());
    return {*report, folderFiles(out)};
}

/// The baseline: the fixture's own export (rows in the exporter's order and canonical form).
Folder baselineExport()
{
    const Outcome o = importAndExport(miniFolder());
    REQUIRE(o.report.written);
    return parseFolder(o.exported);
}

/// Accepted: written, exported as `expected` cell for cell, the value's exchange encoding found
/// in `files`, and export -> import -> export byte-identical.
/// Returns how many of `files` hold `value` in the export (each is also CHECKed).
qsizetype requireRoundTrip(const Folder& input, const Folder& expected, const QString& value,
                           const QStringList& files)
{
    const Outcome o = importAndExport(input);
    for (const Problem& p : o.report.problems)
        FAIL_CHECK(p.toString().toStdString());
    REQUIRE(o.report.written);
    requireSameRows(parseFolder(o.exported), expected);
    qsizetype holding = 0;
    for (const QString& file : files) {
        INFO(file.toStdString());
        const bool holds = o.exported.value(file).contains(exchangeCell(value));
        CHECK(holds);
        holding += holds ? 1 : 0;
    }

    QTemporaryDir again;
    for (auto it = o.exported.cbegin(); it != o.exported.cend(); ++it)
        writeBytes(again.filePath(it.key()), it.value());
    TestDatabase second;
    const auto report = ExchangeImporter(second.db()).importDir(again.path());
    REQUIRE(report);
    REQUIRE(report->ok());
    const QString out = again.filePath(QStringLiteral("out"));
    REQUIRE(ExchangeExporter(second.db()).exportDir(out));
    const auto twice = folderFiles(out);
    REQUIRE(twice.keys() == o.exported.keys());
    for (auto it = o.exported.cbegin(); it != o.exported.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(twice.value(it.key()) == it.value());
    }
    return holding;
}

/// The line of the file each row of `t` starts on, as the test writes it (quoteAll): a
/// quoted cell may hold line breaks, so a row does not always start one line after the last.
QList<int> rowLines(const Table& t)
{
    const auto doc = CsvReader::parse(quoteAll(t));
    REQUIRE(doc);
    REQUIRE(doc->records.size() == t.rows.size() + 1);
    QList<int> lines;
    for (qsizetype i = 1; i < doc->records.size(); ++i)
        lines << doc->records.at(i).line;
    return lines;
}

/// Refused: nothing written and exactly these problems (file, line, column, reason).
void requireRefused(const Folder& input, QList<Problem> expected)
{
    const Outcome o = importAndExport(input);
    CHECK_FALSE(o.report.written);
    QList<Problem> got = o.report.problems;
    const auto order = [](const Problem& a, const Problem& b) {
        return std::tie(a.file, a.line, a.field, a.reason) < std::tie(b.file, b.line, b.field, b.reason);
    };
    std::sort(got.begin(), got.end(), order);
    std::sort(expected.begin(), expected.end(), order);
    QStringList gotText, expectedText;
    for (const Problem& p : std::as_const(got))
        gotText << p.toString();
    for (const Problem& p : std::as_const(expected))
        expectedText << p.toString();
    // Compared as lists (the same problem twice would be a fault), and the differences shown.
    QStringList missing, extra;
    for (const QString& t : std::as_const(expectedText))
        if (!gotText.contains(t))
            missing << t;
    for (const QString& t : std::as_const(gotText))
        if (!expectedText.contains(t))
            extra << t;
    INFO("missing: " << missing.join(QLatin1Char('\n')).toStdString());
    INFO("unexpected: " << extra.join(QLatin1Char('\n')).toStdString());
    CHECK(gotText == expectedText);
    // Nothing written: every exported file holds its header only.
    for (auto it = o.exported.cbegin(); it != o.exported.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value().count('\n') == 1);
    }
}

struct Hostile
{
    const char* name;
    QString value;
    /// Why a ref refuses it (Validation::requireRef), empty when a ref takes it.
    QStringList refReasons;
};

QString longValue()
{
    // 20 characters (a quote, a separator, a pipe, a tab, Arabic, an accent) 500 times.
    const QString chunk = QStringLiteral("Ab,\"\u00e9\"|\u0639\u0631\u0628\u064a;x\ty-z.01");
    REQUIRE(chunk.size() == 20);
    return chunk.repeated(500);
}

QList<Hostile> hostileValues()
{
    const QString control = QStringLiteral("control");
    return {
        {"quotes", QStringLiteral("She said \"non\", then 'oui' \u2014 \u00ab\"guillemets\"\u00bb"), {}},
        {"sql", QStringLiteral("'); DROP TABLE participant; --"), {}},
        {"sql-2", QStringLiteral("x\"; DELETE FROM cohort WHERE '1'='1"), {}},
        {"long", longValue(),
         {QStringLiteral("is longer than 64 characters"), QStringLiteral("contains a control character or '|'")}},
        {"tab-cr-lf", QStringLiteral("tab\there cr\rhere lf\nhere crlf\r\nend"),
         {QStringLiteral("contains a control character or '|'")}},
        {"c0-c1-controls", QStringLiteral("soh\u0001 us\u001f del\u007f nel\u0085 end"),
         {QStringLiteral("contains a control character or '|'")}},
        {"nul", QString(QStringLiteral("nul")) + QChar(u'\0') + QStringLiteral("here"),
         {QStringLiteral("contains a control character or '|'")}},
        {"spaces", QStringLiteral("  spaced out  "), {QStringLiteral("starts or ends with a space")}},
        {"tabs-around", QStringLiteral("\tindented\t"),
         {QStringLiteral("starts or ends with a space"), QStringLiteral("contains a control character or '|'")}},
        {"pipe", QStringLiteral("fr|en | ar"), {QStringLiteral("contains a control character or '|'")}},
        // Arabic with embedding and marks (RLE ... PDF, RLM, LRM) and with isolates (RLI ... PDI).
        {"rtl-embedding",
         QStringLiteral("\u202b\u0645\u0631\u0643\u0632 \u0627\u0644\u062a\u0634\u063a\u064a\u0644\u202c \u200f(Lille)\u200e"), {}},
        {"rtl-isolate", QStringLiteral("\u2067\u0623\u062d\u0645\u062f\u2069 \u0627\u0644\u0639\u0644\u064a 3"), {}},
        {"formula", QStringLiteral("=HYPERLINK(\"http://x.example\";\"clic\")"), {}},
        {"astral", QStringLiteral("\U0001F469\U0001F3FD\u200D\U0001F527 \u00dcn\u00efc\u00f6d\u00e9"), {}},
    };
}

} // namespace

TEST_CASE("hostile text in every free-text column goes in through import-dir and comes out "
          "identical through export-dir", "[exchange][hostile]")
{
    const Folder mini = miniFolder();
    const Folder baseline = baselineExport();
    for (const Hostile& h : hostileValues()) {
        INFO("value: " << h.name);
        CHECK(requireRoundTrip(withFreeText(mini, h.value), withFreeText(baseline, h.value), h.value,
                               kFreeText.keys())
              == kFreeText.size());
    }
}

TEST_CASE("hostile refs round-trip where a ref takes them and are refused with their file, line "
          "and reason where it does not", "[exchange][hostile]")
{
    const Folder mini = miniFolder();
    const Folder baseline = baselineExport();
    // Every column that holds a ref is reached: the first row of each table is pointed at.
    QMap<QString, int> changed;
    withRefs(mini, QStringLiteral("probe"), &changed);
    const QList<const char*> pointers = {
        "sites.csv:ref", "rooms.csv:ref", "rooms.csv:site_ref", "cohorts.csv:ref", "cohorts.csv:site_ref",
        "participants.csv:ref", "volunteers.csv:ref", "trainers.csv:ref", "trainer_unavailability.csv:trainer_ref",
        "enrolments.csv:cohort_ref", "enrolments.csv:participant_ref", "sessions.csv:ref",
        "sessions.csv:cohort_ref", "sessions.csv:trainer_ref", "sessions.csv:room_ref",
        "attendance.csv:session_ref", "attendance.csv:participant_ref", "pairings.csv:ref",
        "pairings.csv:participant_ref", "pairings.csv:volunteer_ref", "pairings.csv:cohort_ref",
        "checkins.csv:pairing_ref", "outcomes.csv:participant_ref", "outcomes.csv:cohort_ref"};
    for (const char* p : pointers) {
        INFO(p);
        CHECK(changed.value(QString::fromLatin1(p)) > 0);
    }
    CHECK(changed.size() == pointers.size());

    for (const Hostile& h : hostileValues()) {
        INFO("value: " << h.name);
        if (h.refReasons.isEmpty()) {
            requireRoundTrip(withRefs(mini, h.value), withRefs(baseline, h.value), h.value, kRefColumn.keys());
            continue;
        }
        // Refused, nothing written. Each table's own ref is reported on its line (the first
        // row: line 2). Every cell pointing at it holds the same malformed ref, a fault of its
        // own that fixing the first row would not mend, so the importer reports it too, with
        // the same reason (ExchangeImporter: a ref cell that no ref could match is a problem
        // of its cell; only a well-formed ref to a bad row is left unreported). Rows that
        // depend on those rows through well-formed refs are neither saved nor reported.
        QList<Cell> cells;
        const Folder input = withRefs(mini, h.value, nullptr, &cells);
        QList<Problem> expected;
        for (const Cell& cell : std::as_const(cells)) {
            const int line = rowLines(input[cell.file]).at(cell.row);
            if (cell.column == QStringLiteral("ref"))
                CHECK(line == 2);
            for (const QString& reason : h.refReasons)
                expected << Problem{cell.file, line, cell.column, reason};
        }
        requireRefused(input, expected);
    }
}

TEST_CASE("hostile e-mail and phone values are refused with their file, line and reason; odd but "
          "valid ones round-trip", "[exchange][hostile]")
{
    const Folder mini = miniFolder();
    const Folder baseline = baselineExport();
    for (const Hostile& h : hostileValues()) {
        INFO("value: " << h.name);
        QList<Problem> expected;
        for (const QString& file : kContactFiles)
            expected << Problem{file, 2, QStringLiteral("email"), QStringLiteral("is not an e-mail address")};
        requireRefused(withContact(mini, "email", h.value), expected);
        expected.clear();
        for (const QString& file : kContactFiles)
            expected << Problem{file, 2, QStringLiteral("phone"), QStringLiteral("is not a phone number")};
        requireRefused(withContact(mini, "phone", h.value), expected);
    }
    const QString email = QStringLiteral("o'brien+\"drop\"@ex\u00e4mple.org");
    CHECK(requireRoundTrip(withContact(mini, "email", email), withContact(baseline, "email", email), email,
                           kContactFiles)
          == kContactFiles.size());
    const QString phone = QStringLiteral("+33 (0)6 12-34/56.78");
    CHECK(requireRoundTrip(withContact(mini, "phone", phone), withContact(baseline, "phone", phone), phone,
                           kContactFiles)
          == kContactFiles.size());
}
