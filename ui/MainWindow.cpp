// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

namespace parcours::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {}

} // namespace parcours::ui
