// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanWeekDialog.h"

#include "core/planning/PlanReasonText.h"
#include "core/planning/WeekPlanner.h"
#include "core/services/PlanProblemBuilder.h"
#include "core/services/PlanSeries.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/timetable/WeeklyTargets.h"
#include "ui/Document.h"
#include "ui/commands/TimetableChangeCommand.h"
#include "ui/jobs/BackgroundJob.h"
#include "ui/pages/TimetablePage.h"
#include "ui/widgets/WeekGrid.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace parcours::ui {

namespace {

QTime timeOf(int minutes)
{
    return QTime(minutes / 60, minutes % 60);
}

bool sameLock(const PlanLocked& l, const PlannedSession& s)
{
    return l.cohortRef == s.cohortRef && l.module == s.module && l.weekday == s.weekday && l.start == s.start
        && l.end == s.end && l.trainerRef == s.trainerRef && l.roomRef == s.roomRef;
}

} // namespace

PlanWeekDialog::PlanWeekDialog(Document& document, const QDate& day, const QString& cohortRef, QWidget* parent)
    : QDialog(parent), m_document(document), m_monday(WeeklyTargets::mondayOf(day))
{
    setWindowTitle(tr("Plan the week"));
    Database& db = m_document.database();
    if (auto c = CohortRepository(db).all())
        m_allCohorts = *c;
    if (auto t = TrainerRepository(db).all())
        m_trainers = *t;
    if (auto r = SiteRepository(db).rooms())
        m_rooms = *r;

    // What to plan: cohorts, or a site's, and the week.
    m_byCohort = new QRadioButton(tr("These &cohorts:"), this);
    m_bySite = new QRadioButton(tr("Every cohort of the s&ite:"), this);
    m_byCohort->setChecked(true);
    m_cohorts = new QListWidget(this);
    m_cohorts->setAccessibleName(tr("Cohorts meeting that week"));
    m_site = new QComboBox(this);
    m_site->setAccessibleName(tr("Site whose cohorts are planned"));
    if (auto sites = SiteRepository(db).all())
        for (const Site& s : *sites)
            m_site->addItem(s.name.isEmpty() ? s.ref : QStringLiteral("%1 (%2)").arg(s.name, s.ref), s.ref);
    m_week = new QDateEdit(m_monday, this);
    m_week->setCalendarPopup(true);
    m_week->setAccessibleName(tr("A day of the week to plan"));
    m_weekTitle = new QLabel(this);
    auto* weekLabel = new QLabel(tr("&Week:"), this);
    weekLabel->setBuddy(m_week);
    m_seed = new QSpinBox(this);
    m_seed->setRange(1, 999999);
    m_seed->setValue(1);
    m_seed->setAccessibleName(tr("Seed of the search"));
    m_seed->setToolTip(tr("The same seed gives the same week; another seed, another week"));
    auto* seedLabel = new QLabel(tr("S&eed:"), this);
    seedLabel->setBuddy(m_seed);
    m_timeLimit = new QSpinBox(this);
    m_timeLimit->setRange(1, 600);
    m_timeLimit->setValue(30);
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setAccessibleName(tr("Time the planner may take, in seconds"));
    auto* limitLabel = new QLabel(tr("&Time limit:"), this);
    limitLabel->setBuddy(m_timeLimit);

    auto* choose = new QGroupBox(tr("What to plan"), this);
    auto* chooseLayout = new QVBoxLayout(choose);
    auto* weekRow = new QHBoxLayout;
    weekRow->addWidget(weekLabel);
    weekRow->addWidget(m_week, 1);
    chooseLayout->addLayout(weekRow);
    // The week's title on its own line: "Semaine 21 · 18-22 mai 2026" is wider than the panel's
    // half.
    chooseLayout->addWidget(m_weekTitle);
    chooseLayout->addWidget(m_byCohort);
    chooseLayout->addWidget(m_cohorts, 1);
    chooseLayout->addWidget(m_bySite);
    chooseLayout->addWidget(m_site);
    auto* options = new QFormLayout;
    options->addRow(seedLabel, m_seed);
    options->addRow(limitLabel, m_timeLimit);
    chooseLayout->addLayout(options);

    m_planButton = new QPushButton(tr("&Plan"), this);
    m_planButton->setAccessibleName(tr("Plan the week"));
    m_stopButton = new QPushButton(tr("St&op"), this);
    m_stopButton->setAccessibleName(tr("Stop planning"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Planning progress"));
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_planButton);
    runRow->addWidget(m_stopButton);
    chooseLayout->addLayout(runRow);
    chooseLayout->addWidget(m_progress);

    // The proposed week.
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Result of the planning"));
    m_reasons = new QListWidget(this);
    m_reasons->setWordWrap(true);
    m_reasons->setAccessibleName(tr("Why no week was found"));
    m_reasons->setSelectionMode(QAbstractItemView::NoSelection);
    m_viewKind = new QComboBox(this);
    m_viewKind->addItem(tr("Cohort"), int(TimetableView::Cohort));
    m_viewKind->addItem(tr("Trainer"), int(TimetableView::Trainer));
    m_viewKind->addItem(tr("Room"), int(TimetableView::Room));
    m_viewKind->setAccessibleName(tr("Show the proposed week of"));
    m_subject = new QComboBox(this);
    m_subject->setMinimumContentsLength(16);
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subject->setAccessibleName(tr("Cohort, trainer or room shown"));
    auto* showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_viewKind);
    m_lockButton = new QPushButton(tr("&Lock"), this);
    m_lockButton->setAccessibleName(tr("Lock or unlock the selected session"));
    m_lockButton->setToolTip(tr("A locked session stays exactly where it is when you plan again"));
    m_weekPanel = new QWidget(this);
    auto* viewRow = new QHBoxLayout;
    viewRow->setContentsMargins(0, 0, 0, 0);
    viewRow->addWidget(showLabel);
    viewRow->addWidget(m_viewKind);
    viewRow->addWidget(m_subject, 1);
    viewRow->addSpacing(12);
    viewRow->addWidget(m_lockButton);
    m_grid = new WeekGrid(this);
    m_grid->setAccessibleName(tr("Proposed week"));

    auto* proposed = new QVBoxLayout;
    proposed->addWidget(m_status);
    proposed->addWidget(m_reasons, 1);
    auto* weekLayout = new QVBoxLayout(m_weekPanel);
    weekLayout->setContentsMargins(0, 0, 0, 0);
    weekLayout->addLayout(viewRow);
    weekLayout->addWidget(m_grid, 1);
    proposed->addWidget(m_weekPanel, 1);

    auto* body = new QHBoxLayout;
    choose->setFixedWidth(300);
    body->addWidget(choose);
    body->addLayout(proposed, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_acceptButton = buttons->addButton(tr("&Accept: create the series"), QDialogButtonBox::AcceptRole);
    m_acceptButton->setToolTip(tr("Makes the week's sessions weekly series up to each cohort's end, "
                                  "skipping holidays, closures and days already taken"));
    buttons->addButton(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(m_week, &QDateEdit::dateChanged, this, &PlanWeekDialog::weekChanged);
    connect(m_byCohort, &QRadioButton::toggled, this, &PlanWeekDialog::updateButtons);
    connect(m_cohorts, &QListWidget::itemChanged, this, &PlanWeekDialog::updateButtons);
    connect(m_planButton, &QPushButton::clicked, this, &PlanWeekDialog::plan);
    connect(m_stopButton, &QPushButton::clicked, this, &PlanWeekDialog::stop);
    connect(m_lockButton, &QPushButton::clicked, this, &PlanWeekDialog::toggleLock);
    connect(m_viewKind, &QComboBox::currentIndexChanged, this, [this] {
        fillSubjects();
        showGrid();
    });
    connect(m_subject, &QComboBox::currentIndexChanged, this, &PlanWeekDialog::showGrid);
    connect(m_grid, &WeekGrid::selectionChanged, this, &PlanWeekDialog::updateButtons);
    // The proposed week is not edited by dragging: the block goes back.
    connect(m_grid, &WeekGrid::sessionEdited, this, &PlanWeekDialog::showGrid);
    connect(m_acceptButton, &QPushButton::clicked, this, &PlanWeekDialog::acceptPlan);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanWeekDialog::reject);

    fillCohorts();
    if (!cohortRef.isEmpty())
        for (int i = 0; i < m_cohorts->count(); ++i)
            if (m_cohorts->item(i)->data(Qt::UserRole).toString() == cohortRef)
                m_cohorts->item(i)->setCheckState(Qt::Checked);
    weekChanged();
    resize(1180, 720);
}

PlanWeekDialog::~PlanWeekDialog()
{
    if (m_stop)
        m_stop->store(true);
    m_job.reset(); // cancels and waits for the worker
}

QString PlanWeekDialog::proposedRef(int index)
{
    return QStringLiteral("#%1").arg(index + 1);
}

void PlanWeekDialog::weekChanged()
{
    if (isPlanning())
        stop();
    m_monday = WeeklyTargets::mondayOf(m_week->date());
    m_weekTitle->setText(TimetablePage::weekTitle(m_monday, 5, QLocale()));
    m_locks.clear();
    fillCohorts();
    clearResult(tr("Choose the cohorts, then Plan."));
}

void PlanWeekDialog::fillCohorts()
{
    QSet<QString> checked;
    for (int i = 0; i < m_cohorts->count(); ++i)
        if (m_cohorts->item(i)->checkState() == Qt::Checked)
            checked.insert(m_cohorts->item(i)->data(Qt::UserRole).toString());
    const QSignalBlocker block(m_cohorts);
    m_cohorts->clear();
    const QDate sunday = m_monday.addDays(6);
    for (const Cohort& c : std::as_const(m_allCohorts)) {
        if (c.startDate > sunday || c.endDate < m_monday)
            continue;
        auto* item = new QListWidgetItem(c.name.isEmpty() ? c.ref : QStringLiteral("%1 (%2)").arg(c.name, c.ref), m_cohorts);
        item->setData(Qt::UserRole, c.ref);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(c.ref) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_cohorts->count() == 0) {
        auto* item = new QListWidgetItem(tr("No cohort meets that week"), m_cohorts);
        item->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

void PlanWeekDialog::clearResult(const QString& status)
{
    m_result.reset();
    m_problem = PlanProblem();
    m_problem.monday = m_monday;
    m_status->setText(status);
    m_reasons->clear();
    m_reasons->hide();
    m_weekPanel->show();
    fillSubjects();
    showGrid();
    updateButtons();
}

bool PlanWeekDialog::isPlanning() const
{
    return m_job && m_job->isRunning();
}

void PlanWeekDialog::plan()
{
    if (isPlanning())
        return;
    Database& db = m_document.database();
    const PlanProblemBuilder builder(db);
    Result<PlanProblem> built = PlanProblem();
    if (m_byCohort->isChecked()) {
        QStringList refs;
        for (int i = 0; i < m_cohorts->count(); ++i)
            if (m_cohorts->item(i)->checkState() == Qt::Checked)
                refs << m_cohorts->item(i)->data(Qt::UserRole).toString();
        if (refs.isEmpty()) {
            clearResult(tr("Tick at least one cohort."));
            return;
        }
        built = builder.forCohorts(refs, m_monday);
    } else {
        if (m_site->currentIndex() < 0) {
            clearResult(tr("Choose a site."));
            return;
        }
        built = builder.forSite(m_site->currentData().toString(), m_monday);
    }
    if (!built) {
        clearResult(tr("The week could not be read: %1").arg(built.error().toString()));
        return;
    }
    if (built->cohorts.isEmpty()) {
        clearResult(tr("No cohort of that site meets in the week of %1.")
                        .arg(QLocale().toString(m_monday, QLocale::ShortFormat)));
        return;
    }
    // The sessions the person locked, for the cohorts still planned.
    QSet<QString> planned;
    for (const PlanCohort& c : std::as_const(built->cohorts))
        planned.insert(c.ref);
    for (const PlanLocked& l : std::as_const(m_locks))
        if (planned.contains(l.cohortRef))
            built->locked << l;

    PlanOptions options;
    options.seed = quint64(m_seed->value());
    options.timeLimitSeconds = m_timeLimit->value();
    m_jobTimeLimit = options.timeLimitSeconds;
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_jobResult = std::make_shared<PlanResult>();
    const PlanProblem problem = *built;
    clearResult(tr("Planning…"));
    m_problem = problem;
    const auto stopFlag = m_stop;
    const auto out = m_jobResult;
    m_job = std::make_unique<BackgroundJob>(
        m_document.path(), [problem, options, stopFlag, out](Database&, JobProgress& progress) -> Result<void> {
            PlanOptions o = options;
            o.cancel = stopFlag.get();
            o.progress = [&progress, stopFlag](int percent) {
                if (!progress.report(percent, 100))
                    stopFlag->store(true);
            };
            *out = WeekPlanner::plan(problem, o);
            if (stopFlag->load())
                return fail(ErrorCode::Usage, QStringLiteral("Planning stopped."));
            return {};
        });
    connect(m_job.get(), &BackgroundJob::progressed, this, [this](int done, int total) {
        m_progress->setValue(total > 0 ? 100 * done / total : 0);
    });
    connect(m_job.get(), &BackgroundJob::finished, this, &PlanWeekDialog::jobFinished);
    m_progress->setValue(0);
    m_job->start();
    updateButtons();
}

void PlanWeekDialog::stop()
{
    if (!isPlanning())
        return;
    m_stop->store(true);
    m_job->cancel();
    m_status->setText(tr("Stopping…"));
    updateButtons();
}

void PlanWeekDialog::waitForPlan()
{
    if (!m_job)
        return;
    if (isPlanning()) {
        QEventLoop loop;
        connect(this, &PlanWeekDialog::planFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

void PlanWeekDialog::jobFinished()
{
    const BackgroundJob::Outcome outcome = m_job->outcome();
    m_progress->setValue(outcome == BackgroundJob::Outcome::Done ? 100 : 0);
    if (outcome == BackgroundJob::Outcome::Done) {
        m_result = *m_jobResult;
        showResult();
    } else if (outcome == BackgroundJob::Outcome::Cancelled) {
        const PlanProblem problem = m_problem;
        clearResult(tr("Planning stopped: nothing was planned, nothing was written."));
        m_problem = problem;
    } else {
        clearResult(tr("Planning failed: %1").arg(m_job->error() ? m_job->error()->toString() : QString()));
    }
    updateButtons();
    emit planFinished();
}

void PlanWeekDialog::showResult()
{
    const QLocale locale;
    const PlanResult& r = *m_result;
    m_reasons->clear();
    if (r.status == PlanResult::Status::Solved) {
        const PlanScore& sc = r.score;
        QStringList parts;
        parts << tr("%n session(s) after the morning", nullptr, sc.notMorning)
              << tr("%n extra start time(s)", nullptr, sc.timeChanges)
              << tr("%n extra room(s)", nullptr, sc.roomChanges)
              << tr("%n half hour(s) trainers wait", nullptr, sc.trainerGaps);
        int fresh = 0;
        for (const PlannedSession& s : r.sessions)
            if (!s.locked || isUserLocked(s))
                ++fresh;
        m_status->setText(tr("%n session(s) proposed for the week of %1, in %2 s. Score %3 (0 is perfect, "
                             "lower is better): %4.",
                             nullptr, int(r.sessions.size()))
                              .arg(locale.toString(m_monday, QLocale::ShortFormat), locale.toString(r.seconds, 'f', 1),
                                   locale.toString(sc.total), parts.join(QStringLiteral(", ")))
                          + QLatin1Char(' ')
                          + tr("Accept makes %n of them weekly series up to each cohort's end.", nullptr, fresh));
        m_reasons->hide();
        m_weekPanel->show();
    } else {
        m_status->setText(r.status == PlanResult::Status::Impossible
                              ? tr("No week meets every rule:")
                              : tr("No week was found within %1 s:").arg(locale.toString(m_jobTimeLimit)));
        for (const PlanReason& reason : r.reasons)
            m_reasons->addItem(describePlanReason(reason, locale));
        m_reasons->show();
        m_weekPanel->hide(); // an empty week under the reasons would read as a result
    }
    fillSubjects();
    showGrid();
}

void PlanWeekDialog::fillSubjects()
{
    const auto view = TimetableView(m_viewKind->currentData().toInt());
    const QString current = m_subject->currentData().toString();
    const QSignalBlocker block(m_subject);
    m_subject->clear();
    QStringList refs;
    if (m_result)
        for (const PlannedSession& s : m_result->sessions) {
            const QString& ref = view == TimetableView::Cohort ? s.cohortRef
                : view == TimetableView::Trainer             ? s.trainerRef
                                                             : s.roomRef;
            if (!ref.isEmpty() && !refs.contains(ref))
                refs << ref;
        }
    std::sort(refs.begin(), refs.end());
    for (const QString& ref : std::as_const(refs)) {
        QString name;
        if (view == TimetableView::Cohort) {
            for (const Cohort& c : std::as_const(m_allCohorts))
                if (c.ref == ref)
                    name = c.name;
        } else if (view == TimetableView::Trainer) {
            for (const Trainer& t : std::as_const(m_trainers))
                if (t.ref == ref)
                    name = t.name;
        } else {
            for (const Room& r : std::as_const(m_rooms))
                if (r.ref == ref)
                    name = r.name;
        }
        m_subject->addItem(name.isEmpty() || name == ref ? ref : QStringLiteral("%1 (%2)").arg(name, ref), ref);
    }
    m_subject->setCurrentIndex(qMax(0, m_subject->findData(current)));
}

bool PlanWeekDialog::isUserLocked(const PlannedSession& s) const
{
    return s.locked && s.lockedRef.isEmpty();
}

void PlanWeekDialog::showGrid()
{
    WeekView week;
    week.monday = m_monday;
    week.view = TimetableView(m_viewKind->currentData().toInt());
    week.ref = m_subject->currentData().toString();
    week.input.trainers = m_trainers;
    week.input.rooms = m_rooms;
    if (m_result && m_result->status == PlanResult::Status::Solved && !week.ref.isEmpty()) {
        for (int i = 0; i < m_result->sessions.size(); ++i) {
            const PlannedSession& p = m_result->sessions[i];
            const QString& ref = week.view == TimetableView::Cohort ? p.cohortRef
                : week.view == TimetableView::Trainer             ? p.trainerRef
                                                                  : p.roomRef;
            if (ref != week.ref)
                continue;
            Session s;
            s.ref = p.locked && !p.lockedRef.isEmpty() ? p.lockedRef : proposedRef(i);
            s.cohortRef = p.cohortRef;
            s.module = p.module;
            s.date = m_monday.addDays(p.weekday - 1);
            s.start = timeOf(p.start);
            s.end = timeOf(p.end);
            s.trainerRef = p.trainerRef;
            s.roomRef = p.roomRef;
            if (isUserLocked(p))
                s.title = tr("Locked: %1").arg(WeeklyTargets::shortName(p.module));
            else if (p.locked)
                s.title = tr("In the file: %1").arg(WeeklyTargets::shortName(p.module));
            week.sessions << s;
        }
        std::sort(week.sessions.begin(), week.sessions.end(), [](const Session& a, const Session& b) {
            return std::tie(a.date, a.start) < std::tie(b.date, b.start);
        });
    }
    const QString selected = m_grid->selectedRef();
    m_grid->setWeek(week);
    m_grid->setSelectedRef(selected);
    updateButtons();
}

int PlanWeekDialog::indexOf(const QString& ref) const
{
    if (!m_result)
        return -1;
    for (int i = 0; i < m_result->sessions.size(); ++i)
        if (proposedRef(i) == ref)
            return i;
    return -1;
}

void PlanWeekDialog::toggleLock()
{
    const int i = indexOf(m_grid->selectedRef());
    if (i < 0)
        return;
    PlannedSession& p = (*m_result).sessions[i];
    if (isUserLocked(p)) {
        m_locks.erase(std::remove_if(m_locks.begin(), m_locks.end(),
                                     [&p](const PlanLocked& l) { return sameLock(l, p); }),
                      m_locks.end());
        p.locked = false;
    } else {
        PlanLocked l;
        l.cohortRef = p.cohortRef;
        l.module = p.module;
        l.weekday = p.weekday;
        l.start = p.start;
        l.end = p.end;
        l.trainerRef = p.trainerRef;
        l.roomRef = p.roomRef;
        m_locks << l;
        p.locked = true;
        p.lockedRef.clear();
    }
    showGrid();
}

void PlanWeekDialog::updateButtons()
{
    const bool running = isPlanning();
    bool anyCohort = false;
    for (int i = 0; i < m_cohorts->count(); ++i)
        anyCohort = anyCohort || m_cohorts->item(i)->checkState() == Qt::Checked;
    const bool writable = !m_document.isReadOnly();
    m_cohorts->setEnabled(!running && m_byCohort->isChecked());
    m_site->setEnabled(!running && m_bySite->isChecked());
    m_byCohort->setEnabled(!running);
    m_bySite->setEnabled(!running && m_site->count() > 0);
    m_week->setEnabled(!running);
    m_seed->setEnabled(!running);
    m_timeLimit->setEnabled(!running);
    m_planButton->setEnabled(!running && (m_bySite->isChecked() ? m_site->count() > 0 : anyCohort));
    m_planButton->setText(m_result ? tr("&Plan again") : tr("&Plan"));
    m_stopButton->setEnabled(running && !(m_stop && m_stop->load()));
    m_progress->setVisible(running);
    const bool solved = !running && m_result && m_result->status == PlanResult::Status::Solved;
    m_acceptButton->setEnabled(solved && writable);
    const int i = solved ? indexOf(m_grid->selectedRef()) : -1;
    m_lockButton->setEnabled(i >= 0);
    m_lockButton->setText(i >= 0 && isUserLocked(m_result->sessions[i]) ? tr("Un&lock") : tr("&Lock"));
}

void PlanWeekDialog::acceptPlan()
{
    if (!m_result || m_result->status != PlanResult::Status::Solved || isPlanning() || m_document.isReadOnly())
        return;
    // The sessions the person locked are new: they become series as the others.
    PlanResult week = *m_result;
    for (PlannedSession& s : week.sessions)
        if (isUserLocked(s))
            s.locked = false;
    if (PlanSeries::seriesOf(week).isEmpty()) {
        m_status->setText(tr("Nothing to create: every session of the week exists already."));
        return;
    }
    auto made = PlanSeries(m_document.database(), m_document.notifier()).create(m_monday, week);
    if (!made) {
        const PlanSeries::Failure& f = made.error();
        QString text = tr("Nothing was written: the series of cohort %1 could not be made (%2).")
                           .arg(f.cohortRef, f.error.toString());
        for (const auto& [ref, error] : f.undoErrors)
            text += QLatin1Char('\n') + tr("The series %1 could not be undone: %2").arg(ref, error.toString());
        m_status->setText(text);
        return;
    }
    TimetableChange all;
    for (const TimetableChange& c : std::as_const(*made)) {
        all.after += c.after;
        all.seriesAfter += c.seriesAfter;
        all.skipped += c.skipped;
    }
    m_made = all;
    const QString text = tr("Plan the week of %1").arg(QLocale().toString(m_monday, QLocale::ShortFormat));
    if (auto pushed = m_document.push(new TimetableChangeCommand(m_document, text, all)); !pushed) {
        m_status->setText(tr("The series were made but could not be put on the undo stack: %1")
                              .arg(pushed.error().toString()));
        return;
    }
    accept();
}

void PlanWeekDialog::reject()
{
    if (isPlanning()) {
        stop();
        m_job->wait();
    }
    QDialog::reject();
}

} // namespace parcours::ui
