// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "ParcoursVersion.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

struct Credit
{
    const char* name;
    const char* use;
    const char* licence;
};

// What the programs link or are tested with, as the packaging declares it.
constexpr Credit kCredits[] = {
    {"Qt 6", QT_TRANSLATE_NOOP("parcours::ui::AboutDialog", "windows, data access, translations"),
     "LGPL-3.0"},
    {"SQLite", QT_TRANSLATE_NOOP("parcours::ui::AboutDialog", "the database inside each file"),
     QT_TRANSLATE_NOOP("parcours::ui::AboutDialog", "public domain")},
    {"tl::expected", QT_TRANSLATE_NOOP("parcours::ui::AboutDialog", "results and errors"),
     "CC0-1.0"},
    {"Catch2", QT_TRANSLATE_NOOP("parcours::ui::AboutDialog", "the tests (not installed)"),
     "BSL-1.0"},
};

} // namespace

QString AboutDialog::versionText()
{
    return QString::fromUtf8(PARCOURS_VERSION_TEXT);
}

QString AboutDialog::licenceText()
{
    QFile file(QStringLiteral(":/licence/LICENSE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent), m_heading(new QLabel(this)), m_licence(new QLabel(this)),
      m_credits(new QTableWidget(0, 3, this)),
      m_showLicence(new QPushButton(tr("Read the &licence"), this)),
      m_licenceView(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Parcours"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/parcours.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    m_heading->setObjectName(QStringLiteral("aboutHeading"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setWordWrap(true);
    m_heading->setText(
        tr("<h2>Parcours</h2><p>Version %1</p><p>The programme office's desktop program for the "
           "vocational integration of refugees and newcomers.</p>")
            .arg(versionText().toHtmlEscaped()));
    m_licence->setObjectName(QStringLiteral("aboutLicence"));
    m_licence->setWordWrap(true);
    m_licence->setText(tr("Free software: you may use, study, share and change it under the "
                          "terms of the GNU General Public License, version 3 or (at your "
                          "option) any later version (GPL-3.0-or-later). It comes with no "
                          "warranty."));
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    auto* texts = new QVBoxLayout;
    texts->addWidget(m_heading);
    texts->addWidget(m_licence);
    top->addLayout(texts, 1);

    auto* creditsLabel = new QLabel(tr("Made with:"), this);
    m_credits->setObjectName(QStringLiteral("aboutCredits"));
    m_credits->setAccessibleName(tr("Libraries used and their licences"));
    creditsLabel->setBuddy(m_credits);
    m_credits->setHorizontalHeaderLabels({tr("Library"), tr("Used for"), tr("Licence")});
    m_credits->verticalHeader()->hide();
    m_credits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_credits->setSelectionMode(QAbstractItemView::NoSelection);
    m_credits->setFocusPolicy(Qt::NoFocus);
    m_credits->setRowCount(int(std::size(kCredits)));
    for (int row = 0; row < int(std::size(kCredits)); ++row) {
        const Credit& c = kCredits[row];
        m_credits->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(c.name)));
        m_credits->setItem(row, 1, new QTableWidgetItem(tr(c.use)));
        m_credits->setItem(row, 2, new QTableWidgetItem(tr(c.licence)));
    }
    m_credits->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_credits->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_credits->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_credits->verticalHeader()->setDefaultSectionSize(m_credits->fontMetrics().height() + 8);
    // As tall as its rows: a table of four lines needs no scroll bar.
    m_credits->setFixedHeight(m_credits->horizontalHeader()->sizeHint().height() +
                              m_credits->rowCount() *
                                  m_credits->verticalHeader()->defaultSectionSize() +
                              2 * m_credits->frameWidth());

    m_showLicence->setObjectName(QStringLiteral("showLicenceButton"));
    m_showLicence->setCheckable(true);
    m_licenceView->setObjectName(QStringLiteral("licenceText"));
    m_licenceView->setAccessibleName(tr("GNU General Public License, version 3"));
    m_licenceView->setReadOnly(true);
    m_licenceView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_licenceView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_licenceView->setPlainText(licenceText());
    m_licenceView->setMinimumHeight(300);
    m_licenceView->hide();
    connect(m_showLicence, &QPushButton::toggled, this, [this](bool shown) {
        m_licenceView->setVisible(shown);
        adjustSize();
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_showLicence, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(creditsLabel);
    layout->addWidget(m_credits);
    layout->addWidget(m_licenceView, 1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

} // namespace parcours::ui
