// SPDX-License-Identifier: GPL-3.0-or-later
// parcours-cli: the command-line twin of the desktop program (see cli.md). Each command lives
// in its own file and is listed in CommandTable.cpp.
#include "CliContext.h"
#include "CommandTable.h"
#include "core/services/AppPaths.h"
#include "resources/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
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
