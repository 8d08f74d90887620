// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/PairingEndReason.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QPushButton;

namespace parcours::ui {

/// Asks when and why a pairing ends: a date (not before the pairing's start, not after today)
/// and one of the end reasons. Also used by a rematch, whose intro says who takes over.
class EndPairingDialog : public QDialog
{
    Q_OBJECT
public:
    /// `intro` says what ends (and, for a rematch, who takes over); `title` is the window's.
    EndPairingDialog(const QString& title, const QString& intro, const QDate& start,
                     const QDate& today, QWidget* parent = nullptr);

    QDate date() const;
    PairingEndReason reason() const;
    void setReason(PairingEndReason reason);

    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* reasonBox() const { return m_reason; }
    QPushButton* okButton() const { return m_ok; }

private:
    QDateEdit* m_date;
    QComboBox* m_reason;
    QPushButton* m_ok;
};

} // namespace parcours::ui
