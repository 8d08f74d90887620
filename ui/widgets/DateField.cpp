// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateField.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>

namespace parcours::ui {

DateField::DateField(QWidget* parent)
    : QWidget(parent), m_known(new QCheckBox(this)), m_edit(new QDateEdit(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_edit->setMinimumDate(QDate(1900, 1, 1));
    m_edit->setDate(QDate::currentDate());
    m_edit->setEnabled(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_known);
    connect(m_known, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        emit changed();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (m_known->isChecked())
            emit changed();
    });
}

QDate DateField::date() const
{
    return m_known->isChecked() ? m_edit->date() : QDate();
}

void DateField::setDate(const QDate& date)
{
    const QDate before = this->date();
    {
        const QSignalBlocker blockBox(m_known);
        const QSignalBlocker blockEdit(m_edit);
        m_known->setChecked(date.isValid());
        m_edit->setEnabled(date.isValid());
        m_edit->setDate(date.isValid() ? date : QDate::currentDate());
    }
    if (this->date() != before)
        emit changed();
}

void DateField::setAccessibleName(const QString& name)
{
    QWidget::setAccessibleName(name);
    m_known->setAccessibleName(tr("%1 known").arg(name));
    m_known->setToolTip(tr("Tick when the date is known"));
    m_edit->setAccessibleName(name);
}

} // namespace parcours::ui
