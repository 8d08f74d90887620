// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Cohort.h"
#include "core/domain/Room.h"
#include "core/domain/Trainer.h"
#include "core/planning/PlanProblem.h"
#include "core/planning/PlanResult.h"
#include "core/services/TimetableChange.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace parcours::ui {

class BackgroundJob;
class Document;
class WeekGrid;

/// "Plan the week…" of the Timetable page (issue 11): the cohorts (or a site's), the week, then
/// Plan runs the week planner off the GUI thread (progress, Stop); the proposed week is shown in
/// a week grid of a chosen cohort, trainer or room with its score in words, or the reasons no
/// week exists. A proposed session can be locked: Plan again keeps it exactly. Accept makes the
/// series over each cohort's weeks (PlanSeries: holidays and clashes skipped) as one undo step;
/// nothing is written before. See core/planning/PLANNING.md.
class PlanWeekDialog : public QDialog
{
    Q_OBJECT
public:
    /// `day`: any day of the week to plan; `cohortRef`: a cohort to tick (may be empty).
    PlanWeekDialog(Document& document, const QDate& day, const QString& cohortRef, QWidget* parent = nullptr);
    ~PlanWeekDialog() override;

    /// Starts planning (the Plan button).
    void plan();
    /// Asks the run under way to stop (the Stop button).
    void stop();
    bool isPlanning() const;
    /// Blocks until the run under way ended and was shown (tests).
    void waitForPlan();
    /// Locks the selected proposed session, or unlocks it when locked (the Lock button).
    void toggleLock();

    QDate monday() const { return m_monday; }
    const PlanProblem& problem() const { return m_problem; }
    /// The last week planned; nothing before the first run or after a stop.
    const std::optional<PlanResult>& plannedWeek() const { return m_result; }
    /// What Accept made (one change, pushed as one undo step).
    const TimetableChange& made() const { return m_made; }
    /// The ref the grid gives the `index`th session of plannedWeek() (for tests).
    static QString proposedRef(int index);

    QListWidget* cohortList() const { return m_cohorts; }
    QRadioButton* cohortsChoice() const { return m_byCohort; }
    QRadioButton* siteChoice() const { return m_bySite; }
    QComboBox* siteBox() const { return m_site; }
    QDateEdit* weekEdit() const { return m_week; }
    QSpinBox* seedBox() const { return m_seed; }
    QSpinBox* timeLimitBox() const { return m_timeLimit; }
    QPushButton* planButton() const { return m_planButton; }
    QPushButton* stopButton() const { return m_stopButton; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QListWidget* reasonsList() const { return m_reasons; }
    QComboBox* viewBox() const { return m_viewKind; }
    QComboBox* subjectBox() const { return m_subject; }
    WeekGrid* grid() const { return m_grid; }
    QPushButton* lockButton() const { return m_lockButton; }
    QPushButton* acceptButton() const { return m_acceptButton; }

    /// Stops a run under way (and waits for it) before closing.
    void reject() override;

signals:
    /// A run ended (solved, impossible, not found, stopped or failed) and is shown.
    void planFinished();

private:
    void weekChanged();
    void fillCohorts();
    void fillSubjects();
    void showGrid();
    void showResult();
    void jobFinished();
    void updateButtons();
    void acceptPlan();
    /// The index in plannedWeek() of a proposed ref, or -1.
    int indexOf(const QString& ref) const;
    bool isUserLocked(const PlannedSession& s) const;
    void clearResult(const QString& status);

    Document& m_document;
    QDate m_monday;
    PlanProblem m_problem;
    std::optional<PlanResult> m_result;
    QList<PlanLocked> m_locks; ///< locked by the person (not in the file)
    TimetableChange m_made;
    QList<Cohort> m_allCohorts;
    QList<Trainer> m_trainers;
    QList<Room> m_rooms;

    std::unique_ptr<BackgroundJob> m_job;
    std::shared_ptr<std::atomic_bool> m_stop;
    std::shared_ptr<PlanResult> m_jobResult;
    double m_jobTimeLimit = 0;

    QRadioButton* m_byCohort;
    QRadioButton* m_bySite;
    QListWidget* m_cohorts;
    QComboBox* m_site;
    QDateEdit* m_week;
    QLabel* m_weekTitle;
    QSpinBox* m_seed;
    QSpinBox* m_timeLimit;
    QPushButton* m_planButton;
    QPushButton* m_stopButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    QListWidget* m_reasons;
    QComboBox* m_viewKind;
    QComboBox* m_subject;
    WeekGrid* m_grid;
    QWidget* m_weekPanel; ///< the view row and the grid, hidden while reasons are shown
    QPushButton* m_lockButton;
    QPushButton* m_acceptButton;
};

} // namespace parcours::ui
