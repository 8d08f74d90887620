// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "DashboardCharts.h"
#include "DashboardText.h"

#include "core/services/ChangeNotifier.h"
#include "core/storage/CohortRepository.h"
#include "ui/AppClock.h"
#include "ui/Document.h"
#include "ui/ErrorMessages.h"
#include "ui/jobs/BackgroundJob.h"
#include "ui/widgets/CategoryChartView.h"
#include "ui/widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace parcours::ui {

namespace {

const QString kPeriodKey = QStringLiteral("dashboard/period");
const QString kFromKey = QStringLiteral("dashboard/from");
const QString kToKey = QStringLiteral("dashboard/to");

QDate today()
{
    return AppClock::instance().today();
}

} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent), m_period(new QComboBox(this)), m_from(new DateField(this)), m_to(new DateField(this)),
      m_sentence(new QLabel(this)), m_note(new QLabel(this)), m_body(new QStackedWidget(this)),
      m_empty(new QLabel(m_body)), m_exitChart(new CategoryChartView(this)),
      m_attendanceStack(new QStackedWidget(this)), m_attendanceChart(new CategoryChartView(m_attendanceStack)),
      m_noAttendance(new QLabel(m_attendanceStack)), m_pairingChart(new CategoryChartView(this)),
      m_refreshTimer(new QTimer(this))
{
    // The period bar.
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Last 12 months"), int(Period::Last12Months));
    m_period->addItem(tr("All time"), int(Period::AllTime));
    m_period->addItem(tr("Custom dates"), int(Period::Custom));
    m_period->setToolTip(tr("The cohorts whose end date falls in the period are counted"));
    auto* periodLabel = new QLabel(tr("&Period"), this);
    periodLabel->setBuddy(m_period);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_from->setAccessibleName(tr("Cohorts ending from"));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_to->setAccessibleName(tr("Cohorts ending until"));
    m_from->checkBox()->setAccessibleName(tr("Limit the start of the period"));
    m_to->checkBox()->setAccessibleName(tr("Limit the end of the period"));
    for (DateField* field : {m_from, m_to})
        field->checkBox()->setToolTip(tr("Untick for no limit"));
    auto* fromLabel = new QLabel(tr("Cohorts e&nding from"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    auto* bar = new QHBoxLayout;
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addSpacing(16);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addStretch(1);

    // The key figures: a sentence (to copy into a mail), then tiles.
    m_sentence->setObjectName(QStringLiteral("dashboardSentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_sentence->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_sentence->setFont(big);
    m_note->setObjectName(QStringLiteral("dashboardNote"));
    m_note->setWordWrap(true);
    m_note->setEnabled(false);

    auto* tiles = new QHBoxLayout;
    tiles->addWidget(makeTile(ParticipantsTile, tr("Participants")));
    tiles->addWidget(makeTile(CohortsTile, tr("Cohorts")));
    tiles->addWidget(makeTile(DynamicTile, tr("Dynamic exits at 6 months")));
    tiles->addWidget(makeTile(PermanentTile, tr("Of which permanent (CDI)")));
    tiles->addWidget(makeTile(AttendanceTile, tr("Attendance")));

    // The charts.
    m_exitChart->setObjectName(QStringLiteral("exitChart"));
    m_attendanceChart->setObjectName(QStringLiteral("attendanceChart"));
    m_pairingChart->setObjectName(QStringLiteral("pairingChart"));
    m_noAttendance->setObjectName(QStringLiteral("noAttendance"));
    m_noAttendance->setAlignment(Qt::AlignCenter);
    m_noAttendance->setWordWrap(true);
    m_noAttendance->setText(tr("No attendance marked yet for the cohorts of this period."));
    m_attendanceStack->addWidget(m_attendanceChart);
    m_attendanceStack->addWidget(m_noAttendance);
    for (CategoryChartView* chart : {m_exitChart, m_attendanceChart, m_pairingChart}) {
        chart->setMinimumSize(300, 200);
        connect(chart, &CategoryChartView::activated, this, &DashboardPage::cohortActivated);
    }
    m_exitChart->setToolTip(QString());
    auto* charts = new QGridLayout;
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(m_exitChart, 0, 0);
    charts->addWidget(m_pairingChart, 0, 1);
    charts->addWidget(m_attendanceStack, 1, 0, 1, 2);
    charts->setRowStretch(0, 1);
    charts->setRowStretch(1, 1);

    auto* content = new QWidget(m_body);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(tiles);
    contentLayout->addLayout(charts, 1);
    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_body->addWidget(content);
    m_body->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_sentence);
    layout->addWidget(m_note);
    layout->addWidget(m_body, 1);
    setTabOrder(m_period, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_exitChart);
    setTabOrder(m_exitChart, m_pairingChart);
    setTabOrder(m_pairingChart, m_attendanceChart);

    // Several changes in a row (an import, a week of marks) make one reading.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    connect(m_period, qOverload<int>(&QComboBox::activated), this, &DashboardPage::periodChosen);
    connect(m_from, &DateField::changed, this, &DashboardPage::datesEdited);
    connect(m_to, &DateField::changed, this, &DashboardPage::datesEdited);

    const QSettings settings;
    const int saved = m_period->findData(settings.value(kPeriodKey, int(Period::Last12Months)).toInt());
    m_period->setCurrentIndex(saved >= 0 ? saved : 1);
    if (period() == Period::Custom)
        showDates(settings.value(kFromKey).toDate(), settings.value(kToKey).toDate());
    setDocument(nullptr);
}

DashboardPage::~DashboardPage() = default;

QWidget* DashboardPage::makeTile(Tile tile, const QString& caption)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("dashboardTile%1").arg(int(tile)));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    auto* value = new QLabel(frame);
    value->setObjectName(QStringLiteral("tileValue"));
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    value->setFont(font);
    auto* text = new QLabel(caption, frame);
    text->setObjectName(QStringLiteral("tileCaption"));
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(0);
    layout->addWidget(value);
    layout->addWidget(text);
    m_tileValues << value;
    m_tiles << frame;
    return frame;
}

QLabel* DashboardPage::tileValue(int tile) const
{
    return m_tileValues.value(tile);
}

void DashboardPage::setDocument(Document* document)
{
    if (m_document && m_document->notifier())
        disconnect(m_document->notifier(), nullptr, this, nullptr);
    dropReading();
    m_document = document;
    setEnabled(document != nullptr);
    if (document && document->notifier()) {
        ChangeNotifier* n = document->notifier();
        connect(n, &ChangeNotifier::saved, this, &DashboardPage::scheduleRefresh);
        connect(n, &ChangeNotifier::removed, this, &DashboardPage::scheduleRefresh);
        connect(n, &ChangeNotifier::changed, this, &DashboardPage::scheduleRefresh);
        connect(n, &ChangeNotifier::reset, this, &DashboardPage::scheduleRefresh);
    }
    m_data = DashboardData();
    m_stale = true;
    if (!document) {
        display(m_data);
        return;
    }
    periodChosen();
}

DashboardPage::Period DashboardPage::period() const
{
    return Period(m_period->currentData().toInt());
}

void DashboardPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
    periodChosen();
}

void DashboardPage::setCustomPeriod(const QDate& from, const QDate& to)
{
    m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
    showDates(from, to);
    datesEdited();
}

void DashboardPage::showDates(const QDate& from, const QDate& to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

void DashboardPage::periodChosen()
{
    const QDate now = today();
    switch (period()) {
    case Period::ThisYear:
        showDates(QDate(now.year(), 1, 1), QDate(now.year(), 12, 31));
        break;
    case Period::Last12Months:
        showDates(now.addYears(-1).addDays(1), now);
        break;
    case Period::AllTime:
        showDates(QDate(), QDate());
        break;
    case Period::Custom:
        break;
    }
    saveSettings();
    scheduleRefresh();
}

void DashboardPage::datesEdited()
{
    // Dates of one's own make the period custom.
    if (period() != Period::Custom)
        m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
    saveSettings();
    scheduleRefresh();
}

void DashboardPage::saveSettings() const
{
    QSettings settings;
    settings.setValue(kPeriodKey, int(period()));
    if (period() == Period::Custom) {
        settings.setValue(kFromKey, m_from->date());
        settings.setValue(kToKey, m_to->date());
    }
}

std::pair<QDate, QDate> DashboardPage::range() const
{
    QDate from = m_from->date();
    QDate to = m_to->date();
    // An open end reaches the first or last cohort of the file.
    if ((!from.isValid() || !to.isValid()) && m_document) {
        if (auto span = DashboardData::span(m_document->database()); span) {
            if (!from.isValid())
                from = span->first;
            if (!to.isValid())
                to = span->second;
        }
    }
    return {from, to};
}

void DashboardPage::scheduleRefresh()
{
    m_stale = true;
    if (m_document)
        m_refreshTimer->start();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && m_document)
        refresh();
}

void DashboardPage::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    if (!m_document)
        return;
    const auto [from, to] = range();
    // An open end shows, greyed, the date it reaches.
    for (const auto& [field, date] : {std::pair{m_from, from}, std::pair{m_to, to}}) {
        if (!field->date().isValid() && date.isValid()) {
            const QSignalBlocker block(field->dateEdit());
            field->dateEdit()->setDate(date);
        }
    }
    DashboardData data;
    if (!from.isValid() || !to.isValid() || from > to) {
        // A file without cohorts, or dates the wrong way round: nothing ends in the period.
        data.from = from.isValid() ? from : to;
        data.to = to.isValid() ? to : from;
        display(data);
        return;
    }
    ++m_loads;
    // A network's file (thousands of cohorts) takes seconds: read it off the GUI thread.
    if (auto cohorts = CohortRepository(m_document->database()).count();
        cohorts && *cohorts > m_backgroundFrom) {
        readInBackground(from, to);
        return;
    }
    dropReading();
    auto loaded = DashboardData::load(m_document->database(), from, to);
    if (!loaded) {
        emit failed(ErrorMessages::readFailed(loaded.error()), loaded.error());
        display(DashboardData());
        return;
    }
    display(*loaded);
}

void DashboardPage::readInBackground(const QDate& from, const QDate& to)
{
    dropReading();
    auto result = std::make_shared<DashboardData>();
    auto* job = new BackgroundJob(
        m_document->path(),
        [result, from, to](Database& db, JobProgress&) -> Result<void> {
            auto loaded = DashboardData::load(db, from, to);
            if (!loaded)
                return fail(loaded.error());
            *result = std::move(*loaded);
            return {};
        },
        this);
    m_reading = job;
    connect(job, &BackgroundJob::finished, this, [this, job, result] {
        if (job != m_reading)
            return;
        m_reading = nullptr;
        job->deleteLater();
        if (job->outcome() != BackgroundJob::Outcome::Done && job->error()) {
            emit failed(ErrorMessages::readFailed(*job->error()), *job->error());
            display(DashboardData());
            return;
        }
        display(*result);
    });
    m_sentence->setText(tr("Reading the figures of the period…"));
    m_note->hide();
    m_empty->setText(tr("Reading the cohorts that end in this period…"));
    m_body->setCurrentWidget(m_empty);
    job->start();
}

void DashboardPage::dropReading()
{
    // Figures of other dates, or of a file no longer open: the job ends on its own, unseen.
    if (!m_reading)
        return;
    BackgroundJob* job = m_reading;
    m_reading = nullptr;
    connect(job, &BackgroundJob::finished, job, &QObject::deleteLater);
}

void DashboardPage::waitForFigures()
{
    if (m_reading)
        m_reading->wait();
}

void DashboardPage::display(const DashboardData& data)
{
    m_data = data;
    if (!m_document) {
        m_sentence->clear();
        m_note->clear();
        m_empty->clear();
        m_body->setCurrentWidget(m_empty);
        return;
    }
    m_sentence->setText(data.from.isValid() ? DashboardText::sentence(data)
                                            : tr("This file has no cohort yet."));
    m_note->setText(DashboardText::unknownNote(data.total));
    m_note->setVisible(!m_note->text().isEmpty());
    if (data.cohorts.isEmpty()) {
        m_empty->setText(tr("No cohort ends in this period. Choose another period above, or "
                            "All time."));
        m_body->setCurrentWidget(m_empty);
        return;
    }
    m_body->setCurrentIndex(0);
    showTiles();
    DashboardCharts::fillExits(*m_exitChart, data);
    DashboardCharts::fillPairings(*m_pairingChart, data);
    const bool marked = DashboardCharts::fillAttendance(*m_attendanceChart, data);
    m_attendanceStack->setCurrentWidget(marked ? static_cast<QWidget*>(m_attendanceChart) : m_noAttendance);
}

void DashboardPage::showTiles()
{
    const IndicatorFigures& total = m_data.total;
    const IndicatorFigures::Exits& exits = total.exitsAt(DashboardText::kMilestone);
    const bool known = exits.completed > 0 && exits.unknown < exits.completed;
    m_tileValues[ParticipantsTile]->setText(DashboardText::count(total.enrolled));
    m_tileValues[CohortsTile]->setText(DashboardText::count(int(m_data.cohorts.size())));
    m_tileValues[DynamicTile]->setText(known ? DashboardText::percent(exits.dynamicExitRate())
                                             : DashboardText::percent(std::nullopt));
    m_tileValues[PermanentTile]->setText(known ? DashboardText::percent(exits.permanentShare())
                                               : DashboardText::percent(std::nullopt));
    m_tileValues[AttendanceTile]->setText(DashboardText::percent(total.attendanceAll.rate()));
    m_tiles[DynamicTile]->setToolTip(known ? DashboardText::unknownNote(total)
                                           : tr("No outcome at 6 months recorded yet"));
    m_tiles[AttendanceTile]->setToolTip(
        tr("Present or late, over the marked presences of held sessions; %Ln presence(s) not marked yet",
           nullptr, total.attendanceAll.unmarked));
}

} // namespace parcours::ui
