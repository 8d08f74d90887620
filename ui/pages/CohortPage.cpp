// SPDX-License-Identifier: GPL-3.0-or-later
#include "CohortPage.h"

#include "core/services/AttendanceService.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/SiteRepository.h"
#include "ui/Document.h"
#include "ui/commands/RemoveEnrolmentsCommand.h"
#include "ui/commands/SaveEnrolmentsCommand.h"
#include "ui/dialogs/PrivacyDialogs.h"
#include "ui/delegates/ChoiceDelegate.h"
#include "ui/dialogs/ParticipantPicker.h"
#include "ui/models/EnrolmentTableModel.h"
#include "ui/models/Format.h"
#include "ui/models/ListTableModel.h"
#include "ui/models/ParticipantTableModel.h"
#include "ui/models/TableFilterProxy.h"
#include "ui/widgets/AlertsBox.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QString hours(double value)
{
    return QLocale().toString(value, 'g', 4);
}

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    return button;
}

} // namespace

CohortPage::CohortPage(ParticipantTableModel* participants, QWidget* parent)
    : QWidget(parent), m_participants(participants),
      m_model(new EnrolmentTableModel(participants, this)), m_proxy(new TableFilterProxy(this)),
      m_back(new QToolButton(this)), m_heading(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_details(new QLabel(this)), m_targets(new QLabel(this)), m_capacity(new QLabel(this)),
      m_search(new QLineEdit(this)), m_view(new QTableView(this)),
      m_enrolAction(new QAction(tr("&Enrol…"), this)),
      m_withdrawAction(new QAction(tr("&Withdraw…"), this)),
      m_completedAction(new QAction(tr("Mark &completed"), this)),
      m_reinstateAction(new QAction(tr("Back to e&nrolled"), this)),
      m_removeAction(new QAction(tr("Re&move from the list"), this))
{
    setObjectName(QStringLiteral("cohortPage"));

    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setText(tr("All cohorts"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);
    m_back->setToolTip(tr("Back to the list of cohorts (Alt+Left)"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(m_back, &QToolButton::clicked, this, [this] { emit backRequested(cohortRef()); });

    m_heading->setObjectName(QStringLiteral("pageHeading"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("cohortSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (QLabel* label : {m_details, m_targets}) {
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_details->setObjectName(QStringLiteral("cohortDetails"));
    m_targets->setObjectName(QStringLiteral("cohortTargets"));
    auto* detailsBox = new QGroupBox(tr("Details"), this);
    (new QVBoxLayout(detailsBox))->addWidget(m_details);
    auto* targetsBox = new QGroupBox(tr("Weekly targets"), this);
    (new QVBoxLayout(targetsBox))->addWidget(m_targets);
    auto* side = new QVBoxLayout;
    side->addWidget(detailsBox);
    side->addWidget(targetsBox);
    m_alerts = new AlertsBox(this);
    m_alerts->setObjectName(QStringLiteral("cohortAlerts"));
    side->addWidget(m_alerts, 1);

    m_capacity->setObjectName(QStringLiteral("capacityLabel"));
    m_capacity->setWordWrap(true);
    auto* enrolmentsTitle = new QLabel(tr("Enrolments"), this);
    QFont titleFont = enrolmentsTitle->font();
    titleFont.setBold(true);
    enrolmentsTitle->setFont(titleFont);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setAccessibleName(tr("Search the enrolments"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TableFilterProxy::setSearchText);

    m_enrolAction->setObjectName(QStringLiteral("enrolAction"));
    m_enrolAction->setToolTip(tr("Enrol participants in this cohort"));
    m_withdrawAction->setObjectName(QStringLiteral("withdrawAction"));
    m_withdrawAction->setToolTip(tr("The participant leaves before the end: date and reason"));
    m_completedAction->setObjectName(QStringLiteral("completedAction"));
    m_completedAction->setToolTip(tr("The participants selected followed the cohort to its end"));
    m_reinstateAction->setObjectName(QStringLiteral("reinstateAction"));
    m_reinstateAction->setToolTip(tr("Undo a withdrawal or a completion recorded by mistake"));
    m_removeAction->setObjectName(QStringLiteral("removeAction"));
    m_removeAction->setToolTip(
        tr("Take the participants selected off the list, as if never enrolled (a mistake); "
           "Edit > Undo brings them back"));
    connect(m_enrolAction, &QAction::triggered, this, &CohortPage::enrolDialog);
    connect(m_withdrawAction, &QAction::triggered, this, &CohortPage::withdrawDialog);
    connect(m_completedAction, &QAction::triggered, this,
            [this] { markCompleted(selectedRefs()); });
    connect(m_reinstateAction, &QAction::triggered, this, [this] { reinstate(selectedRefs()); });
    connect(m_removeAction, &QAction::triggered, this, [this] { removeFromList(selectedRefs()); });
    addActions(
        {m_enrolAction, m_withdrawAction, m_completedAction, m_reinstateAction, m_removeAction});

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(m_enrolAction, this));
    buttons->addWidget(buttonFor(m_withdrawAction, this));
    buttons->addWidget(buttonFor(m_completedAction, this));
    buttons->addWidget(buttonFor(m_reinstateAction, this));
    buttons->addWidget(buttonFor(m_removeAction, this));
    buttons->addStretch(1);
    buttons->addWidget(m_search);

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("enrolmentView"));
    m_view->setAccessibleName(tr("Enrolments of the cohort"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EnrolmentTableModel::Participant, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(EnrolmentTableModel::ExitReason,
                                                     QHeaderView::Stretch);
    QList<QPair<QString, QString>> levels = {{tr("Not assessed"), QString()}};
    for (CefrLevel level : allValues<CefrLevel>())
        levels.append({format::label(level), codeOf(level)});
    m_view->setItemDelegateForColumn(EnrolmentTableModel::ExitLevel,
                                     new ChoiceDelegate(levels, m_view));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CohortPage::updateActions);
    connect(m_model, &EnrolmentTableModel::reloaded, this, [this] {
        updateCapacity();
        updateActions();
        m_view->resizeColumnsToContents();
    });

    auto* enrolmentsHead = new QHBoxLayout;
    enrolmentsHead->addWidget(enrolmentsTitle);
    enrolmentsHead->addWidget(m_capacity, 1);
    auto* main = new QVBoxLayout;
    main->addLayout(enrolmentsHead);
    main->addLayout(buttons);
    main->addWidget(m_view, 1);

    auto* body = new QHBoxLayout;
    body->addLayout(side);
    body->addLayout(main, 1);

    auto* top = new QVBoxLayout(this);
    top->addWidget(m_back, 0, Qt::AlignLeft);
    top->addWidget(m_heading);
    top->addWidget(m_subtitle);
    top->addLayout(body, 1);

    m_choose = [this](const QSet<QString>& excluded) {
        ParticipantPicker picker(m_participants, excluded, m_cohort ? m_cohort->name : QString(),
                                 this);
        if (picker.exec() != QDialog::Accepted)
            return QStringList();
        return picker.selectedRefs();
    };
    m_askWithdrawal = [this](const Enrolment& e, const QString& name) -> std::optional<Withdrawal> {
        WithdrawDialog dialog(name, e.enrolledOn, qMax(today(), e.enrolledOn), this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.withdrawal();
    };
    m_askConsent = [this](const QStringList& names) -> std::optional<QString> {
        ConsentOverrideDialog dialog(names, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.reason();
    };
    m_confirm = [this](const QString& question, const QString& details) {
        QMessageBox box(QMessageBox::Warning, tr("Parcours"), question, QMessageBox::Cancel, this);
        box.setInformativeText(details);
        QPushButton* go = box.addButton(tr("Enrol anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == go;
    };
    updateActions();
}

CohortPage::~CohortPage() = default;

void CohortPage::setDocument(Document* document)
{
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    m_model->setDocument(document);
    if (document) {
        ChangeNotifier* n = document->notifier();
        const auto follow = [this](EntityKind kind) {
            if (kind == EntityKind::Cohort || kind == EntityKind::Site)
                readCohort();
            else if (kind == EntityKind::Attendance || kind == EntityKind::Session
                     || kind == EntityKind::Enrolment || kind == EntityKind::Participant)
                updateAlerts();
        };
        m_connections << connect(n, &ChangeNotifier::saved, this,
                                 [follow](EntityKind kind, const QString&) { follow(kind); });
        m_connections << connect(n, &ChangeNotifier::removed, this,
                                 [follow](EntityKind kind, const QString&) { follow(kind); });
        m_connections << connect(n, &ChangeNotifier::changed, this, follow);
        m_connections << connect(n, &ChangeNotifier::reset, this, [this] { readCohort(); });
    } else {
        m_cohort.reset();
        m_model->setCohort(QString());
        showDetails();
    }
    updateActions();
}

bool CohortPage::showCohort(const QString& ref)
{
    // A cohort that is not in the file leaves the page as it was.
    if (!m_document)
        return false;
    auto found = CohortRepository(m_document->database()).find(ref);
    if (!found)
        m_document->reportFailure(found.error());
    if (!found || !*found)
        return false;
    m_cohort = **found;
    readCohort();
    m_search->clear();
    return true;
}

void CohortPage::readCohort()
{
    // The cohort may have been edited (or removed, or put back) since it was shown.
    if (m_document && m_cohort) {
        auto found = CohortRepository(m_document->database()).find(m_cohort->ref);
        if (found && *found)
            m_cohort = **found;
        else if (found)
            m_cohort.reset();
    }
    m_siteName.clear();
    if (m_document && m_cohort && !m_cohort->siteRef.isEmpty()) {
        auto site = SiteRepository(m_document->database()).find(m_cohort->siteRef);
        if (site && *site)
            m_siteName = (*site)->name;
    }
    const QString ref = cohortRef();
    if (m_model->cohortRef() != ref)
        m_model->setCohort(ref);
    showDetails();
    updateCapacity();
    updateActions();
    updateAlerts();
}

void CohortPage::updateAlerts()
{
    if (!m_document || !m_cohort) {
        m_alerts->setAlerts({}, {}, 0, true);
        return;
    }
    auto week = AttendanceService(m_document->database(), nullptr, *m_clock).week(m_cohort->ref, today());
    if (!week) {
        m_alerts->setAlerts({}, {}, 0, true);
        return;
    }
    m_alerts->setAlerts(week->alerts, week->names, week->threshold);
}

void CohortPage::showDetails()
{
    if (!m_cohort) {
        m_heading->setText(tr("No cohort"));
        m_subtitle->clear();
        m_details->clear();
        m_targets->clear();
        return;
    }
    const Cohort& c = *m_cohort;
    m_heading->setText(c.name);
    const int weeks = c.startDate.isValid() && c.endDate.isValid()
                          ? int((c.startDate.daysTo(c.endDate) + 7) / 7)
                          : 0;
    QStringList subtitle;
    if (!c.programme.isEmpty())
        subtitle << c.programme;
    if (!m_siteName.isEmpty())
        subtitle << m_siteName;
    subtitle << tr("%1 to %2").arg(format::shortDate(c.startDate), format::shortDate(c.endDate));
    if (weeks > 0)
        subtitle << tr("%n week(s)", nullptr, weeks);
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));

    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString details = QStringLiteral("<table>");
    details += row(tr("Ref."), c.ref);
    details += row(tr("Programme"), c.programme.isEmpty() ? tr("none") : c.programme);
    details += row(tr("Site"), m_siteName.isEmpty() ? tr("none yet") : m_siteName);
    details += row(tr("Starts"), format::shortDate(c.startDate));
    details += row(tr("Ends"), format::shortDate(c.endDate));
    details += row(tr("Places"), QLocale().toString(c.capacity));
    details += QStringLiteral("</table>");
    m_details->setText(details);

    QString targets = QStringLiteral("<table>");
    targets += row(tr("French (FLE)"),
                   c.fleHoursMin == c.fleHoursMax
                       ? tr("%1 h").arg(hours(c.fleHoursMin))
                       : tr("%1 to %2 h").arg(hours(c.fleHoursMin), hours(c.fleHoursMax)));
    targets += row(tr("English"), tr("%1 h").arg(hours(c.englishHours)));
    targets += row(tr("Soft skills"), tr("%1 h").arg(hours(c.softSkillsHours)));
    targets += QStringLiteral("</table>");
    m_targets->setText(targets);
}

bool CohortPage::isOverCapacity() const
{
    return m_cohort && m_model->activeCount() > m_cohort->capacity;
}

void CohortPage::updateCapacity()
{
    if (!m_cohort) {
        m_capacity->clear();
        return;
    }
    const int active = m_model->activeCount();
    const int places = m_cohort->capacity;
    const int withdrawn = int(m_model->rows().size()) - active;
    QString text = tr("%1 enrolled for %n place(s)", nullptr, places).arg(active);
    if (withdrawn > 0)
        text += QStringLiteral(" · ") + tr("%n withdrawn", nullptr, withdrawn);
    if (active > places) {
        text += QStringLiteral(" · ") + tr("%n over capacity", nullptr, active - places);
        m_capacity->setStyleSheet(QStringLiteral("color: #a4262c; font-weight: bold;"));
        m_capacity->setToolTip(tr("More participants are enrolled than the cohort has places."));
    } else {
        m_capacity->setStyleSheet(QString());
        m_capacity->setToolTip(QString());
    }
    m_capacity->setText(text);
}

void CohortPage::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly() && m_cohort;
    const QStringList refs = selectedRefs();
    bool anyEnrolled = false;
    bool anyLeft = false;
    bool oneActive = false;
    for (const QString& ref : refs) {
        const auto e = enrolmentOf(ref);
        if (!e)
            continue;
        anyEnrolled = anyEnrolled || e->status == EnrolmentStatus::Enrolled;
        anyLeft = anyLeft || e->status != EnrolmentStatus::Enrolled;
        oneActive = refs.size() == 1 && e->status != EnrolmentStatus::Withdrawn;
    }
    m_enrolAction->setEnabled(writable);
    m_withdrawAction->setEnabled(writable && oneActive);
    m_completedAction->setEnabled(writable && anyEnrolled);
    m_reinstateAction->setEnabled(writable && anyLeft);
    m_removeAction->setEnabled(writable && !refs.isEmpty());
    m_view->setEditTriggers(writable ? QAbstractItemView::DoubleClicked |
                                           QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::SelectedClicked
                                     : QAbstractItemView::NoEditTriggers);
}

QDate CohortPage::defaultEnrolmentDate() const
{
    if (!m_cohort)
        return today();
    const QDate now = today();
    if (now >= m_cohort->startDate && now <= m_cohort->endDate)
        return now;
    return m_cohort->startDate;
}

QStringList CohortPage::selectedRefs() const
{
    QList<QPair<int, QString>> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append({index.row(), index.data(RefRole).toString()});
    std::sort(rows.begin(), rows.end());
    QStringList refs;
    for (const auto& row : std::as_const(rows))
        refs << row.second;
    return refs;
}

void CohortPage::selectRefs(const QStringList& refs)
{
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (refs.contains(index.data(RefRole).toString()))
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
}

std::optional<Enrolment> CohortPage::enrolmentOf(const QString& ref) const
{
    const int row = m_model->rowOf(ref);
    if (row < 0)
        return std::nullopt;
    return m_model->at(row);
}

QString CohortPage::nameOf(const QString& ref) const
{
    return m_model->nameOf(ref);
}

bool CohortPage::push(QList<Enrolment> changed, const QString& text,
                      std::optional<QHash<QString, QString>> enrolling)
{
    if (!m_document || m_document->isReadOnly() || changed.isEmpty())
        return false;
    const QStringList refs = selectedRefs();
    auto* command = new SaveEnrolmentsCommand(*m_document, std::move(changed), text);
    if (enrolling)
        command->setEnrolling(std::move(*enrolling));
    auto pushed = m_document->push(command);
    if (!pushed) {
        m_document->reportFailure(pushed.error());
        return false;
    }
    selectRefs(refs);
    return true;
}

void CohortPage::enrolDialog()
{
    if (!m_cohort)
        return;
    QSet<QString> excluded;
    for (const Enrolment& e : m_model->rows())
        excluded.insert(e.participantRef);
    const QStringList refs = m_choose(excluded);
    if (!refs.isEmpty() && enrol(refs))
        selectRefs(refs);
}

bool CohortPage::enrol(const QStringList& refs)
{
    if (!m_cohort || refs.isEmpty())
        return false;
    QList<Enrolment> added;
    for (const QString& ref : refs) {
        if (enrolmentOf(ref))
            continue; // enrolled already: nothing to add
        Enrolment e;
        e.cohortRef = m_cohort->ref;
        e.participantRef = ref;
        e.enrolledOn = defaultEnrolmentDate();
        added << e;
    }
    if (added.isEmpty())
        return false;
    const int active = m_model->activeCount();
    const int after = active + int(added.size());
    if (after > m_cohort->capacity) {
        const QString question =
            tr("“%1” has %n place(s).", nullptr, m_cohort->capacity).arg(m_cohort->name);
        const QString details =
            tr("%1 are enrolled already; with %2 more the cohort would have %3 participants, "
               "%4 beyond its places. Enrol anyway?")
                .arg(active)
                .arg(added.size())
                .arg(after)
                .arg(after - m_cohort->capacity);
        if (!m_confirm(question, details))
            return false;
    }
    // GDPR: a participant without a consent date is enrolled only with a reason, kept.
    QStringList refsAdded;
    for (const Enrolment& e : std::as_const(added))
        refsAdded << e.participantRef;
    auto missing = m_document ? m_document->edits().withoutConsent(refsAdded) : Result<QStringList>(QStringList());
    if (!missing) {
        m_document->reportFailure(missing.error());
        return false;
    }
    QHash<QString, QString> overrides;
    if (!missing->isEmpty()) {
        QStringList names;
        for (const QString& ref : std::as_const(*missing))
            names << nameOf(ref);
        const std::optional<QString> reason = m_askConsent(names);
        if (!reason || reason->trimmed().isEmpty())
            return false;
        for (const QString& ref : std::as_const(*missing))
            overrides.insert(ref, *reason);
    }
    const QString text =
        added.size() == 1
            ? tr("Enrol “%1” in “%2”").arg(nameOf(added.first().participantRef), m_cohort->name)
            : tr("Enrol %n participant(s) in “%1”", nullptr, int(added.size())).arg(m_cohort->name);
    return push(added, text, overrides);
}

void CohortPage::withdrawDialog()
{
    const QStringList refs = selectedRefs();
    if (refs.size() != 1)
        return;
    const auto e = enrolmentOf(refs.first());
    if (!e)
        return;
    if (const auto w = m_askWithdrawal(*e, nameOf(e->participantRef)))
        withdraw(e->participantRef, *w);
}

bool CohortPage::withdraw(const QString& ref, const Withdrawal& withdrawal)
{
    auto e = enrolmentOf(ref);
    if (!e || !m_cohort)
        return false;
    e->status = EnrolmentStatus::Withdrawn;
    e->exitDate = withdrawal.date;
    e->exitReason = withdrawal.reason;
    if (withdrawal.level)
        e->frenchLevelExit = withdrawal.level;
    return push({*e}, tr("Withdraw “%1” from “%2”").arg(nameOf(ref), m_cohort->name));
}

bool CohortPage::markCompleted(const QStringList& refs)
{
    if (!m_cohort)
        return false;
    QList<Enrolment> changed;
    for (const QString& ref : refs) {
        auto e = enrolmentOf(ref);
        if (!e || e->status == EnrolmentStatus::Completed)
            continue;
        e->status = EnrolmentStatus::Completed;
        // A completion ends with the cohort; a date kept from a withdrawal is no longer true.
        e->exitDate = m_cohort->endDate;
        e->exitReason.clear();
        changed << *e;
    }
    if (changed.isEmpty())
        return false;
    const QString text =
        changed.size() == 1
            ? tr("Mark “%1” as having completed “%2”")
                  .arg(nameOf(changed.first().participantRef), m_cohort->name)
            : tr("Mark %n participant(s) as having completed “%1”", nullptr, int(changed.size()))
                  .arg(m_cohort->name);
    return push(changed, text);
}

bool CohortPage::reinstate(const QStringList& refs)
{
    if (!m_cohort)
        return false;
    QList<Enrolment> changed;
    for (const QString& ref : refs) {
        auto e = enrolmentOf(ref);
        if (!e || e->status == EnrolmentStatus::Enrolled)
            continue;
        e->status = EnrolmentStatus::Enrolled;
        e->exitDate = QDate();
        e->exitReason.clear();
        changed << *e;
    }
    if (changed.isEmpty())
        return false;
    const QString text =
        changed.size() == 1
            ? tr("Put “%1” back as enrolled").arg(nameOf(changed.first().participantRef))
            : tr("Put %n participant(s) back as enrolled", nullptr, int(changed.size()));
    return push(changed, text);
}

bool CohortPage::setExitLevel(const QString& ref, std::optional<CefrLevel> level)
{
    auto e = enrolmentOf(ref);
    if (!e || e->frenchLevelExit == level)
        return false;
    e->frenchLevelExit = level;
    return push({*e}, tr("Set the exit level of “%1”").arg(nameOf(ref)));
}

bool CohortPage::removeFromList(const QStringList& refs)
{
    if (!m_document || m_document->isReadOnly() || !m_cohort)
        return false;
    QStringList present;
    for (const QString& ref : refs)
        if (enrolmentOf(ref))
            present << ref;
    if (present.isEmpty())
        return false;
    const QString text =
        present.size() == 1
            ? tr("Remove “%1” from “%2”").arg(nameOf(present.first()), m_cohort->name)
            : tr("Remove %n participant(s) from “%1”", nullptr, int(present.size()))
                  .arg(m_cohort->name);
    auto pushed =
        m_document->push(new RemoveEnrolmentsCommand(*m_document, m_cohort->ref, present, text));
    if (!pushed) {
        m_document->reportFailure(pushed.error());
        return false;
    }
    return true;
}

} // namespace parcours::ui
