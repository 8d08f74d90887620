// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CheckIn.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QSpinBox;

namespace parcours::ui {

/// Logs a meeting of a pairing: its date (from the pairing's start to today), how long it
/// lasted and how it was held (both may be left unknown), and notes.
class CheckInDialog : public QDialog
{
    Q_OBJECT
public:
    /// `pairing` names the pair ("Hélène Zerrouki with Claire Dubois").
    CheckInDialog(const QString& pairingRef, const QString& pairing, const QDate& start,
                  const QDate& today, QWidget* parent = nullptr);

    CheckIn checkIn() const;

    QDateEdit* dateEdit() const { return m_date; }
    QSpinBox* durationBox() const { return m_duration; }
    QComboBox* kindBox() const { return m_kind; }
    QPlainTextEdit* notesEdit() const { return m_notes; }

private:
    QString m_pairingRef;
    QDateEdit* m_date;
    QSpinBox* m_duration;
    QComboBox* m_kind;
    QPlainTextEdit* m_notes;
};

} // namespace parcours::ui
