// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimetablePage.h"

#include "core/services/ChangeNotifier.h"
#include "core/services/TimetableService.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/timetable/WeeklyTargets.h"
#include "ui/Document.h"
#include "ui/commands/TimetableChangeCommand.h"
#include "ui/dialogs/ClosuresDialog.h"
#include "ui/dialogs/PlanWeekDialog.h"
#include "ui/dialogs/SeriesDialog.h"
#include "ui/dialogs/SessionDialog.h"
#include "ui/widgets/WeekGrid.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

TimetablePage::TimetablePage(QWidget* parent) : QWidget(parent)
{
    m_viewKind = new QComboBox(this);
    m_viewKind->addItem(tr("Cohort"), int(TimetableView::Cohort));
    m_viewKind->addItem(tr("Trainer"), int(TimetableView::Trainer));
    m_viewKind->addItem(tr("Room"), int(TimetableView::Room));
    m_viewKind->setAccessibleName(tr("Show the timetable of"));

    m_subject = new QComboBox(this);
    m_subject->setEditable(true);
    m_subject->setInsertPolicy(QComboBox::NoInsert);
    m_subject->setMinimumContentsLength(16);
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subject->completer()->setFilterMode(Qt::MatchContains);
    m_subject->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_subject->setAccessibleName(tr("Cohort, trainer or room shown"));

    m_previousAction = new QAction(tr("&Previous week"), this);
    m_previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    m_thisWeekAction = new QAction(tr("This &week"), this);
    m_nextAction = new QAction(tr("&Next week"), this);
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    m_markPastAction = new QAction(tr("Mark past sessions &held…"), this);
    m_markPastAction->setToolTip(tr("Marks held every planned session that has already ended"));
    m_newSeriesAction = new QAction(tr("New &series…"), this);
    m_newSeriesAction->setToolTip(tr("Makes the sessions of a weekly rule, skipping public holidays "
                                     "and office closures"));
    m_planWeekAction = new QAction(tr("Plan the wee&k…"), this);
    m_planWeekAction->setToolTip(tr("Proposes a week for chosen cohorts (or a site's) that meets every "
                                    "rule, then makes it weekly series"));
    m_planWeekAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_planWeekAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_planWeekAction);
    m_closuresAction = new QAction(tr("C&losures…"), this);
    m_closuresAction->setToolTip(tr("The days when the office is closed, which new series skip"));
    for (QAction* a : {m_previousAction, m_nextAction})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_previousAction, m_nextAction});

    m_weekLabel = new QLabel(this);
    QFont bold = m_weekLabel->font();
    bold.setBold(true);
    m_weekLabel->setFont(bold);
    m_weekLabel->setAccessibleName(tr("Week shown"));

    // Two rows, so that the page fits a 1280-pixel screen in French: what is shown and what can
    // be done to it above, the week and the moves between weeks below.
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_viewKind);
    bar->addWidget(m_subject, 1);
    bar->addSpacing(12);
    bar->addWidget(buttonFor(m_newSeriesAction, this));
    bar->addWidget(buttonFor(m_planWeekAction, this));
    bar->addWidget(buttonFor(m_closuresAction, this));
    bar->addWidget(buttonFor(m_markPastAction, this));
    auto* weekBar = new QHBoxLayout;
    weekBar->addWidget(buttonFor(m_previousAction, this));
    weekBar->addWidget(buttonFor(m_thisWeekAction, this));
    weekBar->addWidget(buttonFor(m_nextAction, this));
    weekBar->addSpacing(12);
    weekBar->addWidget(m_weekLabel, 1);

    m_grid = new WeekGrid(this);
    m_editAction = new QAction(tr("&Edit…"), m_grid);
    m_cancelAction = new QAction(tr("&Cancel this session"), m_grid);
    m_heldAction = new QAction(tr("Mark &held"), m_grid);
    m_copyAction = new QAction(tr("C&opy to next week"), m_grid);
    m_grid->addActions({m_editAction, m_cancelAction, m_heldAction, m_copyAction});

    m_targets = new QListWidget(this);
    m_targets->setAccessibleName(tr("Hours of the week against the targets"));
    m_targets->setSelectionMode(QAbstractItemView::NoSelection);
    m_targets->setFocusPolicy(Qt::TabFocus);
    // Lines such as "(week cut by the cohort's dates: no target)" wrap instead of scrolling.
    m_targets->setWordWrap(true);
    m_targets->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* targetsTitle = new QLabel(tr("Hours this &week"), this);
    targetsTitle->setBuddy(m_targets);
    auto* side = new QVBoxLayout;
    side->addWidget(targetsTitle);
    side->addWidget(m_targets, 1);
    auto* sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sideWidget->setFixedWidth(230);

    auto* body = new QHBoxLayout;
    body->addWidget(m_grid, 1);
    body->addWidget(sideWidget);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(weekBar);
    layout->addLayout(body, 1);

    connect(m_viewKind, &QComboBox::currentIndexChanged, this, [this] {
        m_view = TimetableView(m_viewKind->currentData().toInt());
        m_ref.clear();
        fillSubjects();
        subjectChosen();
    });
    connect(m_subject, &QComboBox::activated, this, &TimetablePage::subjectChosen);
    connect(m_previousAction, &QAction::triggered, this, &TimetablePage::previousWeek);
    connect(m_nextAction, &QAction::triggered, this, &TimetablePage::nextWeek);
    connect(m_thisWeekAction, &QAction::triggered, this, &TimetablePage::thisWeek);
    connect(m_markPastAction, &QAction::triggered, this, &TimetablePage::markPastHeld);
    connect(m_newSeriesAction, &QAction::triggered, this, &TimetablePage::newSeries);
    connect(m_closuresAction, &QAction::triggered, this, &TimetablePage::editClosures);
    connect(m_planWeekAction, &QAction::triggered, this, &TimetablePage::planWeek);
    connect(m_grid, &WeekGrid::sessionEdited, this, &TimetablePage::editSession);
    connect(m_grid, &WeekGrid::openRequested, this, &TimetablePage::openSession);
    connect(m_grid, &WeekGrid::selectionChanged, this, &TimetablePage::updateActions);
    connect(m_editAction, &QAction::triggered, this, [this] { openSession(m_grid->selectedRef()); });
    connect(m_cancelAction, &QAction::triggered, this,
            [this] { setSelectedStatus(SessionStatus::Cancelled); });
    connect(m_heldAction, &QAction::triggered, this, [this] { setSelectedStatus(SessionStatus::Held); });
    connect(m_copyAction, &QAction::triggered, this, &TimetablePage::copyToNextWeek);

    m_monday = WeeklyTargets::mondayOf(m_clock->today());
    setDocument(nullptr);
}

void TimetablePage::setDocument(Document* document)
{
    if (m_document && m_document->notifier())
        disconnect(m_document->notifier(), nullptr, this, nullptr);
    m_document = document;
    m_ref.clear();
    if (m_document && m_document->notifier()) {
        ChangeNotifier* n = m_document->notifier();
        connect(n, &ChangeNotifier::saved, this, [this](EntityKind kind) {
            if (kind != EntityKind::Session)
                fillSubjects();
            reload();
        });
        connect(n, &ChangeNotifier::removed, this, [this] { fillSubjects(); reload(); });
        connect(n, &ChangeNotifier::changed, this, [this] { fillSubjects(); reload(); });
        connect(n, &ChangeNotifier::reset, this, [this] { fillSubjects(); reload(); });
    }
    fillSubjects();
    subjectChosen();
    const bool writable = m_document && !m_document->isReadOnly();
    m_markPastAction->setEnabled(writable);
    m_newSeriesAction->setEnabled(writable);
    m_closuresAction->setEnabled(writable);
    m_planWeekAction->setEnabled(writable);
}

void TimetablePage::fillSubjects()
{
    const QString keep = m_ref;
    QSignalBlocker block(m_subject);
    m_subject->clear();
    if (!m_document)
        return;
    Database& db = m_document->database();
    auto add = [this](const QString& ref, const QString& name) {
        m_subject->addItem(name.isEmpty() || name == ref ? ref : name + QStringLiteral(" (") + ref
                                                                     + QLatin1Char(')'),
                           ref);
    };
    switch (m_view) {
    case TimetableView::Cohort:
        if (auto all = CohortRepository(db).all())
            for (const Cohort& c : *all)
                add(c.ref, c.name);
        break;
    case TimetableView::Trainer:
        if (auto all = TrainerRepository(db).all())
            for (const Trainer& t : *all)
                add(t.ref, t.name);
        break;
    case TimetableView::Room:
        if (auto all = SiteRepository(db).rooms())
            for (const Room& r : *all)
                add(r.ref, r.name);
        break;
    }
    int i = m_subject->findData(keep);
    if (i < 0 && m_view == TimetableView::Cohort)
        i = m_subject->findData(runningCohort());
    m_subject->setCurrentIndex(i >= 0 ? i : (m_subject->count() ? 0 : -1));
}

QString TimetablePage::runningCohort() const
{
    // The cohort of the week shown (the one started last among those running), else the one
    // that started last before it: the page opens on a week with sessions.
    auto all = CohortRepository(m_document->database()).all();
    if (!all)
        return {};
    const QDate monday = m_monday, sunday = m_monday.addDays(6);
    const Cohort* best = nullptr;
    for (const Cohort& c : *all) {
        if (!c.startDate.isValid() || c.startDate > sunday)
            continue;
        const bool running = !c.endDate.isValid() || c.endDate >= monday;
        const bool bestRunning = best && (!best->endDate.isValid() || best->endDate >= monday);
        if (!best || (running && !bestRunning) ||
            (running == bestRunning && c.startDate > best->startDate))
            best = &c;
    }
    return best ? best->ref : QString();
}

void TimetablePage::subjectChosen()
{
    m_ref = m_subject->currentIndex() >= 0 ? m_subject->currentData().toString() : QString();
    reload();
}

void TimetablePage::showWeek(TimetableView view, const QString& ref, const QDate& day)
{
    if (view != m_view) {
        QSignalBlocker block(m_viewKind);
        m_viewKind->setCurrentIndex(m_viewKind->findData(int(view)));
        m_view = view;
    }
    m_ref = ref;
    fillSubjects();
    m_monday = WeeklyTargets::mondayOf(day);
    reload();
}

void TimetablePage::previousWeek()
{
    m_monday = m_monday.addDays(-7);
    reload();
}

void TimetablePage::nextWeek()
{
    m_monday = m_monday.addDays(7);
    reload();
}

void TimetablePage::thisWeek()
{
    m_monday = WeeklyTargets::mondayOf(m_clock->today());
    reload();
}

void TimetablePage::reload()
{
    m_week = WeekView{};
    m_week.monday = m_monday;
    m_week.view = m_view;
    if (m_document && !m_ref.isEmpty()) {
        auto week = TimetableService(m_document->database()).week(m_view, m_ref, m_monday);
        if (week)
            m_week = std::move(*week);
        else
            emit failed(tr("The timetable could not be read."), week.error());
    }
    m_grid->setWeek(m_week);
    m_weekLabel->setText(weekTitle(m_monday, m_grid->dayCount(), QLocale()));
    updateTargets();
    updateActions();
}

QString TimetablePage::weekTitle(const QDate& monday, int days, const QLocale& locale)
{
    const QDate last = monday.addDays(qMax(1, days) - 1);
    QString range;
    if (monday.year() != last.year())
        range = locale.toString(monday, QStringLiteral("d MMMM yyyy")) + QLatin1Char('-')
                + locale.toString(last, QStringLiteral("d MMMM yyyy"));
    else if (monday.month() != last.month())
        range = locale.toString(monday, QStringLiteral("d MMMM")) + QLatin1Char('-')
                + locale.toString(last, QStringLiteral("d MMMM yyyy"));
    else
        range = locale.toString(monday, QStringLiteral("d")) + QLatin1Char('-')
                + locale.toString(last, QStringLiteral("d MMMM yyyy"));
    //: %1 the ISO week number, %2 its days ("17-21 March 2025")
    return tr("Week %1 · %2").arg(locale.toString(monday.weekNumber())).arg(range);
}

void TimetablePage::updateTargets()
{
    m_targets->clear();
    const QLocale locale;
    for (qsizetype i = 0; i < m_week.targets.size(); ++i) {
        const WeekHours& w = m_week.targets[i];
        if (m_week.targets.size() > 1 || m_view != TimetableView::Cohort) {
            auto* head = new QListWidgetItem(i < m_week.cohorts.size() ? m_week.cohorts[i].name : QString(),
                                             m_targets);
            QFont f = head->font();
            f.setBold(true);
            head->setFont(f);
        }
        for (Module m : allValues<Module>()) {
            if (!w.target(m).exists() && w.seconds[std::size_t(m)] == 0)
                continue;
            auto* item = new QListWidgetItem(WeeklyTargets::text(w, m, locale), m_targets);
            if (w.isOff(m)) {
                item->setForeground(QColor(0xb0, 0x00, 0x00));
                item->setToolTip(tr("Off target this week"));
                item->setData(Qt::AccessibleDescriptionRole, tr("off target"));
            }
        }
        if (!w.heldToTargets)
            new QListWidgetItem(tr("(week cut by the cohort's dates: no target)"), m_targets);
    }
    if (m_week.targets.isEmpty())
        new QListWidgetItem(m_ref.isEmpty() ? tr("Choose a cohort, a trainer or a room.")
                                            : tr("No session this week."),
                            m_targets);
}

void TimetablePage::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const auto s = selectedSession();
    m_editAction->setEnabled(writable && s);
    m_cancelAction->setEnabled(writable && s && s->status != SessionStatus::Cancelled);
    m_heldAction->setEnabled(writable && s && s->status != SessionStatus::Held);
    m_copyAction->setEnabled(writable && s);
}

std::optional<Session> TimetablePage::selectedSession() const
{
    if (const WeekGrid::Block* b = m_grid->block(m_grid->selectedRef()))
        return b->session;
    return std::nullopt;
}

void TimetablePage::apply(const Result<TimetableChange>& result, const QString& text)
{
    if (!result) {
        emit failed(tr("The timetable could not be changed."), result.error());
        reload();
        return;
    }
    if (result->isEmpty()) {
        reload();
        return;
    }
    if (auto pushed = m_document->push(new TimetableChangeCommand(*m_document, text, *result)); !pushed)
        emit failed(tr("The timetable could not be changed."), pushed.error());
    reload();
}

std::optional<EditScope> TimetablePage::askScope(const Session& session)
{
    if (session.seriesRef.isEmpty())
        return EditScope::Occurrence;
    if (m_chooseScope)
        return m_chooseScope(session);
    QMessageBox box(QMessageBox::Question, tr("Session of a series"),
                    tr("This session belongs to the series %1. Change only this session, this one "
                       "and the following ones, or every session of the series?")
                        .arg(session.seriesRef),
                    QMessageBox::Cancel, this);
    QAbstractButton* one = box.addButton(tr("This &one"), QMessageBox::AcceptRole);
    QAbstractButton* following = box.addButton(tr("&Following"), QMessageBox::AcceptRole);
    QAbstractButton* all = box.addButton(tr("&All"), QMessageBox::AcceptRole);
    box.setDefaultButton(qobject_cast<QPushButton*>(one));
    box.exec();
    if (box.clickedButton() == one)
        return EditScope::Occurrence;
    if (box.clickedButton() == following)
        return EditScope::Following;
    if (box.clickedButton() == all)
        return EditScope::Series;
    return std::nullopt;
}

void TimetablePage::editSession(const Session& edited)
{
    if (!m_document || m_document->isReadOnly()) {
        reload();
        return;
    }
    const auto original = m_grid->block(edited.ref);
    const auto scope = askScope(original ? original->session : edited);
    if (!scope) {
        reload();
        return;
    }
    TimetableService service(m_document->database(), m_document->notifier());
    apply(service.edit(edited, *scope), tr("Move session %1").arg(edited.ref));
}

void TimetablePage::openSession(const QString& ref)
{
    const WeekGrid::Block* b = m_grid->block(ref);
    if (!b || !m_document || m_document->isReadOnly())
        return;
    const Session session = b->session;
    std::optional<std::pair<Session, EditScope>> edited;
    if (m_editSession) {
        edited = m_editSession(session);
    } else {
        QList<Trainer> trainers;
        QList<Room> rooms;
        if (auto t = TrainerRepository(m_document->database()).all())
            trainers = *t;
        if (auto r = SiteRepository(m_document->database()).rooms())
            rooms = *r;
        SessionDialog dialog(session, trainers, rooms, this);
        if (dialog.exec() == QDialog::Accepted)
            edited = std::pair{dialog.session(), dialog.scope()};
    }
    if (!edited)
        return;
    TimetableService service(m_document->database(), m_document->notifier());
    apply(service.edit(edited->first, edited->second), tr("Edit session %1").arg(session.ref));
}

void TimetablePage::setSelectedStatus(SessionStatus status)
{
    const auto s = selectedSession();
    if (!s || !m_document)
        return;
    const auto scope = status == SessionStatus::Held ? std::optional(EditScope::Occurrence) : askScope(*s);
    if (!scope)
        return;
    TimetableService service(m_document->database(), m_document->notifier());
    apply(service.setStatus(s->ref, status, *scope),
          status == SessionStatus::Cancelled ? tr("Cancel session %1").arg(s->ref)
                                             : tr("Mark session %1 held").arg(s->ref));
}

void TimetablePage::copyToNextWeek()
{
    const auto s = selectedSession();
    if (!s || !m_document)
        return;
    Session copy = *s;
    copy.id = 0;
    copy.ref.clear();
    copy.seriesRef.clear();
    copy.status = SessionStatus::Planned;
    copy.date = s->date.addDays(7);
    TimetableService service(m_document->database(), m_document->notifier());
    apply(service.createSessions({copy}), tr("Copy session %1 to next week").arg(s->ref));
}

void TimetablePage::markPastHeld()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QString cohort = m_view == TimetableView::Cohort ? m_ref : QString();
    const QString question =
        cohort.isEmpty()
            ? tr("Mark held every planned session of every cohort that has already ended?")
            : tr("Mark held every planned session of %1 that has already ended?").arg(cohort);
    const bool yes = m_confirm ? m_confirm(question)
                               : QMessageBox::question(this, tr("Mark past sessions held"), question)
                                     == QMessageBox::Yes;
    if (!yes)
        return;
    TimetableService service(m_document->database(), m_document->notifier());
    auto result = service.markPastHeld(cohort, *m_clock);
    const int count = result ? int(result->after.size()) : 0;
    apply(result, tr("Mark past sessions held"));
    if (result)
        emit message(tr("%n session(s) marked held.", nullptr, count));
}

void TimetablePage::newSeries()
{
    if (!m_document || m_document->isReadOnly())
        return;
    Database& db = m_document->database();
    QList<Cohort> cohorts;
    QList<Trainer> trainers;
    QList<Room> rooms;
    if (auto c = CohortRepository(db).all())
        cohorts = *c;
    if (auto t = TrainerRepository(db).all())
        trainers = *t;
    if (auto r = SiteRepository(db).rooms())
        rooms = *r;
    if (cohorts.isEmpty()) {
        emit message(tr("Add a cohort first: a series belongs to a cohort."));
        return;
    }
    SeriesDialog dialog(
        cohorts, trainers, rooms, [&db](const Series& rule) { return TimetableService(db).preview(rule); },
        m_view == TimetableView::Cohort ? m_ref : QString(), this);
    // In a trainer's or a room's view, the series starts with that trainer or room.
    if (m_view == TimetableView::Trainer)
        dialog.trainerBox()->setCurrentIndex(qMax(0, dialog.trainerBox()->findData(m_ref)));
    if (m_view == TimetableView::Room)
        dialog.roomBox()->setCurrentIndex(qMax(0, dialog.roomBox()->findData(m_ref)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    TimetableService service(db, m_document->notifier());
    const Series rule = dialog.series();
    auto result = service.createSeries(rule);
    if (!result) {
        apply(result, QString());
        return;
    }
    const QString ref = result->seriesAfter.isEmpty() ? QString() : result->seriesAfter.first().ref;
    const QList<SkippedDate> skipped = result->skipped;
    const int made = int(result->after.size());
    const QDate first = result->after.isEmpty() ? rule.firstDate : result->after.first().date;
    apply(result, tr("New series %1").arg(ref));
    // Shows the series' first week in its cohort's view.
    showWeek(TimetableView::Cohort, rule.cohortRef, first);

    const QLocale locale;
    QString text = tr("Series %1: %n session(s) made.", nullptr, made).arg(ref);
    emit message(text);
    if (skipped.isEmpty())
        return;
    text += QLatin1Char('\n') + tr("%n day(s) skipped:", nullptr, int(skipped.size()));
    for (const SkippedDate& day : skipped)
        text += QStringLiteral("\n• ") + SeriesDialog::skippedText(day, locale);
    if (m_inform)
        m_inform(tr("New series"), text);
    else
        QMessageBox::information(this, tr("New series"), text);
}

void TimetablePage::planWeek()
{
    if (!m_document || m_document->isReadOnly())
        return;
    PlanWeekDialog dialog(*m_document, m_monday, m_view == TimetableView::Cohort ? m_ref : QString(), this);
    if (m_planDialogHook)
        m_planDialogHook(&dialog);
    if (dialog.exec() != QDialog::Accepted) {
        reload();
        return;
    }
    const TimetableChange& made = dialog.made();
    const QList<SkippedDate> skipped = made.skipped;
    QString first = made.after.isEmpty() ? QString() : made.after.first().cohortRef;
    if (!first.isEmpty())
        showWeek(TimetableView::Cohort, first, dialog.monday());
    else
        reload();
    QString text = tr("Week planned: %1 series made, %n session(s).", nullptr, int(made.after.size()))
                       .arg(QLocale().toString(made.seriesAfter.size()));
    emit message(text);
    if (skipped.isEmpty())
        return;
    const QLocale locale;
    text += QLatin1Char('\n') + tr("%n day(s) skipped:", nullptr, int(skipped.size()));
    for (const SkippedDate& day : skipped)
        text += QStringLiteral("\n• ") + SeriesDialog::skippedText(day, locale);
    if (m_inform)
        m_inform(tr("Plan the week"), text);
    else
        QMessageBox::information(this, tr("Plan the week"), text);
}

void TimetablePage::editClosures()
{
    if (!m_document || m_document->isReadOnly())
        return;
    Database& db = m_document->database();
    TimetableService service(db, m_document->notifier());
    auto closures = service.allClosures();
    if (!closures) {
        emit failed(tr("The office closures could not be read."), closures.error());
        return;
    }
    QList<Site> sites;
    if (auto s = SiteRepository(db).all())
        sites = *s;
    ClosuresDialog dialog(*closures, sites, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    apply(service.setClosures(dialog.closures()), tr("Office closures"));
}

} // namespace parcours::ui
