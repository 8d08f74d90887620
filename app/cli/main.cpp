// SPDX-License-Identifier: GPL-3.0-or-later
// parcours-cli: the command-line twin of the desktop program (see cli.md). Each command lives
// in its own file and is listed in CommandTable.cpp.
#include "CliContext.h"
#include "CommandTable.h"
#include "core/services/AppPaths.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    parcours::AppPaths::setApplicationNames();
    const parcours::cli::CliContext cli;
    return parcours::cli::runCommandLine(cli, app.arguments().mid(1));
}
