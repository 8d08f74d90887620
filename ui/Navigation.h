// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

namespace parcours::ui {

/// The pages of the main window, in the order of the navigation list.
enum class Page
{
    Dashboard,
    Cohorts,
    Timetable,
    Pairings,
    Attendance,
    Outcomes,
    Participants,
    Volunteers,
    Trainers,
    Sites,
    Reports,
};

/// What the navigation list shows for each page, and what a page not built yet promises.
class Navigation
{
    Q_DECLARE_TR_FUNCTIONS(Navigation)
public:
    /// Every page, in navigation order.
    static QList<Page> pages();
    /// The page's name in the navigation list and its heading.
    static QString title(Page page);
    static QIcon icon(Page page);
    /// For a page that a later version fills: a sentence on what it will hold. Empty for the
    /// pages that exist.
    static QString promise(Page page);
    /// A stable key for settings (`participants`, ...), independent of the language.
    static QString key(Page page);
};

} // namespace parcours::ui
