// SPDX-License-Identifier: GPL-3.0-or-later
// parcours [FILE]: opens FILE, else the file used last when it still exists, else the welcome
// page. parcours --version prints the version. PARCOURS_LANG=fr|en forces the language.
// PARCOURS_SCREENSHOT and PARCOURS_PAGE save a grab of one page and quit (see Screenshot.h;
// used by packaging/screenshots).
#include "core/services/AppPaths.h"
#include "resources/Translations.h"
#include "ui/MainWindow.h"

#include "ParcoursVersion.h"
#include "Screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <cstdio>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

/// glibc gives threads that allocate arenas of their own (up to eight per core), and memory
/// freed in an arena stays there for that arena's later use. The Dashboard's figures and the
/// day's backup are read on worker threads while the GUI thread reads the participants list:
/// their arenas kept tens of megabytes the GUI thread could not reuse (large demo, issue 8: see
/// tests/bench/BENCHMARKS.md, "Window peak memory"). At most four arenas, shared by every
/// thread: what one thread frees, another reuses. Not fewer: a long participants list is read
/// by two threads at once while a third makes its sort keys and a fourth frees the old rows,
/// and with two arenas they waited for each other's locks (the list 351 ms against 255-283 ms
/// with four; the window's peak 230-244 MB with four).
///
/// Blocks of up to 32 MB (a list of 100,000 rows is 23 MB) come from the heap rather than from
/// mmap, and up to 64 MB freed at its top is kept: glibc moves its thresholds there itself, but
/// only after the first such blocks were freed, so each of the first reloads of a long list
/// faulted in some 50 MB of new pages again (about 12,000 faults, dear on a virtual machine).
/// Large demo, runs interleaved: the list's median 284-306 ms against 337-360 ms; the window's
/// peak 232-238 MB against 230 MB. packaging/dev's bench sets the same for bench_scale.
void tuneMalloc()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 4);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

} // namespace

int main(int argc, char** argv)
{
    tuneMalloc();
    // --version must work without a display (packaging checks, scripts): answer it before
    // QApplication wants to connect to one.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("parcours %s\n", PARCOURS_VERSION_TEXT);
            return 0;
        }
    }

    QApplication app(argc, argv);
    parcours::AppPaths::setApplicationNames();
    // The id of the installed .desktop file (packaging/linux): Wayland compositors match the
    // window to it for the task bar's name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.parcours.Parcours"));
    const QLocale locale = parcours::preferredLocale();
    QLocale::setDefault(locale);
    parcours::installTranslators(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Programme office for the vocational integration of refugees and newcomers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "The Parcours file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    parcours::ui::MainWindow window;
    window.show();

    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        window.openFile(files.constFirst());
    } else {
        // The file used last (or the one parcours-cli uses by default), when it exists.
        const QString last = parcours::AppPaths::defaultDatabasePath();
        if (QFileInfo(last).isFile())
            window.openFile(last);
    }
    parcours::scheduleScreenshot(window);
    return app.exec();
}
