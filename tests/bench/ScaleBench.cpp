// SPDX-License-Identifier: GPL-3.0-or-later
// The figures of issue 8 on one database (`parcours-cli demo --scale large`), each printed on
// one line with its target and PASS or MISS; the figures against the `sqlite3` shell are
// measured in the same run and printed as ratios. `./packaging/dev bench` builds it, makes the
// large database once and runs it; tests/bench/BENCHMARKS.md holds the figures and the method.
//
//   bench_scale --db FILE --work DIR [--gui PARCOURS] [--sqlite3 PROGRAM] [--runs N] [--quick]
//               [--gui-only | --stats-only]
//
// --work: a folder for the copies, imports and settings the run makes (the --db file is only
// read). --gui: the desktop program whose peak memory is measured, run offscreen on the
// Participants page of FILE. --quick: one run of each measure (the test suite's small run,
// which checks that every line is printed, never the timings). --gui-only: the window's lines
// only (gui-open, participants-list, search-keystroke, gui-peak-memory). --stats-only: the
// figures' lines only (cohort-stats, all-time-stats), the file opened without the window.
//
// Exit status 0 when every figure was measured or said why not; 1 when a measure failed.
#include "ScaleBenchReport.h"

#include "core/Result.h"
#include "core/exchange/ExchangeExporter.h"
#include "core/exchange/ExchangeImporter.h"
#include "core/services/IndicatorService.h"
#include "core/services/PairingService.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ParticipantRepository.h"
#include "ui/FileSafety.h"
#include "ui/MainWindow.h"
#include "ui/models/ParticipantTableModel.h"
#include "ui/models/TableFilterProxy.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/TablePage.h"
#include "ui/print/CohortReport.h"
#include "ui/print/ReviewPackWriter.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace parcours;
using namespace parcours::bench;

namespace {

struct Options
{
    QString db;
    QString work;
    QString gui;
    QString sqlite3 = QStringLiteral("sqlite3");
    int runs = 5;
    bool guiOnly = false;
    bool statsOnly = false;
};

double cpuNowMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// Times what happens between its construction and sample().
class Stopwatch
{
public:
    Stopwatch() : m_cpu(cpuNowMs()) { m_wall.start(); }
    Sample sample() const { return {double(m_wall.nsecsElapsed()) / 1e6, cpuNowMs() - m_cpu}; }

private:
    QElapsedTimer m_wall;
    double m_cpu;
};

/// `f` timed `runs` times, the median; nothing when `f` returns false.
std::optional<Sample> medianOf(int runs, const std::function<bool()>& f, std::vector<Sample>* each = nullptr)
{
    std::vector<Sample> samples;
    for (int r = 0; r < runs; ++r) {
        Stopwatch watch;
        if (!f())
            return std::nullopt;
        samples.push_back(watch.sample());
    }
    if (each)
        *each = samples;
    return median(samples);
}

/// The wall times of `samples` in milliseconds, in the order measured: "12.5, 9.8, ...".
QString wallTimes(const std::vector<Sample>& samples)
{
    QStringList each;
    for (const Sample& s : samples)
        each << QString::number(s.wall, 'f', 1);
    return each.join(QLatin1String(", "));
}

/// Lets the window handle what is queued (layouts, paints) and returns once the event loop is
/// free again: the moment a person's click would be served.
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
}

/// What a child process took: wall and CPU time (its own, from the kernel), peak memory.
struct Child
{
    Sample time;
    long maxRssKb = 0;
};

/// Runs `args` (the program first) with `env` added, standard input from `input` and standard
/// output into `output` when given; nothing, with the reason in `why`, when it fails.
std::optional<Child> runChild(const QStringList& args, const QStringList& env, const QString& input,
                              const QString& output, QString& why)
{
    std::vector<QByteArray> bytes;
    for (const QString& a : args)
        bytes.push_back(QFile::encodeName(a));
    std::vector<char*> argv;
    for (QByteArray& b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envBytes;
    for (const QString& e : env)
        envBytes.push_back(e.toLocal8Bit());
    const QByteArray in = QFile::encodeName(input);
    const QByteArray out = QFile::encodeName(output);
    QElapsedTimer wall;
    wall.start();
    const pid_t pid = fork();
    if (pid < 0) {
        why = QStringLiteral("fork failed");
        return std::nullopt;
    }
    if (pid == 0) {
        for (QByteArray& e : envBytes)
            putenv(e.data());
        if (!in.isEmpty() && !freopen(in.constData(), "r", stdin))
            _exit(126);
        if (!out.isEmpty() && !freopen(out.constData(), "w", stdout))
            _exit(126);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        why = QStringLiteral("%1 failed (status %2)").arg(args.first()).arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1);
        return std::nullopt;
    }
    const auto ms = [](const timeval& t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return Child{{double(wall.nsecsElapsed()) / 1e6, ms(usage.ru_utime) + ms(usage.ru_stime)}, usage.ru_maxrss};
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// The all-time figures Parcours computes, as `name|value` lines like all_time_stats.sql's.
QStringList figuresAsLines(const IndicatorFigures& f)
{
    QStringList lines;
    lines << QStringLiteral("enrolled|%1|completed|%2|withdrawn|%3").arg(f.enrolled).arg(f.completed).arg(f.withdrawn);
    const IndicatorFigures::Marks& m = f.attendanceAll;
    lines << QStringLiteral("marks|%1|%2|%3|%4|%5").arg(m.present).arg(m.late).arg(m.excused).arg(m.absent).arg(m.unmarked);
    lines << QStringLiteral("pairings|%1|%2|%3").arg(f.pairings.withMentor).arg(f.pairings.withCoach).arg(f.pairings.withBoth);
    lines << QStringLiteral("french|%1|%2|%3").arg(f.french.assessed).arg(f.french.levelsGained).arg(f.french.gainedOneLevelOrMore);
    return lines;
}

/// The same figures read from the sqlite3 shell's output of all_time_stats.sql.
QStringList sqliteAsLines(const QString& output)
{
    QHash<QString, QStringList> rows;
    for (const QString& line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList cells = line.split(QLatin1Char('|'));
        rows.insert(cells.first(), cells.mid(1));
    }
    const auto cell = [&](const QString& row, int i) {
        const QString v = rows.value(row).value(i);
        return v.isEmpty() ? QStringLiteral("0") : v;
    };
    const auto whole = [&](const QString& row) { return QStringList(row) + rows.value(row); };
    QStringList lines;
    lines << whole(QStringLiteral("enrolled")).join(QLatin1Char('|'));
    lines << QStringLiteral("marks|%1|%2|%3|%4|%5")
                 .arg(cell(QStringLiteral("marks_present"), 0), cell(QStringLiteral("marks_late"), 0),
                      cell(QStringLiteral("marks_excused"), 0), cell(QStringLiteral("marks_absent"), 0),
                      cell(QStringLiteral("marks_unmarked"), 0));
    lines << whole(QStringLiteral("pairings")).join(QLatin1Char('|'));
    lines << QStringLiteral("french|%1|%2|%3")
                 .arg(cell(QStringLiteral("french"), 0), cell(QStringLiteral("french"), 1), cell(QStringLiteral("french"), 2));
    return lines;
}

std::unique_ptr<Database> openOrSay(const QString& path, OpenMode mode)
{
    auto db = Database::open(path, mode);
    if (!db) {
        std::fprintf(stderr, "bench_scale: cannot open %s: %s\n", qPrintable(path), qPrintable(db.error().detail));
        return nullptr;
    }
    return std::move(*db);
}

std::unique_ptr<Database> createOrSay(const QString& path)
{
    QFile::remove(path);
    auto db = Database::create(path);
    if (!db) {
        std::fprintf(stderr, "bench_scale: cannot create %s: %s\n", qPrintable(path), qPrintable(db.error().detail));
        return nullptr;
    }
    return std::move(*db);
}

/// Lines 4 and 5, the figures of one cohort (`middle`, the one in the middle of the file) and of
/// every cohort; false when the file has no cohort.
bool figureLines(Database& db, const Options& o, Report& report, Cohort& middle)
{
    auto cohorts = CohortRepository(db).all();
    if (!cohorts || cohorts->isEmpty()) {
        std::fprintf(stderr, "bench_scale: no cohort in %s\n", qPrintable(o.db));
        return false;
    }
    middle = cohorts->at(cohorts->size() / 2);
    const int runs = o.runs;

    // 4. One cohort's figures.
    report.time(QStringLiteral("cohort-stats"),
                medianOf(runs, [&] { return bool(IndicatorService(db).cohort(middle.ref)); }), 20,
                QStringLiteral("cohort %1").arg(middle.ref));

    // 5. Every cohort's figures, against the same aggregates in plain SQL in the sqlite3 shell.
    {
        const QDate from(1900, 1, 1);
        const QDate to(2100, 12, 31);
        Result<IndicatorFigures> figures = IndicatorService(db).period(from, to);
        const auto ours = medianOf(runs, [&] {
            figures = IndicatorService(db).period(from, to);
            return bool(figures);
        });
        const QString sql = QStringLiteral(PARCOURS_BENCH_DIR "/all_time_stats.sql");
        const QString outFile = QDir(o.work).filePath(QStringLiteral("all_time_stats.txt"));
        std::vector<Sample> theirs;
        QString why;
        for (int r = 0; r < runs; ++r) {
            const auto t = runChild({o.sqlite3, QStringLiteral("-readonly"), o.db}, {}, sql, outFile, why);
            if (!t)
                break;
            theirs.push_back(t->time);
        }
        const QString out = readText(outFile);
        QString same = QStringLiteral("figures not compared");
        if (figures && !theirs.empty())
            same = figuresAsLines(*figures) == sqliteAsLines(out)
                       ? QStringLiteral("same figures as sqlite3")
                       : QStringLiteral("FIGURES DIFFER: %1 vs sqlite3 %2")
                             .arg(figuresAsLines(*figures).join(QLatin1Char(' ')), sqliteAsLines(out).join(QLatin1Char(' ')));
        report.ratio(QStringLiteral("all-time-stats"), ours, 2000, median(theirs), 2.0,
                     QStringLiteral("%1 cohorts; %2").arg(cohorts->size()).arg(same), why);
    }
    return true;
}

int usage(const char* why)
{
    std::fprintf(stderr, "bench_scale: %s\nusage: bench_scale --db FILE --work DIR [--gui PARCOURS] "
                         "[--sqlite3 PROGRAM] [--runs N] [--quick] [--gui-only | --stats-only]\n", why);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    // The window's settings (recent files, last page) go to the work folder, never the user's.
    Options o;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a = argv[i];
        const auto next = [&]() { return i + 1 < argc ? QString::fromLocal8Bit(argv[++i]) : QString(); };
        if (a == "--db")
            o.db = next();
        else if (a == "--work")
            o.work = next();
        else if (a == "--gui")
            o.gui = next();
        else if (a == "--sqlite3")
            o.sqlite3 = next();
        else if (a == "--runs")
            o.runs = std::max(1, next().toInt());
        else if (a == "--quick")
            o.runs = 1;
        else if (a == "--gui-only")
            o.guiOnly = true;
        else if (a == "--stats-only")
            o.statsOnly = true;
        else
            return usage("unknown argument");
    }
    if (o.db.isEmpty() || o.work.isEmpty())
        return usage("--db and --work are needed");
    o.db = QFileInfo(o.db).absoluteFilePath();
    QDir().mkpath(o.work);
    o.work = QFileInfo(o.work).absoluteFilePath();
    for (const char* var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(var, QFile::encodeName(QDir(o.work).filePath(QStringLiteral("home/") + QLatin1String(var))));

    const Stopwatch startup;
    QApplication app(argc, argv);
    Report report;
    const int runs = o.runs;
    if (o.statsOnly) {
        auto db = openOrSay(o.db, OpenMode::ReadWrite);
        Cohort middle;
        if (!db || !figureLines(*db, o, report, middle))
            return 1;
        return report.finish();
    }

    // 1. The window, from the application object to an event loop free to serve a click, with
    //    the file open (the first thing measured, as a person starting Parcours pays it).
    auto window = std::make_unique<ui::MainWindow>();
    window->setErrorReporter([](const QString& message, const QString& details) {
        std::fprintf(stderr, "bench_scale: the window says: %s (%s)\n", qPrintable(message), qPrintable(details));
    });
    window->show();
    if (!window->openFile(o.db))
        return 1;
    settle();
    const Sample opened = startup.sample();
    // The Dashboard, the first page, reads a large file's figures off the GUI thread: the
    // window is free meanwhile. They are waited for here, so that the next lines measure alone.
    QString dashboard;
    if (auto* page = qobject_cast<ui::DashboardPage*>(window->pageWidget(ui::Page::Dashboard));
        page && page->isReading()) {
        page->waitForFigures();
        const Sample shown = startup.sample();
        dashboard = QStringLiteral("; the Dashboard's figures, read off the GUI thread, shown at %1 s (cpu %2 s)")
                        .arg(shown.wall / 1000, 0, 'f', 2)
                        .arg(shown.cpu / 1000, 0, 'f', 2);
    }
    // The first open of the day makes the day's backup of a large file off the GUI thread too.
    if (ui::FileSafety* safety = window->fileSafety(); safety->isBackingUp()) {
        safety->waitForBackup();
        const Sample made = startup.sample();
        dashboard += QStringLiteral("; the day's backup, made off the GUI thread, done at %1 s (cpu %2 s)")
                         .arg(made.wall / 1000, 0, 'f', 2)
                         .arg(made.cpu / 1000, 0, 'f', 2);
    }
    report.time(QStringLiteral("gui-open"), opened, 500,
                QStringLiteral("window shown, file open, event loop free") + dashboard);
    Database& db = *window->database();

    // 2. The participants list read again into the model under the page's sorted proxy.
    window->showPage(ui::Page::Participants);
    settle();
    ui::TablePage* page = window->tablePage(ui::Page::Participants);
    const int participants = window->participantModel()->rowCount();
    std::vector<Sample> reloads;
    const auto reloaded = medianOf(
        runs,
        [&] {
            const bool ok = bool(window->participantModel()->reload(db));
            settle();
            return ok;
        },
        &reloads);
    report.time(QStringLiteral("participants-list"), reloaded, 300,
                QStringLiteral("%1 participants, sorted (each: %2)").arg(participants).arg(wallTimes(reloads)));

    // 3. A search typed letter by letter then erased, on the page's proxy: the slowest keystroke.
    {
        QString word = participants ? window->participantModel()->at(participants / 2).lastName.left(4) : QString();
        if (word.isEmpty())
            word = QStringLiteral("mart");
        std::vector<Sample> keys;
        QStringList typed;
        for (int n = 1; n <= word.size(); ++n)
            typed << word.left(n);
        for (int n = word.size() - 1; n >= 0; --n)
            typed << word.left(n);
        for (const QString& text : typed) {
            const Stopwatch watch;
            page->proxy()->setSearchText(text);
            settle();
            keys.push_back(watch.sample());
        }
        const Sample typical = *median(keys);
        const Sample worst = *std::max_element(keys.begin(), keys.end(),
                                               [](const Sample& a, const Sample& b) { return a.wall < b.wall; });
        report.time(QStringLiteral("search-keystroke"), worst, 30,
                    QStringLiteral("the slowest of %1 keys typing and erasing \"%2\" (median %3 ms; each: %4)")
                        .arg(keys.size()).arg(word).arg(typical.wall, 0, 'f', 1).arg(wallTimes(keys)));
    }

    // 4 to 9, the figures of the core and the reports (--gui-only leaves them out).
    if (!o.guiOnly) {
        Cohort middle;
        if (!figureLines(db, o, report, middle))
            return 1;

        // 6. Importing participants.csv (every participant of the file) into a new file, against
        //    sqlite3 .import of the same file into the same schema.
        {
            const QString csv = QDir(o.work).filePath(QStringLiteral("participants.csv"));
            QString why;
            if (auto exported = ExchangeExporter(db).exportTable(QStringLiteral("participants"), csv); !exported)
                why = exported.error().detail;
            int imported = 0;
            std::vector<Sample> times;
            for (int r = 0; why.isEmpty() && r < runs; ++r) {
                auto target = createOrSay(QDir(o.work).filePath(QStringLiteral("import.parcours")));
                if (!target)
                    break;
                const Stopwatch watch;
                auto done = ExchangeImporter(*target).importTable(QStringLiteral("participants"), csv);
                times.push_back(watch.sample());
                if (!done || !done->ok()) {
                    why = done ? done->problems.value(0).toString() : done.error().detail;
                    times.clear();
                    break;
                }
                imported = done->inserted;
            }
            const auto ours = median(times);
            // The script: the file into a staging table named by its header, then into participant
            // with empty cells as NULL (the table's CHECKs refuse '' where a code is expected).
            // The audit triggers are made quiet first, as the importer does (it writes one summary
            // entry per table): left on, they would write a log row per participant on the sqlite3
            // side only and flatter the ratio.
            const QString script = QDir(o.work).filePath(QStringLiteral("import.sql"));
            {
                QFile f(script);
                if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    f.write(QStringLiteral("UPDATE audit_context SET quiet = 1;\n"
                                           ".import --csv '%1' staging\n"
                                           "INSERT INTO participant (ref, first_name, last_name, birth_date, gender, "
                                           "country_of_origin, languages, french_level_entry, status, arrival_date, phone, "
                                           "email, professional_project, sector, referrer, consent_date, notes) "
                                           "SELECT ref, first_name, last_name, nullif(birth_date, ''), nullif(gender, ''), "
                                           "nullif(country_of_origin, ''), nullif(languages, ''), "
                                           "nullif(french_level_entry, ''), nullif(status, ''), nullif(arrival_date, ''), "
                                           "nullif(phone, ''), nullif(email, ''), nullif(professional_project, ''), "
                                           "nullif(sector, ''), nullif(referrer, ''), nullif(consent_date, ''), "
                                           "nullif(notes, '') FROM staging;\nDROP TABLE staging;\n")
                                .arg(csv)
                                .toUtf8());
            }
            std::vector<Sample> theirs;
            int copied = 0;
            for (int r = 0; why.isEmpty() && r < runs; ++r) {
                const QString target = QDir(o.work).filePath(QStringLiteral("import-sqlite3.parcours"));
                if (!createOrSay(target))
                    break;
                const auto t = runChild({o.sqlite3, target}, {}, script, {}, why);
                if (!t)
                    break;
                theirs.push_back(t->time);
                if (auto copy = openOrSay(target, OpenMode::ReadOnly))
                    copied = ParticipantRepository(*copy).count().value_or(-1);
            }
            report.ratio(QStringLiteral("csv-import"), ours, std::nullopt, median(theirs), 2.0,
                         QStringLiteral("%1 participants into a new file (sqlite3: %2)").arg(imported).arg(copied), why);
        }

        // 7, 8. The reports of issue 7.
        {
            int pages = 0;
            const QString pdf = QDir(o.work).filePath(QStringLiteral("cohort.pdf"));
            print::CohortReportOptions options;
            options.locale = QLocale(QLocale::French, QLocale::France);
            const auto t = medianOf(runs, [&] {
                auto written = print::CohortReport::writeFile(db, middle.ref, pdf, options);
                pages = written.value_or(0);
                return bool(written);
            });
            report.time(QStringLiteral("cohort-pdf"), t, 300,
                        QStringLiteral("print::CohortReport::writeFile, cohort %1, %2 pages, French").arg(middle.ref).arg(pages));
        }
        {
            // The year of the cohort in the middle of the file, as a review of that year asks.
            const QDate from(middle.endDate.year(), 1, 1);
            const QDate to(middle.endDate.year(), 12, 31);
            int n = 0;
            Result<ReviewPackSummary> pack = ReviewPackSummary{};
            const auto t = medianOf(runs, [&] {
                const QString dir = QDir(o.work).filePath(QStringLiteral("review-%1").arg(++n));
                QDir(dir).removeRecursively();
                pack = print::ReviewPackWriter::write(db, from, to, dir, QLocale(QLocale::French, QLocale::France));
                return bool(pack);
            });
            report.time(QStringLiteral("review-pack"), t, 5000,
                        pack ? QStringLiteral("%1: %2 cohorts, %3 participant rows, %4 files")
                                   .arg(from.year())
                                   .arg(pack->cohorts)
                                   .arg(pack->participantRows)
                                   .arg(pack->files.size())
                             : pack.error().detail);
        }

        // 9. The matcher's input read from the file for a cohort, its participants made up to 500
        //    from the file's and its volunteers cut to 5,000, then matched.
        {
            QString detail;
            const QList<Participant> all = ParticipantRepository(db).all().value_or(QList<Participant>());
            const auto t = medianOf(runs, [&] {
                PairingService service(db);
                auto in = service.matchInput(middle.ref, PairingRole::Mentor);
                if (!in)
                    return false;
                QSet<QString> taken;
                for (const Participant& p : std::as_const(in->participants))
                    taken.insert(p.ref);
                for (int i = 0; in->participants.size() < 500 && i < all.size(); ++i)
                    if (!taken.contains(all.at(i).ref))
                        in->participants << all.at(i);
                if (in->candidates.size() > 5000)
                    in->candidates.resize(5000);
                const MatchResult result = PairingMatcher::match(*in);
                detail = QStringLiteral("%1 participants, %2 volunteers, %3 pairs (input read from the file included)")
                             .arg(in->participants.size())
                             .arg(in->candidates.size())
                             .arg(result.proposals.size());
                return true;
            });
            report.time(QStringLiteral("matching"), t, 1000, detail);
        }
    }

    // 10. The desktop program's peak memory on this file.
    window.reset();
    if (o.gui.isEmpty()) {
        report.notMeasured(QStringLiteral("gui-peak-memory"), 300, QStringLiteral("no --gui program given"));
    } else {
        // Its screenshot mode: the file open, the Participants page shown with its first row
        // chosen, grabbed to a PNG, then quit.
        QString why;
        const auto run = runChild({o.gui, o.db},
                                  {QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("PARCOURS_PAGE=participants"),
                                   QStringLiteral("PARCOURS_SCREENSHOT=") + QDir(o.work).filePath(QStringLiteral("participants.png"))},
                                  {}, {}, why);
        report.memory(QStringLiteral("gui-peak-memory"), run ? std::optional<long>(run->maxRssKb) : std::nullopt, 300,
                      run ? QStringLiteral("parcours offscreen, the Participants page shown and grabbed; ran %1 s")
                                .arg(run->time.wall / 1000, 0, 'f', 1)
                          : why);
    }
    return report.finish();
}
