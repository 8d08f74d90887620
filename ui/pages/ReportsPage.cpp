// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsPage.h"

#include "core/services/ChangeNotifier.h"
#include "core/storage/CohortRepository.h"
#include "ui/AppClock.h"
#include "ui/Document.h"
#include "ui/dialogs/ReportSettingsDialog.h"
#include "ui/jobs/BackgroundJob.h"
#include "ui/jobs/JobDialog.h"
#include "ui/print/CohortReport.h"
#include "ui/print/ReviewPackWriter.h"
#include "ui/print/ReviewSummary.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <filesystem>

namespace parcours::ui {

namespace {

constexpr int kControlsWidth = 360;
constexpr int kPreviewDelayMs = 150;
const QString kKindKey = QStringLiteral("reports/kind");

Error cancelledError()
{
    return Error{ErrorCode::Io, QStringLiteral("cancelled"), {}, {}};
}

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

/// Writes a PDF through `write` into a hidden file beside `target`, then moves it in place
/// (replacing a previous file in one step): a failure or a cancel leaves `target` as it was.
Result<void> writeInPlace(const QString& target, JobProgress& progress,
                          const std::function<Result<int>(const QString&)>& write)
{
    if (!progress.report(0, 1))
        return fail(cancelledError());
    const QFileInfo info(target);
    const QString staging = info.absoluteDir().filePath(QStringLiteral(".%1.part").arg(info.fileName()));
    QFile::remove(staging);
    const auto pages = write(staging);
    if (!pages) {
        QFile::remove(staging);
        return fail(pages.error());
    }
    if (!progress.report(1, 1)) {
        QFile::remove(staging);
        return fail(cancelledError());
    }
    std::error_code error;
    std::filesystem::rename(fsPath(staging), fsPath(info.absoluteFilePath()), error);
    if (error) {
        QFile::remove(staging);
        return fail(Error{ErrorCode::Io, QString::fromStdString(error.message()), {target}, {}});
    }
    return {};
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

ReportsPage::ReportsPage(QWidget* parent)
    : QWidget(parent), m_cohortKind(new QRadioButton(tr("&Cohort report"), this)),
      m_periodKind(new QRadioButton(tr("Review &pack of a period"), this)),
      m_cohortPanel(new QWidget(this)), m_periodPanel(new QWidget(this)), m_cohort(new QComboBox(this)),
      m_namedAnnex(new QCheckBox(tr("Add an annex with participants' &names"), this)),
      m_annexWarning(new QLabel(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_language(new QComboBox(this)), m_exportPdf(new QPushButton(this)),
      m_exportPack(new QPushButton(tr("Export the review pac&k…"), this)),
      m_settings(new QPushButton(tr("Report &settings…"), this)),
      m_settingsAction(new QAction(tr("Re&port settings…"), this)),
      m_printer(new QPrinter(QPrinter::ScreenResolution)), m_previewMessage(new QLabel(this)),
      m_pageCount(new QLabel(this))
{
    m_preview = new QPrintPreviewWidget(m_printer, this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAccessibleName(tr("Preview of the report"));

    auto* heading = new QLabel(tr("Reports"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);

    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_cohortKind);
    kinds->addButton(m_periodKind);
    m_cohortKind->setObjectName(QStringLiteral("cohortKind"));
    m_periodKind->setObjectName(QStringLiteral("periodKind"));
    m_cohortKind->setToolTip(tr("One cohort's figures, charts and data quality, for the team "
                                "and the partners"));
    m_periodKind->setToolTip(tr("For the funder: a summary of the cohorts that ended in the "
                                "period and CSV files without names"));
    // The kind chosen last time: an office makes the same kind of report again and again.
    (QSettings().value(kKindKey).toString() == QLatin1String("period") ? m_periodKind : m_cohortKind)
        ->setChecked(true);

    // The cohort report's choices.
    m_cohort->setObjectName(QStringLiteral("reportCohort"));
    m_cohort->setAccessibleName(tr("Cohort"));
    m_cohort->setMinimumContentsLength(20);
    m_cohort->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_namedAnnex->setObjectName(QStringLiteral("namedAnnex"));
    m_annexWarning->setObjectName(QStringLiteral("annexWarning"));
    m_annexWarning->setWordWrap(true);
    m_annexWarning->setText(
        tr("The annex lists participants by name: the PDF then holds personal data. Keep it in "
           "the office; never send it to the funder or a partner."));
    m_annexWarning->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_annexWarning->hide();
    auto* cohortForm = new QFormLayout(m_cohortPanel);
    cohortForm->setContentsMargins(0, 0, 0, 0);
    // The label above the list: a cohort's name is long, it gets the whole width.
    cohortForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto* cohortLabel = new QLabel(tr("C&ohort:"), m_cohortPanel);
    cohortLabel->setBuddy(m_cohort);
    cohortForm->addRow(cohortLabel, m_cohort);
    cohortForm->addRow(m_namedAnnex);
    cohortForm->addRow(m_annexWarning);

    // The period's.
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    auto* periodForm = new QFormLayout(m_periodPanel);
    periodForm->setContentsMargins(0, 0, 0, 0);
    auto* fromLabel = new QLabel(tr("Fro&m:"), m_periodPanel);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), m_periodPanel);
    toLabel->setBuddy(m_to);
    periodForm->addRow(fromLabel, m_from);
    periodForm->addRow(toLabel, m_to);
    auto* periodNote = new QLabel(tr("The cohorts that ended in the period. The pack holds no "
                                     "name; counts below the small-count threshold are left "
                                     "out."),
                                  m_periodPanel);
    periodNote->setWordWrap(true);
    periodForm->addRow(periodNote);

    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->setAccessibleName(tr("Language of the report"));
    m_language->addItem(QStringLiteral("Français"), int(QLocale::French));
    m_language->addItem(QStringLiteral("English"), int(QLocale::English));
    m_language->setCurrentIndex(QLocale().language() == QLocale::English ? 1 : 0);
    auto* languageRow = new QFormLayout;
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    languageRow->addRow(languageLabel, m_language);

    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));
    m_exportPack->setObjectName(QStringLiteral("exportPack"));
    m_settings->setObjectName(QStringLiteral("reportSettings"));
    m_exportPack->setToolTip(tr("A folder with the summary PDF, the CSV files and a README.txt "
                                "describing every column"));
    m_settings->setToolTip(tr("Organisation name and logo, small-count threshold, alert thresholds"));

    auto* controls = new QWidget(this);
    controls->setObjectName(QStringLiteral("reportControls"));
    controls->setFixedWidth(kControlsWidth);
    auto* left = new QVBoxLayout(controls);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(heading);
    left->addSpacing(6);
    left->addWidget(m_cohortKind);
    left->addWidget(m_periodKind);
    left->addSpacing(6);
    left->addWidget(m_cohortPanel);
    left->addWidget(m_periodPanel);
    left->addLayout(languageRow);
    left->addSpacing(12);
    left->addWidget(m_exportPdf);
    left->addWidget(m_exportPack);
    left->addStretch(1);
    left->addWidget(m_settings);

    // Above the preview: the page count and the zoom.
    m_pageCount->setObjectName(QStringLiteral("pageCount"));
    auto* fitWidth = new QToolButton(this);
    fitWidth->setText(tr("Fit &width"));
    fitWidth->setAccessibleName(tr("Fit the page's width"));
    auto* fitPage = new QToolButton(this);
    fitPage->setText(tr("Whole pa&ge"));
    fitPage->setAccessibleName(tr("Show whole pages"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_pageCount, 1);
    bar->addWidget(fitWidth);
    bar->addWidget(fitPage);
    m_previewMessage->setObjectName(QStringLiteral("previewMessage"));
    m_previewMessage->setWordWrap(true);
    m_previewMessage->hide();
    auto* right = new QVBoxLayout;
    right->addLayout(bar);
    right->addWidget(m_previewMessage);
    right->addWidget(m_preview, 1);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(controls);
    layout->addLayout(right, 1);

    connect(fitWidth, &QToolButton::clicked, m_preview, &QPrintPreviewWidget::fitToWidth);
    connect(fitPage, &QToolButton::clicked, m_preview, [this] {
        m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
        m_preview->fitInView();
    });
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportsPage::paint);
    connect(kinds, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (on) {
            QSettings().setValue(kKindKey, kind() == Kind::Period ? QStringLiteral("period")
                                                                  : QStringLiteral("cohort"));
            updateState();
            schedulePreview();
        }
    });
    connect(m_cohort, &QComboBox::currentIndexChanged, this, &ReportsPage::schedulePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportsPage::schedulePreview);
    connect(m_namedAnnex, &QCheckBox::toggled, this, [this](bool on) {
        m_annexWarning->setVisible(on);
        schedulePreview();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsPage::schedulePreview);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsPage::schedulePreview);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    connect(m_exportPack, &QPushButton::clicked, this, &ReportsPage::exportReviewPack);
    connect(m_settings, &QPushButton::clicked, this, &ReportsPage::editSettings);
    m_settingsAction->setObjectName(QStringLiteral("reportSettingsAction"));
    m_settingsAction->setToolTip(m_settings->toolTip());
    connect(m_settingsAction, &QAction::triggered, this, &ReportsPage::editSettings);

    const QDate today = AppClock::instance().today();
    setPeriod(today.addYears(-1).addDays(1), today);
    setDocument(nullptr);
}

ReportsPage::~ReportsPage()
{
    // The preview widget paints with the printer: it goes first.
    delete m_preview;
    delete m_printer;
}

void ReportsPage::setDocument(Document* document)
{
    if (m_document && m_document->notifier())
        disconnect(m_document->notifier(), nullptr, this, nullptr);
    m_document = document;
    if (m_document && m_document->notifier()) {
        ChangeNotifier* n = m_document->notifier();
        const auto changed = [this](EntityKind kind) {
            if (kind == EntityKind::Cohort)
                fillCohorts();
            schedulePreview();
        };
        connect(n, &ChangeNotifier::saved, this, changed);
        connect(n, &ChangeNotifier::removed, this, changed);
        connect(n, &ChangeNotifier::changed, this, changed);
        connect(n, &ChangeNotifier::reset, this, [this] {
            fillCohorts();
            schedulePreview();
        });
    }
    fillCohorts();
    // The cohort that ended last (the one a report is due for), else the one that started last.
    if (m_document) {
        if (auto all = CohortRepository(m_document->database()).all(); all && !all->isEmpty()) {
            const QDate today = AppClock::instance().today();
            const Cohort* ended = nullptr;
            const Cohort* started = nullptr;
            for (const Cohort& c : *all) {
                if (c.endDate.isValid() && c.endDate <= today && (!ended || c.endDate > ended->endDate))
                    ended = &c;
                if (c.startDate <= today && (!started || c.startDate > started->startDate))
                    started = &c;
            }
            setCohort(ended ? ended->ref : started ? started->ref : all->first().ref);
        }
    }
    updateState();
    schedulePreview();
}

void ReportsPage::fillCohorts()
{
    const QString current = cohortRef();
    QSignalBlocker block(m_cohort);
    m_cohort->clear();
    if (!m_document)
        return;
    if (auto all = CohortRepository(m_document->database()).all()) {
        for (const Cohort& c : *all)
            m_cohort->addItem(c.name.isEmpty() || c.name == c.ref
                                  ? c.ref
                                  : c.name + QStringLiteral(" (") + c.ref + QLatin1Char(')'),
                              c.ref);
    }
    m_cohort->setCurrentIndex(qMax(0, m_cohort->findData(current)));
}

void ReportsPage::updateState()
{
    const bool open = m_document != nullptr;
    const bool cohort = kind() == Kind::Cohort;
    m_cohortPanel->setVisible(cohort);
    m_periodPanel->setVisible(!cohort);
    m_exportPdf->setText(cohort ? tr("E&xport the report as PDF…") : tr("E&xport the summary as PDF…"));
    m_exportPdf->setEnabled(open && (!cohort || m_cohort->count() > 0));
    m_exportPack->setVisible(!cohort);
    m_exportPack->setEnabled(open);
    m_settings->setEnabled(open && !m_document->isReadOnly());
    m_settingsAction->setEnabled(m_settings->isEnabled());
}

ReportsPage::Kind ReportsPage::kind() const
{
    return m_periodKind->isChecked() ? Kind::Period : Kind::Cohort;
}

void ReportsPage::setKind(Kind kind)
{
    (kind == Kind::Cohort ? m_cohortKind : m_periodKind)->setChecked(true);
}

bool ReportsPage::setCohort(const QString& ref)
{
    const int i = m_cohort->findData(ref);
    if (i < 0)
        return false;
    m_cohort->setCurrentIndex(i);
    return true;
}

QString ReportsPage::cohortRef() const
{
    return m_cohort->currentData().toString();
}

void ReportsPage::setPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

QDate ReportsPage::from() const
{
    return m_from->date();
}

QDate ReportsPage::to() const
{
    return m_to->date();
}

QLocale ReportsPage::reportLocale() const
{
    if (QLocale::Language(m_language->currentData().toInt()) == QLocale::English)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::French, QLocale::France);
}

void ReportsPage::setReportLanguage(QLocale::Language language)
{
    const int i = m_language->findData(int(language));
    if (i >= 0)
        m_language->setCurrentIndex(i);
}

void ReportsPage::setNamedAnnex(bool on)
{
    m_namedAnnex->setChecked(on);
}

void ReportsPage::setPathAsker(PathAsker pdf, PathAsker folder)
{
    m_askPdf = std::move(pdf);
    m_askFolder = std::move(folder);
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_previewStale)
        schedulePreview();
}

void ReportsPage::schedulePreview()
{
    m_previewStale = true;
    // Painting a report reads the whole cohort: only for a page in sight, once per burst of
    // changes.
    if (!isVisible() || m_previewScheduled)
        return;
    m_previewScheduled = true;
    QTimer::singleShot(kPreviewDelayMs, this, [this] {
        m_previewScheduled = false;
        if (m_previewStale && isVisible())
            refreshPreview();
    });
}

int ReportsPage::refreshPreview()
{
    m_previewStale = false;
    m_pagesPainted = 0;
    m_previewMessage->hide();
    m_preview->updatePreview();
    m_pageCount->setText(m_pagesPainted > 0 ? tr("%n page(s)", nullptr, m_pagesPainted) : QString());
    return m_pagesPainted;
}

void ReportsPage::paint(QPrinter* printer)
{
    m_pagesPainted = 0;
    QString problem;
    if (!m_document) {
        problem = tr("Open a file to make its reports.");
    } else if (kind() == Kind::Cohort && cohortRef().isEmpty()) {
        problem = tr("No cohort yet: create one on the Cohorts page.");
    } else if (kind() == Kind::Period && from() > to()) {
        problem = tr("The period ends before it starts.");
    }
    if (problem.isEmpty()) {
        Result<int> pages = 0;
        if (kind() == Kind::Cohort) {
            print::CohortReportOptions options;
            options.locale = reportLocale();
            options.namedAnnex = m_namedAnnex->isChecked();
            options.clock = &AppClock::instance();
            pages = print::CohortReport::print(m_document->database(), cohortRef(), *printer, options);
        } else {
            print::ReviewSummaryOptions options;
            options.locale = reportLocale();
            pages = print::ReviewSummary::print(m_document->database(), from(), to(), *printer, options);
        }
        if (pages)
            m_pagesPainted = *pages;
        else
            problem = tr("The report cannot be shown: %1").arg(pages.error().toString());
    }
    m_previewMessage->setText(problem);
    m_previewMessage->setVisible(!problem.isEmpty());
}

QString ReportsPage::documentFolder() const
{
    return m_document ? QFileInfo(m_document->path()).absolutePath() : QDir::homePath();
}

bool ReportsPage::runJob(const QString& label,
                         const std::function<Result<void>(Database&, JobProgress&)>& work)
{
    BackgroundJob job(m_document->path(), work);
    if (m_observeJob)
        m_observeJob(job);
    switch (JobDialog::run(job, label, this)) {
    case BackgroundJob::Outcome::Done:
        return true;
    case BackgroundJob::Outcome::Cancelled:
        emit message(tr("Cancelled: nothing was written."));
        return false;
    case BackgroundJob::Outcome::Failed:
        emit failed(tr("The report could not be written."), job.error().value_or(Error{}));
        return false;
    case BackgroundJob::Outcome::NotStarted:
    case BackgroundJob::Outcome::Running:
        break;
    }
    return false;
}

bool ReportsPage::exportPdf()
{
    if (!m_document)
        return false;
    const bool cohort = kind() == Kind::Cohort;
    if (cohort && cohortRef().isEmpty())
        return false;
    //: File names: the cohort's ref; the period's first and last days (ISO dates)
    const QString suggested =
        cohort ? (m_namedAnnex->isChecked() ? tr("report-%1-with-names.pdf") : tr("report-%1.pdf"))
                     .arg(cohortRef())
               : tr("review-summary-%1-%2.pdf").arg(isoDate(from()), isoDate(to()));
    QString path;
    if (m_askPdf)
        path = m_askPdf(suggested);
    else
        path = QFileDialog::getSaveFileName(this, tr("Save the report"),
                                            QDir(documentFolder()).filePath(suggested),
                                            tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");

    const QString ref = cohortRef();
    const QDate first = from();
    const QDate last = to();
    const QLocale locale = reportLocale();
    const bool names = m_namedAnnex->isChecked();
    const bool done = runJob(tr("Writing the report…"), [=](Database& db, JobProgress& progress) {
        return writeInPlace(path, progress, [&](const QString& staging) -> Result<int> {
            if (cohort) {
                print::CohortReportOptions options;
                options.locale = locale;
                options.namedAnnex = names;
                options.clock = &AppClock::instance();
                return print::CohortReport::writeFile(db, ref, staging, options);
            }
            print::ReviewSummaryOptions options;
            options.locale = locale;
            return print::ReviewSummary::writeFile(db, first, last, staging, options);
        });
    });
    if (!done)
        return false;
    m_lastExport = path;
    emit message(tr("Report saved: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportsPage::exportReviewPack()
{
    if (!m_document)
        return false;
    if (from() > to()) {
        emit failed(tr("The period ends before it starts."),
                    Error{ErrorCode::Usage, QStringLiteral("from after to"), {}, {}});
        return false;
    }
    QString folder;
    if (m_askFolder)
        folder = m_askFolder(documentFolder());
    else
        folder = QFileDialog::getExistingDirectory(this, tr("Choose where to put the review pack"),
                                                   documentFolder());
    if (folder.isEmpty())
        return false;
    // The pack goes into a new folder of its own, named after the period; never into one that
    // holds something already.
    //: A folder name: the period's first and last days (ISO dates)
    const QString name = tr("review-pack-%1-%2").arg(isoDate(from()), isoDate(to()));
    QString target = QDir(folder).filePath(name);
    for (int n = 2; QFileInfo::exists(target) && !QDir(target).isEmpty(); ++n)
        target = QDir(folder).filePath(QStringLiteral("%1-%2").arg(name).arg(n));

    const QDate first = from();
    const QDate last = to();
    const QLocale locale = reportLocale();
    const bool done = runJob(tr("Writing the review pack…"), [=](Database& db, JobProgress& progress) -> Result<void> {
        auto written = print::ReviewPackWriter::write(db, first, last, target, locale, progress.callback());
        if (!written)
            return fail(written.error());
        if (written->cancelled)
            return fail(cancelledError());
        return {};
    });
    if (!done)
        return false;
    m_lastExport = target;
    emit message(tr("Review pack saved in %1").arg(QDir::toNativeSeparators(target)));
    return true;
}

void ReportsPage::editSettings()
{
    if (!m_document)
        return;
    ReportSettingsDialog dialog(*m_document, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit message(tr("Report settings saved."));
        schedulePreview();
    }
}

} // namespace parcours::ui
