// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"

#include "core/storage/CohortRepository.h"
#include "ui/MainWindow.h"
#include "ui/Navigation.h"
#include "ui/pages/CohortPage.h"

#include <QApplication>
#include <QDate>
#include <QPixmap>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace parcours {

namespace {

/// The cohort running today (PARCOURS_TODAY when set, as for the demo data), else the one
/// that started last.
QString defaultCohort(Database& db)
{
    auto cohorts = CohortRepository(db).all();
    if (!cohorts || cohorts->isEmpty())
        return {};
    QDate today = QDate::fromString(qEnvironmentVariable("PARCOURS_TODAY"), Qt::ISODate);
    if (!today.isValid())
        today = QDate::currentDate();
    const Cohort* chosen = &cohorts->first();
    for (const Cohort& c : *cohorts) {
        if (c.startDate <= today && today <= c.endDate)
            return c.ref;
        if (c.startDate <= today && c.startDate > chosen->startDate)
            chosen = &c;
    }
    return chosen->ref;
}

/// A page with a list shows its first row chosen, and what goes with it (a form, the rooms of
/// a site), rather than an empty form.
void selectFirstRow(QWidget* page)
{
    if (!page)
        return;
    for (QTableView* view : page->findChildren<QTableView*>()) {
        if (view->isVisibleTo(page) && view->model() && view->model()->rowCount() > 0) {
            view->selectRow(0);
            view->setFocus();
            return;
        }
    }
}

bool show(ui::MainWindow& window, const QString& page)
{
    if (page.isEmpty() || page == QLatin1String("welcome"))
        return page.isEmpty() || window.showsWelcome();
    if (page == QLatin1String("cohort") || page.startsWith(QLatin1String("cohort:"))) {
        if (!window.database())
            return false;
        const QString ref = page.contains(QLatin1Char(':')) ? page.section(QLatin1Char(':'), 1)
                                                            : defaultCohort(*window.database());
        if (!window.showCohort(ref))
            return false;
        selectFirstRow(window.cohortPage());
        return true;
    }
    for (ui::Page p : ui::Navigation::pages()) {
        if (ui::Navigation::key(p) == page) {
            window.showPage(p);
            selectFirstRow(window.pageWidget(p));
            return true;
        }
    }
    return false;
}

} // namespace

bool scheduleScreenshot(ui::MainWindow& window)
{
    const QString file = qEnvironmentVariable("PARCOURS_SCREENSHOT");
    if (file.isEmpty())
        return false;
    const QString page = qEnvironmentVariable("PARCOURS_PAGE");
    window.resize(1280, 800);
    // After the file is open and the window laid out; the second step lets the page settle
    // (column widths, scroll positions) before the grab.
    QTimer::singleShot(300, &window, [&window, file, page] {
        if (!show(window, page)) {
            std::fprintf(stderr, "parcours: no page '%s' to show\n", qPrintable(page));
            QCoreApplication::exit(2);
            return;
        }
        QTimer::singleShot(700, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "parcours: cannot write %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    return true;
}

} // namespace parcours
