// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codes.h"

#include <QDate>
#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace parcours::ui {

/// What a withdrawal records: when, why, and the French level reached if it was assessed.
struct Withdrawal
{
    QDate date;
    QString reason;
    std::optional<CefrLevel> level;
};

/// Asks the date and the reason of a withdrawal (and the exit level, when known). The date can
/// be neither before the enrolment nor in the future.
class WithdrawDialog : public QDialog
{
    Q_OBJECT
public:
    /// `enrolledOn` and `today` bound the date, which starts at `today`.
    WithdrawDialog(const QString& name, const QDate& enrolledOn, const QDate& today,
                   QWidget* parent = nullptr);

    Withdrawal withdrawal() const;

    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* reasonBox() const { return m_reason; }
    QComboBox* levelBox() const { return m_level; }
    QPushButton* withdrawButton() const { return m_withdraw; }

    /// Reasons offered in the list (any other can be typed).
    static QStringList commonReasons();

private:
    void updateState();

    QDateEdit* m_date;
    QComboBox* m_reason;
    QComboBox* m_level;
    QLabel* m_problem;
    QPushButton* m_withdraw;
};

} // namespace parcours::ui
