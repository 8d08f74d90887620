// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubjectAccessAction.h"

#include "TablePage.h"
#include "ui/Document.h"
#include "ui/forms/RecordForm.h"
#include "ui/print/SubjectAccessReport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace parcours::ui {

SubjectAccessDialog::SubjectAccessDialog(const QString& personName, const QString& folder, QWidget* parent)
    : QDialog(parent), m_folder(new QLineEdit(QDir::toNativeSeparators(folder), this)),
      m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("subjectAccessDialog"));
    setWindowTitle(tr("Export this person's data"));
    auto* intro = new QLabel(tr("Writes everything the file holds on %1, for their request of access (GDPR): a PDF "
                                "they can read and a folder of CSV files. The other people of the file (their mentor "
                                "and coach, the participants a volunteer accompanies) are not named. Hand it to the "
                                "person only.")
                                 .arg(personName),
                             this);
    intro->setTextFormat(Qt::PlainText); // a name is shown as written, never as markup
    intro->setWordWrap(true);

    m_folder->setObjectName(QStringLiteral("subjectAccessFolder"));
    m_folder->setAccessibleName(tr("Folder to write into"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    m_language->setObjectName(QStringLiteral("subjectAccessLanguage"));
    m_language->setAccessibleName(tr("Language of the PDF"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr_FR"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en_GB"));
    m_language->setCurrentIndex(QLocale().language() == QLocale::French ? 0 : 1);
    auto* form = new QFormLayout;
    auto* folderLabel = new QLabel(tr("&Folder"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, row);
    auto* languageLabel = new QLabel(tr("&Language of the PDF"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder to write into"), choice().folder);
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_folder, &QLineEdit::textChanged, this, [this] { m_export->setEnabled(!choice().folder.isEmpty()); });
    m_export->setEnabled(!choice().folder.isEmpty());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

SubjectAccessChoice SubjectAccessDialog::choice() const
{
    return {QDir::fromNativeSeparators(m_folder->text().trimmed()), QLocale(m_language->currentData().toString())};
}

SubjectAccessAction::SubjectAccessAction(TablePage* page, PersonKind kind)
    : QObject(page), m_page(page), m_kind(kind), m_action(new QAction(tr("Export this person's data…"), page))
{
    m_action->setObjectName(kind == PersonKind::Participant ? QStringLiteral("exportParticipantData")
                                                            : QStringLiteral("exportVolunteerData"));
    // The bar of the page holds filters and other buttons: a short text there, the whole one
    // in the tooltip and for screen readers.
    m_action->setIconText(tr("Subject access…"));
    m_action->setToolTip(tr("Everything the file holds on the person selected, as a PDF and CSV files, for their "
                            "request of access (GDPR)"));
    QToolButton* button = m_page->addButton(m_action);
    button->setAccessibleName(tr("Export this person's data"));
    connect(m_action, &QAction::triggered, this, &SubjectAccessAction::run);
    connect(m_page, &TablePage::currentRefChanged, this, &SubjectAccessAction::updateEnabled);
    updateEnabled();
}

void SubjectAccessAction::updateEnabled()
{
    m_action->setEnabled(!m_page->currentRef().isEmpty());
}

void SubjectAccessAction::run()
{
    const QString ref = m_page->currentRef();
    Document* document = m_page->form() ? m_page->form()->document() : nullptr;
    if (ref.isEmpty() || !document)
        return;
    Database& db = document->database();
    const auto data = SubjectAccess(db).collect(m_kind, ref);
    if (!data) {
        emit m_page->failed(tr("Could not export this person's data."), data.error());
        return;
    }
    std::optional<SubjectAccessChoice> choice;
    if (m_chooser) {
        choice = m_chooser(data->fullName());
    } else {
        SubjectAccessDialog dialog(data->fullName(),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), m_page);
        if (dialog.exec() == QDialog::Accepted)
            choice = dialog.choice();
    }
    if (!choice)
        return;
    const auto files =
        print::SubjectAccessReport::writeExport(db, m_kind, ref, choice->folder, choice->locale, QDate::currentDate());
    if (!files) {
        emit m_page->failed(tr("Could not export this person's data."), files.error());
        return;
    }
    const QString message = tr("Wrote %1 and %n CSV file(s) in %2. They hold personal data: hand them to the "
                               "person only.",
                               nullptr, int(files->csvFiles.size()))
                                .arg(QDir::toNativeSeparators(files->pdf), QDir::toNativeSeparators(files->csvFolder));
    if (m_reporter)
        m_reporter(message);
    else
        QMessageBox::information(m_page, tr("Export this person's data"), message);
}

} // namespace parcours::ui
