// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 main for core and command-line tests: a QCoreApplication exists for the whole run.
#include "CatchRunner.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return runCatchSession(argc, argv);
}
