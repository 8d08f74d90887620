// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace parcours::ui {

/// A date that may be unknown: a check box says whether there is one, a date editor (with a
/// calendar) gives it. date() is invalid while unchecked.
class DateField : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    QDate date() const;
    /// An invalid date unchecks the box (the editor keeps a sensible date to start from).
    /// Emits changed() when the date differs from the one shown.
    void setDate(const QDate& date);
    /// The name given to both parts for screen readers ("Birth date").
    void setAccessibleName(const QString& name);

    QCheckBox* checkBox() const { return m_known; }
    QDateEdit* dateEdit() const { return m_edit; }

signals:
    void changed();

private:
    QCheckBox* m_known;
    QDateEdit* m_edit;
};

} // namespace parcours::ui
