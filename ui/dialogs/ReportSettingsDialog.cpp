// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSettingsDialog.h"

#include "core/services/AttendanceService.h"
#include "core/services/PairingService.h"
#include "core/services/ReportSettings.h"
#include "ui/Document.h"
#include "ui/ErrorMessages.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {
constexpr int kLogoWidth = 200;
constexpr int kLogoHeight = 80;
} // namespace

ReportSettingsDialog::ReportSettingsDialog(Document& document, QWidget* parent)
    : QDialog(parent), m_document(document), m_organisation(new QLineEdit(this)),
      m_logo(new QLabel(this)), m_chooseLogo(new QPushButton(tr("C&hoose…"), this)),
      m_removeLogo(new QPushButton(tr("Re&move"), this)), m_smallCount(new QSpinBox(this)),
      m_attendance(new QSpinBox(this)), m_followUp(new QSpinBox(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("reportSettingsDialog"));
    setWindowTitle(tr("Report settings"));

    m_organisation->setObjectName(QStringLiteral("organisationName"));
    m_organisation->setAccessibleName(tr("Organisation name"));
    m_organisation->setPlaceholderText(tr("Printed at the top of every document"));
    m_organisation->setMaxLength(120);

    m_logo->setObjectName(QStringLiteral("logoPreview"));
    m_logo->setAccessibleName(tr("Logo"));
    m_logo->setFixedSize(kLogoWidth, kLogoHeight);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    m_chooseLogo->setToolTip(tr("A PNG or JPEG image of up to %1 KiB")
                                 .arg(ReportSettings::kMaxLogoBytes / 1024));
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    auto* logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch(1);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch(1);

    m_smallCount->setObjectName(QStringLiteral("smallCountThreshold"));
    m_smallCount->setRange(ReportSettings::kMinSmallCountThreshold,
                           ReportSettings::kMaxSmallCountThreshold);
    m_smallCount->setAccessibleName(tr("Small-count threshold"));
    m_smallCount->setToolTip(tr("In the review pack, a count below this number is left out, so "
                                "that nobody can be recognised in a small group."));
    m_attendance->setObjectName(QStringLiteral("attendanceThreshold"));
    m_attendance->setRange(0, 100);
    m_attendance->setSuffix(tr(" %"));
    m_attendance->setAccessibleName(tr("Attendance alert below this rate"));
    m_followUp->setObjectName(QStringLiteral("followUpWeeks"));
    m_followUp->setRange(1, 52);
    m_followUp->setSuffix(tr(" weeks"));
    m_followUp->setAccessibleName(tr("Check-in follow-up after this many weeks"));

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("Logo:"), logoRow);
    form->addRow(tr("&Small-count threshold:"), m_smallCount);
    form->addRow(tr("&Attendance alert below:"), m_attendance);
    form->addRow(tr("Check-in &follow-up after:"), m_followUp);
    for (QWidget* field : {static_cast<QWidget*>(m_organisation), static_cast<QWidget*>(m_smallCount),
                           static_cast<QWidget*>(m_attendance), static_cast<QWidget*>(m_followUp)})
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
            label->setBuddy(field);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_document.isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a logo"), QDir::homePath(),
            tr("Images (*.png *.jpg *.jpeg)") + QStringLiteral(";;") + tr("All files (*)"));
        if (!path.isEmpty())
            chooseLogoFile(path);
    });
    connect(m_removeLogo, &QPushButton::clicked, this, &ReportSettingsDialog::removeLogo);
    load();
}

void ReportSettingsDialog::load()
{
    Database& db = m_document.database();
    if (auto values = ReportSettings(db).read()) {
        m_organisation->setText(values->organisationName);
        m_logoBytes = values->logo;
        m_smallCount->setValue(values->smallCountThreshold);
    } else {
        showProblem(ErrorMessages::readFailed(values.error()));
    }
    if (auto percent = AttendanceService(db).thresholdPercent())
        m_attendance->setValue(*percent);
    if (auto weeks = PairingService(db).followUpWeeks())
        m_followUp->setValue(*weeks);
    showLogo();
}

void ReportSettingsDialog::showLogo()
{
    QImage image = QImage::fromData(m_logoBytes);
    if (image.isNull()) {
        m_logo->setPixmap(QPixmap());
        m_logo->setText(tr("No logo"));
    } else {
        m_logo->setPixmap(QPixmap::fromImage(image.scaled(kLogoWidth - 8, kLogoHeight - 8,
                                                          Qt::KeepAspectRatio,
                                                          Qt::SmoothTransformation)));
    }
    m_removeLogo->setEnabled(!m_logoBytes.isEmpty());
}

bool ReportSettingsDialog::chooseLogoFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("%1 cannot be used as the logo: it cannot be read (%2).")
                        .arg(shown, file.errorString()));
        return false;
    }
    if (file.size() > ReportSettings::kMaxLogoBytes) {
        showProblem(tr("%1 cannot be used as the logo: it is %2 KiB, larger than the %3 KiB "
                       "allowed. Save a smaller image.")
                        .arg(shown)
                        .arg((file.size() + 1023) / 1024)
                        .arg(ReportSettings::kMaxLogoBytes / 1024));
        return false;
    }
    const QByteArray bytes = file.readAll();
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    const bool known = format == "png" || format == "jpeg" || format == "jpg";
    if (!known || reader.read().isNull()) {
        showProblem(tr("%1 cannot be used as the logo: it is not a PNG or JPEG image.").arg(shown));
        return false;
    }
    m_logoBytes = bytes;
    showProblem(QString());
    showLogo();
    return true;
}

void ReportSettingsDialog::removeLogo()
{
    m_logoBytes.clear();
    showLogo();
}

QString ReportSettingsDialog::problem() const
{
    return m_problem->text();
}

void ReportSettingsDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool ReportSettingsDialog::save()
{
    Database& db = m_document.database();
    ReportSettings::Values values;
    values.organisationName = m_organisation->text().trimmed();
    values.logo = m_logoBytes;
    values.smallCountThreshold = m_smallCount->value();
    Result<void> done = ReportSettings(db).write(values);
    // The two thresholds belong to their services (which check and announce them); written
    // only when changed, so that an unchanged dialog touches nothing of theirs.
    AttendanceService attendance(db, m_document.notifier());
    if (done) {
        if (auto current = attendance.thresholdPercent(); !current || *current != m_attendance->value())
            done = attendance.setThresholdPercent(m_attendance->value());
    }
    PairingService pairings(db);
    if (done) {
        if (auto current = pairings.followUpWeeks(); !current || *current != m_followUp->value())
            done = pairings.setFollowUpWeeks(m_followUp->value());
    }
    if (!done) {
        showProblem(ErrorMessages::editFailed(done.error()));
        return false;
    }
    return true;
}

void ReportSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace parcours::ui
