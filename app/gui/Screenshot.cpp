// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"

#include "core/storage/CohortRepository.h"
#include "ui/AppClock.h"
#include "ui/Document.h"
#include "ui/MainWindow.h"
#include "ui/Navigation.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/AuditLogDialog.h"
#include "ui/dialogs/ImportWizard.h"
#include "ui/dialogs/ParticipantPicker.h"
#include "ui/dialogs/ReportSettingsDialog.h"
#include "ui/dialogs/WithdrawDialog.h"
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
    const QDate today = ui::AppClock::instance().today();
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

/// A dialog over the window, shown without blocking so that it can be grabbed.
QWidget* dialog(ui::MainWindow& window, const QString& page)
{
    const QString name = page.section(QLatin1Char(':'), 0, 0);
    const QString arg = page.section(QLatin1Char(':'), 1, -1);
    QDialog* shown = nullptr;
    if (name == QLatin1String("about")) {
        shown = new ui::AboutDialog(&window);
    } else if (name == QLatin1String("picker")) {
        shown = new ui::ParticipantPicker(window.participantModel(), {}, arg, &window);
    } else if (name == QLatin1String("withdraw")) {
        const QDate today = ui::AppClock::instance().today();
        shown = new ui::WithdrawDialog(arg, today.addMonths(-1), today, &window);
    } else if (name == QLatin1String("audit-log") && window.database()) {
        shown = new ui::AuditLogDialog(*window.database(), &window);
    } else if (name == QLatin1String("report-settings") && window.document()) {
        shown = new ui::ReportSettingsDialog(*window.document(), &window);
    } else if ((name == QLatin1String("import") || name == QLatin1String("import-check")) &&
               window.database()) {
        auto* wizard = new ui::ImportWizard(*window.database(), &window);
        wizard->setFile(arg);
        wizard->show();
        wizard->next();
        if (name == QLatin1String("import-check"))
            wizard->next();
        return wizard;
    }
    if (shown)
        shown->show();
    return shown;
}

/// Shows `page` and returns what to grab: the window, or a dialog over it.
QWidget* show(ui::MainWindow& window, const QString& page)
{
    if (page.isEmpty() || page == QLatin1String("welcome"))
        return page.isEmpty() || window.showsWelcome() ? &window : nullptr;
    if (page == QLatin1String("cohort") || page.startsWith(QLatin1String("cohort:"))) {
        if (!window.database())
            return nullptr;
        const QString ref = page.contains(QLatin1Char(':')) ? page.section(QLatin1Char(':'), 1)
                                                            : defaultCohort(*window.database());
        if (!window.showCohort(ref))
            return nullptr;
        selectFirstRow(window.cohortPage());
        return &window;
    }
    for (ui::Page p : ui::Navigation::pages()) {
        if (ui::Navigation::key(p) == page) {
            window.showPage(p);
            selectFirstRow(window.pageWidget(p));
            return &window;
        }
    }
    return dialog(window, page);
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
        QWidget* shown = show(window, page);
        if (!shown) {
            std::fprintf(stderr, "parcours: no page '%s' to show\n", qPrintable(page));
            QCoreApplication::exit(2);
            return;
        }
        QTimer::singleShot(700, shown, [shown, file] {
            const bool saved = shown->grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "parcours: cannot write %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    return true;
}

} // namespace parcours
