// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingsPage.h"

#include "core/services/ChangeNotifier.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/VolunteerRepository.h"
#include "ui/AppClock.h"
#include "ui/Document.h"
#include "ui/ErrorMessages.h"
#include "ui/commands/PairingChangeCommand.h"
#include "ui/dialogs/CheckInDialog.h"
#include "ui/dialogs/EndPairingDialog.h"
#include "ui/dialogs/PairingVolunteerPicker.h"
#include "ui/dialogs/SuggestPairingsDialog.h"
#include "ui/models/Format.h"
#include "ui/models/ListTableModel.h"
#include "ui/models/PairingTableModel.h"
#include "ui/models/PairingVolunteerModel.h"
#include "ui/models/TableFilterProxy.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    return button;
}

QString roleWord(PairingRole role)
{
    return format::label(role);
}

enum FollowUpColumn
{
    FollowParticipant,
    FollowVolunteer,
    FollowRole,
    FollowSince,
    FollowColumnCount
};

} // namespace

PairingsPage::PairingsPage(QWidget* parent)
    : QWidget(parent), m_model(new PairingTableModel(this)), m_proxy(new TableFilterProxy(this)),
      m_volunteers(new PairingVolunteerModel(this)), m_volunteerProxy(new TableFilterProxy(this)),
      m_heading(new QLabel(tr("Pairings"), this)), m_cohortBox(new QComboBox(this)),
      m_unpairedOnly(new QCheckBox(tr("&Unpaired only"), this)), m_search(new QLineEdit(this)),
      m_summary(new QLabel(this)), m_view(new QTableView(this)), m_roleBox(new QComboBox(this)),
      m_roomOnly(new QCheckBox(tr("With room &left only"), this)),
      m_volunteerView(new QTableView(this)), m_weeks(new QSpinBox(this)),
      m_followUpList(new QTreeWidget(this)), m_followUpEmpty(new QLabel(this)),
      m_suggestMentors(new QAction(tr("Suggest &mentors…"), this)),
      m_suggestCoaches(new QAction(tr("Suggest coache&s…"), this)),
      m_assignAction(new QAction(tr("&Assign…"), this)),
      m_activateAction(new QAction(tr("Ac&tivate"), this)),
      m_endAction(new QAction(tr("E&nd…"), this)),
      m_rematchAction(new QAction(tr("&Rematch…"), this)),
      m_discardAction(new QAction(tr("&Discard"), this)),
      m_checkInAction(new QAction(tr("Log a &check-in…"), this)),
      m_followUpCheckIn(new QAction(tr("Log a check-&in…"), this))
{
    setObjectName(QStringLiteral("pairingsPage"));
    m_clock = &AppClock::instance();

    m_heading->setObjectName(QStringLiteral("pageHeading"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);

    m_cohortBox->setObjectName(QStringLiteral("cohortBox"));
    m_cohortBox->setAccessibleName(tr("Cohort"));
    // Wide enough for a cohort's name, never so wide that the page outgrows a small screen.
    m_cohortBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cohortBox->setMinimumContentsLength(30);
    auto* cohortLabel = new QLabel(tr("C&ohort"), this);
    cohortLabel->setBuddy(m_cohortBox);
    connect(m_cohortBox, &QComboBox::currentIndexChanged, this, &PairingsPage::cohortChosen);

    m_unpairedOnly->setObjectName(QStringLiteral("unpairedOnly"));
    m_unpairedOnly->setToolTip(
        tr("Show only the participants still without an active or proposed mentor or coach"));
    connect(m_unpairedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setColumnFilter(PairingTableModel::Participant,
                                 on ? QVariant(QStringLiteral("unpaired")) : QVariant());
    });

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setAccessibleName(tr("Search the pairings"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(240);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TableFilterProxy::setSearchText);

    m_summary->setObjectName(QStringLiteral("pairingSummary"));
    m_summary->setWordWrap(true);

    // The actions on a cell (a participant's mentor or coach) and on the cohort.
    m_suggestMentors->setObjectName(QStringLiteral("suggestMentorsAction"));
    m_suggestMentors->setToolTip(
        tr("Propose the best mentors for the participants without one, with the reasons"));
    m_suggestCoaches->setObjectName(QStringLiteral("suggestCoachesAction"));
    m_suggestCoaches->setToolTip(
        tr("Propose the best coaches for the participants without one, with the reasons"));
    m_assignAction->setObjectName(QStringLiteral("assignAction"));
    m_assignAction->setToolTip(tr("Choose the volunteer of the cell selected (or drag one from "
                                  "the list of volunteers onto the cell)"));
    m_activateAction->setObjectName(QStringLiteral("activateAction"));
    m_activateAction->setToolTip(tr("The proposed pairing selected starts today"));
    m_endAction->setObjectName(QStringLiteral("endAction"));
    m_endAction->setToolTip(tr("End the pairing selected, with a date and a reason"));
    m_rematchAction->setObjectName(QStringLiteral("rematchAction"));
    m_rematchAction->setToolTip(
        tr("End the pairing selected and pair the participant with another volunteer; the "
           "ended pairing stays in the history"));
    m_discardAction->setObjectName(QStringLiteral("discardAction"));
    m_discardAction->setToolTip(tr("Turn down the proposed pairing selected"));
    m_checkInAction->setObjectName(QStringLiteral("checkInAction"));
    m_checkInAction->setToolTip(tr("Log a meeting of the active pairing selected"));
    m_followUpCheckIn->setObjectName(QStringLiteral("followUpCheckInAction"));
    m_followUpCheckIn->setToolTip(tr("Log a meeting of the pairing selected in this list"));
    connect(m_suggestMentors, &QAction::triggered, this, [this] { suggest(PairingRole::Mentor); });
    connect(m_suggestCoaches, &QAction::triggered, this, [this] { suggest(PairingRole::Coach); });
    connect(m_assignAction, &QAction::triggered, this, &PairingsPage::assignDialog);
    connect(m_activateAction, &QAction::triggered, this, [this] {
        if (const auto p = currentPairing())
            activate(p->ref);
    });
    connect(m_endAction, &QAction::triggered, this, &PairingsPage::endDialog);
    connect(m_rematchAction, &QAction::triggered, this, &PairingsPage::rematchDialog);
    connect(m_discardAction, &QAction::triggered, this, [this] {
        if (const auto p = currentPairing())
            discard(p->ref);
    });
    connect(m_checkInAction, &QAction::triggered, this,
            [this] { checkInDialog(currentPairing()); });
    connect(m_followUpCheckIn, &QAction::triggered, this, [this] {
        const QTreeWidgetItem* item = m_followUpList->currentItem();
        if (!item)
            return;
        const int i = item->data(FollowParticipant, Qt::UserRole).toInt();
        if (i >= 0 && i < m_followUps.size())
            checkInDialog(m_followUps.at(i).pairing);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(16);
    top->addWidget(cohortLabel);
    top->addWidget(m_cohortBox);
    top->addSpacing(8);
    top->addWidget(m_unpairedOnly);
    top->addStretch(1);
    top->addWidget(m_search);

    // Two rows over the table: the cohort's suggestions with the counts, then the actions on
    // the cell selected (one row would not fit beside the volunteers on a 1280-pixel screen).
    auto* suggestRow = new QHBoxLayout;
    for (QAction* a : {m_suggestMentors, m_suggestCoaches})
        suggestRow->addWidget(buttonFor(a, this));
    suggestRow->addSpacing(8);
    suggestRow->addWidget(m_summary, 1);
    auto* buttons = new QHBoxLayout;
    for (QAction* a :
         {m_assignAction, m_activateAction, m_endAction, m_rematchAction, m_discardAction,
          m_checkInAction})
        buttons->addWidget(buttonFor(a, this));
    buttons->addStretch(1);

    // The table of the cohort's participants.
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view->setObjectName(QStringLiteral("pairingView"));
    m_view->setAccessibleName(tr("Mentors and coaches of the cohort's participants"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PairingTableModel::Participant, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setDragDropMode(QAbstractItemView::DropOnly);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    // A drop lands on the cell under the pointer, never between two rows (the model refuses those).
    m_view->setDragDropOverwriteMode(true);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_assignAction, m_activateAction, m_endAction, m_rematchAction,
                        m_discardAction, m_checkInAction});
    m_view->setToolTip(QString());
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        // The list of volunteers follows the role of the cell chosen.
        if (const auto cell = currentCell())
            m_roleBox->setCurrentIndex(cell->second == PairingRole::Mentor ? 0 : 1);
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (!PairingTableModel::roleOf(index.column()))
            return;
        const auto p = currentPairing();
        if (!p || p->status == PairingStatus::Ended)
            assignDialog();
        else if (p->status == PairingStatus::Active)
            checkInDialog(p);
        else
            activate(p->ref);
    });
    connect(m_model, &PairingTableModel::reloaded, this, [this] {
        updateSummary();
        updateActions();
    });
    m_model->setDropHandler([this](const QString& participant, PairingRole role,
                                   const QString& volunteer) {
        // Queued: the drop returns to the view before the table is read again.
        QMetaObject::invokeMethod(
            this, [this, participant, role, volunteer] { assign(participant, role, volunteer); },
            Qt::QueuedConnection);
        return true;
    });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(suggestRow);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_view, 1);

    // The volunteers, with their load, to drag onto a cell.
    m_roleBox->setObjectName(QStringLiteral("volunteerRoleBox"));
    m_roleBox->addItem(tr("Mentors"), codeOf(PairingRole::Mentor));
    m_roleBox->addItem(tr("Coaches"), codeOf(PairingRole::Coach));
    m_roleBox->setAccessibleName(tr("Volunteers shown"));
    connect(m_roleBox, &QComboBox::currentIndexChanged, this, [this] {
        m_volunteers->setRole(m_roleBox->currentIndex() == 1 ? PairingRole::Coach
                                                             : PairingRole::Mentor);
    });
    m_roomOnly->setObjectName(QStringLiteral("roomOnly"));
    m_roomOnly->setToolTip(tr("Hide the volunteers whose capacity is used up"));
    connect(m_roomOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_volunteerProxy->setColumnFilter(PairingVolunteerModel::Load,
                                          on ? QVariant(QStringLiteral("room")) : QVariant());
    });
    m_volunteerProxy->setSourceModel(m_volunteers);
    m_volunteerProxy->setSortRole(SortRole);
    m_volunteerView->setObjectName(QStringLiteral("volunteerLoadView"));
    m_volunteerView->setAccessibleName(tr("Volunteers and their load"));
    m_volunteerView->setModel(m_volunteerProxy);
    m_volunteerView->setSortingEnabled(true);
    m_volunteerView->sortByColumn(PairingVolunteerModel::Name, Qt::AscendingOrder);
    m_volunteerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_volunteerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_volunteerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_volunteerView->setDragEnabled(true);
    m_volunteerView->setDragDropMode(QAbstractItemView::DragOnly);
    m_volunteerView->setAlternatingRowColors(true);
    m_volunteerView->verticalHeader()->hide();
    m_volunteerView->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_volunteerView->horizontalHeader()->setSectionResizeMode(PairingVolunteerModel::Name,
                                                              QHeaderView::Stretch);
    m_volunteerView->horizontalHeader()->setSectionResizeMode(PairingVolunteerModel::Load,
                                                              QHeaderView::ResizeToContents);
    m_volunteerView->horizontalHeader()->setSectionResizeMode(PairingVolunteerModel::Readiness,
                                                              QHeaderView::ResizeToContents);
    auto* volunteersTab = new QWidget(this);
    auto* volunteersLayout = new QVBoxLayout(volunteersTab);
    auto* roleRow = new QHBoxLayout;
    roleRow->addWidget(m_roleBox);
    roleRow->addWidget(m_roomOnly);
    roleRow->addStretch(1);
    volunteersLayout->addLayout(roleRow);
    auto* dragHint =
        new QLabel(tr("Drag a volunteer onto a participant's mentor or coach cell."), this);
    dragHint->setWordWrap(true);
    volunteersLayout->addWidget(dragHint);
    volunteersLayout->addWidget(m_volunteerView, 1);

    // The active pairings to follow up.
    m_weeks->setObjectName(QStringLiteral("followUpWeeks"));
    m_weeks->setRange(1, 52);
    m_weeks->setValue(PairingService::kDefaultFollowUpWeeks);
    m_weeks->setAccessibleName(tr("Weeks without a check-in"));
    m_weeks->setSuffix(tr(" week(s)"));
    connect(m_weeks, &QSpinBox::valueChanged, this, [this](int weeks) {
        if (!m_document || m_document->isReadOnly())
            return;
        PairingService service(m_document->database(), m_document->notifier());
        if (auto current = service.followUpWeeks(); current && *current == weeks)
            return;
        if (auto set = service.setFollowUpWeeks(weeks); !set)
            emit failed(ErrorMessages::editFailed(set.error()), set.error());
        refreshFollowUps();
    });
    auto* weeksLabel = new QLabel(tr("No check-in for more than"), this);
    weeksLabel->setBuddy(m_weeks);
    m_followUpList->setObjectName(QStringLiteral("followUpList"));
    m_followUpList->setAccessibleName(tr("Pairings to follow up"));
    m_followUpList->setRootIsDecorated(false);
    m_followUpList->setAlternatingRowColors(true);
    m_followUpList->setColumnCount(FollowColumnCount);
    m_followUpList->setHeaderLabels(
        {tr("Participant"), tr("Volunteer"), tr("Role"), tr("Last check-in")});
    m_followUpList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_followUpList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_followUpList->addAction(m_followUpCheckIn);
    connect(m_followUpList, &QTreeWidget::itemActivated, m_followUpCheckIn, &QAction::trigger);
    connect(m_followUpList, &QTreeWidget::currentItemChanged, this, &PairingsPage::updateActions);
    auto* followTab = new QWidget(this);
    auto* followLayout = new QVBoxLayout(followTab);
    auto* weeksRow = new QHBoxLayout;
    weeksRow->addWidget(weeksLabel);
    weeksRow->addWidget(m_weeks);
    weeksRow->addStretch(1);
    followLayout->addLayout(weeksRow);
    m_followUpEmpty->setObjectName(QStringLiteral("followUpEmpty"));
    m_followUpEmpty->setWordWrap(true);
    m_followUpEmpty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    followLayout->addWidget(m_followUpEmpty);
    followLayout->addWidget(m_followUpList, 1);
    auto* followButtons = new QHBoxLayout;
    followButtons->addWidget(buttonFor(m_followUpCheckIn, this));
    followButtons->addStretch(1);
    followLayout->addLayout(followButtons);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("pairingTabs"));
    tabs->addTab(volunteersTab, tr("&Volunteers"));
    tabs->addTab(followTab, tr("To follo&w up"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(tabs);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 360});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    setTabOrder(m_cohortBox, m_unpairedOnly);
    setTabOrder(m_unpairedOnly, m_search);

    // The defaults open the real dialogs; tests give their own.
    m_chooseSuggestions = [this](PairingRole role,
                                 const MatchResult& result) -> std::optional<QList<Proposal>> {
        SuggestPairingsDialog dialog(m_cohortBox->currentText(), role, result, m_names, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.accepted();
    };
    m_chooseVolunteer = [this](const QString& participant, PairingRole role,
                               const QString& excluded) {
        return defaultChooseVolunteer(participant, role, excluded);
    };
    m_askEnding = [this](const Pairing& p, const QString& newVolunteer) -> std::optional<Ending> {
        const QString pair = pairText(p);
        const bool rematch = !newVolunteer.isEmpty();
        EndPairingDialog dialog(
            rematch ? tr("Rematch") : tr("End the pairing"),
            rematch ? tr("The pairing of %1 ends; %2 takes over from that day. The ended pairing "
                         "stays in the history.")
                          .arg(pair, volunteerName(newVolunteer))
                    : tr("The pairing of %1 ends. It stays in the history.").arg(pair),
            p.startDate, today(), this);
        if (rematch)
            dialog.setReason(PairingEndReason::Mismatch);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return Ending{dialog.date(), dialog.reason()};
    };
    m_askCheckIn = [this](const Pairing& p) -> std::optional<CheckIn> {
        CheckInDialog dialog(p.ref, pairText(p), p.startDate, today(), this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.checkIn();
    };
    m_confirm = [this](const QString& question, const QString& details) {
        QMessageBox box(QMessageBox::Warning, tr("Parcours"), question, QMessageBox::Cancel, this);
        box.setInformativeText(details);
        QPushButton* go = box.addButton(tr("Activate anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == go;
    };
    updateSummary();
    updateActions();
}

PairingsPage::~PairingsPage() = default;

void PairingsPage::setClock(const Clock& clock)
{
    m_clock = &clock;
    refreshFollowUps();
}

void PairingsPage::setDocument(Document* document)
{
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    if (document) {
        ChangeNotifier* n = document->notifier();
        const auto follow = [this](EntityKind kind) {
            if (kind == EntityKind::Cohort)
                fillCohorts();
            if (kind == EntityKind::Pairing || kind == EntityKind::CheckIn ||
                kind == EntityKind::Participant || kind == EntityKind::Volunteer)
                refreshFollowUps();
        };
        m_connections << connect(n, &ChangeNotifier::saved, this,
                                 [follow](EntityKind kind, const QString&) { follow(kind); });
        m_connections << connect(n, &ChangeNotifier::removed, this,
                                 [follow](EntityKind kind, const QString&) { follow(kind); });
        m_connections << connect(n, &ChangeNotifier::changed, this, follow);
        m_connections << connect(n, &ChangeNotifier::reset, this, [this] {
            fillCohorts();
            refreshFollowUps();
        });
        const QSignalBlocker block(m_weeks);
        auto weeks = PairingService(document->database()).followUpWeeks();
        m_weeks->setValue(weeks ? *weeks : PairingService::kDefaultFollowUpWeeks);
    }
    m_model->setDocument(document);
    m_volunteers->setDocument(document);
    fillCohorts();
    refreshFollowUps();
    updateActions();
}

void PairingsPage::fillCohorts()
{
    const QString kept = cohortRef();
    QList<Cohort> cohorts;
    if (m_document) {
        auto all = CohortRepository(m_document->database()).all();
        if (all)
            cohorts = std::move(*all);
        else
            emit failed(ErrorMessages::readFailed(all.error()), all.error());
    }
    // The latest cohorts first: the ones being paired now.
    std::stable_sort(cohorts.begin(), cohorts.end(), [](const Cohort& a, const Cohort& b) {
        return a.startDate > b.startDate;
    });
    {
        const QSignalBlocker block(m_cohortBox);
        m_cohortBox->clear();
        for (const Cohort& c : std::as_const(cohorts)) {
            m_cohortBox->addItem(c.name, c.ref);
            m_cohortBox->setItemData(m_cohortBox->count() - 1,
                                     tr("%1 to %2").arg(format::shortDate(c.startDate),
                                                        format::shortDate(c.endDate)),
                                     Qt::ToolTipRole);
        }
        int index = m_cohortBox->findData(kept);
        if (index < 0) {
            // Start on a cohort running today, else on the latest one.
            for (int i = 0; i < cohorts.size() && index < 0; ++i)
                if (cohorts.at(i).startDate <= today() && today() <= cohorts.at(i).endDate)
                    index = i;
            if (index < 0 && !cohorts.isEmpty())
                index = 0;
        }
        m_cohortBox->setCurrentIndex(index);
    }
    m_cohortBox->setEnabled(!cohorts.isEmpty());
    cohortChosen();
}

void PairingsPage::cohortChosen()
{
    const QString ref = cohortRef();
    if (m_model->cohortRef() != ref)
        m_model->setCohort(ref);
    updateSummary();
    updateActions();
}

bool PairingsPage::showCohort(const QString& ref)
{
    const int index = m_cohortBox->findData(ref);
    if (index < 0)
        return false;
    m_cohortBox->setCurrentIndex(index);
    return true;
}

QString PairingsPage::cohortRef() const
{
    return m_cohortBox->currentData().toString();
}

void PairingsPage::refreshFollowUps()
{
    m_followUps.clear();
    m_names.clear();
    m_followUpList->clear();
    m_followUpEmpty->clear();
    if (!m_document)
        return;
    Database& db = m_document->database();
    if (auto people = ParticipantRepository(db).all())
        for (const Participant& p : std::as_const(*people))
            m_names.insert(p.ref, p.fullName());
    if (auto volunteers = VolunteerRepository(db).all())
        for (const Volunteer& v : std::as_const(*volunteers))
            m_names.insert(v.ref, v.fullName());
    auto found = PairingService(db).followUps(today());
    if (!found) {
        emit failed(ErrorMessages::readFailed(found.error()), found.error());
        return;
    }
    m_followUps = std::move(*found);
    m_followUpEmpty->setText(
        m_followUps.isEmpty()
            ? tr("Nothing to follow up: every active pairing had a check-in in the last %n "
                 "week(s).",
                 nullptr, m_weeks->value())
            : tr("%n active pairing(s) without a recent check-in: call them.", nullptr,
                 int(m_followUps.size())));
    for (int i = 0; i < m_followUps.size(); ++i) {
        const FollowUp& f = m_followUps.at(i);
        auto* item = new QTreeWidgetItem(m_followUpList);
        item->setText(FollowParticipant, participantName(f.pairing.participantRef));
        item->setData(FollowParticipant, Qt::UserRole, i);
        item->setText(FollowVolunteer, volunteerName(f.pairing.volunteerRef));
        item->setText(FollowRole, roleWord(f.pairing.role));
        const int weeks = f.daysSince / 7;
        item->setText(FollowSince,
                      f.lastCheckIn.isValid()
                          ? tr("%1 (%n week(s) ago)", nullptr, weeks)
                                .arg(format::shortDate(f.lastCheckIn))
                          : tr("None since the start, %n week(s) ago", nullptr, weeks));
        item->setToolTip(FollowSince, item->text(FollowSince));
    }
    updateActions();
}

void PairingsPage::updateSummary()
{
    if (m_cohortBox->count() == 0) {
        m_summary->setText(m_document ? tr("No cohort yet: create one on the Cohorts page.")
                                      : QString());
        return;
    }
    const int total = m_model->rowCount();
    if (total == 0) {
        m_summary->setText(tr("Nobody is enrolled in this cohort yet."));
        return;
    }
    m_summary->setText(tr("%n participant(s)", nullptr, total) + QStringLiteral(" · ") +
                       tr("%n without a mentor", nullptr, m_model->lacking(PairingRole::Mentor)) +
                       QStringLiteral(" · ") +
                       tr("%n without a coach", nullptr, m_model->lacking(PairingRole::Coach)));
}

void PairingsPage::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const bool hasCohort = writable && !cohortRef().isEmpty() && m_model->rowCount() > 0;
    const auto cell = currentCell();
    const auto p = currentPairing();
    const bool ongoing = p && p->status != PairingStatus::Ended;
    m_suggestMentors->setEnabled(hasCohort);
    m_suggestCoaches->setEnabled(hasCohort);
    m_assignAction->setEnabled(writable && cell && !ongoing);
    m_activateAction->setEnabled(writable && p && p->status == PairingStatus::Proposed);
    m_endAction->setEnabled(writable && p && p->status == PairingStatus::Active);
    m_rematchAction->setEnabled(writable && p && p->status == PairingStatus::Active);
    m_discardAction->setEnabled(writable && p && p->status == PairingStatus::Proposed);
    m_checkInAction->setEnabled(writable && p && p->status == PairingStatus::Active);
    m_followUpCheckIn->setEnabled(writable && m_followUpList->currentItem() != nullptr);
    m_weeks->setEnabled(writable);
    m_view->setAcceptDrops(writable);
}

std::optional<std::pair<QString, PairingRole>> PairingsPage::currentCell() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    const auto role = PairingTableModel::roleOf(index.column());
    if (!role)
        return std::nullopt;
    return std::make_pair(index.data(RefRole).toString(), *role);
}

bool PairingsPage::selectCell(const QString& participantRef, PairingRole role)
{
    const int row = m_model->rowOf(participantRef);
    if (row < 0)
        return false;
    const QModelIndex index =
        m_proxy->mapFromSource(m_model->index(row, PairingTableModel::columnOf(role)));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

std::optional<Pairing> PairingsPage::currentPairing() const
{
    const auto cell = currentCell();
    if (!cell)
        return std::nullopt;
    const int row = m_model->rowOf(cell->first);
    if (row < 0)
        return std::nullopt;
    return m_model->at(row).of(cell->second);
}

std::optional<Pairing> PairingsPage::pairingOf(const QString& ref) const
{
    for (const PairingTableModel::Row& row : m_model->rows())
        for (const Pairing& p : row.pairings.history)
            if (p.ref == ref)
                return p;
    for (const FollowUp& f : m_followUps)
        if (f.pairing.ref == ref)
            return f.pairing;
    return std::nullopt;
}

QString PairingsPage::volunteerName(const QString& ref) const
{
    return m_names.value(ref, m_model->volunteerName(ref));
}

QString PairingsPage::participantName(const QString& ref) const
{
    return m_names.value(ref, m_model->participantName(ref));
}

QString PairingsPage::pairText(const Pairing& p) const
{
    return p.role == PairingRole::Mentor
               ? tr("%1 with the mentor %2")
                     .arg(participantName(p.participantRef), volunteerName(p.volunteerRef))
               : tr("%1 with the coach %2")
                     .arg(participantName(p.participantRef), volunteerName(p.volunteerRef));
}

void PairingsPage::reportRefusal(const Error& error, const QString& volunteerRef,
                                 std::optional<PairingRole> role)
{
    // The service's problems are English details (shown under the message); the message says
    // in the person's language which rule the change breaks, when the page can tell.
    QString message = ErrorMessages::editFailed(error);
    if (error.code == ErrorCode::Invalid && m_document && !volunteerRef.isEmpty()) {
        auto load = PairingService(m_document->database()).volunteerLoad(volunteerRef);
        if (load && role && !canServeAs(load->volunteer.role, *role)) {
            message = (*role == PairingRole::Mentor
                           ? tr("%1 is a coach and cannot be a mentor.")
                           : tr("%1 is a mentor and cannot be a coach."))
                          .arg(load->volunteer.fullName());
        } else if (load && load->remaining() <= 0) {
            message = tr("%1 has no room left: capacity used %2.")
                          .arg(load->volunteer.fullName(), PairingVolunteerModel::loadText(*load));
        } else if (load) {
            message = tr("%1 cannot be paired with this participant: they already are in the "
                         "other role, are proposed already, or a pairing of theirs ended in a "
                         "mismatch. See the details.")
                          .arg(load->volunteer.fullName());
        }
    }
    emit failed(message, error);
}

bool PairingsPage::apply(const Result<PairingChange>& result, const QString& text,
                         const QString& volunteerRef, std::optional<PairingRole> role)
{
    if (!m_document)
        return false;
    if (!result) {
        reportRefusal(result.error(), volunteerRef, role);
        return false;
    }
    if (result->isEmpty())
        return false;
    if (auto pushed =
            m_document->push(new PairingChangeCommand(*m_document, text, *result));
        !pushed) {
        reportRefusal(pushed.error());
        return false;
    }
    emit message(text);
    return true;
}

bool PairingsPage::applyActivation(const std::function<Result<Activation>(bool)>& call,
                                   const QString& text, const QString& volunteerRef,
                                   std::optional<PairingRole> role)
{
    if (!m_document || m_document->isReadOnly())
        return false;
    auto first = call(false);
    if (!first) {
        reportRefusal(first.error(), volunteerRef, role);
        return false;
    }
    if (first->needsConfirmation) {
        QStringList lines;
        for (const NotReady& n : std::as_const(first->notReady))
            lines << tr("%1: %2").arg(volunteerName(n.volunteerRef),
                                      VolunteerReadiness::labels(n.missing));
        const QString question =
            first->notReady.size() == 1
                ? tr("%1 has not finished onboarding.").arg(volunteerName(first->notReady.first().volunteerRef))
                : tr("%n volunteer(s) have not finished onboarding.", nullptr,
                     int(first->notReady.size()));
        const QString details = tr("Missing: %1.").arg(lines.join(QStringLiteral("; "))) +
                                QLatin1Char('\n') + tr("Activate the pairing anyway?");
        if (!m_confirm(question, details))
            return false;
        first = call(true);
        if (!first) {
            reportRefusal(first.error(), volunteerRef, role);
            return false;
        }
    }
    return apply(first->change, text);
}

bool PairingsPage::suggest(PairingRole role)
{
    const QString cohort = cohortRef();
    if (!m_document || cohort.isEmpty())
        return false;
    auto result = PairingService(m_document->database()).suggest(cohort, role);
    if (!result) {
        reportRefusal(result.error());
        return false;
    }
    const auto chosen = m_chooseSuggestions(role, *result);
    if (!chosen || chosen->isEmpty())
        return false;
    return acceptProposals(*chosen);
}

bool PairingsPage::acceptProposals(const QList<Proposal>& proposals)
{
    const QString cohort = cohortRef();
    if (!m_document || m_document->isReadOnly() || cohort.isEmpty() || proposals.isEmpty())
        return false;
    const PairingRole role = proposals.first().role;
    const QString text =
        proposals.size() == 1
            ? (role == PairingRole::Mentor
                   ? tr("Pair “%1” with the mentor “%2”")
                   : tr("Pair “%1” with the coach “%2”"))
                  .arg(participantName(proposals.first().participantRef),
                       volunteerName(proposals.first().volunteerRef))
            : (role == PairingRole::Mentor
                   ? tr("Accept %n suggested mentor(s)", nullptr, int(proposals.size()))
                   : tr("Accept %n suggested coach(es)", nullptr, int(proposals.size())));
    // Volunteers not ready: active only if the person says so, else recorded as proposed.
    QStringList notReady;
    for (const Proposal& p : proposals)
        if (!p.missing.isEmpty())
            notReady << tr("%1: %2").arg(volunteerName(p.volunteerRef),
                                         VolunteerReadiness::labels(p.missing));
    bool confirm = false;
    if (!notReady.isEmpty()) {
        const QString question =
            tr("%n of the volunteers chosen have not finished onboarding.", nullptr,
               int(notReady.size()));
        const QString details = tr("Missing: %1.").arg(notReady.join(QStringLiteral("; "))) +
                                QLatin1Char('\n') +
                                tr("Activate their pairings anyway? Otherwise they are recorded "
                                   "as proposed, to activate once the onboarding is done.");
        confirm = m_confirm(question, details);
    }
    PairingService service(m_document->database(), m_document->notifier());
    auto applied = service.apply(cohort, proposals, today(), confirm);
    if (!applied) {
        reportRefusal(applied.error());
        return false;
    }
    return apply(applied->change, text);
}

bool PairingsPage::assign(const QString& participantRef, PairingRole role,
                          const QString& volunteerRef)
{
    const QString cohort = cohortRef();
    if (!m_document || cohort.isEmpty())
        return false;
    const QString text = (role == PairingRole::Mentor ? tr("Pair “%1” with the mentor “%2”")
                                                      : tr("Pair “%1” with the coach “%2”"))
                             .arg(participantName(participantRef), volunteerName(volunteerRef));
    PairingService service(m_document->database(), m_document->notifier());
    const bool done = applyActivation(
        [&](bool confirm) {
            return service.assign(participantRef, volunteerRef, role, cohort, today(), confirm);
        },
        text, volunteerRef, role);
    if (done)
        selectCell(participantRef, role);
    return done;
}

bool PairingsPage::propose(const QString& participantRef, PairingRole role,
                           const QString& volunteerRef)
{
    const QString cohort = cohortRef();
    if (!m_document || m_document->isReadOnly() || cohort.isEmpty())
        return false;
    PairingService service(m_document->database(), m_document->notifier());
    const bool done = apply(service.propose(participantRef, volunteerRef, role, cohort),
                            (role == PairingRole::Mentor ? tr("Propose the mentor “%2” to “%1”")
                                                         : tr("Propose the coach “%2” to “%1”"))
                                .arg(participantName(participantRef), volunteerName(volunteerRef)),
                            volunteerRef, role);
    if (done)
        selectCell(participantRef, role);
    return done;
}

bool PairingsPage::activate(const QString& pairingRef)
{
    if (!m_document)
        return false;
    const auto p = pairingOf(pairingRef);
    const QString text = p ? tr("Activate the pairing of %1").arg(pairText(*p))
                           : tr("Activate the pairing %1").arg(pairingRef);
    PairingService service(m_document->database(), m_document->notifier());
    return applyActivation(
        [&](bool confirm) { return service.activate(pairingRef, today(), confirm); }, text,
        p ? p->volunteerRef : QString(), p ? std::optional<PairingRole>(p->role) : std::nullopt);
}

bool PairingsPage::endPairing(const QString& pairingRef, const Ending& ending)
{
    if (!m_document || m_document->isReadOnly())
        return false;
    const auto p = pairingOf(pairingRef);
    const QString text = p ? tr("End the pairing of %1").arg(pairText(*p))
                           : tr("End the pairing %1").arg(pairingRef);
    PairingService service(m_document->database(), m_document->notifier());
    return apply(service.end(pairingRef, ending.date, ending.reason), text);
}

bool PairingsPage::rematch(const QString& pairingRef, const QString& newVolunteerRef,
                           const Ending& ending)
{
    if (!m_document)
        return false;
    const auto p = pairingOf(pairingRef);
    const QString text =
        p ? tr("Rematch “%1” with “%2”")
                .arg(participantName(p->participantRef), volunteerName(newVolunteerRef))
          : tr("Rematch %1").arg(pairingRef);
    PairingService service(m_document->database(), m_document->notifier());
    return applyActivation(
        [&](bool confirm) {
            return service.rematch(pairingRef, newVolunteerRef, ending.date, ending.reason,
                                   confirm);
        },
        text, newVolunteerRef, p ? std::optional<PairingRole>(p->role) : std::nullopt);
}

bool PairingsPage::discard(const QString& pairingRef)
{
    if (!m_document || m_document->isReadOnly())
        return false;
    const auto p = pairingOf(pairingRef);
    const QString text = p ? tr("Turn down the pairing of %1").arg(pairText(*p))
                           : tr("Turn down the pairing %1").arg(pairingRef);
    PairingService service(m_document->database(), m_document->notifier());
    return apply(service.discard(pairingRef), text);
}

bool PairingsPage::logCheckIn(const CheckIn& checkIn)
{
    if (!m_document || m_document->isReadOnly())
        return false;
    const auto p = pairingOf(checkIn.pairingRef);
    const QString text =
        p ? tr("Log a check-in of %1 on %2").arg(pairText(*p), format::shortDate(checkIn.date))
          : tr("Log a check-in on %1").arg(format::shortDate(checkIn.date));
    PairingService service(m_document->database(), m_document->notifier());
    return apply(service.logCheckIn(checkIn), text);
}

QString PairingsPage::defaultChooseVolunteer(const QString& participantRef, PairingRole role,
                                             const QString& excludedRef)
{
    if (!m_document)
        return {};
    PairingService service(m_document->database());
    auto loads = service.volunteerLoads(role);
    if (!loads) {
        reportRefusal(loads.error());
        return {};
    }
    QList<PickerChoice> choices;
    for (VolunteerLoad& load : *loads) {
        if (load.volunteer.ref == excludedRef)
            continue;
        PickerChoice choice{std::move(load), std::nullopt};
        if (choice.load.remaining() > 0) {
            auto score = service.score(cohortRef(), participantRef, choice.load.volunteer.ref, role);
            if (score)
                choice.score = *score;
        }
        choices << choice;
    }
    const QString name = participantName(participantRef);
    PairingVolunteerPicker picker(
        role == PairingRole::Mentor ? tr("Choose a mentor for %1").arg(name)
                                    : tr("Choose a coach for %1").arg(name),
        tr("The best score first. The pairing is active from today."), choices, this);
    if (picker.exec() != QDialog::Accepted)
        return {};
    return picker.selectedRef();
}

void PairingsPage::assignDialog()
{
    const auto cell = currentCell();
    if (!cell)
        return;
    const QString ref = m_chooseVolunteer(cell->first, cell->second, QString());
    if (!ref.isEmpty())
        assign(cell->first, cell->second, ref);
}

void PairingsPage::endDialog()
{
    const auto p = currentPairing();
    if (!p || p->status != PairingStatus::Active)
        return;
    if (const auto ending = m_askEnding(*p, QString()))
        endPairing(p->ref, *ending);
}

void PairingsPage::rematchDialog()
{
    const auto p = currentPairing();
    if (!p || p->status != PairingStatus::Active)
        return;
    const QString newRef = m_chooseVolunteer(p->participantRef, p->role, p->volunteerRef);
    if (newRef.isEmpty())
        return;
    if (const auto ending = m_askEnding(*p, newRef))
        rematch(p->ref, newRef, *ending);
}

void PairingsPage::checkInDialog(const std::optional<Pairing>& pairing)
{
    if (!pairing || pairing->status != PairingStatus::Active)
        return;
    if (const auto c = m_askCheckIn(*pairing))
        logCheckIn(*c);
}

} // namespace parcours::ui
