// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceholderPage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace parcours::ui {

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
    text->setMaximumWidth(520);

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
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(later);
    layout->addStretch(3);
}

} // namespace parcours::ui
