// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/AppClock.h"
#include "core/domain/Cohort.h"
#include "core/domain/Enrolment.h"
#include "ui/dialogs/WithdrawDialog.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace parcours::ui {

class Document;
class AlertsBox;
class EnrolmentTableModel;
class ParticipantTableModel;
class TableFilterProxy;

/// One cohort: its details and weekly targets, and its enrolments. Participants are enrolled
/// from a searchable picker (with a warning beyond the cohort's places), withdrawn with a date
/// and a reason, marked as having completed, given their exit CEFR level. Every change is one
/// undoable step of the file's undo stack.
class CohortPage : public QWidget
{
    Q_OBJECT
public:
    /// Chooses participants to enrol among those not in `excluded`; empty when cancelled. The
    /// default opens the ParticipantPicker; tests give their own.
    using ParticipantChooser = std::function<QStringList(const QSet<QString>& excluded)>;
    /// Asks how a participant leaves; nothing when cancelled. The default opens WithdrawDialog.
    using WithdrawalAsker =
        std::function<std::optional<Withdrawal>(const Enrolment& enrolment, const QString& name)>;
    /// Asks a yes/no question (enrolling beyond the places). The default shows a message box.
    using Confirmer = std::function<bool(const QString& question, const QString& details)>;
    /// Asks the reason to enrol participants without a consent date (their names); nothing
    /// when cancelled. The default opens ConsentOverrideDialog.
    using ConsentAsker = std::function<std::optional<QString>(const QStringList& names)>;

    /// `participants` is the window's list: names and the picker come from it.
    explicit CohortPage(ParticipantTableModel* participants, QWidget* parent = nullptr);
    ~CohortPage() override;

    /// The open file (nullptr: none).
    void setDocument(Document* document);
    /// Shows the cohort `ref`; false when the file has no such cohort.
    bool showCohort(const QString& ref);
    QString cohortRef() const { return m_cohort ? m_cohort->ref : QString(); }
    const std::optional<Cohort>& cohort() const { return m_cohort; }

    void setParticipantChooser(ParticipantChooser chooser) { m_choose = std::move(chooser); }
    void setWithdrawalAsker(WithdrawalAsker asker) { m_askWithdrawal = std::move(asker); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    void setConsentAsker(ConsentAsker asker) { m_askConsent = std::move(asker); }
    /// Where "today" comes from (the default date of an enrolment or a withdrawal).
    void setClock(const Clock& clock) { m_clock = &clock; }

    // What the buttons do, for the participants `refs` of this cohort. Each is one undoable
    // step; false when nothing was done (cancelled, or refused: the window says why).
    bool enrol(const QStringList& refs);
    bool withdraw(const QString& ref, const Withdrawal& withdrawal);
    bool markCompleted(const QStringList& refs);
    bool reinstate(const QStringList& refs);
    bool setExitLevel(const QString& ref, std::optional<CefrLevel> level);
    bool removeFromList(const QStringList& refs);

    /// The participants of the selected rows.
    QStringList selectedRefs() const;
    void selectRefs(const QStringList& refs);

    EnrolmentTableModel* enrolments() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QLabel* heading() const { return m_heading; }
    QLabel* capacityLabel() const { return m_capacity; }
    /// The details and weekly targets, as shown.
    QLabel* detailsLabel() const { return m_details; }
    QLabel* targetsLabel() const { return m_targets; }
    /// The cohort's attendance alerts (AttendanceAlerts).
    AlertsBox* alertsBox() const { return m_alerts; }
    QAction* enrolAction() const { return m_enrolAction; }
    QAction* withdrawAction() const { return m_withdrawAction; }
    QAction* completedAction() const { return m_completedAction; }
    QAction* reinstateAction() const { return m_reinstateAction; }
    QAction* removeAction() const { return m_removeAction; }
    /// True when more participants are enrolled than the cohort has places.
    bool isOverCapacity() const;

    /// The date an enrolment made today gets: today within the cohort's dates, else its start.
    QDate defaultEnrolmentDate() const;

signals:
    /// "All cohorts": back to the list, with this cohort selected.
    void backRequested(const QString& cohortRef);

private:
    void enrolDialog();
    void withdrawDialog();
    void readCohort();
    void showDetails();
    void updateCapacity();
    void updateAlerts();
    void updateActions();
    /// `enrolling`: the step enrols (EditService::enrol), with these consent overrides.
    bool push(QList<Enrolment> changed, const QString& text,
              std::optional<QHash<QString, QString>> enrolling = std::nullopt);
    std::optional<Enrolment> enrolmentOf(const QString& ref) const;
    QString nameOf(const QString& ref) const;
    QDate today() const { return m_clock->today(); }

    ParticipantTableModel* m_participants;
    QPointer<Document> m_document;
    QList<QMetaObject::Connection> m_connections;
    std::optional<Cohort> m_cohort;
    QString m_siteName;
    const Clock* m_clock = &AppClock::instance(); ///< PARCOURS_TODAY when set
    ParticipantChooser m_choose;
    WithdrawalAsker m_askWithdrawal;
    Confirmer m_confirm;
    ConsentAsker m_askConsent;

    EnrolmentTableModel* m_model;
    TableFilterProxy* m_proxy;
    QToolButton* m_back;
    QLabel* m_heading;
    QLabel* m_subtitle;
    QLabel* m_details;
    QLabel* m_targets;
    QLabel* m_capacity;
    AlertsBox* m_alerts;
    QLineEdit* m_search;
    QTableView* m_view;
    QAction* m_enrolAction;
    QAction* m_withdrawAction;
    QAction* m_completedAction;
    QAction* m_reinstateAction;
    QAction* m_removeAction;
};

} // namespace parcours::ui
