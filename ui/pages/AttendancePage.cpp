// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendancePage.h"

#include "TimetablePage.h"

#include "core/services/ChangeNotifier.h"
#include "core/storage/CohortRepository.h"
#include "core/timetable/WeeklyTargets.h"
#include "ui/AppClock.h"
#include "ui/Document.h"
#include "ui/commands/AttendanceChangeCommand.h"
#include "ui/models/AttendanceGridModel.h"
#include "ui/models/Format.h"
#include "ui/print/AttendanceSheet.h"
#include "ui/widgets/AlertsBox.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

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

// The spin boxes end their editing when they lose the focus, which closing the window does
// while the widgets are being destroyed: by then this page is only a QWidget, so their slots
// must not run (UBSan saw it in a test).
AttendancePage::~AttendancePage()
{
    m_minutes->blockSignals(true);
    m_threshold->blockSignals(true);
}

AttendancePage::AttendancePage(QWidget* parent) : QWidget(parent), m_clock(&AppClock::instance())
{
    m_cohortBox = new QComboBox(this);
    m_cohortBox->setEditable(true);
    m_cohortBox->setInsertPolicy(QComboBox::NoInsert);
    m_cohortBox->setMinimumContentsLength(24);
    m_cohortBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cohortBox->completer()->setFilterMode(Qt::MatchContains);
    m_cohortBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_cohortBox->setAccessibleName(tr("Cohort"));
    auto* cohortLabel = new QLabel(tr("&Cohort"), this);
    cohortLabel->setBuddy(m_cohortBox);

    m_previousAction = new QAction(tr("&Previous week"), this);
    m_previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    m_thisWeekAction = new QAction(tr("This &week"), this);
    m_nextAction = new QAction(tr("&Next week"), this);
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    for (QAction* a : {m_previousAction, m_nextAction})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_previousAction, m_nextAction});

    m_weekLabel = new QLabel(this);
    QFont bold = m_weekLabel->font();
    bold.setBold(true);
    m_weekLabel->setFont(bold);
    m_weekLabel->setAccessibleName(tr("Week shown"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(cohortLabel);
    bar->addWidget(m_cohortBox, 1);
    bar->addSpacing(12);
    bar->addWidget(buttonFor(m_previousAction, this));
    bar->addWidget(buttonFor(m_thisWeekAction, this));
    bar->addWidget(buttonFor(m_nextAction, this));
    bar->addWidget(m_weekLabel, 2);

    m_model = new AttendanceGridModel(this);
    m_model->setWriter([this](const QList<MarkEdit>& edits, const QString& text) { return write(edits, text); });
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Attendance of the week"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers); // keys are read by eventFilter
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->horizontalHeader()->setHighlightSections(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->installEventFilter(this);

    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Marks missing"));
    m_summary->setWordWrap(true);

    // The legend, in the letters of the installed translation.
    QStringList legend;
    for (AttendanceStatus s : allValues<AttendanceStatus>())
        legend << QStringLiteral("<b>%1</b> %2").arg(AttendanceGridModel::letter(s),
                                                     format::label(s).toLower());
    m_legend = new QLabel(this);
    m_legend->setText(legend.join(QStringLiteral("<br>")) + QStringLiteral("<br>")
                      + tr("<b>Delete</b> clears a mark")
                      + QStringLiteral("<br><span style=\"background:#ffb34d\">&nbsp;&nbsp;&nbsp;&nbsp;</span> ")
                      + tr("not marked yet"));
    m_legend->setAccessibleName(tr("Keys of the marks"));
    m_legend->setTextFormat(Qt::RichText);

    m_allPresent = new QPushButton(tr("&All present"), this);
    m_allPresent->setToolTip(tr("Marks present everyone not marked yet at the session of the current column"));
    m_allPresent->setAccessibleName(tr("Mark everyone present at the current session"));

    m_sheet = new QPushButton(tr("Sign-in &sheet…"), this);
    m_sheet->setToolTip(tr("Prints the sign-in sheet of the cohort and week shown, to PDF"));

    m_minutes = new QSpinBox(this);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setKeyboardTracking(false);
    m_minutes->setAccessibleName(tr("Minutes late"));
    m_minutes->installEventFilter(this);
    auto* minutesLabel = new QLabel(tr("&Minutes late"), this);
    minutesLabel->setBuddy(m_minutes);

    m_threshold = new QSpinBox(this);
    m_threshold->setRange(0, 100);
    m_threshold->setSuffix(tr(" %"));
    m_threshold->setKeyboardTracking(false);
    m_threshold->setAccessibleName(tr("Alert below this attendance rate"));
    auto* thresholdLabel = new QLabel(tr("Alert &below"), this);
    thresholdLabel->setBuddy(m_threshold);

    auto* marks = new QFormLayout;
    marks->addRow(minutesLabel, m_minutes);
    marks->addRow(thresholdLabel, m_threshold);

    m_alerts = new AlertsBox(this);

    auto* side = new QVBoxLayout;
    side->addWidget(m_legend);
    side->addWidget(m_allPresent);
    side->addWidget(m_sheet);
    side->addLayout(marks);
    side->addWidget(m_alerts, 1);
    auto* sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sideWidget->setFixedWidth(280);

    auto* left = new QVBoxLayout;
    left->addWidget(m_view, 1);
    left->addWidget(m_summary);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(sideWidget);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(body, 1);

    connect(m_cohortBox, &QComboBox::activated, this, [this] {
        const QString ref = m_cohortBox->currentData().toString();
        if (ref != m_ref) {
            m_ref = ref;
            thisWeek();
        }
    });
    connect(m_previousAction, &QAction::triggered, this, &AttendancePage::previousWeek);
    connect(m_nextAction, &QAction::triggered, this, &AttendancePage::nextWeek);
    connect(m_thisWeekAction, &QAction::triggered, this, &AttendancePage::thisWeek);
    connect(m_allPresent, &QPushButton::clicked, this, &AttendancePage::markAllPresent);
    connect(m_sheet, &QPushButton::clicked, this, &AttendancePage::printSignInSheet);
    connect(m_minutes, &QSpinBox::editingFinished, this, &AttendancePage::applyMinutes);
    connect(m_threshold, &QSpinBox::editingFinished, this, [this] {
        if (!m_document || m_document->isReadOnly())
            return;
        AttendanceService service(m_document->database(), m_document->notifier(), *m_clock);
        auto current = service.thresholdPercent();
        if (current && *current == m_threshold->value())
            return;
        if (auto ok = service.setThresholdPercent(m_threshold->value()); !ok)
            emit failed(tr("The alert threshold could not be saved."), ok.error());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AttendancePage::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttendancePage::currentChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AttendancePage::currentChanged);

    setDocument(nullptr);
}

void AttendancePage::setDocument(Document* document)
{
    if (m_document && m_document->notifier())
        disconnect(m_document->notifier(), nullptr, this, nullptr);
    m_document = document;
    m_ref.clear();
    if (m_document && m_document->notifier()) {
        ChangeNotifier* n = m_document->notifier();
        const auto changed = [this](EntityKind kind) {
            if (kind == EntityKind::Cohort)
                fillCohorts();
            reload();
        };
        connect(n, &ChangeNotifier::saved, this, changed);
        connect(n, &ChangeNotifier::removed, this, changed);
        connect(n, &ChangeNotifier::changed, this, changed);
        connect(n, &ChangeNotifier::reset, this, [this] { fillCohorts(); reload(); });
    }
    fillCohorts();
    m_ref = defaultCohort();
    {
        QSignalBlocker block(m_cohortBox);
        m_cohortBox->setCurrentIndex(m_cohortBox->findData(m_ref));
    }
    showCohortStart();
    const bool writable = m_document && !m_document->isReadOnly();
    m_threshold->setEnabled(writable);
    thisWeek();
}

void AttendancePage::showCohortStart()
{
    // A long name shows from its start, not scrolled to its ref at the end.
    if (QLineEdit* edit = m_cohortBox->lineEdit())
        edit->setCursorPosition(0);
}

void AttendancePage::fillCohorts()
{
    QSignalBlocker block(m_cohortBox);
    m_cohortBox->clear();
    if (!m_document)
        return;
    if (auto all = CohortRepository(m_document->database()).all()) {
        for (const Cohort& c : *all)
            m_cohortBox->addItem(c.name.isEmpty() || c.name == c.ref ? c.ref : c.name + QStringLiteral(" (") + c.ref + QLatin1Char(')'),
                                 c.ref);
    }
    const int i = m_cohortBox->findData(m_ref);
    if (i >= 0)
        m_cohortBox->setCurrentIndex(i);
    else if (!m_ref.isEmpty())
        m_ref.clear(); // the cohort was deleted
    showCohortStart();
}

QString AttendancePage::defaultCohort() const
{
    if (!m_document)
        return {};
    auto cohorts = CohortRepository(m_document->database()).all();
    if (!cohorts || cohorts->isEmpty())
        return {};
    // The cohort running today, else the one that started last.
    const QDate today = m_clock->today();
    const Cohort* chosen = &cohorts->first();
    for (const Cohort& c : *cohorts) {
        if (c.startDate <= today && today <= c.endDate)
            return c.ref;
        if (c.startDate <= today && c.startDate > chosen->startDate)
            chosen = &c;
    }
    return chosen->ref;
}

QDate AttendancePage::dayWithinCohort(const QDate& day) const
{
    const int i = m_cohortBox->findData(m_ref);
    if (!m_document || i < 0)
        return day;
    auto cohort = CohortRepository(m_document->database()).find(m_ref);
    if (!cohort || !*cohort)
        return day;
    const Cohort& c = **cohort;
    if (c.startDate.isValid() && day < c.startDate)
        return c.startDate;
    if (c.endDate.isValid() && day > c.endDate)
        return c.endDate;
    return day;
}

void AttendancePage::showWeek(const QString& cohortRef, const QDate& day)
{
    m_ref = cohortRef;
    {
        QSignalBlocker block(m_cohortBox);
        m_cohortBox->setCurrentIndex(m_cohortBox->findData(m_ref));
    }
    showCohortStart();
    m_monday = WeeklyTargets::mondayOf(day);
    reload();
}

void AttendancePage::previousWeek()
{
    m_monday = m_monday.addDays(-7);
    reload();
}

void AttendancePage::nextWeek()
{
    m_monday = m_monday.addDays(7);
    reload();
}

void AttendancePage::thisWeek()
{
    m_monday = WeeklyTargets::mondayOf(dayWithinCohort(m_clock->today()));
    reload();
}

void AttendancePage::reload()
{
    // The current cell by participant and session, found again after the read.
    const QModelIndex current = m_view->currentIndex();
    const AttendanceWeek& shown = m_model->week();
    const QString rowRef = current.isValid() ? shown.rows.value(current.row()).enrolment.participantRef : QString();
    const QString columnRef = current.isValid() ? shown.sessions.value(current.column()).ref : QString();

    AttendanceWeek week;
    week.monday = m_monday;
    if (m_document && !m_ref.isEmpty()) {
        auto read = AttendanceService(m_document->database(), nullptr, *m_clock).week(m_ref, m_monday);
        if (read)
            week = std::move(*read);
        else
            emit failed(tr("The attendance could not be read."), read.error());
    }
    int days = 5;
    for (const Session& s : week.sessions)
        days = qMax(days, s.date.dayOfWeek());
    m_weekLabel->setText(TimetablePage::weekTitle(m_monday, days, QLocale()));
    m_alerts->setAlerts(week.alerts, week.names, week.threshold, m_ref.isEmpty());
    {
        QSignalBlocker block(m_threshold);
        m_threshold->setValue(qRound(week.threshold * 100));
    }
    const bool sameCohort = m_model->week().cohort.ref == week.cohort.ref;
    m_model->setWeek(std::move(week), m_clock->now());

    if (!m_view->currentIndex().isValid() || !sameCohort || !rowRef.isEmpty()) {
        int row = 0;
        int column = -1;
        const AttendanceWeek& now = m_model->week();
        for (qsizetype i = 0; i < now.rows.size(); ++i)
            if (now.rows[i].enrolment.participantRef == rowRef)
                row = int(i);
        for (qsizetype i = 0; i < now.sessions.size(); ++i)
            if (now.sessions[i].ref == columnRef)
                column = int(i);
        if (column < 0) {
            // A new week opens on its first session still to mark, else its last one.
            column = qMax(0, int(now.sessions.size()) - 1);
            for (qsizetype i = 0; i < now.sessions.size(); ++i) {
                bool missing = false;
                for (int r = 0; r < m_model->rowCount() && !missing; ++r)
                    missing = m_model->isMissing(m_model->index(r, int(i)));
                if (missing) {
                    column = int(i);
                    break;
                }
            }
        }
        const QModelIndex target = m_model->index(row, column);
        if (target.isValid() && target != m_view->currentIndex())
            m_view->setCurrentIndex(target);
    }
    updateSummary();
    currentChanged();
    const auto& sessions = m_model->week().sessions;
    m_sheet->setEnabled(m_document && std::any_of(sessions.cbegin(), sessions.cend(), [](const Session& x) {
                            return x.status != SessionStatus::Cancelled;
                        }));
}

bool AttendancePage::printSignInSheet()
{
    if (!m_document || m_ref.isEmpty())
        return false;
    //: A file name: the cohort's ref and the ISO week (2025-W10)
    const QString suggested = tr("sign-in-%1-%2.pdf")
                                  .arg(m_ref)
                                  .arg(QStringLiteral("%1-W%2").arg(m_monday.addDays(3).year()).arg(m_monday.weekNumber(), 2, 10, QLatin1Char('0')));
    QString path;
    if (m_askPath) {
        path = m_askPath(suggested);
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Save the sign-in sheet"), QDir(folder).filePath(suggested),
                                            tr("PDF files (*.pdf)"));
    }
    if (path.isEmpty())
        return false;
    auto written = print::AttendanceSheet::writeFile(m_document->database(), m_ref, m_monday, path, QLocale());
    if (!written) {
        emit failed(tr("The sign-in sheet could not be written."), written.error());
        return false;
    }
    emit message(tr("Sign-in sheet saved: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void AttendancePage::updateSummary()
{
    const AttendanceWeek& w = m_model->week();
    if (!m_document) {
        m_summary->clear();
        return;
    }
    if (m_ref.isEmpty()) {
        m_summary->setText(tr("No cohort yet: create one on the Cohorts page."));
        return;
    }
    if (w.sessions.isEmpty()) {
        m_summary->setText(tr("No session this week."));
        return;
    }
    if (w.rows.isEmpty()) {
        m_summary->setText(tr("Nobody is enrolled on the days of this week's sessions."));
        return;
    }
    int missing = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        for (int c = 0; c < m_model->columnCount(); ++c)
            missing += m_model->isMissing(m_model->index(r, c)) ? 1 : 0;
    m_summary->setText(missing == 0 ? tr("Every mark of the sessions held so far is in.")
                                    : tr("%n mark(s) missing for the sessions held so far (in orange).", nullptr, missing));
}

bool AttendancePage::write(const QList<MarkEdit>& edits, const QString& text)
{
    if (!m_document || m_document->isReadOnly())
        return false;
    AttendanceService service(m_document->database(), m_document->notifier(), *m_clock);
    auto change = service.setMarks(edits);
    if (!change) {
        emit failed(tr("The marks could not be saved."), change.error());
        return false;
    }
    if (change->isEmpty())
        return true;
    auto pushed = m_document->push(new AttendanceChangeCommand(*m_document, text, std::move(*change)));
    if (!pushed) {
        emit failed(tr("The marks could not be saved."), pushed.error());
        return false;
    }
    return true;
}

bool AttendancePage::markAllPresent()
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_model->markAllPresent(current.column());
}

void AttendancePage::currentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const bool writable = m_document && !m_document->isReadOnly();
    const auto mark = current.isValid() ? m_model->week().mark(current.row(), current.column()) : std::nullopt;
    const bool late = writable && m_model->isMarkable(current) && mark && mark->status == AttendanceStatus::Late;
    m_minutes->setEnabled(late);
    if (!m_minutes->hasFocus()) {
        QSignalBlocker block(m_minutes);
        m_minutes->setValue(late ? mark->minutesLate : 0);
    }
    bool anyToMark = false;
    if (writable && current.isValid())
        for (int r = 0; r < m_model->rowCount() && !anyToMark; ++r) {
            const QModelIndex i = m_model->index(r, current.column());
            anyToMark = m_model->isMarkable(i) && !m_model->week().mark(r, current.column());
        }
    m_allPresent->setEnabled(anyToMark);
}

void AttendancePage::applyMinutes()
{
    const QModelIndex current = m_view->currentIndex();
    const auto mark = current.isValid() ? m_model->week().mark(current.row(), current.column()) : std::nullopt;
    if (!mark || mark->status != AttendanceStatus::Late || mark->minutesLate == m_minutes->value())
        return;
    m_model->setData(current, m_minutes->value(), AttendanceGridModel::MinutesLateRole);
}

void AttendancePage::moveDown()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.row() + 1 < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(current.row() + 1, current.column()));
}

bool AttendancePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_minutes) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_minutes->interpretText();
            applyMinutes();
            m_view->setFocus();
            moveDown();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_view->setFocus();
            currentChanged();
            return true;
        }
        return false;
    }
    if (watched != m_view)
        return QWidget::eventFilter(watched, event);
    const QModelIndex current = m_view->currentIndex();
    if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
        if (m_model->isMarkable(current))
            m_model->setStatus(current, std::nullopt);
        return true;
    }
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const std::optional<AttendanceStatus> status = AttendanceGridModel::statusOfLetter(key->text());
    if (!status)
        return false;
    if (!m_model->isMarkable(current))
        return true; // a letter on a cell that takes none: nothing, rather than a jump by keyboard search
    if (!m_model->setStatus(current, status))
        return true;
    if (*status == AttendanceStatus::Late) {
        // The minutes next: type them, Enter comes back to the grid on the next row.
        currentChanged();
        m_minutes->setFocus();
        m_minutes->selectAll();
    } else {
        moveDown();
    }
    return true;
}

} // namespace parcours::ui
