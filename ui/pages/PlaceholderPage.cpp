// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceholderPage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {
constexpr int kTextWidth = 480;
}

PlaceholderPage::PlaceholderPage(const QIcon& icon, const QString& title, const QString& promise,
                                 QWidget* parent)
    : QWidget(parent)
{
    auto* picture = new QLabel(this);
    picture->setPixmap(icon.pixmap(64, 64));
    picture->setAlignment(Qt::AlignCenter);

    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);

    auto* text = new QLabel(promise, this);
    text->setObjectName(QStringLiteral("promise"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A fixed width between stretches, not an alignment flag: an aligned label gets its plain
    // size hint and its wrapped lines are cut.
    text->setFixedWidth(kTextWidth);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(text);
    row->addStretch(1);

    auto* later = new QLabel(tr("This page comes in a later version of Parcours."), this);
    later->setObjectName(QStringLiteral("comingLater"));
    later->setAlignment(Qt::AlignCenter);
    later->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(picture);
    layout->addSpacing(12);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addSpacing(16);
    layout->addWidget(later);
    layout->addStretch(3);
}

} // namespace parcours::ui
