// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as an exchange folder (one table's CSV, or several files) imported
// into a new Parcours file, then checked.
//
// Input layout (seeds are made by make-seeds.py):
//   byte 0      bit 0: import into an empty file (0) or into one holding tests/data/exchange-mini
//               (1), so that updates are fuzzed as well as inserts;
//               bit 1: one table's file (0) or a folder of several files (1)
//   one table:  byte 1 picks the table (modulo 13, ExchangeExporter::tables() order); the rest
//               is that table's CSV file
//   folder:     the rest is split at each byte 0x1E; each part's first byte picks the table, the
//               other bytes are its file (a table given twice: the last one counts)
//
// What must hold on any input, besides the sanitizers:
// - the import returns a report (never an error: the folder and the file are sound);
// - every problem names a file of the import, a line (>= 1) and a reason;
// - the data is written exactly when there is no problem;
// - the file then passes PRAGMA integrity_check and foreign_key_check (Database::check);
// - an import with problems changed nothing: the export is the same as before it;
// - an import without problems round-trips: its export, imported into an empty file and
//   exported again, gives the same bytes.
#include "core/exchange/ExchangeExporter.h"
#include "core/exchange/ExchangeImporter.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace parcours;

namespace {

[[noreturn]] void broken(const QString& what)
{
    std::fprintf(stderr, "fuzz_importer: %s\n", what.toLocal8Bit().constData());
    std::abort();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        broken(QStringLiteral("cannot read ") + path);
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        broken(QStringLiteral("cannot write ") + path);
}

QMap<QString, QByteArray> exportOf(Database& db, const QString& dir)
{
    if (auto ok = ExchangeExporter(db).exportDir(dir); !ok)
        broken(QStringLiteral("export failed: ") + ok.error().toString());
    QMap<QString, QByteArray> files;
    const QStringList names = QDir(dir).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names)
        files.insert(name, readAll(QDir(dir).filePath(name)));
    return files;
}

struct State
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> work;
    QString empty;                      ///< a new file, closed (copied for each input)
    QString mini;                       ///< the same holding exchange-mini, closed
    QMap<QString, QByteArray> miniExport;
    QMap<QString, QByteArray> emptyExport;
    QStringList tables;
};

// Never destroyed: a QCoreApplication destroyed by exit() after Qt's own globals crashes.
// The temporary folder is removed by an atexit handler, which runs before those.
State& state()
{
    static State* s = new State;
    return *s;
}

std::unique_ptr<Database> openCopy(const QString& from, const QString& to)
{
    if (!QFile::copy(from, to))
        broken(QStringLiteral("cannot copy the template file"));
    auto db = Database::open(to);
    if (!db)
        broken(QStringLiteral("cannot open the copy: ") + db.error().toString());
    return std::move(*db);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    State& s = state();
    s.app = std::make_unique<QCoreApplication>(*argc, *argv);
    // Rules that depend on today (dates in the future) give the same verdict on every day.
    qputenv("PARCOURS_TODAY", "2026-03-16");
    // tmpfs when there is one: SQLite syncs every commit (synchronous=FULL).
    const QString shm = QStringLiteral("/dev/shm");
    s.work = QFileInfo(shm).isDir() && QFileInfo(shm).isWritable()
                 ? std::make_unique<QTemporaryDir>(shm + QStringLiteral("/parcours-fuzz-XXXXXX"))
                 : std::make_unique<QTemporaryDir>();
    if (!s.work->isValid())
        broken(QStringLiteral("no temporary folder"));
    std::atexit([] { state().work->remove(); });
    s.tables = ExchangeExporter::tables();
    s.empty = s.work->filePath(QStringLiteral("empty.parcours"));
    s.mini = s.work->filePath(QStringLiteral("mini.parcours"));
    {
        auto db = Database::create(s.empty);
        if (!db)
            broken(QStringLiteral("cannot create a file: ") + db.error().toString());
        s.emptyExport = exportOf(**db, s.work->filePath(QStringLiteral("empty-export")));
    }
    {
        auto db = openCopy(s.empty, s.mini);
        auto report = ExchangeImporter(*db).importDir(QStringLiteral(PARCOURS_FUZZ_MINI_DIR));
        if (!report || !report->written)
            broken(QStringLiteral("exchange-mini does not import"));
        s.miniExport = exportOf(*db, s.work->filePath(QStringLiteral("mini-export")));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    State& s = state();
    const bool onMini = data[0] & 1;
    const bool folder = data[0] & 2;
    const QByteArray rest(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);

    QMap<QString, QByteArray> files;
    const auto tableOf = [&s](char c) { return s.tables.at(static_cast<unsigned char>(c) % s.tables.size()); };
    if (!folder) {
        files.insert(tableOf(rest.at(0)) + QLatin1String(".csv"), rest.mid(1));
    } else {
        for (const QByteArray& part : rest.split('\x1E'))
            if (!part.isEmpty())
                files.insert(tableOf(part.at(0)) + QLatin1String(".csv"), part.mid(1));
    }

    QTemporaryDir dir(s.work->filePath(QStringLiteral("input-XXXXXX")));
    if (!dir.isValid())
        broken(QStringLiteral("no temporary folder"));
    const QString in = dir.filePath(QStringLiteral("in"));
    QDir().mkpath(in);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        writeAll(QDir(in).filePath(it.key()), it.value());

    auto db = openCopy(onMini ? s.mini : s.empty, dir.filePath(QStringLiteral("fuzz.parcours")));
    const auto report = ExchangeImporter(*db).importDir(in);
    if (!report)
        broken(QStringLiteral("the import stopped: ") + report.error().toString());
    for (const Problem& p : report->problems) {
        if (!files.contains(p.file) || p.line < 1 || p.reason.trimmed().isEmpty())
            broken(QStringLiteral("a problem without file, line or reason: ") + p.toString());
    }
    if (report->written != report->ok())
        broken(QStringLiteral("written and ok disagree"));
    const auto check = db->check();
    if (!check)
        broken(QStringLiteral("check failed: ") + check.error().toString());
    if (!check->isEmpty())
        broken(QStringLiteral("the file fails its checks: ") + check->join(QLatin1String("; ")));

    const auto after = exportOf(*db, dir.filePath(QStringLiteral("a")));
    if (!report->written) {
        if (after != (onMini ? s.miniExport : s.emptyExport))
            broken(QStringLiteral("an import with problems changed the data"));
        return 0;
    }
    auto second = openCopy(s.empty, dir.filePath(QStringLiteral("again.parcours")));
    const auto again = ExchangeImporter(*second).importDir(dir.filePath(QStringLiteral("a")));
    if (!again || !again->written) {
        QString why = again ? QString() : again.error().toString();
        if (again)
            for (const Problem& p : again->problems)
                why += p.toString() + QLatin1Char('\n');
        broken(QStringLiteral("the export of a good import does not import: ") + why);
    }
    const auto twice = exportOf(*second, dir.filePath(QStringLiteral("b")));
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (twice.value(it.key()) != it.value())
            broken(QStringLiteral("export, import, export changed ") + it.key());
    return 0;
}
