// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomesPage.h"

#include "core/services/ChangeNotifier.h"
#include "core/services/OutcomeService.h"
#include "core/storage/CohortRepository.h"
#include "ui/AppClock.h"
#include "ui/Document.h"
#include "ui/ErrorMessages.h"
#include "ui/commands/RecordOutcomeCommand.h"
#include "ui/models/OutcomeTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace parcours::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString pairKey(const QString& participantRef, const QString& cohortRef)
{
    return participantRef + QLatin1Char('\n') + cohortRef;
}

} // namespace

OutcomesPage::OutcomesPage(QWidget* parent)
    : QWidget(parent), m_cohort(new QComboBox(this)), m_milestone(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_model(new OutcomeTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_followUpTitle(new QLabel(this)), m_followUpModel(new OutcomeTableModel(this))
{
    m_cohort->setObjectName(QStringLiteral("outcomeCohort"));
    m_cohort->setAccessibleName(tr("Cohort"));
    // Long names must not widen the page past a 1280-pixel screen: the list opens wider.
    m_cohort->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cohort->setMinimumContentsLength(26);
    m_milestone->setObjectName(QStringLiteral("outcomeMilestoneFilter"));
    m_milestone->setAccessibleName(tr("Milestone shown"));
    m_milestone->addItem(tr("All milestones"), -1);
    for (Milestone m : allValues<Milestone>())
        m_milestone->addItem(QCoreApplication::translate("Codes", labelOf(m)), int(m));
    m_search->setObjectName(QStringLiteral("outcomeSearch"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setAccessibleName(tr("Search the outcomes"));
    m_search->setClearButtonEnabled(true);

    auto* cohortLabel = new QLabel(tr("&Cohort"), this);
    cohortLabel->setBuddy(m_cohort);
    auto* milestoneLabel = new QLabel(tr("&Milestone"), this);
    milestoneLabel->setBuddy(m_milestone);
    auto* filters = new QHBoxLayout;
    filters->addWidget(cohortLabel);
    filters->addWidget(m_cohort);
    filters->addSpacing(12);
    filters->addWidget(milestoneLabel);
    filters->addWidget(m_milestone);
    filters->addSpacing(12);
    filters->addWidget(m_search, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = makeTable(m_proxy, this);
    m_table->setObjectName(QStringLiteral("outcomeTable"));
    m_table->setAccessibleName(tr("Outcomes"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->hideColumn(OutcomeTableModel::Phone);

    m_followUpTitle->setObjectName(QStringLiteral("followUpTitle"));
    QFont bold = m_followUpTitle->font();
    bold.setBold(true);
    m_followUpTitle->setFont(bold);
    m_followUpTable = makeTable(m_followUpModel, this);
    m_followUpTable->setObjectName(QStringLiteral("followUpTable"));
    m_followUpTable->setAccessibleName(tr("Follow-ups due"));
    for (int c : {int(OutcomeTableModel::Situation), int(OutcomeTableModel::Class), int(OutcomeTableModel::RecordedOn),
                  int(OutcomeTableModel::Employer), int(OutcomeTableModel::Sector), int(OutcomeTableModel::FrenchLevels)})
        m_followUpTable->hideColumn(c);
    m_followUpTitle->setBuddy(m_followUpTable);

    auto* lists = new QSplitter(Qt::Vertical, this);
    lists->addWidget(m_table);
    auto* followUpBox = new QWidget(lists);
    auto* followUpLayout = new QVBoxLayout(followUpBox);
    followUpLayout->setContentsMargins(0, 6, 0, 0);
    followUpLayout->addWidget(m_followUpTitle);
    followUpLayout->addWidget(m_followUpTable);
    lists->addWidget(followUpBox);
    lists->setStretchFactor(0, 3);
    lists->setStretchFactor(1, 2);

    auto* panel = new QGroupBox(tr("Record an outcome"), this);
    panel->setObjectName(QStringLiteral("outcomeForm"));
    buildForm(panel);

    auto* body = new QHBoxLayout;
    body->addWidget(lists, 1);
    body->addWidget(panel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(body, 1);

    connect(m_cohort, qOverload<int>(&QComboBox::activated), this, [this] { reload(); });
    connect(m_milestone, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { applyFilter(); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        if (index.isValid())
            takeRow(m_model->rowAt(m_proxy->mapToSource(index).row()));
    });
    connect(m_followUpTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                if (index.isValid())
                    takeRow(m_followUpModel->rowAt(index.row()));
            });
    // Enter on a row: straight to the situation, the first thing to say after a call.
    for (QTableView* view : {m_table, m_followUpTable})
        connect(view, &QAbstractItemView::activated, this, [this] { m_situation->setFocus(); });
    setEnabled(false);
}

OutcomesPage::~OutcomesPage() = default;

void OutcomesPage::buildForm(QWidget* panel)
{
    m_participant = new QComboBox(panel);
    m_participant->setObjectName(QStringLiteral("outcomeParticipant"));
    m_participant->setAccessibleName(tr("Participant"));
    m_formMilestone = new QComboBox(panel);
    m_formMilestone->setObjectName(QStringLiteral("outcomeMilestone"));
    m_formMilestone->setAccessibleName(tr("Milestone"));
    for (Milestone m : allValues<Milestone>())
        m_formMilestone->addItem(QCoreApplication::translate("Codes", labelOf(m)), int(m));
    m_situation = new QComboBox(panel);
    m_situation->setObjectName(QStringLiteral("outcomeSituation"));
    m_situation->setAccessibleName(tr("Situation"));
    for (Situation s : allValues<Situation>())
        m_situation->addItem(tr("%1 — %2").arg(QCoreApplication::translate("Codes", labelOf(s)),
                                               OutcomeTableModel::classText(classOf(s)).toLower()),
                             int(s));
    m_date = new QDateEdit(panel);
    m_date->setObjectName(QStringLiteral("outcomeDate"));
    m_date->setAccessibleName(tr("Date of the news"));
    m_date->setCalendarPopup(true);
    m_date->setDate(today());
    m_employer = new QLineEdit(panel);
    m_employer->setObjectName(QStringLiteral("outcomeEmployer"));
    m_employer->setAccessibleName(tr("Employer"));
    m_sector = new QLineEdit(panel);
    m_sector->setObjectName(QStringLiteral("outcomeSector"));
    m_sector->setAccessibleName(tr("Sector"));
    m_notes = new QPlainTextEdit(panel);
    m_notes->setObjectName(QStringLiteral("outcomeNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_levels = new QLabel(panel);
    m_levels->setObjectName(QStringLiteral("outcomeLevels"));
    m_problem = new QLabel(panel);
    m_problem->setObjectName(QStringLiteral("outcomeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    for (QComboBox* combo : {m_participant, m_formMilestone, m_situation}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_record = new QPushButton(tr("&Record"), panel);
    m_record->setObjectName(QStringLiteral("outcomeRecord"));
    m_record->setToolTip(tr("Save this outcome now (Ctrl+Enter); Undo takes it back"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Participant"), m_participant);
    form->addRow(tr("French level"), m_levels);
    form->addRow(tr("M&ilestone"), m_formMilestone);
    form->addRow(tr("&Situation"), m_situation);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("Emplo&yer"), m_employer);
    form->addRow(tr("Sec&tor"), m_sector);
    form->addRow(tr("&Notes"), m_notes);
    auto* layout = new QVBoxLayout(panel);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_record, 0, Qt::AlignRight);
    layout->addStretch(1);
    // Narrow enough to leave the lists most of a 1280-pixel window.
    panel->setMinimumWidth(330);
    panel->setMaximumWidth(360);

    connect(m_record, &QPushButton::clicked, this, &OutcomesPage::record);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, panel);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &OutcomesPage::record);
    }
    connect(m_participant, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { updateLevels(); });
}

QDate OutcomesPage::today()
{
    return AppClock::instance().today();
}

void OutcomesPage::setDocument(Document* document)
{
    if (m_document && m_document->notifier())
        disconnect(m_document->notifier(), nullptr, this, nullptr);
    m_document = document;
    setEnabled(document != nullptr);
    if (document) {
        ChangeNotifier* notifier = document->notifier();
        const auto relevant = [](EntityKind kind) {
            return kind == EntityKind::Outcome || kind == EntityKind::Enrolment || kind == EntityKind::Participant
                || kind == EntityKind::Cohort;
        };
        connect(notifier, &ChangeNotifier::saved, this, [this, relevant](EntityKind kind, const QString&) {
            if (kind == EntityKind::Cohort)
                reloadCohorts();
            if (relevant(kind))
                reload();
        });
        connect(notifier, &ChangeNotifier::removed, this, [this, relevant](EntityKind kind, const QString&) {
            if (kind == EntityKind::Cohort)
                reloadCohorts();
            if (relevant(kind))
                reload();
        });
        connect(notifier, &ChangeNotifier::changed, this, [this, relevant](EntityKind kind) {
            if (kind == EntityKind::Cohort)
                reloadCohorts();
            if (relevant(kind))
                reload();
        });
        connect(notifier, &ChangeNotifier::reset, this, [this] {
            reloadCohorts();
            reload();
        });
    }
    m_cohort->clear(); // another file: start again from its latest ended cohort
    reloadCohorts();
    reload();
}

void OutcomesPage::reloadCohorts()
{
    const QString current = m_cohort->currentData().toString();
    const bool firstTime = m_cohort->count() == 0;
    m_cohort->clear();
    if (!m_document)
        return;
    auto cohorts = CohortRepository(m_document->database()).all();
    if (!cohorts) {
        emit failed(ErrorMessages::readFailed(cohorts.error()), cohorts.error());
        return;
    }
    // The latest cohorts first: those whose follow-ups are running.
    std::sort(cohorts->begin(), cohorts->end(), [](const Cohort& a, const Cohort& b) {
        return std::tie(b.endDate, a.ref) < std::tie(a.endDate, b.ref);
    });
    m_cohort->addItem(tr("All cohorts"), QString());
    QString preferred;
    for (const Cohort& c : *cohorts) {
        m_cohort->addItem(c.name.isEmpty() ? c.ref : c.name, c.ref);
        // At first, the latest cohort that has ended: the one with follow-ups to enter.
        if (preferred.isEmpty() && c.endDate <= today())
            preferred = c.ref;
    }
    const QString wanted = firstTime ? preferred : current;
    const int index = m_cohort->findData(wanted);
    m_cohort->setCurrentIndex(index >= 0 ? index : 0);
}

void OutcomesPage::showCohort(const QString& cohortRef)
{
    const int index = m_cohort->findData(cohortRef);
    if (index >= 0) {
        m_cohort->setCurrentIndex(index);
        reload();
    }
}

QString OutcomesPage::cohortRef() const
{
    return m_cohort->currentData().toString();
}

void OutcomesPage::reload()
{
    if (!m_document) {
        m_rows.clear();
        m_model->setRows({}, today());
        m_followUpModel->setRows({}, today());
        m_followUpTitle->clear();
        m_participant->clear();
        return;
    }
    const OutcomeService service(m_document->database());
    const auto rows = service.rows(cohortRef());
    const auto due = service.followUpsDue(today());
    if (!rows || !due) {
        const Error& e = rows ? due.error() : rows.error();
        emit failed(ErrorMessages::readFailed(e), e);
        return;
    }
    m_rows = *rows;
    applyFilter();
    m_followUpModel->setRows(*due, today());
    // Nothing to call: the title says so, and the outcomes take the room.
    m_followUpTable->setVisible(!due->isEmpty());
    int overdue = 0;
    for (const OutcomeRow& r : *due)
        overdue += FollowUps::state(r, today()) == FollowUpState::Overdue;
    const int thisMonth = int(due->size()) - overdue;
    m_followUpTitle->setText(due->isEmpty() ? tr("Follow-ups due: none, every call is made")
                                            : tr("Follow-ups due: %1 overdue, %2 this month")
                                                  .arg(QLocale().toString(overdue), QLocale().toString(thisMonth)));
    m_followUpTable->resizeColumnsToContents();
    fillParticipants();
}

void OutcomesPage::applyFilter()
{
    const int milestone = m_milestone->currentData().toInt();
    QList<OutcomeRow> shown;
    for (const OutcomeRow& r : m_rows)
        if (milestone < 0 || int(r.milestone) == milestone)
            shown << r;
    m_model->setRows(shown, today());
    // One cohort shown: its name in every row would only take room.
    m_table->setColumnHidden(OutcomeTableModel::Cohort, !cohortRef().isEmpty());
    m_table->resizeColumnsToContents();
}

void OutcomesPage::fillParticipants()
{
    const QString current = m_participant->currentData().toString();
    const QSignalBlocker blocker(m_participant);
    m_participant->clear();
    QSet<QString> seen;
    const bool allCohorts = cohortRef().isEmpty();
    for (const OutcomeRow& r : m_rows) {
        const QString key = pairKey(r.participantRef, r.cohortRef);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        QString text = OutcomeTableModel::nameOf(r);
        if (allCohorts)
            text = tr("%1 (%2)").arg(text, r.cohortName.isEmpty() ? r.cohortRef : r.cohortName);
        if (r.enrolmentStatus == EnrolmentStatus::Withdrawn)
            text = tr("%1, withdrawn").arg(text);
        m_participant->addItem(text, key);
    }
    const int index = m_participant->findData(current);
    m_participant->setCurrentIndex(index >= 0 ? index : 0);
    updateLevels();
}

void OutcomesPage::updateLevels()
{
    const QString key = m_participant->currentData().toString();
    for (const OutcomeRow& r : m_rows)
        if (pairKey(r.participantRef, r.cohortRef) == key) {
            m_levels->setText(!r.entryLevel && !r.exitLevel
                                  ? tr("not known")
                                  : tr("%1 at entry, %2 at exit")
                                        .arg(r.entryLevel ? codeOf(*r.entryLevel) : tr("unknown"),
                                             r.exitLevel ? codeOf(*r.exitLevel) : tr("unknown")));
            return;
        }
    m_levels->clear();
}

void OutcomesPage::takeRow(OutcomeRow row)
{
    // A row of another cohort (from the follow-ups list): show its cohort, then fill the form;
    // later, not while the list that was clicked is still telling of its new current row.
    if (!cohortRef().isEmpty() && row.cohortRef != cohortRef()) {
        QTimer::singleShot(0, this, [this, row] {
            showCohort(row.cohortRef);
            if (cohortRef() == row.cohortRef)
                takeRow(row);
        });
        return;
    }
    const int index = m_participant->findData(pairKey(row.participantRef, row.cohortRef));
    if (index >= 0)
        m_participant->setCurrentIndex(index);
    m_formMilestone->setCurrentIndex(m_formMilestone->findData(int(row.milestone)));
    m_situation->setCurrentIndex(m_situation->findData(int(row.situation())));
    m_employer->setText(row.latest ? row.latest->employer : QString());
    m_sector->setText(row.latest ? row.latest->sector : QString());
    m_notes->setPlainText(row.latest ? row.latest->notes : QString());
    m_date->setDate(today());
    m_problem->hide();
}

void OutcomesPage::record()
{
    if (!m_document)
        return;
    const QStringList key = m_participant->currentData().toString().split(QLatin1Char('\n'));
    Outcome value;
    value.participantRef = key.value(0);
    value.cohortRef = key.value(1);
    value.milestone = static_cast<Milestone>(m_formMilestone->currentData().toInt());
    value.situation = static_cast<Situation>(m_situation->currentData().toInt());
    value.recordedOn = m_date->date();
    value.employer = m_employer->text().trimmed();
    value.sector = m_sector->text().trimmed();
    value.notes = m_notes->toPlainText().trimmed();
    auto change = OutcomeService(m_document->database(), m_document->notifier()).record(value);
    if (!change) {
        m_problem->setText(ErrorMessages::editFailed(change.error()));
        m_problem->show();
        return;
    }
    m_problem->hide();
    const QString who = m_participant->currentText();
    const QString text = tr("Record the outcome of %1 (%2)")
                             .arg(who, QCoreApplication::translate("Codes", labelOf(value.milestone)));
    if (auto pushed = m_document->push(new RecordOutcomeCommand(*m_document, text, *change)); !pushed) {
        emit failed(ErrorMessages::editFailed(pushed.error()), pushed.error());
        return;
    }
    emit message(tr("Recorded: %1, %2").arg(who, QCoreApplication::translate("Codes", labelOf(value.situation))));
}

} // namespace parcours::ui
