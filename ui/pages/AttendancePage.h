// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/services/AttendanceService.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace parcours::ui {

class AlertsBox;
class AttendanceGridModel;
class Document;

/// The Attendance page: one ISO week of a cohort, a row per expected participant and a column
/// per session. One key per cell (P, R, E, A in French; P, L, E, A in English; see the legend)
/// marks and moves to the next row; a late mark moves to the minutes late; Delete clears;
/// arrows move; "All present" marks the unmarked of the current session. Every change goes
/// through AttendanceService and is one step of the file's undo stack. The cohort's alerts
/// and their threshold are beside the grid.
class AttendancePage : public QWidget
{
    Q_OBJECT
public:
    /// Asks where to save the sign-in sheet, `suggested` a file name; empty: cancelled.
    using PathAsker = std::function<QString(const QString& suggested)>;

    explicit AttendancePage(QWidget* parent = nullptr);
    ~AttendancePage() override;

    void setDocument(Document* document);
    /// Shows the week of `day` of the cohort `ref`.
    void showWeek(const QString& cohortRef, const QDate& day);
    void previousWeek();
    void nextWeek();
    /// The week of today, kept within the cohort's dates.
    void thisWeek();
    void reload();
    /// Marks present the unmarked participants of the current column's session (one step).
    bool markAllPresent();
    /// Writes the sign-in sheet (print::AttendanceSheet) of the cohort and week shown to a PDF
    /// file the person chooses. False when cancelled or not written (the window says why).
    bool printSignInSheet();
    void setPathAsker(PathAsker asker) { m_askPath = std::move(asker); }

    /// The clock "today" and "past" come from (AppClock unless a test fixes it).
    void setClock(const Clock* clock) { m_clock = clock; }

    QString cohortRef() const { return m_ref; }
    QDate monday() const { return m_monday; }
    AttendanceGridModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* cohortBox() const { return m_cohortBox; }
    QLabel* weekLabel() const { return m_weekLabel; }
    QLabel* legendLabel() const { return m_legend; }
    QLabel* summaryLabel() const { return m_summary; }
    QSpinBox* minutesBox() const { return m_minutes; }
    QSpinBox* thresholdBox() const { return m_threshold; }
    QPushButton* allPresentButton() const { return m_allPresent; }
    QPushButton* sheetButton() const { return m_sheet; }
    AlertsBox* alertsBox() const { return m_alerts; }
    QAction* previousAction() const { return m_previousAction; }
    QAction* nextAction() const { return m_nextAction; }

signals:
    void failed(const QString& message, const parcours::Error& error);
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillCohorts();
    void showCohortStart();
    QString defaultCohort() const;
    QDate dayWithinCohort(const QDate& day) const;
    bool write(const QList<MarkEdit>& edits, const QString& text);
    void currentChanged();
    void applyMinutes();
    void moveDown();
    void updateSummary();

    QPointer<Document> m_document;
    QString m_ref;
    QDate m_monday;
    const Clock* m_clock;

    QComboBox* m_cohortBox;
    QLabel* m_weekLabel;
    QLabel* m_legend;
    QLabel* m_summary;
    QTableView* m_view;
    AttendanceGridModel* m_model;
    QPushButton* m_allPresent;
    QPushButton* m_sheet;
    PathAsker m_askPath;
    QSpinBox* m_minutes;
    QSpinBox* m_threshold;
    AlertsBox* m_alerts;
    QAction* m_previousAction;
    QAction* m_thisWeekAction;
    QAction* m_nextAction;
};

} // namespace parcours::ui
