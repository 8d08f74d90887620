// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Result.h"
#include "core/services/PairingService.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTreeWidget;

namespace parcours::ui {

class Document;
class PairingTableModel;
class PairingVolunteerModel;
class TableFilterProxy;

/// The Pairings page: per cohort, one row per participant with their mentor and their coach and
/// the status of each pairing; the volunteers who can serve a role beside it with their load
/// ("2 / 3") to drag onto a participant's cell; the active pairings with no check-in for N
/// weeks. Suggestions come from PairingService (the matcher) with their scores and reasons;
/// assignments, activations, endings, rematches and check-ins go through PairingService and
/// land on the file's undo stack, one PairingChangeCommand each. Activating a volunteer whose
/// onboarding is not complete asks first, naming what is missing.
class PairingsPage : public QWidget
{
    Q_OBJECT
public:
    /// Chooses among the proposals of `result` for `role`; nothing: cancelled. The default
    /// opens SuggestPairingsDialog.
    using SuggestionChooser =
        std::function<std::optional<QList<Proposal>>(PairingRole role, const MatchResult& result)>;
    /// Chooses a volunteer for `role` of `participantRef`, never `excludedRef` (the one being
    /// replaced); empty: cancelled. The default opens PairingVolunteerPicker.
    using VolunteerChooser = std::function<QString(
        const QString& participantRef, PairingRole role, const QString& excludedRef)>;
    /// When and why a pairing ends (`newVolunteerRef` set for a rematch); nothing: cancelled.
    /// The default opens EndPairingDialog.
    struct Ending
    {
        QDate date;
        PairingEndReason reason = PairingEndReason::Other;
    };
    using EndingAsker =
        std::function<std::optional<Ending>(const Pairing& pairing, const QString& newVolunteerRef)>;
    /// A meeting to log for `pairing`; nothing: cancelled. The default opens CheckInDialog.
    using CheckInAsker = std::function<std::optional<CheckIn>(const Pairing& pairing)>;
    /// Asks a yes/no question with details. The default shows a message box.
    using Confirmer = std::function<bool(const QString& question, const QString& details)>;

    explicit PairingsPage(QWidget* parent = nullptr);
    ~PairingsPage() override;

    void setDocument(Document* document);
    /// Shows the cohort `ref`; false when the file has no such cohort.
    bool showCohort(const QString& ref);
    QString cohortRef() const;

    void setSuggestionChooser(SuggestionChooser chooser) { m_chooseSuggestions = std::move(chooser); }
    void setVolunteerChooser(VolunteerChooser chooser) { m_chooseVolunteer = std::move(chooser); }
    void setEndingAsker(EndingAsker asker) { m_askEnding = std::move(asker); }
    void setCheckInAsker(CheckInAsker asker) { m_askCheckIn = std::move(asker); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    /// Where "today" comes from (start and end dates, the follow-up list). The default is the
    /// system's clock, or the day PARCOURS_TODAY names.
    void setClock(const Clock& clock);

    // What the actions do. Each is one undoable step; false when nothing was done (cancelled,
    // or refused: the page says why through failed()).
    /// Opens the suggestions for `role` of the cohort shown and records those accepted.
    bool suggest(PairingRole role);
    bool acceptProposals(const QList<Proposal>& proposals);
    /// Makes `volunteerRef` the active `role` of `participantRef` from today (drag and drop,
    /// picker); asks first for a volunteer who is not ready.
    bool assign(const QString& participantRef, PairingRole role, const QString& volunteerRef);
    bool propose(const QString& participantRef, PairingRole role, const QString& volunteerRef);
    bool activate(const QString& pairingRef);
    bool endPairing(const QString& pairingRef, const Ending& ending);
    bool rematch(const QString& pairingRef, const QString& newVolunteerRef, const Ending& ending);
    bool discard(const QString& pairingRef);
    bool logCheckIn(const CheckIn& checkIn);

    /// The participant and role of the current cell of the table (nothing: no cell, or the
    /// participant's column).
    std::optional<std::pair<QString, PairingRole>> currentCell() const;
    /// Makes the cell of `participantRef`'s `role` current.
    bool selectCell(const QString& participantRef, PairingRole role);
    /// The pairing of the current cell, if any.
    std::optional<Pairing> currentPairing() const;

    /// Re-reads the follow-up list (active pairings with no check-in for N weeks).
    void refreshFollowUps();
    const QList<FollowUp>& followUps() const { return m_followUps; }

    PairingTableModel* model() const { return m_model; }
    TableFilterProxy* proxy() const { return m_proxy; }
    PairingVolunteerModel* volunteers() const { return m_volunteers; }
    QTableView* view() const { return m_view; }
    QTableView* volunteerView() const { return m_volunteerView; }
    QComboBox* cohortBox() const { return m_cohortBox; }
    QComboBox* volunteerRoleBox() const { return m_roleBox; }
    QCheckBox* unpairedOnlyBox() const { return m_unpairedOnly; }
    QLineEdit* searchField() const { return m_search; }
    QLabel* summaryLabel() const { return m_summary; }
    QTreeWidget* followUpList() const { return m_followUpList; }
    QSpinBox* followUpWeeksBox() const { return m_weeks; }
    /// What the follow-up list holds, in a sentence (also when it is empty).
    QLabel* followUpLabel() const { return m_followUpEmpty; }
    QAction* suggestMentorsAction() const { return m_suggestMentors; }
    QAction* suggestCoachesAction() const { return m_suggestCoaches; }
    QAction* assignAction() const { return m_assignAction; }
    QAction* activateAction() const { return m_activateAction; }
    QAction* endAction() const { return m_endAction; }
    QAction* rematchAction() const { return m_rematchAction; }
    QAction* discardAction() const { return m_discardAction; }
    QAction* checkInAction() const { return m_checkInAction; }

signals:
    void failed(const QString& message, const parcours::Error& error);
    void message(const QString& text);

private:
    void fillCohorts();
    void cohortChosen();
    void updateSummary();
    void updateActions();
    /// Pushes the change a service call made, or says why it was refused.
    bool apply(const Result<PairingChange>& result, const QString& text,
               const QString& volunteerRef = {}, std::optional<PairingRole> role = {});
    /// The same for a call that may need a confirmation (a volunteer not ready): `call` runs
    /// with confirmNotReady false, then, if the person agrees, true.
    bool applyActivation(const std::function<Result<Activation>(bool confirm)>& call,
                         const QString& text, const QString& volunteerRef = {},
                         std::optional<PairingRole> role = {});
    /// Says why the service refused a change (of `volunteerRef` in `role`, when known).
    void reportRefusal(const Error& error, const QString& volunteerRef = {},
                       std::optional<PairingRole> role = std::nullopt);
    void assignDialog();
    void endDialog();
    void rematchDialog();
    void checkInDialog(const std::optional<Pairing>& pairing);
    QString defaultChooseVolunteer(const QString& participantRef, PairingRole role,
                                   const QString& excludedRef);
    std::optional<Pairing> pairingOf(const QString& ref) const;
    QString pairText(const Pairing& pairing) const;
    QString volunteerName(const QString& ref) const;
    QString participantName(const QString& ref) const;
    QDate today() const { return m_clock->today(); }

    QPointer<Document> m_document;
    QList<QMetaObject::Connection> m_connections;
    const Clock* m_clock = &Clock::system();
    QList<FollowUp> m_followUps;
    QHash<QString, QString> m_names; ///< participants' and volunteers' names by ref

    SuggestionChooser m_chooseSuggestions;
    VolunteerChooser m_chooseVolunteer;
    EndingAsker m_askEnding;
    CheckInAsker m_askCheckIn;
    Confirmer m_confirm;

    PairingTableModel* m_model;
    TableFilterProxy* m_proxy;
    PairingVolunteerModel* m_volunteers;
    TableFilterProxy* m_volunteerProxy;
    QLabel* m_heading;
    QComboBox* m_cohortBox;
    QCheckBox* m_unpairedOnly;
    QLineEdit* m_search;
    QLabel* m_summary;
    QTableView* m_view;
    QComboBox* m_roleBox;
    QCheckBox* m_roomOnly;
    QTableView* m_volunteerView;
    QSpinBox* m_weeks;
    QTreeWidget* m_followUpList;
    QLabel* m_followUpEmpty;
    QAction* m_suggestMentors;
    QAction* m_suggestCoaches;
    QAction* m_assignAction;
    QAction* m_activateAction;
    QAction* m_endAction;
    QAction* m_rematchAction;
    QAction* m_discardAction;
    QAction* m_checkInAction;
    QAction* m_followUpCheckIn;
};

} // namespace parcours::ui
