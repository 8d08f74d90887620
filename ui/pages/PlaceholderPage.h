// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QIcon;

namespace parcours::ui {

/// Stands in for a page that a later version of Parcours fills: says what will be there.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QIcon& icon, const QString& title, const QString& promise,
                    QWidget* parent = nullptr);
};

} // namespace parcours::ui
