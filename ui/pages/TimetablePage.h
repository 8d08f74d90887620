// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/AppClock.h"
#include "core/Error.h"
#include "core/Result.h"
#include "core/services/TimetableChange.h"
#include "core/services/TimetableViews.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace parcours::ui {

class Document;
class PlanWeekDialog;
class WeekGrid;

/// The Timetable page: one week of a cohort's, a trainer's or a room's sessions in a WeekGrid,
/// the week's hours against the cohorts' targets beside it, and the actions on a session
/// (edit, cancel, mark held, copy to next week) and on the past (mark held). Every change goes
/// through TimetableService and lands on the undo stack as a TimetableChangeCommand.
class TimetablePage : public QWidget
{
    Q_OBJECT
public:
    /// Asks how far an edit of a session of a series reaches; nothing: the person cancelled.
    using ScopeChooser = std::function<std::optional<EditScope>(const Session& session)>;
    /// Asks a yes/no question.
    using Confirmer = std::function<bool(const QString& question)>;
    /// Shows the edit dialog of a session; nothing: cancelled.
    using SessionEditor = std::function<std::optional<std::pair<Session, EditScope>>(const Session&)>;
    /// Tells the person something that needs reading (the days a new series skipped).
    using Informer = std::function<void(const QString& title, const QString& text)>;
    /// Called with the "Plan the week" dialog before it is shown (tests drive it from there).
    using PlanDialogHook = std::function<void(PlanWeekDialog* dialog)>;

    explicit TimetablePage(QWidget* parent = nullptr);

    void setDocument(Document* document);
    /// Shows the week of `day` of `ref` (a cohort, trainer or room ref as `view` says).
    void showWeek(TimetableView view, const QString& ref, const QDate& day);
    void previousWeek();
    void nextWeek();
    void thisWeek();
    /// Reads the week again from the file.
    void reload();

    const WeekView& week() const { return m_week; }
    QDate monday() const { return m_monday; }
    WeekGrid* grid() const { return m_grid; }
    QListWidget* targetsList() const { return m_targets; }
    QLabel* weekLabel() const { return m_weekLabel; }
    QComboBox* viewBox() const { return m_viewKind; }
    QComboBox* subjectBox() const { return m_subject; }
    QAction* editAction() const { return m_editAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    QAction* heldAction() const { return m_heldAction; }
    QAction* copyAction() const { return m_copyAction; }
    QAction* markPastAction() const { return m_markPastAction; }
    QAction* previousAction() const { return m_previousAction; }
    QAction* nextAction() const { return m_nextAction; }
    QAction* newSeriesAction() const { return m_newSeriesAction; }
    QAction* closuresAction() const { return m_closuresAction; }
    QAction* planWeekAction() const { return m_planWeekAction; }

    void setScopeChooser(ScopeChooser chooser) { m_chooseScope = std::move(chooser); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    void setSessionEditor(SessionEditor editor) { m_editSession = std::move(editor); }
    void setInformer(Informer informer) { m_inform = std::move(informer); }
    void setPlanDialogHook(PlanDialogHook hook) { m_planDialogHook = std::move(hook); }
    /// The clock "past" is measured by (the system's unless a test fixes it).
    void setClock(const Clock* clock) { m_clock = clock; }

    /// "Week 12 · 17-21 March 2025" in `locale` for the days shown from `monday`.
    static QString weekTitle(const QDate& monday, int days, const QLocale& locale);

signals:
    void failed(const QString& message, const parcours::Error& error);
    void message(const QString& text);

private:
    void fillSubjects();
    /// The cohort a cohort view opens on: one running in the week shown, else the last started.
    QString runningCohort() const;
    void subjectChosen();
    void updateTargets();
    void updateActions();
    std::optional<Session> selectedSession() const;
    /// Pushes a change the service made (or reports why it could not be made).
    void apply(const Result<TimetableChange>& result, const QString& text);
    /// A drag, a resize or an arrow key on the grid. For a session of a series it asks how far
    /// the change reaches (askScope: this one by default, the following ones, the whole series;
    /// cancelling puts the block back), as the edit dialog and Cancel do.
    void editSession(const Session& edited);
    void openSession(const QString& ref);
    void setSelectedStatus(SessionStatus status);
    void copyToNextWeek();
    void markPastHeld();
    /// Opens the SeriesDialog and makes the series as one undo step, then says which days it skipped.
    void newSeries();
    /// Opens the ClosuresDialog and saves the closures as one undo step.
    void editClosures();
    /// Opens the PlanWeekDialog on the week shown; once accepted (the series made as one undo
    /// step) shows the first cohort's week and says which days were skipped.
    void planWeek();
    std::optional<EditScope> askScope(const Session& session);

    QPointer<Document> m_document;
    TimetableView m_view = TimetableView::Cohort;
    QString m_ref;
    QDate m_monday;
    WeekView m_week;
    const Clock* m_clock = &AppClock::instance(); ///< PARCOURS_TODAY when set

    QComboBox* m_viewKind;
    QComboBox* m_subject;
    QLabel* m_weekLabel;
    WeekGrid* m_grid;
    QListWidget* m_targets;
    QAction* m_previousAction;
    QAction* m_thisWeekAction;
    QAction* m_nextAction;
    QAction* m_markPastAction;
    QAction* m_editAction;
    QAction* m_cancelAction;
    QAction* m_heldAction;
    QAction* m_copyAction;
    QAction* m_newSeriesAction;
    QAction* m_closuresAction;
    QAction* m_planWeekAction;

    ScopeChooser m_chooseScope;
    Confirmer m_confirm;
    SessionEditor m_editSession;
    Informer m_inform;
    PlanDialogHook m_planDialogHook;
};

} // namespace parcours::ui
