// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 main for window tests: a QApplication on the offscreen platform.
#include "CatchRunner.h"

#include <QApplication>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return runCatchSession(argc, argv);
}
