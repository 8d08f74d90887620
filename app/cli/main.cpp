// SPDX-License-Identifier: GPL-3.0-or-later
// parcours-cli: the command-line twin of the desktop program (see cli.md). Each command lives
// in its own file and is listed in CommandTable.cpp.
#include "CliContext.h"
#include "CommandTable.h"
#include "core/services/AppPaths.h"
#include "resources/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstring>
#include <memory>

namespace {

/// True for a command that paints a PDF (`timetable print`): painting text needs fonts, which
/// need a QGuiApplication. The other commands keep the lighter QCoreApplication.
bool paints(int argc, char** argv)
{
    // `report` writes PDFs (the sign-in sheet); its command comes first.
    if (argc > 1 && std::strcmp(argv[1], "report") == 0)
        return true;
    // `privacy access` writes the person's PDF.
    if (argc > 2 && std::strcmp(argv[1], "privacy") == 0 && std::strcmp(argv[2], "access") == 0)
        return true;
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "print") == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    // Without a session (cron, ssh as root, CI) XDG_RUNTIME_DIR is unset and QGuiApplication
    // warns on standard error before falling back to /tmp/runtime-USER. A private directory
    // (0700, removed at exit) is what the variable stands for; a set but broken one still warns.
    std::unique_ptr<QTemporaryDir> runtimeDir;
    std::unique_ptr<QCoreApplication> application;
    if (paints(argc, argv)) {
        // No window is ever shown: the offscreen platform works without a display (a server, CI).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtimeDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/parcours-cli-XXXXXX"));
            if (runtimeDir->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    parcours::AppPaths::setApplicationNames();
    // The same translations as the desktop program: French messages on a French system.
    parcours::installTranslators(app, parcours::preferredLocale());
    // Standard error carries one line per problem (cli.md); the core's log lines would come on
    // top of them. QT_LOGGING_RULES (e.g. "parcours.*=true") still turns them back on.
    QLoggingCategory::setFilterRules(QStringLiteral("parcours.*.debug=false\n"
                                                    "parcours.*.info=false\n"
                                                    "parcours.*.warning=false"));
    const parcours::cli::CliContext cli;
    return parcours::cli::runCommandLine(cli, app.arguments().mid(1));
}
