// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace parcours::ui {
class MainWindow;
}

namespace parcours {

/// For packaging/screenshots only: with PARCOURS_SCREENSHOT=<file.png> in the environment, the
/// program shows the page named by PARCOURS_PAGE (a navigation key such as `participants`,
/// `welcome`, or `cohort` / `cohort:REF` for a cohort's page, by default the one running on
/// PARCOURS_TODAY or today; or a dialog over the window: `about`, `picker:COHORT NAME`,
/// `withdraw:NAME`, `report-settings`, `audit-log`, `import:FILE.csv` (the wizard's columns) or
/// `import-check:FILE.csv`), saves a grab of its window to the file at 1280x800, and quits.
/// Returns false when the variable is not set, and the program runs as usual.
bool scheduleScreenshot(ui::MainWindow& window);

} // namespace parcours
