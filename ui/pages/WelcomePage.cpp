// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {
constexpr int kColumnWidth = 520;

QLabel* heading(const QString& text, qreal scale, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent),
      m_create(new QCommandLinkButton(tr("Create a new file"),
                                      tr("Start an empty file for your programmes."), this)),
      m_open(new QCommandLinkButton(tr("Open a file"),
                                    tr("Continue with a Parcours file you already have."), this)),
      m_demo(new QCommandLinkButton(tr("Try the demo"),
                                    tr("Explore Parcours with invented cohorts, participants and "
                                       "volunteers. Your own files are not touched."),
                                    this)),
      m_recentHeading(heading(tr("Recent files"), 1.1, this)), m_recent(new QListWidget(this))
{
    m_create->setIcon(QIcon(QStringLiteral(":/icons/new-file.svg")));
    m_open->setIcon(QIcon(QStringLiteral(":/icons/open-file.svg")));
    m_demo->setIcon(QIcon(QStringLiteral(":/icons/demo.svg")));
    m_create->setObjectName(QStringLiteral("createButton"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setAccessibleName(tr("Recent files"));

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/parcours.svg")).pixmap(56, 56));
    auto* title = heading(tr("Welcome to Parcours"), 1.8, this);
    auto* intro = new QLabel(tr("Parcours keeps the cohorts, participants, volunteers, timetables "
                                "and outcomes of your programmes in one file on this computer."),
                             this);
    intro->setWordWrap(true);

    m_recent->setFrameShape(QFrame::NoFrame);
    m_recent->setCursor(Qt::PointingHandCursor);
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The list is part of the page, not a box on it.
    m_recent->viewport()->setAutoFillBackground(false);
    m_recent->setAutoFillBackground(false);

    auto* column = new QWidget(this);
    column->setFixedWidth(kColumnWidth);
    auto* inner = new QVBoxLayout(column);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->addWidget(logo);
    inner->addWidget(title);
    inner->addWidget(intro);
    inner->addSpacing(16);
    inner->addWidget(m_create);
    inner->addWidget(m_open);
    inner->addWidget(m_demo);
    inner->addSpacing(16);
    inner->addWidget(m_recentHeading);
    inner->addWidget(m_recent);

    // Stretches rather than an alignment flag: an aligned item gets its plain size hint, which
    // would cut the wrapped descriptions of the buttons.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_create, &QCommandLinkButton::clicked, this, &WelcomePage::createRequested);
    connect(m_open, &QCommandLinkButton::clicked, this, &WelcomePage::openRequested);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });

    setRecentFiles({});
}

void WelcomePage::setRecentFiles(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/open-file.svg")),
            tr("%1 (in %2)").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    // Exactly as tall as its entries (at most RecentFiles::kMaxCount), without an empty tail.
    const int rows = m_recent->count();
    m_recent->setFixedHeight(
        rows > 0 ? rows * m_recent->sizeHintForRow(0) + 2 * m_recent->frameWidth() : 0);
    m_recentHeading->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
}

void WelcomePage::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
}

} // namespace parcours::ui
