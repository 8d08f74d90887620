// SPDX-License-Identifier: GPL-3.0-or-later
#include "Navigation.h"

namespace parcours::ui {

QList<Page> Navigation::pages()
{
    return {Page::Dashboard,  Page::Cohorts,  Page::Timetable,    Page::Pairings,
            Page::Attendance, Page::Outcomes, Page::Participants, Page::Volunteers,
            Page::Trainers,   Page::Sites,    Page::Reports};
}

QString Navigation::title(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return tr("Dashboard");
    case Page::Cohorts:
        return tr("Cohorts");
    case Page::Timetable:
        return tr("Timetable");
    case Page::Pairings:
        return tr("Pairings");
    case Page::Attendance:
        return tr("Attendance");
    case Page::Outcomes:
        return tr("Outcomes");
    case Page::Participants:
        return tr("Participants");
    case Page::Volunteers:
        return tr("Volunteers");
    case Page::Trainers:
        return tr("Trainers");
    case Page::Sites:
        return tr("Sites and rooms");
    case Page::Reports:
        return tr("Reports");
    }
    return {};
}

QString Navigation::key(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return QStringLiteral("dashboard");
    case Page::Cohorts:
        return QStringLiteral("cohorts");
    case Page::Timetable:
        return QStringLiteral("timetable");
    case Page::Pairings:
        return QStringLiteral("pairings");
    case Page::Attendance:
        return QStringLiteral("attendance");
    case Page::Outcomes:
        return QStringLiteral("outcomes");
    case Page::Participants:
        return QStringLiteral("participants");
    case Page::Volunteers:
        return QStringLiteral("volunteers");
    case Page::Trainers:
        return QStringLiteral("trainers");
    case Page::Sites:
        return QStringLiteral("sites");
    case Page::Reports:
        return QStringLiteral("reports");
    }
    return {};
}

QIcon Navigation::icon(Page page)
{
    // A white drawing on the selection's colour, the usual one elsewhere.
    QIcon icon(QStringLiteral(":/icons/%1.svg").arg(key(page)));
    icon.addFile(QStringLiteral(":/icons/selected/%1.svg").arg(key(page)), QSize(),
                 QIcon::Selected);
    return icon;
}

QString Navigation::promise(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return tr(
            "The dashboard will show the week at a glance: the sessions to come, attendance, "
            "participants still waiting for a mentor or a coach, and the outcomes to record.");
    case Page::Timetable:
        return tr("The timetable will show each cohort's week, session by session, with rooms and "
                  "trainers, the weekly hours of each module, and any clash.");
    case Page::Pairings:
        return tr("Here you will pair each participant with a mentor and a coach, with suggestions "
                  "for the best matches, and follow the check-ins of each trio.");
    case Page::Attendance:
        return tr("Here you will take attendance session by session and print the weekly sign-in "
                  "sheets.");
    case Page::Outcomes:
        return tr(
            "Here you will record each participant's situation at exit and 3, 6 and 12 months "
            "later, and follow the dynamic exit rate.");
    case Page::Trainers:
        return tr("The list of trainers (staff, volunteers and external), with the times they are "
                  "not available.");
    case Page::Sites:
        return tr("The sites where cohorts meet, their rooms and their opening hours.");
    case Page::Reports:
    case Page::Cohorts:
    case Page::Participants:
    case Page::Volunteers:
        break;
    }
    return {};
}

} // namespace parcours::ui
