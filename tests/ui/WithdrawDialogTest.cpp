// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/WithdrawDialog.h"

#include "CatchQt.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>

using namespace parcours;
using namespace parcours::ui;

TEST_CASE("withdraw dialog: a reason is required, the date stays between enrolment and today",
          "[ui][cohort]")
{
    WithdrawDialog dialog(QStringLiteral("Ahmad Karimi"), QDate(2024, 1, 8), QDate(2024, 2, 12));
    CHECK(dialog.dateEdit()->date() == QDate(2024, 2, 12));
    CHECK_FALSE(dialog.withdrawButton()->isEnabled());

    dialog.dateEdit()->setDate(QDate(2023, 12, 1)); // before the enrolment: held at its date
    CHECK(dialog.dateEdit()->date() == QDate(2024, 1, 8));
    dialog.dateEdit()->setDate(QDate(2024, 3, 1)); // in the future: held at today
    CHECK(dialog.dateEdit()->date() == QDate(2024, 2, 12));
    dialog.dateEdit()->setDate(QDate(2024, 2, 9));

    dialog.reasonBox()->setEditText(QStringLiteral("  Déménagement à Lille "));
    CHECK(dialog.withdrawButton()->isEnabled());
    dialog.levelBox()->setCurrentIndex(dialog.levelBox()->findData(QStringLiteral("A2")));
    const Withdrawal w = dialog.withdrawal();
    CHECK(w.date == QDate(2024, 2, 9));
    CHECK(w.reason == QStringLiteral("Déménagement à Lille"));
    CHECK(w.level == CefrLevel::A2);

    dialog.levelBox()->setCurrentIndex(0);
    CHECK_FALSE(dialog.withdrawal().level.has_value());
}
